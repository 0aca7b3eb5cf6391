"""Reads a file of JSON values one at a time, in bounded memory: a top-level list, one value, or
JSON Lines, each value with its 1-based position and the line it starts on.

A scanner tracks strings, brackets and lines over fixed-size chunks and hands each complete
value to ``json.loads``, so a 50 MB file never sits in memory whole and one malformed value is
reported without losing the rest. Values larger than ``MAX_VALUE_CHARS`` or nested deeper than
``MAX_DEPTH`` are skipped with an error, never parsed. Bytes that are not UTF-8 are kept as
lone surrogates (``surrogateescape``) so the value holding them can be named and refused.
"""
from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

CHUNK_CHARS = 65536
MAX_VALUE_CHARS = 1_000_000
MAX_DEPTH = 32
_OUTSIDE = re.compile(r'["{}\[\],\n]')
_INSIDE = re.compile(r'["\\\n]')
_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_NOT_SPACE = re.compile(r"[^ \t\r\n]")


@dataclass(frozen=True, slots=True)
class RawValue:
    """One value of the file, parsed (``value``) or refused (``error``), with where it starts."""

    position: int
    line: int
    value: object = None
    error: str | None = None


def read_values(file: IO[bytes] | IO[str]) -> Iterator[RawValue]:
    """Every top-level value of ``file`` (the items of a top-level list), in order.

    1. Bytes are decoded as UTF-8 chunk by chunk (a byte-order mark is dropped; UTF-16 is
       refused as a whole).
    2. The first character decides the layout: "[" a list of values, anything else a sequence
       of values (one object, or JSON Lines).
    3. The scanner cuts values out of the chunks; each is parsed on its own.
    """
    scanner = _Scanner()
    for chunk in _decoded_chunks(file, scanner):
        yield from scanner.feed(chunk)
        if scanner.failed:
            break  # content after the list's end was reported; the rest is not read
    yield from scanner.finish()


