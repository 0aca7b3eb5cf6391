#!/usr/bin/env python3
"""Check an audit export (JSON Lines) offline: every row's hash and the chain that links them.

Usage::

    python manage.py verify_audit_chain     # on the service: prints "Chain head: SEQ:HASH"
    python tools/verify_export.py --expect-head SEQ:HASH export.jsonl   # a complete export
    python tools/verify_export.py --allow-gaps part.jsonl               # an export made with filters
    python tools/verify_export.py - < export.jsonl                      # read standard input

Python standard library only, one file: copy it anywhere and run it with Python 3.9+.

What it proves
    A file's rows can only prove they agree with each other: whoever wrote the file could have
    recomputed every hash. What ties an export to the service's log is a trusted chain head,
    the ``SEQ:HASH`` that ``manage.py verify_audit_chain`` prints and an auditor notes down or
    the service publishes. Given ``--expect-head``, a complete export must end exactly at that
    head, so every row in it is proven. A filtered export (``--allow-gaps``) is only checked
    row by row: its header must name the expected head, and the rows that run without a gap up
    to that head are proven, but rows after a gap are only self-consistent: they cannot be
    proven against the chain without the database (``verify_audit_chain``) or the complete export.

Exit status
    0  intact; standard output says so in two or three lines::

           OK: N rows, seq FIRST to LAST, chain intact from the genesis
           Head: SEQ:HASH, the expected head (--expect-head): every row is proven against it

       and, when something stays unproven (no ``--expect-head``, a filtered export), a ``Note:``
       line saying what.
    1  the export does not match its chain: ``FAIL: line L (seq S): <why>`` on standard output,
       naming the first row that does not match. Reasons: ``hash mismatch`` (the row's content
       was changed), ``broken link`` (its ``prev_hash`` is not the previous row's hash: rows were
       removed, added or reordered), ``seq gap`` (the links hold but seq numbers are skipped),
       ``wrong start`` (a complete export must start at seq 1 with the genesis prev_hash),
       ``missing rows`` (the file holds fewer rows than its header promises, or a complete export
       ends before its chain head), ``wrong head`` (the rows, or the header's chain head, are
       not the expected head: a different chain, or an export made at another moment).
    2  the input cannot be checked (unreadable, empty, not JSON, a truncated last line, a field
       of the wrong type; no header, or a header saying the export is incomplete, without
       ``--allow-gaps``): ``ERROR: line L: <why>`` on standard error.

The file
    Line 1 is the header, ``{"export": {...}}``, written by the service::

        {"export": {"version": 1, "generated_at": "2026-11-25T09:38:13.123456Z",
                    "complete": true, "filters": {}, "rows": 1234,
                    "chain_head": {"seq": 1234, "hash": "<64 hex>"}}}

    ``complete`` (boolean, required) is true when the export holds the whole chain, so its first
    row must be seq 1 with ``prev_hash`` "0" * 64 and seqs may never skip, even with
    ``--allow-gaps``; false (an export made with filters) needs ``--allow-gaps``. ``rows``
    (optional) is the number of rows the export holds: fewer rows in the file is a failure
    (rows cut off the end). ``chain_head`` (optional) is the last seq and hash the service's
    chain head recorded when the export was made: no row may come after it, the row with its
    seq must have its hash, and a complete export must end exactly there, so rows missing from
    the end of the database's log are caught too. Other header keys are informational. A file
    without a header cannot show it is complete and is checked only with ``--allow-gaps``.

    Every other line is one audit row: a JSON object with an ``audit`` object holding the
    canonical fields and the row's ``hash``::

        {"audit": {"seq": 7, "occurred_at": "2026-11-25T09:38:13.123456Z", "actor": "ana",
                   "claim_id": 42, "action": "verdict_approve", "from_state": "...",
                   "to_state": "...", "reason": "", "verdict": {...} | null,
                   "source_ids": [3, 5], "data": {...}, "prev_hash": "<64 hex>",
                   "hash": "<64 hex>"},
         "claim": {...}, "article": {...}, ...}

    ``actor`` is null for what the system did: releasing idle claims, or filling in a source's
    title or publisher from its page (``source_metadata``, the fields in ``data.before`` and
    ``data.after``). Only the ``audit`` object is evidence: the other keys (claim text, article,
    speaker names) are the service's current records joined in for readers and are not covered
    by any hash.

The hash
    ``hash = sha256(json.dumps(canonical, sort_keys=True, separators=(",", ":"),
    ensure_ascii=False).encode("utf-8")).hexdigest()`` where ``canonical`` is the ``audit``
    object without its ``hash`` key (unknown extra keys are hashed too, so adding one is a
    mismatch). Row ``seq`` n links to row n - 1 by ``prev_hash``; seq 1 links to "0" * 64.
    The service defines these rules in one module, ``verify/audit_chain.py``; this file
    restates them with the standard library only, so it runs without the service.

Checks, in file order
    1. the header: required unless ``--allow-gaps``; with ``--expect-head`` its ``chain_head``
       must be the expected head (a filtered export's header must name one);
    2. parse each line (UTF-8, one JSON object, no duplicate keys, no NaN/Infinity) and check
       the type of every canonical field;
    3. recompute the row's hash and compare it with the recorded one;
    4. first row: in a complete export it must be seq 1 with the genesis ``prev_hash``; in a
       filtered one it may start anywhere;
    5. later rows: seq must increase. Strictly, it must be the previous seq + 1 and
       ``prev_hash`` the previous row's hash. With ``--allow-gaps`` (filtered exports, where
       rows are not contiguous) a row is linked only when its seq directly follows the
       previous row's; across a gap only its own hash is checked;
    6. every row: not past the head (expected, else the header's), and the head's hash at its seq;
    7. at the end, the row count must match the header's ``rows``, and a complete export's last
       row must be the head.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
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


def missing(first: int, last: int) -> str:
    """``seq 3 is missing`` or ``seqs 3-5 are missing``."""
    return f"seq {first} is missing" if first == last else f"seqs {first}-{last} are missing"


@dataclass(frozen=True)
class Head:
    """A chain head the rows are held to: ``--expect-head`` (trusted) or the header's (not)."""

    seq: int
    hash: str
    trusted: bool

    @property
    def name(self) -> str:
        return "the expected head" if self.trusted else "the header's chain head"

    def __str__(self) -> str:
        return f"{self.seq}:{self.hash}"


