"""Use cases over one `Database`: what the window and the command line both call.

Each public method is one unit of work (`with database.transaction()`: a Core connection;
`orm_transaction()` only where an installed profile is written or removed), takes plain values
and returns plain dataclasses (`services.views`), never rows, connections or sessions.

`Services` (in `services.hub`) holds one of each, over one database. This package imports
nothing itself, so `services.views` can be read without loading the storage layer.
"""
