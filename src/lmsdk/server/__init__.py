"""Embedded LM Studio-compatible server."""
