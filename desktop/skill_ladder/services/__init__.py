"""Use cases over one `Database`: what the window and the command line both call.

Each public method is one unit of work (`with database.transaction()`), takes plain values
and returns plain dataclasses (`services.views`), never ORM rows or sessions.

`Services` (in `services.hub`) holds one of each, over one database. This package imports
nothing itself, so `services.views` can be read without loading the storage layer.
"""
