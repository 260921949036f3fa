"""The HTTP side of the openai engine: one OpenAI-compatible server, its connections and dialects.

:class:`Upstream` owns the connection pool (httpx's blocking client: the engine runs in worker
threads), turns server-sent events into JSON objects, probes where the OpenAI API has no word (the
tokenize endpoint), and maps every failure (an HTTP error status, a refused connection, a timeout, a
stream cut short) to a :class:`~lmsdk.server.errors.ServerError` that names the upstream, so that it
reaches LM Studio clients as a typed error.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import httpx

from lmsdk._generated.common import ErrorDisplayDataEngineDoesNotSupportFeature, SerializedError
from lmsdk.server.errors import ServerError

__all__ = [
    "ENGINE_NAME",
    "StreamCutShort",
    "Upstream",
    "UpstreamError",
    "engine_does_not_support",
]

ENGINE_NAME = "openai"
_CONNECT_TIMEOUT_SEC = 10.0
# Paths of the tokenize endpoints, in the order they are tried: vLLM and llama.cpp's server share
# /tokenize (with different body keys, both sent), llama-cpp-python's server has /extras/tokenize.
_TOKENIZE_PATHS = ("/tokenize", "/extras/tokenize")
_ERROR_BODY_CHARS = 500
_STALE_CONNECTION_ERRORS = (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)


class UpstreamError(ServerError):
    """The upstream server failed, refused the request or could not be reached."""


class StreamCutShort(UpstreamError):
    """The upstream's event stream ended without its ``[DONE]`` event."""


def engine_does_not_support(feature: str, upstream: str) -> ServerError:
    """LM Studio's ``engineDoesNotSupportFeature`` error for a feature the upstream lacks."""
    title = f"The upstream server {upstream} does not support {feature}"
    return ServerError(
        title,
        error=SerializedError(
            title=title,
            root_title=title,
            cause=f"lmsdk serve --engine {ENGINE_NAME} forwards {feature} to the upstream, "
            "which has no endpoint for it.",
            display_data=ErrorDisplayDataEngineDoesNotSupportFeature(
                feature=feature,
                engine_name=upstream,
                engine_type=ENGINE_NAME,
                installed_version="unknown",
                supported_version=None,
            ),
        ),
    )