@dataclass
class ChainCheck:
    """Checks rows one at a time, keeping only the previous row (constant memory).

    A ``complete`` export must start at seq 1 on the genesis hash and never skip a seq; a
    filtered one is linked only where seqs are consecutive. No row may come after ``head``, and
    the row with the head's seq must have the head's hash.
    """

    complete: bool
    head: Head | None = None
    rows: int = 0
    gaps: int = 0
    first_seq: int | None = None
    run_start: int | None = None  # first seq of the latest run of consecutive seqs
    reached_head: bool = False
    last: tuple[int, int, str] | None = None  # (line, seq, hash) of the previous row

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
            self.first_seq = self.run_start = seq
        elif not self._check_link(line, seq, audit["prev_hash"]):
            self.run_start = seq
        self._check_head(line, seq, audit["hash"])
        self.rows += 1
        self.last = (line, seq, audit["hash"])

    def _check_first(self, line: int, seq: int, prev_hash: str) -> None:
        if seq == 1 and prev_hash != GENESIS_HASH:
            raise ChainFailure(
                line, seq, f"wrong start: seq 1 must have prev_hash {'0' * 8}..., not {prev_hash}"
            )
        if self.complete and seq != 1:
            raise ChainFailure(
                line,
                seq,
                f"wrong start: a complete export starts at seq 1, this one at seq {seq}: "
                f"{missing(1, seq - 1)}",
            )

    def _check_link(self, line: int, seq: int, prev_hash: str) -> bool:
        """Whether ``seq`` follows the previous row's directly (a gap is allowed only when filtered)."""
        prev_line, prev_seq, prev_row_hash = self.last
        if seq <= prev_seq:
            raise ChainFailure(
                line,
                seq,
                f"broken link: seq {seq} comes after seq {prev_seq} (line {prev_line}): "
                "rows are out of order or repeated",
            )
        consecutive = seq == prev_seq + 1
        if not consecutive and not self.complete:
            self.gaps += 1
            return False
        if prev_hash != prev_row_hash:
            gap = "" if consecutive else f"; {missing(prev_seq + 1, seq - 1)}"
            raise ChainFailure(
                line,
                seq,
                f"broken link: prev_hash {prev_hash} is not the hash of the previous row "
                f"(seq {prev_seq}, line {prev_line}){gap}",
            )
        if not consecutive:
            raise ChainFailure(line, seq, f"seq gap: seq {seq} follows seq {prev_seq} (line {prev_line})")
        return True

    def _check_head(self, line: int, seq: int, row_hash: str) -> None:
        head = self.head
        if head is None or seq < head.seq:
            return
        if seq > head.seq:
            reached = f", which it reaches at seq {head.seq}" if self.reached_head else ""
            why = (
                "that head vouches only for the rows up to it: check the export against the head "
                "noted when it was made"
                if head.trusted
                else "rows were added after the header was written"
            )
            raise ChainFailure(
                line, seq, f"wrong head: the export goes on past {head.name} {head}{reached}: {why}"
            )
        if row_hash != head.hash:
            raise ChainFailure(
                line,
                seq,
                f"wrong head: seq {seq} has hash {row_hash}, but {head.name} is {head}: "
                "these rows are not the chain that head was taken from",
            )
        self.reached_head = True

    def finish(self, last_line: int) -> None:
        """A complete export must end exactly at its head (rows lost from the end leave no gap)."""
        head = self.head
        if not self.complete or head is None:
            return
        last_seq = self.last[1] if self.last else 0
        if last_seq < head.seq:
            why = (
                f"{missing(last_seq + 1, head.seq)} (the export was made before that head was "
                "noted, or rows were lost from its end)"
                if head.trusted
                else "rows were lost from the end of the log"
            )
            raise ChainFailure(
                last_line + 1,
                last_seq + 1,
                f"missing rows: {head.name} is seq {head.seq}, but the export ends at seq {last_seq}: {why}",
            )
        if last_seq == 0 and head.hash != GENESIS_HASH:
            raise ChainFailure(
                last_line + 1, None, f"wrong head: the export holds no rows, but {head.name} is {head}"
            )


