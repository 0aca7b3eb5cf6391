#!/usr/bin/env python3
"""Check an audit export (JSON Lines) offline: every row's hash and the chain that links them.

Usage::

    python tools/verify_export.py export.jsonl            # a complete export
    python tools/verify_export.py --allow-gaps part.jsonl  # an export made with filters
    python tools/verify_export.py - < export.jsonl         # read standard input

Python standard library only, one file: copy it anywhere and run it with Python 3.9+.

Exit status
    0  ``OK: N rows, chain intact, last hash <hex>`` on standard output.
    1  the export does not match its chain: ``FAIL: line L (seq S): <why>`` on standard output,
       naming the first row that does not match. Reasons: ``hash mismatch`` (the row's content
       was changed), ``broken link`` (its ``prev_hash`` is not the previous row's hash: rows were
       removed, added or reordered), ``seq gap`` (the links hold but seq numbers are skipped),
       ``wrong start`` (a complete export must start at seq 1 with the genesis prev_hash),
       ``missing rows`` (the file holds fewer rows than its header promises, or a complete export
       ends before the chain head the header records).
    2  the input cannot be checked (unreadable, empty, not JSON, a truncated last line, a field
       of the wrong type): ``ERROR: line L: <why>`` on standard error.

The file
    Line 1 may be a header, ``{"export": {...}}``, written by the service::

        {"export": {"version": 1, "generated_at": "2026-11-25T09:38:13.123456Z",
                    "complete": true, "filters": {}, "rows": 1234,
                    "chain_head": {"seq": 1234, "hash": "<64 hex>"}}}

    ``complete`` (boolean, required) is true when the export holds the whole chain, so its first
    row must be seq 1 with ``prev_hash`` "0" * 64 and seqs may never skip, even with
    ``--allow-gaps``. ``rows`` (optional) is the number of rows the export holds: fewer rows in
    the file is a failure (rows cut off the end). ``chain_head`` (optional) is the last seq and
    hash the service's chain head recorded when the export was made; a complete export must end
    exactly there, so rows missing from the end of the database's log are caught too. Other
    header keys are informational. Without a header the file is treated as complete unless
    ``--allow-gaps`` is given.

    Every other line is one audit row: a JSON object with an ``audit`` object holding the
    canonical fields and the row's ``hash``::

        {"audit": {"seq": 7, "occurred_at": "2026-11-25T09:38:13.123456Z", "actor": "ana",
                   "claim_id": 42, "action": "verdict_approve", "from_state": "...",
                   "to_state": "...", "reason": "", "verdict": {...} | null,
                   "source_ids": [3, 5], "data": {...}, "prev_hash": "<64 hex>",
                   "hash": "<64 hex>"},
         "claim": {...}, "article": {...}, ...}

    Only the ``audit`` object is evidence: the other keys (claim text, article, speaker names)
    are the service's current records joined in for readers and are not covered by any hash.

The hash
    ``hash = sha256(json.dumps(canonical, sort_keys=True, separators=(",", ":"),
    ensure_ascii=False).encode("utf-8")).hexdigest()`` where ``canonical`` is the ``audit``
    object without its ``hash`` key (unknown extra keys are hashed too, so adding one is a
    mismatch). Row ``seq`` n links to row n - 1 by ``prev_hash``; seq 1 links to "0" * 64.

Checks, in file order
    1. parse the line (UTF-8, one JSON object, no duplicate keys, no NaN/Infinity) and check
       the type of every canonical field;
    2. recompute the row's hash and compare it with the recorded one;
    3. first row: in a complete export it must be seq 1 with the genesis ``prev_hash``; in a
       filtered one it may start anywhere (its ``prev_hash`` anchors it to the full chain);
    4. later rows: seq must increase. Strictly, it must be the previous seq + 1 and
       ``prev_hash`` the previous row's hash. With ``--allow-gaps`` (filtered exports, where
       rows are not contiguous) a row is linked only when its seq directly follows the
       previous row's; across a gap only its own hash is checked;
    5. at the end, the row count must match the header's ``rows``, and a complete export's last
       row must be the header's ``chain_head``, when these are present.

Filtered exports cannot prove that no matching row was left out between two non-consecutive
seqs; compare the last hash with a complete export or with the service's chain head for that.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

GENESIS_HASH = "0" * 64
EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2

HEX64 = re.compile(r"[0-9a-f]{64}")
UTC_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z", re.ASCII)


class BadInput(Exception):
    """The file cannot be checked at all (exit 2)."""

    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


class ChainFailure(Exception):
    """A row that does not match the chain (exit 1)."""

    def __init__(self, line: int, seq: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.seq = seq
        self.message = message

    def __str__(self) -> str:
        where = f"line {self.line} (seq {self.seq})" if self.seq is not None else f"line {self.line}"
        return f"{where}: {self.message}"


# --- parsing -----------------------------------------------------------------------------


def _no_duplicate_keys(pairs: list) -> dict:
    obj = {}
    for key, value in pairs:
        if key in obj:
            raise ValueError(f"duplicate key {key!r}")
        obj[key] = value
    return obj


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def parse_line(raw: bytes, line: int, is_last: bool) -> dict:
    """One line as a JSON object; BadInput says why it is not one."""
    truncated = " (the file looks truncated: its last line has no newline)" if is_last else ""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadInput(line, f"not UTF-8 ({exc.reason} at byte {exc.start}){truncated}") from None
    if not text.strip():
        raise BadInput(line, "empty line")
    try:
        obj = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
    except RecursionError:
        raise BadInput(line, "JSON nested too deeply") from None
    except ValueError as exc:
        raise BadInput(line, f"not valid JSON: {exc}{truncated}") from None
    if not isinstance(obj, dict):
        raise BadInput(line, f"expected a JSON object, found {type(obj).__name__}")
    return obj


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


AUDIT_FIELD_CHECKS = {
    "seq": ("a positive integer", lambda v: _is_int(v) and v >= 1),
    "occurred_at": (
        "a UTC timestamp like 2026-11-25T09:38:13.123456Z",
        lambda v: isinstance(v, str) and UTC_TIMESTAMP.fullmatch(v) is not None,
    ),
    "actor": ("a string or null", lambda v: v is None or isinstance(v, str)),
    "claim_id": ("an integer", _is_int),
    "action": ("a string", lambda v: isinstance(v, str)),
    "from_state": ("a string", lambda v: isinstance(v, str)),
    "to_state": ("a string", lambda v: isinstance(v, str)),
    "reason": ("a string", lambda v: isinstance(v, str)),
    "verdict": ("an object or null", lambda v: v is None or isinstance(v, dict)),
    "source_ids": ("a list of integers", lambda v: isinstance(v, list) and all(_is_int(i) for i in v)),
    "data": ("an object", lambda v: isinstance(v, dict)),
    "prev_hash": ("64 lowercase hex digits", lambda v: isinstance(v, str) and HEX64.fullmatch(v) is not None),
    "hash": ("64 lowercase hex digits", lambda v: isinstance(v, str) and HEX64.fullmatch(v) is not None),
}


def audit_of(row: dict, line: int) -> dict:
    """The row's ``audit`` object, every canonical field present and of the right type."""
    audit = row.get("audit")
    if not isinstance(audit, dict):
        raise BadInput(line, 'expected an object with an "audit" object')
    for name, (expected, check) in AUDIT_FIELD_CHECKS.items():
        if name not in audit:
            raise BadInput(line, f'audit field "{name}" is missing')
        if not check(audit[name]):
            raise BadInput(
                line, f'audit field "{name}" must be {expected}, not {json.dumps(audit[name])[:80]}'
            )
    return audit


