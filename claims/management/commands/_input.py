"""Reading article text from files or standard input for the management commands."""

import sys
from pathlib import Path

from django.core.management.base import CommandError

MAX_INPUT_BYTES = 4 * 1024 * 1024


def read_article_text(path: str) -> str:
    """The UTF-8 text of a file (or stdin for ``-``), refusing binary and oversized input."""
    raw = _read_bytes(path)
    if b"\x00" in raw:
        raise CommandError(f"{path}: looks like a binary file (it contains NUL bytes), not article text.")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CommandError(f"{path}: not valid UTF-8 (byte {exc.start}).") from exc


def _read_bytes(path: str) -> bytes:
    try:
        if path == "-":
            raw = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        else:
            file = Path(path)
            if file.is_dir():
                raise CommandError(f"{path}: is a directory, not a text file.")
            with file.open("rb") as handle:
                raw = handle.read(MAX_INPUT_BYTES + 1)
    except OSError as exc:
        raise CommandError(f"{path}: {exc.strerror or exc}") from exc
    if len(raw) > MAX_INPUT_BYTES:
        raise CommandError(f"{path}: larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB; refusing to read it.")
    return raw
