# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 d341ab5c21d60b08)
# from schema/ (sha256 0180835de806b4e1). Change schema/ or codegen/ and regenerate instead.

"""Bindings generated from schema/: models per domain, the converter, the KV table and endpoint stubs.

Nothing here is edited by hand; see README.md in this folder.
"""
