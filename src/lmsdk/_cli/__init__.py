"""Subcommands of the `lmsdk` command, one module each."""