@dataclass
class Header:
    complete: bool
    rows: int | None = None
    head: tuple[int, str] | None = None  # (seq, hash) of the chain head


def header_of(obj: dict, line: int) -> Header | None:
    """The export header when ``obj`` is one (``{"export": {...}}``), else None."""
    if "export" not in obj:
        return None
    if line != 1:
        raise BadInput(line, "an export header is only allowed on line 1")
    meta = obj["export"]
    if not isinstance(meta, dict) or not isinstance(meta.get("complete"), bool):
        raise BadInput(line, 'the export header needs "complete": true or false')
    rows = meta.get("rows")
    if rows is not None and not (_is_int(rows) and rows >= 0):
        raise BadInput(line, 'the export header\'s "rows" must be a non-negative integer')
    return Header(complete=meta["complete"], rows=rows, head=_chain_head(meta.get("chain_head"), line))


def _chain_head(head: Any, line: int) -> tuple[int, str] | None:
    if head is None:
        return None
    if (
        not isinstance(head, dict)
        or not (_is_int(head.get("seq")) and head["seq"] >= 0)
        or not isinstance(head.get("hash"), str)
        or not HEX64.fullmatch(head["hash"])
    ):
        raise BadInput(line, 'the export header\'s "chain_head" must be {"seq": <integer>, "hash": <64 hex>}')
    return head["seq"], head["hash"]


