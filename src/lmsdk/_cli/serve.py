"""`lmsdk serve`: run an LM Studio-compatible server backed by llama.cpp or another server.

Exit codes: 0 stopped cleanly (Ctrl-C or SIGTERM); 2 bad arguments or config; 1 startup failed.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lmsdk.server.embedded import EmbeddedServer

DEFAULT_PORT = 41343  # the first of LM Studio's probed ports, so clients find us unconfigured
TOKEN_ENV_VARS = ("LM_API_TOKEN", "LMSTUDIO_API_TOKEN")
UPSTREAM_KEY_ENV_VAR = "LMSDK_UPSTREAM_API_KEY"

EXIT_STARTUP_FAILED = 1
EXIT_USAGE = 2


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the serve options."""
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT}; 0 = any)"
    )
    parser.add_argument(
        "--model",
        action="append",
        default=[],
        metavar="KEY_OR_GGUF_PATH",
        help="a model key or GGUF file to add and preload (repeatable; default: SmolLM2-135M)",
    )
    parser.add_argument(
        "--models-dir",
        metavar="DIR",
        help="LM Studio models folder: <publisher>/<repo>/<file>.gguf",
    )
    parser.add_argument(
        "--api-token",
        metavar="TOKEN",
        help="require this token, sk-lm-<id>:<secret> (default: $LM_API_TOKEN or "
        "$LMSTUDIO_API_TOKEN; required to bind a non-loopback host). A token given here is "
        "visible to every local user in the process list (ps); prefer setting LM_API_TOKEN",
    )
    parser.add_argument(
        "--engine",
        default="llama",
        help="inference engine: 'llama' (GGUF models with llama.cpp, the default; several "
        "predictions per model at once by continuous batching: the load config's "
        "maxParallelPredictions, default 4), 'llama-serial' (the same, one prediction at a "
        "time per model), 'openai' "
        "(the models of an OpenAI-compatible server at --upstream: vLLM, llama.cpp's server, "
        "...) or 'replay' (a benchmark engine that emits canned text)",
    )
    parser.add_argument(
        "--upstream",
        metavar="URL",
        help="--engine openai: the OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1",
    )
    parser.add_argument(
        "--upstream-api-key-env",
        metavar="NAME",
        help=f"--engine openai: the environment variable holding the upstream's API key "
        f"(default {UPSTREAM_KEY_ENV_VAR}; the key itself is never taken on the command line)",
    )
    parser.add_argument(
        "--upstream-timeout",
        type=float,
        default=300.0,
        metavar="SECONDS",
        help="--engine openai: how long to wait for the upstream's next byte (default 300)",
    )
    parser.add_argument(
        "--threads", type=int, help="CPU threads per generation (default: all CPUs but one)"
    )
    parser.add_argument("--no-preload", action="store_true", help="load models on first use only")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every request")


def _token(args: argparse.Namespace) -> str | None:
    if args.api_token:
        return str(args.api_token)
    for name in TOKEN_ENV_VARS:
        value = os.environ.get(name)
        if value:
            return value
    return None


def _upstream_key(args: argparse.Namespace) -> str | None:
    """The upstream's API key, from the environment only (a command line shows in ps)."""
    name = args.upstream_api_key_env or UPSTREAM_KEY_ENV_VAR
    value = os.environ.get(name)
    if args.upstream_api_key_env and not value:
        raise ValueError(f"--upstream-api-key-env names {name}, which is not set or empty")
    return value or None


def run(args: argparse.Namespace) -> int:
    """Serve until interrupted; returns the exit code."""
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if not args.verbose:
        logging.getLogger("lmsdk.server").setLevel(logging.WARNING)
    from lmsdk.server.embedded import EmbeddedServer  # deferred: the chat CLI should not pay for it

    try:
        server = EmbeddedServer(
            host=args.host,
            port=args.port,
            models=args.model,
            models_dir=args.models_dir,
            api_token=_token(args),
            preload=not args.no_preload,
            engine=args.engine,
            threads=args.threads,
            upstream=args.upstream,
            upstream_api_key=_upstream_key(args),
            upstream_timeout=args.upstream_timeout if args.upstream_timeout > 0 else None,
        )
    except ValueError as exc:
        print(f"lmsdk serve: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        asyncio.run(_serve(server))
    except KeyboardInterrupt:
        pass  # asyncio.run already cancelled _serve, which stopped the server
    except ValueError as exc:
        print(f"lmsdk serve: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:
        print(f"lmsdk serve: failed: {exc}", file=sys.stderr)
        return EXIT_STARTUP_FAILED
    print("lmsdk serve: stopped", file=sys.stderr)
    return 0


async def _serve(server: EmbeddedServer) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    # Ctrl-C is handled by asyncio.run (it cancels this task); SIGTERM from
    # service managers should stop just as cleanly.
    try:
        loop.add_signal_handler(signal.SIGTERM, stop.set)
    except (NotImplementedError, RuntimeError):  # not on Windows / not the main thread
        pass
    async with server:
        loaded = (
            ", ".join(i.identifier for i in server.registry.instances) if server.registry else ""
        )
        print(f"lmsdk serve: listening on ws://{server.api_host} (HTTP probe /lmstudio-greeting)")
        print(f"lmsdk serve: loaded models: {loaded or 'none'}")
        print(f"lmsdk serve: use it with lmstudio.Client({server.api_host!r}); Ctrl-C stops")
        sys.stdout.flush()
        # SIGTERM, or a client's system/requestShutdown (servers with an API token only).
        waits = [
            asyncio.create_task(stop.wait()),
            asyncio.create_task(server.wait_shutdown_requested()),
        ]
        try:
            await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in waits:
                task.cancel()
        if server.running and not stop.is_set():
            print("lmsdk serve: a client requested shutdown", file=sys.stderr)
