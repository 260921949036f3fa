"""Where to connect and with which credentials: pure functions, shared by both front ends."""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Mapping

import attrs

from lmsdk.errors import LMStudioClientError, LMStudioConnectionError

DEFAULT_PORTS = (41343, 52993, 16141, 39414, 22931)
"""LM Studio's built-in API ports, probed in this order when no host is given."""

HOST_ENV = "LMSDK_API_HOST"
TOKEN_ENVS = ("LM_API_TOKEN", "LMSTUDIO_API_TOKEN")

_TOKEN = re.compile(r"sk-lm-(?P<ident>[A-Za-z0-9]{8}):(?P<secret>[A-Za-z0-9]{20})")


def normalise_host(api_host: str) -> str:
    """Accept "host:port", "http(s)://host:port[/]" or "ws(s)://host:port[/]"; return "host:port".

    Raises:
        LMStudioClientError: the value is not a host and port.
    """
    text = api_host.strip()
    text = re.sub(r"^(?:https?|wss?)://", "", text).rstrip("/")
    match = re.fullmatch(r"(\[[0-9a-fA-F:]+\]|[^:/\s\[\]]+):(\d{1,5})", text)
    if not match or not 0 < int(match.group(2)) < 65536:
        raise LMStudioClientError(
            f"api_host {api_host!r} is not a host and port; write it as 'localhost:1234' "
            "(an http:// or ws:// prefix is also accepted)"
        )
    return f"{match.group(1)}:{match.group(2)}"


def candidate_hosts(
    api_host: str | None, env: Mapping[str, str] | None = None
) -> tuple[list[str], bool]:
    """The hosts to try in order, and whether they were named explicitly (no fallback then)."""
    env = os.environ if env is None else env
    if api_host:
        return [normalise_host(api_host)], True
    if env.get(HOST_ENV):
        return [normalise_host(env[HOST_ENV])], True
    return [f"127.0.0.1:{port}" for port in DEFAULT_PORTS], False


def no_server_message(tried: list[tuple[str, str]], explicit: bool) -> str:
    """The error text when no host answered: every host tried, why it failed, what to do."""
    lines = [f"  {host}: {why}" for host, why in tried]
    advice = (
        "Check that the server runs at that address, or fix api_host / LMSDK_API_HOST."
        if explicit
        else "Start LM Studio (or `lmsdk serve` for the embedded llama.cpp server), or pass "
        "api_host='HOST:PORT' / set LMSDK_API_HOST."
    )
    return "Could not find an LM Studio API server. Tried:\n" + "\n".join(lines) + "\n" + advice


def connection_error(tried: list[tuple[str, str]], explicit: bool) -> LMStudioConnectionError:
    """The typed error for no server found."""
    return LMStudioConnectionError(no_server_message(tried, explicit))


@attrs.frozen(repr=False)
class Credentials:
    """The auth packet's identifier and passkey. The passkey never appears in a repr or message."""

    identifier: str
    passkey: str
    from_token: bool

    def __repr__(self) -> str:
        return f"Credentials(identifier={self.identifier!r}, passkey=<hidden>)"


def credentials(api_token: str | None, env: Mapping[str, str] | None = None) -> Credentials:
    """Split an API token into identifier and passkey, or make guest credentials without one.

    Raises:
        LMStudioClientError: a token was given but is not of the form sk-lm-XXXXXXXX:YYYY... (the
            message never repeats the token).
    """
    env = os.environ if env is None else env
    token = api_token or next((env[k] for k in TOKEN_ENVS if env.get(k)), None)
    if token is None:
        return Credentials(f"guest:{uuid.uuid4()}", str(uuid.uuid4()), from_token=False)
    match = _TOKEN.fullmatch(token.strip())
    if match is None:
        raise LMStudioClientError(
            "the API token is malformed: expected 'sk-lm-' followed by 8 letters or digits, ':', "
            "and 20 letters or digits (copy it again from LM Studio's developer settings)"
        )
    return Credentials(match.group("ident"), match.group("secret"), from_token=True)
