"""The async front end: hand-written, the source of truth for _sync (see scripts/unasync.py)."""