class Upstream:
    """One OpenAI-compatible server: its address, credentials, connection pool and dialect."""

    def __init__(self, url: str, api_key: str | None, timeout: float | None) -> None:
        """Describe the upstream; nothing connects until the first request.

        Args:
            url: Base URL, with or without the ``/v1`` suffix.
            api_key: Sent as ``Authorization: Bearer``; never logged.
            timeout: Seconds to wait for the next byte of a response (None: forever).

        Raises:
            ValueError: If the URL is not an http(s) URL.
        """
        parsed = httpx.URL(url.strip())
        if parsed.scheme not in ("http", "https") or not parsed.host:
            raise ValueError(f"the upstream must be an http(s) URL, got {url!r}")
        if parsed.userinfo:
            # The URL is shown in every error and log line, and a command line in `ps`.
            raise ValueError(
                "the upstream URL must not carry credentials; put the API key in the "
                "environment variable named by --upstream-api-key-env"
            )
        root = str(parsed.copy_with(query=None, fragment=None)).rstrip("/")
        self.root = root[: -len("/v1")] if root.endswith("/v1") else root
        """Base URL without ``/v1``; also how errors name the upstream."""
        self._headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._timeout = httpx.Timeout(timeout, connect=_CONNECT_TIMEOUT_SEC)
        self._client: httpx.Client | None = None
        self._lock = threading.Lock()
        self.tokenize_path: str | None = None
        """The tokenize endpoint found to work; '' once none did."""
        self.schema_format_style = "json_schema"
        """How the upstream takes a JSON schema: OpenAI's ``json_schema`` or ``json_object``."""

    @property
    def client(self) -> httpx.Client:
        """The shared connection pool, created on first use (and again after :meth:`close`)."""
        with self._lock:
            if self._client is None:
                self._client = httpx.Client(
                    headers=self._headers,
                    timeout=self._timeout,
                    # Every prediction holds a connection while it streams; the upstream, not
                    # this pool, decides how many run at once.
                    limits=httpx.Limits(max_connections=None, max_keepalive_connections=32),
                )
            return self._client

    def close(self) -> None:
        """Close every connection."""
        with self._lock:
            client, self._client = self._client, None
        if client is not None:
            client.close()

    def list_models(self) -> list[dict[str, Any]]:
        """The ``data`` of ``GET /v1/models``.

        Raises:
            UpstreamError: If the upstream cannot be reached or answers with an error.
        """
        body = self.post_or_get("GET", "/v1/models", None)
        data = body.get("data")
        if not isinstance(data, list):
            raise UpstreamError(
                f"The upstream server {self.root} sent no model list",
                cause=f"GET /v1/models answered {_clip(json.dumps(body))}",
            )
        return [m for m in data if isinstance(m, dict) and isinstance(m.get("id"), str)]

    def post_or_get(self, method: str, path: str, body: Mapping[str, Any] | None) -> dict[str, Any]:
        """A small JSON request.

        Raises:
            UpstreamError: On a transport error, an error status or a non-JSON answer.
        """
        response = self._request(method, path, body)
        if response.status_code >= 400:
            raise self.status_error(response.status_code, response.text, path)
        try:
            answer = response.json()
        except ValueError as exc:
            raise UpstreamError(
                f"The upstream server {self.root} answered {path} with something other than JSON",
                cause=_clip(response.text),
            ) from exc
        return answer if isinstance(answer, dict) else {"data": answer}

    def _request(self, method: str, path: str, body: Mapping[str, Any] | None) -> httpx.Response:
        response = self._send(method, path, body)
        try:
            response.read()
        except httpx.HTTPError as exc:
            raise self.transport_error(exc, path) from exc
        finally:
            response.close()
        return response

    def _send(self, method: str, path: str, body: Mapping[str, Any] | None) -> httpx.Response:
        """Send a request and return once its headers arrived (the body is not read yet)."""
        request = self.client.build_request(method, self.root + path, json=body)
        for attempt in (1, 2):
            try:
                return self.client.send(request, stream=True)
            except _STALE_CONNECTION_ERRORS as exc:
                # A pooled keep-alive connection that the upstream has closed meanwhile (it
                # does after a failed stream) fails before any answer: one retry on a fresh
                # connection is safe.
                if attempt == 2:
                    raise self.transport_error(exc, path) from exc
            except httpx.HTTPError as exc:
                raise self.transport_error(exc, path) from exc
        raise AssertionError("unreachable")

    @contextmanager
    def stream(self, path: str, body: Mapping[str, Any]) -> Iterator[Iterator[dict[str, Any]]]:
        """POST a streaming request and iterate its server-sent events as JSON objects.

        Leaving the ``with`` block closes the response, and with it the connection if the stream was
        not read to its end: that is how the upstream learns to stop generating.

        Raises:
            UpstreamError: On a transport error, an error status, or an error event in the stream.
        """
        response = self._send("POST", path, body)
        try:
            if response.status_code >= 400:
                raise self.status_error(response.status_code, response.read().decode(), path)
            yield self._events(response, path)
        except httpx.HTTPError as exc:
            raise self.transport_error(exc, path) from exc
        finally:
            response.close()

    def _events(self, response: httpx.Response, path: str) -> Iterator[dict[str, Any]]:
        for line in response.iter_lines():
            if not line.startswith("data:"):
                continue  # comments (keep-alives), event names, blank separators
            data = line[len("data:") :].strip()
            if data == "[DONE]":
                return
            try:
                event = json.loads(data)
            except ValueError as exc:
                raise UpstreamError(
                    f"The upstream server {self.root} sent an event that is not JSON",
                    cause=_clip(data),
                ) from exc
            if not isinstance(event, dict):
                continue
            if "error" in event:
                raise UpstreamError(
                    f"The upstream server {self.root} reported an error mid-stream",
                    cause=_error_message(event),
                )
            yield event
        # llama-cpp-python, for one, reports a failure after the headers (a prompt longer than
        # its context) by ending the stream early; a clean end would have sent [DONE].
        raise StreamCutShort(
            f"The upstream server {self.root} ended the stream of {path} without finishing it",
            cause="The stream stopped before its [DONE] event; the upstream's log says why "
            "(a prompt longer than its context window is a common cause).",
        )

    def status_error(self, status: int, text: str, path: str) -> UpstreamError:
        """The error for an HTTP error status, with the upstream's own message."""
        try:
            message = _error_message(json.loads(text))
        except ValueError:
            message = _clip(text)
        suggestion = None
        if status in (401, 403):
            suggestion = "Set the upstream's API key in the environment variable named by --upstream-api-key-env."
        return UpstreamError(
            f"The upstream server {self.root} rejected the request (HTTP {status} on {path})",
            cause=message or None,
            suggestion=suggestion,
        )

    def transport_error(self, exc: httpx.HTTPError, path: str) -> UpstreamError:
        """The error for a refused connection, a timeout or a dropped stream."""
        if isinstance(exc, httpx.ConnectError):
            return UpstreamError(
                f"Could not connect to the upstream server {self.root}",
                cause=str(exc) or type(exc).__name__,
                suggestion="Check that the upstream is running and that --upstream names it.",
            )
        if isinstance(exc, httpx.TimeoutException):
            return UpstreamError(
                f"The upstream server {self.root} did not answer in time ({path})",
                cause=f"{type(exc).__name__}: no data within the timeout",
                suggestion="Raise --upstream-timeout if the upstream is just slow.",
            )
        return UpstreamError(
            f"The connection to the upstream server {self.root} failed ({path})",
            cause=f"{type(exc).__name__}: {exc}",
        )

    def tokenize(self, model: str, text: str, add_special: bool) -> list[int]:
        """Token ids from the upstream's tokenize endpoint, found by probing once.

        Raises:
            ServerError: ``engineDoesNotSupportFeature`` if the upstream has none.
        """
        body = {
            "model": model,
            # vLLM reads prompt/add_special_tokens, llama.cpp content/add_special,
            # llama-cpp-python input; each ignores the others' keys.
            "prompt": text,
            "add_special_tokens": add_special,
            "content": text,
            "add_special": add_special,
            "input": text,
        }
        if self.tokenize_path == "":
            raise engine_does_not_support("tokenize", self.root)
        for path in [self.tokenize_path] if self.tokenize_path else _TOKENIZE_PATHS:
            response = self._request("POST", path, body)
            if response.status_code in (404, 405) and self.tokenize_path is None:
                continue  # not this dialect's endpoint
            if response.status_code >= 400:
                raise self.status_error(response.status_code, response.text, path)
            try:
                tokens = response.json().get("tokens")
            except (ValueError, AttributeError):
                tokens = None
            if not isinstance(tokens, list) or not all(
                isinstance(t, int) and not isinstance(t, bool) for t in tokens
            ):
                raise UpstreamError(
                    f"The upstream server {self.root} answered {path} without token ids",
                    cause=_clip(response.text),
                )
            self.tokenize_path = path
            return tokens
        self.tokenize_path = ""
        raise engine_does_not_support("tokenize", self.root)


def _error_message(body: Any) -> str:
    """The message of an OpenAI-style error body (``{"error": {"message": ...}}`` and variants)."""
    if isinstance(body, dict):
        error = body.get("error", body)
        if isinstance(error, dict):
            for key in ("message", "detail", "msg"):
                if isinstance(error.get(key), str):
                    return _clip(error[key])
            return _clip(json.dumps(error))
        if isinstance(error, str):
            return _clip(error)
        detail = body.get("detail")
        if detail is not None:
            return _clip(json.dumps(detail))
    return _clip(json.dumps(body))


def _clip(text: str) -> str:
    text = text.strip()
    return text if len(text) <= _ERROR_BODY_CHARS else text[:_ERROR_BODY_CHARS] + "..."
