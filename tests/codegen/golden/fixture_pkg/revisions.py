# GENERATED FILE - DO NOT EDIT. Written by `python -m codegen` (lmsdk codegen, sha256 18027475ce7e6bef)
# from schema/ (sha256 9d2db928894ecd50). Change schema/ or codegen/ and regenerate instead.

"""What each protocol revision added: endpoints, and fields it requires that older peers leave out.

The schema keeps such fields optional, so that messages of older peers decode, and marks them with
`x-required-since`; lmsdk always sends them, and `lmsdk wire validate --revision` checks that a peer did.
"""

from __future__ import annotations

from typing import Final

REQUIRED_SINCE: Final[dict[str, dict[str, tuple[str, ...]]]] = {}
"""Revision -> generated class name -> wire names of the fields that revision requires."""

ENDPOINTS_SINCE: Final[dict[str, frozenset[str]]] = {}
"""Revision -> the endpoints (``namespace/name``) it added (``x-since``): older peers lack them."""