NO_HEADER = (
    "no export header: without it the file cannot show that it is complete, and rows cut off "
    "either end would go unnoticed. Check the export as the service wrote it, or run with "
    "--allow-gaps to check only the rows this file holds"
)
INCOMPLETE = (
    'the header says the export is incomplete ("complete": false, made with filters), so its '
    "rows cannot be proven against the chain. Run with --allow-gaps to check each row's hash "
    "and the links between consecutive seqs, or check the complete export"
)
NOT_TRUSTED = (
    "Note: not checked against a trusted head. Run with --expect-head SEQ:HASH (the head "
    "'manage.py verify_audit_chain' prints, or one the service published) to prove these rows "
    "are the service's chain."
)
SELF_CONSISTENT_ONLY = (
    "Note: filtered export (--allow-gaps): only each row's own hash and the links between "
    "consecutive seqs were checked. Rows after a gap are only self-consistent: they cannot be "
    "proven against the chain without the database ('manage.py verify_audit_chain') or the "
    "complete export (verify it with --expect-head)."
)


def verify(stream: IO[bytes], allow_gaps: bool = False, expect_head: tuple[int, str] | None = None) -> str:
    """Check a whole export; the OK report, or BadInput / ChainFailure for the first problem."""
    header: Header | None = None
    chain: ChainCheck | None = None
    last_line = 0
    for line, raw, is_last in numbered_lines(stream):
        last_line = line
        row = parse_line(raw, line, is_last)
        if line == 1:
            header = header_of(row, line)
            chain = _chain_for(header, allow_gaps, expect_head)
            if header is not None:
                continue
        elif "export" in row:
            header_of(row, line)
        chain.add(line, audit_of(row, line))
    _check_row_count(header, chain, last_line)
    chain.finish(last_line)
    return _report(chain, header)


def _chain_for(header: Header | None, allow_gaps: bool, expect_head: tuple[int, str] | None) -> ChainCheck:
    if header is None and not allow_gaps:
        raise BadInput(1, NO_HEADER)
    if header is not None and not header.complete and not allow_gaps:
        raise BadInput(1, INCOMPLETE)
    complete = header is not None and header.complete
    return ChainCheck(complete=complete, head=_head_for(header, complete, expect_head))


def _head_for(header: Header | None, complete: bool, expect_head: tuple[int, str] | None) -> Head | None:
    """The head the rows are held to: the expected one, which the header must name too, if given."""
    named = None if header is None or header.head is None else Head(*header.head, trusted=False)
    if expect_head is None:
        return named
    expected = Head(*expect_head, trusted=True)
    if named is not None and (named.seq, named.hash) != (expected.seq, expected.hash):
        raise ChainFailure(
            1,
            None,
            f"wrong head: the header's chain head is {named}, not the expected head {expected}: the "
            "export was made at another moment than that head was noted, or is not that chain",
        )
    if named is None and not complete:
        raise ChainFailure(
            1,
            None,
            "wrong head: a filtered export is held to --expect-head by the chain head its header "
            "names, and this export names none",
        )
    return expected


