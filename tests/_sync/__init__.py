# GENERATED FILE - DO NOT EDIT. Written by scripts/unasync.py from tests/_async/__init__.py.
"""Shared test helpers for the async (and generated sync) client tests."""
