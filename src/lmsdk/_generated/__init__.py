# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 2e6aaa8c0f51a4ea)
# from schema/ (sha256 c6f51894a1cc32ca). Change schema/ or codegen/ and regenerate instead.

"""Bindings generated from schema/: models per domain, the converter, the KV table and endpoint stubs.

Nothing here is edited by hand; see README.md in this folder.
"""