def _decoded_chunks(file: IO[bytes] | IO[str], scanner: _Scanner) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
    first = True
    while True:
        chunk = file.read(CHUNK_CHARS)
        if not chunk:
            break
        if isinstance(chunk, bytes):
            if first and chunk[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
                scanner.fail_file("the file is UTF-16; save it as UTF-8")
                return
            chunk = decoder.decode(chunk)
        if first:
            chunk = chunk.removeprefix("\ufeff")
            first = False
        yield chunk
    if isinstance(tail := decoder.decode(b"", final=True), str) and tail:
        yield tail


class _Scanner:
    """The state between chunks: where we are (before the first value, between values, inside
    one), the value's text so far, bracket depth, string and escape state, and the line."""

    def __init__(self) -> None:
        self.layout: str | None = None  # "list" or "sequence"
        self.state = "between"  # "between", "value", "closed"
        self.line, self.position = 1, 0
        self.pieces: list[str] = []
        self.size = self.depth = self.deepest = 0
        self.start_line = 1
        self.in_string = self.escaped = False
        self.failed: str | None = None
        self.pending: list[RawValue] = []
        self.lines_per_value = 0  # of the first value: 1 means JSON Lines
        self.after_value = False  # a list value ended and no comma followed yet

    def fail_file(self, reason: str) -> None:
        self.pending.append(RawValue(0, 1, error=reason))
        self.state = "closed"

    def feed(self, text: str) -> Iterator[RawValue]:
        i = 0
        while i < len(text) and self.state != "closed":
            i = self._inside(text, i) if self.state == "value" else self._between(text, i)
            yield from self._drain()
        if self.state == "closed" and text[i:].strip() and not self.failed:
            self.failed = "content after the closing bracket of the list"
            self.pending.append(RawValue(self.position + 1, self.line, error=self.failed))
        yield from self._drain()

    def finish(self) -> Iterator[RawValue]:
        if self.state == "value":
            self._finish_value(error="the file ends inside this value")
        elif self.layout == "list" and self.state != "closed":
            self.pending.append(RawValue(0, self.line, error="the list is not closed with ]"))
        elif self.layout is None and not self.pending:
            self.pending.append(RawValue(0, 1, error="the file holds no JSON"))
        yield from self._drain()

    def _drain(self) -> Iterator[RawValue]:
        while self.pending:
            yield self.pending.pop(0)

    def _between(self, text: str, i: int) -> int:
        """Skip spaces and separators up to the next value (or the list's end)."""
        match = _NOT_SPACE.search(text, i)
        end = match.start() if match else len(text)
        self.line += text.count("\n", i, end)
        if not match:
            return end
        char = text[end]
        if self.layout is None:
            self.layout = "list" if char == "[" else "sequence"
            if char == "[":
                return end + 1
        if self.layout == "list" and char in ",]":
            return self._separator(char, end)
        if self.layout == "list" and self.after_value:
            self.pending.append(RawValue(self.position + 1, self.line, error="a comma is missing before this value"))
        self._start_value()
        return end

    def _separator(self, char: str, at: int) -> int:
        """A comma or the list's end; a comma with no value before it is reported."""
        if char == "," and not self.after_value:
            self.position += 1
            self.pending.append(RawValue(self.position, self.line, error="an empty element (a comma too many)"))
        self.after_value = False
        if char == "]":
            self.state = "closed"
        return at + 1

    def _start_value(self) -> None:
        self.state, self.start_line = "value", self.line
        self.position += 1
        self.pieces, self.size, self.depth, self.deepest = [], 0, 0, 0
        self.in_string = self.escaped = False

    def _inside(self, text: str, i: int) -> int:
        """Consume the current value up to its end or the chunk's end; the text is kept in one
        slice per chunk, and complete strings are skipped in one step."""
        start = i
        while i < len(text):
            if self.escaped:
                self.escaped, i = False, i + 1
                continue
            match = (_INSIDE if self.in_string else _OUTSIDE).search(text, i)
            if match is None:
                break
            char = match.group()
            whole = _STRING.match(text, match.start()) if char == '"' and not self.in_string else None
            if whole:
                i = whole.end()
                continue
            if self._ends_before(char, text[match.end():match.end() + 1]):
                self._keep(text, start, match.start())
                broken = char == "\n" and (self.depth > 0 or self.in_string)
                self._finish_value(error="the value does not end on its line" if broken else None)
                return match.start()
            i = match.end()
            self._step(char)
            if self.depth <= 0 and char in "}]" and not self.in_string:
                self._keep(text, start, i)
                self._finish_value()
                return i
        self._keep(text, start, len(text))
        return len(text)

    def _ends_before(self, char: str, following: str) -> bool:
        """A scalar ends at a separator; a line break ends any value of JSON Lines, and any
        value of a sequence when the next line opens a new object at its first column (a
        broken first line of JSON Lines must not swallow the lines after it)."""
        if self.in_string:
            return char == "\n" and self.layout == "sequence"
        if char == "\n":
            return self.layout == "sequence" and (self.depth == 0 or self._one_per_line() or following == "{")
        return self.depth == 0 and char in ",]" and self.layout == "list"

    def _one_per_line(self) -> bool:
        return self.position > 1 and self.lines_per_value == 1

    def _step(self, char: str) -> None:
        if char == "\n":
            self.line += 1
        elif char == "\\":
            self.escaped = True
        elif char == '"':
            self.in_string = not self.in_string
        elif char in "{[":
            self.depth += 1
            self.deepest = max(self.deepest, self.depth)
        elif char in "}]":
            self.depth -= 1

    def _keep(self, text: str, start: int, end: int) -> None:
        if self.size <= MAX_VALUE_CHARS:
            self.pieces.append(text[start:end])
        self.size += end - start

    def _finish_value(self, error: str | None = None) -> None:
        text = "".join(self.pieces)
        self.after_value = True
        if self.position == 1:
            self.lines_per_value = self.line - self.start_line + 1
        self.state = "between"
        self.pending.append(RawValue(self.position, self.start_line,
                                     *_parsed(text, self.size, self.deepest, error, self.in_string)))


def _parsed(text: str, size: int, deepest: int, error: str | None, in_string: bool) -> tuple[object, str | None]:
    if error:
        return None, error
    if size > MAX_VALUE_CHARS:
        return None, f"the value is {size:,} characters long; the limit is {MAX_VALUE_CHARS:,}"
    if deepest > MAX_DEPTH:
        return None, f"the value is nested {deepest} levels deep; the limit is {MAX_DEPTH}"
    if in_string:
        return None, "a string is not closed on its line"
    try:
        return json.loads(text), None
    except ValueError as problem:
        return None, f"not valid JSON: {str(problem).split(':')[0]}"
    except RecursionError:
        return None, "the value is nested too deeply"
