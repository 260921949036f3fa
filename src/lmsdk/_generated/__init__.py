# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 2db3a0e525bd32d3)
# from schema/ (sha256 950fcf12c6a01cd2). Change schema/ or codegen/ and regenerate instead.

"""Bindings generated from schema/: models per domain, the converter, the KV table and endpoint stubs.

Nothing here is edited by hand; see README.md in this folder.
"""