def canonical_hash(audit: dict) -> str:
    """The contract's hash of an audit row: sha256 of its canonical JSON (all keys but hash)."""
    canonical = {key: value for key, value in audit.items() if key != "hash"}
    text = json.dumps(canonical, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def numbered_lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes, bool]]:
    """(line number, bytes without the newline, is-the-last-line-and-unterminated)."""
    line = 0
    for line, raw in enumerate(stream, 1):
        if raw.endswith(b"\n"):
            yield line, raw[:-1], False
        else:
            yield line, raw, True
    if line == 0:
        raise BadInput(None, "empty file: no export header and no rows")


# --- the chain ---------------------------------------------------------------------------


@dataclass
class ChainCheck:
    """Checks rows one at a time, keeping only the previous row (constant memory)."""

    strict: bool
    from_genesis: bool
    rows: int = 0
    gaps: int = 0
    last: tuple[int, int, str] | None = None  # (line, seq, hash) of the previous row
    hint: str = field(default="")

    def add(self, line: int, audit: dict) -> None:
        seq = audit["seq"]
        try:
            computed = canonical_hash(audit)
        except UnicodeEncodeError:
            raise BadInput(line, "a string holds a lone surrogate (not encodable as UTF-8)") from None
        if computed != audit["hash"]:
            raise ChainFailure(
                line,
                seq,
                f"hash mismatch: the row's content hashes to {computed}, but its hash is "
                f"{audit['hash']}: the row was changed",
            )
        if self.last is None:
            self._check_first(line, seq, audit["prev_hash"])
        else:
            self._check_link(line, seq, audit["prev_hash"])
        self.rows += 1
        self.last = (line, seq, audit["hash"])

    def _check_first(self, line: int, seq: int, prev_hash: str) -> None:
        if seq == 1 and prev_hash != GENESIS_HASH:
            raise ChainFailure(
                line, seq, f"wrong start: seq 1 must have prev_hash {'0' * 8}..., not {prev_hash}"
            )
        if self.from_genesis and seq != 1:
            raise ChainFailure(
                line,
                seq,
                f"wrong start: a complete export starts at seq 1, this one at seq {seq}: "
                f"rows 1-{seq - 1} are missing{self.hint}",
            )

    def _check_link(self, line: int, seq: int, prev_hash: str) -> None:
        prev_line, prev_seq, prev_row_hash = self.last
        if seq <= prev_seq:
            raise ChainFailure(
                line,
                seq,
                f"broken link: seq {seq} comes after seq {prev_seq} (line {prev_line}): "
                "rows are out of order or repeated",
            )
        consecutive = seq == prev_seq + 1
        if not consecutive and not self.strict:
            self.gaps += 1
            return
        if prev_hash != prev_row_hash:
            missing = "" if consecutive else f"; seqs {prev_seq + 1}-{seq - 1} are missing"
            raise ChainFailure(
                line,
                seq,
                f"broken link: prev_hash {prev_hash} is not the hash of the previous row "
                f"(seq {prev_seq}, line {prev_line}){missing}{self.hint}",
            )
        if not consecutive:
            raise ChainFailure(
                line, seq, f"seq gap: seq {seq} follows seq {prev_seq} (line {prev_line}){self.hint}"
            )

    def summary(self) -> str:
        if self.last is None:
            return "OK: 0 rows, nothing to verify"
        last_hash = self.last[2]
        if self.gaps:
            return (
                f"OK: {self.rows} rows, every row's hash intact, links intact between consecutive seqs "
                f"({self.gaps} gaps allowed), last hash {last_hash}"
            )
        return f"OK: {self.rows} rows, chain intact, last hash {last_hash}"


