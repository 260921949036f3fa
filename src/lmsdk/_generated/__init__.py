# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 5ea4516e59319182). Change schema/ or codegen/ and regenerate instead.

"""Bindings generated from schema/: models per domain, the converter, the KV table and endpoint stubs.

Nothing here is edited by hand; see README.md in this folder.
"""
