"""The window's pages: one file each, listed once in `registry.PAGES`."""
