"""The exit codes every client command documents, and the mapping from errors to them."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from lmsdk.errors import (
    LMStudioAuthenticationError,
    LMStudioClientError,
    LMStudioConnectionError,
    LMStudioError,
    LMStudioModelNotFoundError,
)

EXIT_OK = 0
EXIT_SERVER_ERROR = 1
EXIT_USAGE = 2
EXIT_NO_SERVER = 3
EXIT_INTERRUPTED = 130

EXIT_CODES_HELP = """\
exit codes:
  0    success
  1    the server reported an error (unknown model, failed prediction, ...)
  2    usage or configuration error (bad arguments, host, config value or API token)
  3    no server reachable (the message lists every host tried), or the connection failed
  130  interrupted (Ctrl-C)"""


class CliError(Exception):
    """An error with its exit code; its message is printed as `lmsdk COMMAND: message`."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def run_command(name: str, body: Callable[[], int]) -> int:
    """Run body and turn every error into a message on stderr and its documented exit code."""
    try:
        return body()
    except CliError as exc:
        return _fail(name, str(exc), exc.code)
    except LMStudioAuthenticationError as exc:
        return _fail(name, str(exc), EXIT_USAGE)
    except LMStudioConnectionError as exc:
        return _fail(name, f"the connection to the server failed: {exc}", EXIT_NO_SERVER)
    except LMStudioClientError as exc:
        return _fail(name, str(exc), EXIT_USAGE)
    except LMStudioModelNotFoundError as exc:
        hint = "\n`lmsdk models` lists the models the server has."
        return _fail(name, f"{exc}{hint}", EXIT_SERVER_ERROR)
    except LMStudioError as exc:
        return _fail(name, str(exc), EXIT_SERVER_ERROR)
    except KeyboardInterrupt:
        print(f"\nlmsdk {name}: interrupted", file=sys.stderr, flush=True)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`lmsdk complete ... | head -1`): not an error, and nothing to say.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def _fail(name: str, message: str, code: int) -> int:
    print(f"lmsdk {name}: {message}", file=sys.stderr, flush=True)
    return code
