# GENERATED FILE - DO NOT EDIT. Written by scripts/unasync.py from src/lmsdk/_async/__init__.py.
"""The async front end: hand-written, the source of truth for _sync (see scripts/unasync.py)."""
