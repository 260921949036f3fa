"""What a capture must hold to suit one protocol revision's peers (`lmsdk wire validate --revision`).

Without a revision, the validator accepts what either revision sends: the schema keeps every field
that protocol 2.0.0 added optional. A revision adds its own demands:

- ``2.0.0``: a 2.0.0 client drops a packet, or never resolves an RPC, whose payload lacks a field
  it requires, so every field the generated ``REQUIRED_SINCE`` table lists for 2.0.0 must be
  present in what the server sends.
- ``release-54``: the older clients and servers (lmstudio-python 1.5.0, @lmstudio/sdk 1.5.0, LM
  Studio of that time) do not know the endpoints 2.0.0 added (``ENDPOINTS_SINCE``): a request for
  one is reported, because such a peer would refuse it.
"""

from __future__ import annotations

from typing import Any, Final, Literal

import attrs

from lmsdk._generated.base import UNSET
from lmsdk._generated.converter import RENAMES, structure
from lmsdk._generated.revisions import ENDPOINTS_SINCE, REQUIRED_SINCE
from lmsdk.wire.typecheck import Finding, child_path

__all__ = ["REVISIONS", "Revision", "missing_required", "newer_endpoint"]

Revision = Literal["release-54", "2.0.0"]
"""A protocol revision the validator can hold a capture to."""

REVISIONS: Final[tuple[Revision, ...]] = ("release-54", "2.0.0")

_OLDEST: Final = "release-54"


def newer_endpoint(revision: Revision, endpoint: str) -> str | None:
    """The later revision that added ``endpoint`` (``namespace/name``), if ``revision`` lacks it."""
    if revision != _OLDEST:
        return None  # the schema describes nothing newer than 2.0.0
    for added, names in ENDPOINTS_SINCE.items():
        if endpoint in names:
            return added
    return None


def missing_required(value: Any, t: Any, path: str, revision: Revision) -> list[Finding]:
    """The fields ``revision`` requires that a server payload of type ``t`` leaves out.

    Args:
        value: the payload as JSON (already checked against ``t``; an undecodable one is skipped).
        t: its generated type.
        path: its JSON path in the frame.
        revision: the revision whose clients receive it.
    """
    required = REQUIRED_SINCE.get(revision)
    if not required:
        return []
    try:
        decoded = structure(value, t)
    except Exception:  # noqa: BLE001 - the type check has reported why already
        return []
    findings: list[Finding] = []
    _walk(decoded, path, required, revision, findings)
    return findings


def _walk(
    obj: Any,
    path: str,
    required: dict[str, tuple[str, ...]],
    revision: str,
    findings: list[Finding],
) -> None:
    cls = type(obj)
    renames = RENAMES.get(cls)
    if renames is not None:
        wanted = required.get(cls.__name__, ())
        fields = attrs.fields_dict(cls)
        for attr, wire in renames.items():
            value = getattr(obj, attr)
            if wire in wanted:
                # A nullable optional field keeps an absent key apart from null with UNSET.
                absent = value is UNSET if fields[attr].default is UNSET else value is None
                if absent:
                    findings.append(
                        Finding(
                            child_path(path, wire),
                            "missing",
                            f"the key: protocol {revision} requires it in {cls.__name__}",
                            "no such key",
                        )
                    )
                    continue
            _walk(value, child_path(path, wire), required, revision, findings)
    elif isinstance(obj, list):
        for i, item in enumerate(obj):
            _walk(item, f"{path}[{i}]", required, revision, findings)
    elif isinstance(obj, dict):
        for key, item in obj.items():
            _walk(item, child_path(path, str(key)), required, revision, findings)
