"""Shared test helpers for the async (and generated sync) client tests."""
