"""Captured wire traffic: the JSON Lines capture format, the recording proxy and the validator."""