def verify(stream: IO[bytes], allow_gaps: bool = False) -> str:
    """Check a whole export; the OK summary, or BadInput / ChainFailure for the first problem."""
    header: Header | None = None
    chain: ChainCheck | None = None
    last_line = 0
    for line, raw, is_last in numbered_lines(stream):
        last_line = line
        row = parse_line(raw, line, is_last)
        if line == 1:
            header = header_of(row, line)
            chain = _chain_for(header, allow_gaps)
            if header is not None:
                continue
        elif "export" in row:
            header_of(row, line)
        chain.add(line, audit_of(row, line))
    _check_row_count(header, chain, last_line)
    return chain.summary()


def _chain_for(header: Header | None, allow_gaps: bool) -> ChainCheck:
    complete = header.complete if header is not None else not allow_gaps
    strict = complete or not allow_gaps
    if allow_gaps or (header is not None and header.complete):
        hint = ""
    elif header is not None:
        hint = " (the header says the export was filtered: run with --allow-gaps)"
    else:
        hint = " (if the export was made with filters, run with --allow-gaps)"
    return ChainCheck(strict=strict, from_genesis=complete, hint=hint)


def _check_row_count(header: Header | None, chain: ChainCheck, last_line: int) -> None:
    """Rows cut off the end: fewer than the header promises, or short of the chain head."""
    if header is None:
        return
    last_seq, last_hash = (chain.last[1], chain.last[2]) if chain.last else (0, GENESIS_HASH)
    if header.rows is not None and header.rows != chain.rows:
        raise ChainFailure(
            last_line + 1,
            last_seq + 1,
            f"missing rows: the header promises {header.rows} rows, the file "
            f"holds {chain.rows}: rows were cut off the end after seq {last_seq}",
        )
    if not header.complete or header.head is None or header.head == (last_seq, last_hash):
        return
    head_seq, head_hash = header.head
    if head_seq > last_seq:
        raise ChainFailure(
            last_line + 1,
            last_seq + 1,
            f"missing rows: the header's chain head is seq {head_seq}, but the "
            f"export ends at seq {last_seq}: rows were lost from the end of the log",
        )
    raise ChainFailure(
        last_line,
        last_seq,
        f"broken link: the last row is not the header's chain head (seq {head_seq}, hash {head_hash})",
    )


# --- command line ------------------------------------------------------------------------


def main(argv: Iterable[str] | None = None, stdin: IO[bytes] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Check an audit export (JSON Lines) offline: row hashes and the chain.",
        epilog="Exit status: 0 intact, 1 a row does not match, 2 the input cannot be checked.",
    )
    parser.add_argument("export", help="the .jsonl export, or - for standard input")
    parser.add_argument(
        "--allow-gaps",
        action="store_true",
        help="the export was made with filters: check each row's hash, link only consecutive seqs",
    )
    args = parser.parse_args(None if argv is None else list(argv))
    try:
        if args.export == "-":
            print(verify(stdin or sys.stdin.buffer, args.allow_gaps))
        else:
            with open(args.export, "rb") as stream:
                print(verify(stream, args.allow_gaps))
    except ChainFailure as failure:
        print(f"FAIL: {failure}")
        return EXIT_FAILED
    except BadInput as bad:
        print(f"ERROR: {bad}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as exc:
        print(f"ERROR: cannot read {args.export}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
