"""`lmsdk wire`: record captured wire traffic through a proxy, and validate captures.

`lmsdk wire record --listen HOST:PORT --upstream HOST:PORT --out FILE [--keep-secrets]`
    Exit codes: 0 stopped with Ctrl-C or SIGTERM; 2 bad arguments, or the address or file is unusable.
`lmsdk wire validate FILE... [--strict] [--revision 2.0.0|release-54] [--json]`
    Exit codes: 0 clean (warnings allowed); 1 problems found; 2 unusable input (unreadable file,
    not JSON Lines).
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import signal
import sys

from lmsdk.wire.proxy import RecordingProxy, parse_address
from lmsdk.wire.revisions import REVISIONS
from lmsdk.wire.validate import CaptureError, validate_files

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_UNUSABLE = 2


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the `record` and `validate` actions."""
    actions = parser.add_subparsers(dest="wire_action", metavar="ACTION", required=True)
    record = actions.add_parser(
        "record",
        help="run a proxy that records every frame between clients and a server",
        description="Relay an LM Studio-protocol server unaltered and record its WebSocket frames "
        "as JSON Lines. Point clients at the --listen address; stop with Ctrl-C.",
    )
    record.add_argument(
        "--listen",
        default="127.0.0.1:0",
        metavar="HOST:PORT",
        help="address to listen on; a bare PORT listens on 127.0.0.1 (default: a free loopback port)",
    )
    record.add_argument(
        "--upstream",
        required=True,
        metavar="HOST:PORT",
        help="the server to relay (e.g. 127.0.0.1:1234)",
    )
    record.add_argument("--out", required=True, metavar="FILE", help="capture file (appended to)")
    record.add_argument(
        "--keep-secrets",
        action="store_true",
        help="record the auth packet's clientPasskey instead of '<redacted>'",
    )
    record.set_defaults(_action=_record)

    validate = actions.add_parser(
        "validate",
        help="check captured frames against the protocol's schemas and sequence rules",
        description="Check every frame of captures against the generated models and follow each "
        "connection's auth, channels and calls. Exit 0 when clean, 1 when problems were found, "
        "2 when the input is unusable.",
    )
    validate.add_argument("files", nargs="+", metavar="FILE", help="capture files (.jsonl)")
    validate.add_argument(
        "--strict",
        action="store_true",
        help="unknown keys, enum values, endpoints and namespaces are errors (default: warnings)",
    )
    validate.add_argument(
        "--revision",
        choices=REVISIONS,
        help="also check what peers of this protocol revision need: 2.0.0 (every field it "
        "requires is sent) or release-54 (only endpoints it knows are used); default: accept both",
    )
    validate.add_argument("--json", action="store_true", help="print a machine-readable report")
    validate.set_defaults(_action=_validate)


def run(args: argparse.Namespace) -> int:
    """Run the chosen action; returns the exit code."""
    code: int = args._action(args)
    return code


def _validate(args: argparse.Namespace) -> int:
    try:
        report = validate_files(args.files, strict=args.strict, revision=args.revision)
    except CaptureError as exc:
        if args.json:
            print(json.dumps({"ok": False, "error": str(exc)}))
        print(f"lmsdk wire validate: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    if args.json:
        print(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    else:
        print(report.render_text())
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def _record(args: argparse.Namespace) -> int:
    try:
        host, port = parse_address(args.listen)
        parse_address(args.upstream)
    except ValueError as exc:
        print(f"lmsdk wire record: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    if not _is_loopback(host):
        print(
            f"lmsdk wire record: warning: listening on {host}: anyone who can reach it can use the "
            "upstream server through the proxy, and their traffic is recorded",
            file=sys.stderr,
        )
    try:
        proxy = RecordingProxy(
            args.upstream, args.out, host=host, port=port, keep_secrets=args.keep_secrets
        )
    except OSError as exc:
        print(f"lmsdk wire record: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    return asyncio.run(_serve(proxy, args.out))


async def _serve(proxy: RecordingProxy, out: str) -> int:
    try:
        await proxy.astart()
    except OSError as exc:
        proxy.writer.close()
        print(
            f"lmsdk wire record: cannot listen on {proxy.listen_host}: {exc.strerror or exc}",
            file=sys.stderr,
        )
        return EXIT_UNUSABLE
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    # Printed on stdout, first, so that scripts can read the bound address.
    print(
        f"recording ws://{proxy.listen_host} -> ws://{proxy.upstream} into {out} (Ctrl-C to stop)",
        flush=True,
    )
    try:
        await stop.wait()
    finally:
        await proxy.aclose()
    print(
        f"recorded {proxy.frames} frames on {proxy.connections} connections into {out}",
        file=sys.stderr,
    )
    return EXIT_OK


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name may resolve to anything