def _check_row_count(header: Header | None, chain: ChainCheck, last_line: int) -> None:
    """Rows cut off the end: fewer than the header promises."""
    if header is None or header.rows is None or header.rows == chain.rows:
        return
    last_seq = chain.last[1] if chain.last else 0
    raise ChainFailure(
        last_line + 1,
        last_seq + 1,
        f"missing rows: the header promises {header.rows} rows, the file "
        f"holds {chain.rows}: rows were cut off the end after seq {last_seq}",
    )


def _report(chain: ChainCheck, header: Header | None) -> str:
    """What was proven: the rows' seqs, the head they were held to, and what remains unproven."""
    if chain.complete:
        return _complete_report(chain)
    if chain.last is None:
        lines = ["OK: 0 rows, nothing to verify"]
    else:
        lines = [
            f"OK: {chain.rows} rows, seq {chain.first_seq} to {chain.last[1]} (last hash {chain.last[2]}), "
            f"every row's hash intact, links intact between consecutive seqs ({chain.gaps} gaps allowed)"
        ]
    head = chain.head
    if header is None:
        lines.append(
            "Head: unknown: the file has no export header, so rows missing at either end go unnoticed"
        )
    elif head is None:
        lines.append("Head: unknown: the export header names no chain head")
    else:
        checked = (
            "matches --expect-head" if head.trusted else "not checked against a trusted head (--expect-head)"
        )
        lines.append(f"Head: {head}, named by the export header, {checked}")
    if head is not None and head.trusted and chain.reached_head:
        lines.append(
            f"Rows seq {chain.run_start} to {head.seq} run without a gap up to the expected head: "
            "they are proven against it."
        )
    lines.append(SELF_CONSISTENT_ONLY)
    return "\n".join(lines)


def _complete_report(chain: ChainCheck) -> str:
    if chain.last is None:
        lines = ["OK: 0 rows, nothing to verify (the chain is empty)"]
        last_seq, last_hash = 0, GENESIS_HASH
    else:
        lines = [f"OK: {chain.rows} rows, seq 1 to {chain.last[1]}, chain intact from the genesis"]
        last_seq, last_hash = chain.last[1], chain.last[2]
    if chain.head is not None and chain.head.trusted:
        lines.append(
            f"Head: {last_seq}:{last_hash}, the expected head (--expect-head): every row is proven against it"
        )
        return "\n".join(lines)
    agrees = " (the export header names the same head)" if chain.head is not None else ""
    lines.append(f"Head: {last_seq}:{last_hash}, the last row's seq and hash{agrees}")
    lines.append(NOT_TRUSTED)
    return "\n".join(lines)


# --- command line ------------------------------------------------------------------------


def head_argument(text: str) -> tuple[int, str]:
    """``SEQ:HASH`` as ``manage.py verify_audit_chain`` prints it."""
    seq, _, hash_ = text.strip().partition(":")
    if not re.fullmatch(r"[0-9]{1,18}", seq) or not HEX64.fullmatch(hash_.lower()):
        raise argparse.ArgumentTypeError(
            f"{text!r}: expected SEQ:HASH, a seq number and 64 hex digits, as "
            "'manage.py verify_audit_chain' prints the chain head"
        )
    return int(seq), hash_.lower()


def main(argv: Iterable[str] | None = None, stdin: IO[bytes] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Check an audit export (JSON Lines) offline: row hashes and the chain.",
        epilog="Exit status: 0 intact, 1 a row does not match, 2 the input cannot be checked.",
    )
    parser.add_argument("export", help="the .jsonl export, or - for standard input")
    parser.add_argument(
        "--allow-gaps",
        action="store_true",
        help="the export was made with filters (or has no header): check each row's hash, link only "
        "consecutive seqs; rows after a gap are only self-consistent",
    )
    parser.add_argument(
        "--expect-head",
        metavar="SEQ:HASH",
        type=head_argument,
        help="a trusted chain head (from 'manage.py verify_audit_chain'): a complete export must end "
        "exactly there; a filtered export's header must name it",
    )
    args = parser.parse_args(None if argv is None else list(argv))
    try:
        if args.export == "-":
            print(verify(stdin or sys.stdin.buffer, args.allow_gaps, args.expect_head))
        else:
            with open(args.export, "rb") as stream:
                print(verify(stream, args.allow_gaps, args.expect_head))
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
