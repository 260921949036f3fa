"""The progress bar on stderr (model loading, prompt processing), drawn only on a terminal."""

from __future__ import annotations

import sys
from typing import IO


class Progress:
    """A one-line progress bar on stderr for model loading and prompt processing (TTY only)."""

    WIDTH = 24

    def __init__(self, stream: IO[str] | None = None, *, enabled: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = _isatty(self.stream) if enabled is None else enabled
        self._shown = False

    def loading(self, progress: float) -> None:
        """on_load_progress callback."""
        self.show("loading model", progress)

    def processing(self, progress: float) -> None:
        """on_prompt_processing_progress callback."""
        self.show("processing prompt", progress)

    def show(self, label: str, progress: float) -> None:
        """Draw (or redraw) the bar; it disappears at 100%."""
        if not self.enabled:
            return
        if progress >= 1.0:
            self.clear()
            return
        progress = max(progress, 0.0)
        filled = int(progress * self.WIDTH)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        self.stream.write(f"\r{label} [{bar}] {progress:4.0%}\x1b[K")
        self.stream.flush()
        self._shown = True

    def clear(self) -> None:
        """Erase the bar, if drawn."""
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
