"""The profile file format's name and version (kept apart from the pydantic schema, so writing
a profile loads no validation library)."""

FORMAT_NAME = "skill-ladder-profile"
FORMAT_VERSION = 1
