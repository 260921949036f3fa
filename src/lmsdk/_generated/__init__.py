# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 becbb185b3aa9721)
# from schema/ (sha256 eacf65b284fc601c). Change schema/ or codegen/ and regenerate instead.

"""Bindings generated from schema/: models per domain, the converter, the KV table and endpoint stubs.

Nothing here is edited by hand; see README.md in this folder.
"""
