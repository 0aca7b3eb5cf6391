"""The standalone export verifier (tools/verify_export.py) on hand-made JSON Lines exports.

The rows here are built with the audit hash contract directly, independently of the service,
so these tests also pin the contract the verifier implements.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

TOOL = Path(__file__).resolve().parents[2] / "tools" / "verify_export.py"
_spec = importlib.util.spec_from_file_location("verify_export", TOOL)
verify_export = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("verify_export", verify_export)  # dataclasses look their module up there
_spec.loader.exec_module(verify_export)

GENESIS = "0" * 64


def contract_hash(canonical: dict) -> str:
    text = json.dumps(canonical, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def chain(seqs: list[int] | int = 5) -> list[dict]:
    """Audit objects (canonical fields + hash) chained in the order of ``seqs``."""
    seqs = list(range(1, seqs + 1)) if isinstance(seqs, int) else seqs
    rows, prev = [], GENESIS
    for seq in seqs:
        canonical = {
            "seq": seq,
            "occurred_at": f"2026-11-25T09:{seq % 60:02d}:13.123456Z",
            "actor": None if seq == 1 else "ana",
            "claim_id": 40 + seq % 3,
            "action": "verdict_propose" if seq % 2 else "claim_queue",
            "from_state": "in_review",
            "to_state": "verdict_proposed",
            "reason": "Zelenskyy’s „quote“ checked — ok",
            "verdict": {"substance": "false", "summary": "Nein, 9 Meilen"} if seq % 2 else None,
            "source_ids": [3, seq],
            "data": {"note": "é", "z": 1, "a": [1.5, None, True]},
            "prev_hash": prev,
        }
        prev = contract_hash(canonical)
        rows.append({**canonical, "hash": prev})
    return rows


def rehash_from(rows: list[dict]) -> list[dict]:
    """Re-link every row to the one before it in the list (as a forger with the formula would)."""
    prev = rows[0]["prev_hash"]
    relinked = []
    for row in rows:
        canonical = {k: v for k, v in row.items() if k != "hash"} | {"prev_hash": prev}
        prev = contract_hash(canonical)
        relinked.append({**canonical, "hash": prev})
    return relinked


def forged(row: dict, **changes) -> dict:
    """The row changed and given a matching hash of its own (its links are not repaired)."""
    canonical = {k: v for k, v in row.items() if k != "hash"} | changes
    return {**canonical, "hash": contract_hash(canonical)}


def header(complete: bool = True, rows: int | None = None, **extra) -> dict:
    meta = {"version": 1, "generated_at": "2026-11-25T10:00:00.000000Z", "complete": complete, "filters": {}}
    if rows is not None:
        meta["rows"] = rows
    return {"export": meta | extra}


def jsonl(audits: list[dict], head: dict | None | bool = True) -> bytes:
    """The export file: a complete export's header by default, ``head=None`` for none at all."""
    head = header() if head is True else head
    lines = [head] if head is not None else []
    lines += [{"audit": audit, "claim": {"id": audit["claim_id"], "text": "9 miles"}} for audit in audits]
    return b"".join(json.dumps(line, ensure_ascii=False).encode("utf-8") + b"\n" for line in lines)


def check(data: bytes, *args: str, capsys) -> tuple[int, str, str]:
    code = verify_export.main([*args, "-"], stdin=io.BytesIO(data))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# --- intact exports ----------------------------------------------------------------------


def test_untouched_export_with_header_verifies_and_says_it_was_not_held_to_a_trusted_head(capsys):
    rows = chain(5)
    code, out, err = check(jsonl(rows, header(rows=5)), capsys=capsys)
    assert (code, err) == (0, "")
    assert out == (
        "OK: 5 rows, seq 1 to 5, chain intact from the genesis\n"
        f"Head: 5:{rows[-1]['hash']}, the last row's seq and hash\n"
        "Note: not checked against a trusted head. Run with --expect-head SEQ:HASH (the head "
        "'manage.py verify_audit_chain' prints, or one the service published) to prove these rows "
        "are the service's chain.\n"
    )


def test_header_only_export_has_nothing_to_verify(capsys):
    code, out, _ = check(jsonl([], header(rows=0)), capsys=capsys)
    assert code == 0
    assert out.startswith(f"OK: 0 rows, nothing to verify (the chain is empty)\nHead: 0:{GENESIS}, ")


def test_last_line_without_newline_is_accepted_when_complete(capsys):
    assert check(jsonl(chain(3)).rstrip(b"\n"), capsys=capsys)[0] == 0


def test_extra_audit_keys_are_part_of_the_hash(capsys):
    rows = chain(2)
    rows[1]["added"] = "later"
    code, out, _ = check(jsonl(rows), capsys=capsys)
    assert code == 1 and out.startswith("FAIL: line 3 (seq 2): hash mismatch")


# --- tampering ---------------------------------------------------------------------------


def test_one_changed_byte_fails_at_that_row(capsys):
    data = jsonl(chain(5), header(rows=5))
    lines = data.split(b"\n")
    lines[3] = lines[3].replace(b"ok", b"oK", 1)  # line 4 holds seq 3
    code, out, _ = check(b"\n".join(lines), capsys=capsys)
    assert code == 1
    assert out.startswith("FAIL: line 4 (seq 3): hash mismatch: the row's content hashes to ")


@pytest.mark.parametrize("field", ["hash", "prev_hash", "occurred_at", "actor", "verdict", "source_ids"])
def test_changing_any_audit_field_is_a_hash_mismatch(field, capsys):
    rows = chain(4)
    rows[2][field] = {
        "hash": "f" * 64,
        "prev_hash": "e" * 64,
        "occurred_at": "2026-11-25T09:03:14.123456Z",
        "actor": "bob",
        "verdict": {"substance": "true", "summary": "Nein, 9 Meilen"},
        "source_ids": [3],
    }[field]
    code, out, _ = check(jsonl(rows), capsys=capsys)
    assert code == 1 and out.startswith("FAIL: line 4 (seq 3): hash mismatch")


def test_changed_field_outside_audit_is_not_evidence_and_passes(capsys):
    data = jsonl(chain(3)).replace(b"9 miles", b"8 miles")
    assert check(data, capsys=capsys)[0] == 0


def test_removed_middle_row_is_a_broken_link_at_the_next_row(capsys):
    rows = chain(5)
    del rows[2]
    code, out, _ = check(jsonl(rows, header(rows=4)), capsys=capsys)
    assert code == 1
    assert out.startswith("FAIL: line 4 (seq 4): broken link: prev_hash ")
    assert out.endswith("previous row (seq 2, line 3); seq 3 is missing\n")


def test_removed_first_row_is_a_wrong_start(capsys):
    code, out, _ = check(jsonl(chain(4)[1:]), capsys=capsys)
    assert code == 1
    assert out == "FAIL: line 2 (seq 2): wrong start: a complete export starts at seq 1, this one at seq 2: seq 1 is missing\n"


def test_removed_first_rows_are_named_as_a_range(capsys):
    code, out, _ = check(jsonl(chain(5)[3:]), capsys=capsys)
    assert code == 1 and out.endswith("this one at seq 4: seqs 1-3 are missing\n")


def test_removed_last_row_fails_against_the_header_row_count(capsys):
    rows = chain(5)
    code, out, _ = check(jsonl(rows[:-1], header(rows=5)), capsys=capsys)
    assert code == 1
    assert (
        out
        == "FAIL: line 6 (seq 5): missing rows: the header promises 5 rows, the file holds 4: rows were cut off the end after seq 4\n"
    )


def test_a_complete_export_must_end_at_the_chain_head(capsys):
    rows = chain(5)
    head = {"seq": 5, "hash": rows[-1]["hash"]}
    assert check(jsonl(rows, header(rows=5, chain_head=head)), capsys=capsys)[0] == 0
    code, out, _ = check(jsonl(rows[:-1], header(rows=4, chain_head=head)), capsys=capsys)
    assert (code, out) == (
        1,
        (
            "FAIL: line 6 (seq 5): missing rows: the header's chain head is seq 5, but the "
            "export ends at seq 4: rows were lost from the end of the log\n"
        ),
    )
    forged = rows[:-1] + rehash_from([{**rows[-1], "reason": "rewritten"}])
    code, out, _ = check(jsonl(forged, header(rows=5, chain_head=head)), capsys=capsys)
    assert code == 1 and out.startswith(
        f"FAIL: line 6 (seq 5): wrong head: seq 5 has hash {forged[-1]['hash']}, but the header's chain head is 5:"
    )


def test_a_filtered_export_is_not_held_to_the_chain_head(capsys):
    rows = filtered(chain(5), {1, 2})
    head = {"seq": 5, "hash": "a" * 64}
    assert check(jsonl(rows, header(complete=False, rows=2, chain_head=head)), "--allow-gaps", capsys=capsys)[0] == 0


def test_reordered_rows_fail_at_the_first_row_out_of_place(capsys):
    rows = chain(5)
    rows[2], rows[3] = rows[3], rows[2]
    code, out, _ = check(jsonl(rows, header(rows=5)), capsys=capsys)
    assert code == 1
    assert out.startswith("FAIL: line 4 (seq 4): broken link: prev_hash ")


def test_reordered_rows_relinked_by_a_forger_still_fail_on_seq_numbers(capsys):
    rows = chain(4)
    rows[1], rows[2] = rows[2], rows[1]
    code, out, _ = check(jsonl(rehash_from(rows)), capsys=capsys)
    assert code == 1
    assert out.startswith("FAIL: line 3 (seq 3): seq gap: seq 3 follows seq 1 (line 2)")


def test_repeated_row_fails(capsys):
    rows = chain(3)
    code, out, _ = check(jsonl([*rows, rows[-1]]), capsys=capsys)
    assert code == 1 and out.startswith("FAIL: line 5 (seq 3): broken link: seq 3 comes after seq 3")


def test_seq_gap_with_intact_links_fails(capsys):
    rows = chain([1, 2, 4, 5])
    code, out, _ = check(jsonl(rows), capsys=capsys)
    assert code == 1 and out.startswith("FAIL: line 4 (seq 4): seq gap: seq 4 follows seq 2 (line 3)")


def test_seq_1_must_link_to_genesis(capsys):
    rows = chain(2)
    rows[0] = forged(rows[0], prev_hash="1" * 64)
    code, out, _ = check(jsonl(rehash_from(rows)), capsys=capsys)
    assert code == 1 and out.startswith("FAIL: line 2 (seq 1): wrong start: seq 1 must have prev_hash")


# --- filtered exports --------------------------------------------------------------------


def filtered(rows: list[dict], keep: set[int]) -> list[dict]:
    return [row for row in rows if row["seq"] in keep]


SELF_CONSISTENT_ONLY = (
    "Note: filtered export (--allow-gaps): only each row's own hash and the links between "
    "consecutive seqs were checked. Rows after a gap are only self-consistent: they cannot be "
    "proven against the chain without the database ('manage.py verify_audit_chain') or the "
    "complete export (verify it with --expect-head).\n"
)


def filtered_header(rows: list[dict], head: dict | None = None) -> dict:
    return header(complete=False, rows=len(rows), chain_head=head)


def test_filtered_export_verifies_with_allow_gaps_and_says_what_stays_unproven(capsys):
    full = chain(8)
    rows = filtered(full, {2, 3, 5, 7, 8})
    head = {"seq": 8, "hash": full[-1]["hash"]}
    code, out, _ = check(jsonl(rows, filtered_header(rows, head)), "--allow-gaps", capsys=capsys)
    assert code == 0
    assert out == (
        f"OK: 5 rows, seq 2 to 8 (last hash {rows[-1]['hash']}), every row's hash intact, "
        "links intact between consecutive seqs (2 gaps allowed)\n"
        f"Head: 8:{full[-1]['hash']}, named by the export header, not checked against a trusted head (--expect-head)\n"
        + SELF_CONSISTENT_ONLY
    )


def test_a_rewritten_row_after_a_gap_is_only_self_consistent_and_the_output_says_so(capsys):
    full = chain(8)
    rows = filtered(full, {2, 3, 5, 7, 8})
    rows[2] = forged(rows[2], reason="rewritten")  # seq 5, between two gaps: nothing links to it
    head = {"seq": 8, "hash": full[-1]["hash"]}
    code, out, _ = check(
        jsonl(rows, filtered_header(rows, head)), "--allow-gaps", "--expect-head", f"8:{head['hash']}", capsys=capsys
    )
    assert code == 0
    assert "Rows after a gap are only self-consistent: they cannot be proven against the chain" in out
    assert "Rows seq 7 to 8 run without a gap up to the expected head: they are proven against it." in out


def test_a_rewritten_head_row_of_a_filtered_export_fails_against_the_head(capsys):
    full = chain(8)
    rows = filtered(full, {2, 3, 5, 8})
    rows[-1] = forged(rows[-1], reason="rewritten")
    head = {"seq": 8, "hash": full[-1]["hash"]}
    code, out, _ = check(jsonl(rows, filtered_header(rows, head)), "--allow-gaps", capsys=capsys)
    assert code == 1 and out.startswith(
        f"FAIL: line 5 (seq 8): wrong head: seq 8 has hash {rows[-1]['hash']}, but the header's chain head is 8:"
    )
    forged_head = {"seq": 8, "hash": rows[-1]["hash"]}  # the forger rewrote the header too
    data = jsonl(rows, filtered_header(rows, forged_head))
    assert check(data, "--allow-gaps", capsys=capsys)[0] == 0
    code, out, _ = check(data, "--allow-gaps", "--expect-head", f"8:{head['hash']}", capsys=capsys)
    assert (code, out) == (
        1,
        f"FAIL: line 1: wrong head: the header's chain head is 8:{rows[-1]['hash']}, not the expected head "
        f"8:{head['hash']}: the export was made at another moment than that head was noted, or is not that chain\n",
    )


def test_a_filtered_export_cannot_hold_rows_past_its_chain_head(capsys):
    full = chain(6)
    rows = filtered(full, {2, 6})
    head = {"seq": 5, "hash": full[4]["hash"]}
    code, out, _ = check(jsonl(rows, filtered_header(rows, head)), "--allow-gaps", capsys=capsys)
    assert code == 1 and out.startswith("FAIL: line 3 (seq 6): wrong head: the export goes on past the header's")


def test_a_filtered_export_naming_no_head_cannot_be_held_to_an_expected_one(capsys):
    rows = filtered(chain(4), {2, 4})
    code, out, _ = check(jsonl(rows, filtered_header(rows)), "--allow-gaps", "--expect-head", f"4:{'a' * 64}",
                         capsys=capsys)
    assert code == 1 and out.startswith("FAIL: line 1: wrong head: a filtered export is held to --expect-head")


def test_allow_gaps_still_catches_a_changed_row(capsys):
    rows = filtered(chain(6), {1, 3, 4, 6})
    rows[3] = {**rows[3], "reason": "edited"}
    code, out, _ = check(jsonl(rows, filtered_header(rows)), "--allow-gaps", capsys=capsys)
    assert code == 1 and out.startswith("FAIL: line 5 (seq 6): hash mismatch")


def test_allow_gaps_still_links_consecutive_seqs(capsys):
    rows = filtered(chain(6), {1, 3, 4, 6})
    rows[2] = forged(rows[2], prev_hash=GENESIS)
    code, out, _ = check(jsonl(rows, filtered_header(rows)), "--allow-gaps", capsys=capsys)
    assert code == 1
    assert out.startswith(
        f"FAIL: line 4 (seq 4): broken link: prev_hash {GENESIS} is not the hash of the previous row"
    )


def test_allow_gaps_still_catches_reordered_rows(capsys):
    rows = filtered(chain(6), {1, 3, 5})
    code, out, _ = check(jsonl([rows[0], rows[2], rows[1]], filtered_header(rows)), "--allow-gaps", capsys=capsys)
    assert code == 1 and out.startswith("FAIL: line 4 (seq 3): broken link: seq 3 comes after seq 5")


def test_allow_gaps_cannot_excuse_gaps_in_an_export_whose_header_says_complete(capsys):
    rows = filtered(chain(4), {1, 2, 4})
    code, out, _ = check(jsonl(rows, header(complete=True)), "--allow-gaps", capsys=capsys)
    assert code == 1 and out.startswith("FAIL: line 4 (seq 4): broken link")


# --- a missing header, a header saying the export is incomplete ---------------------------


def test_an_export_without_header_is_an_error_without_allow_gaps(capsys):
    rows = chain(5)[:-1]  # header and last row removed: nothing in the file shows it
    code, out, err = check(jsonl(rows, None), capsys=capsys)
    assert (code, out) == (2, "")
    assert err.startswith("ERROR: line 1: no export header: without it the file cannot show that it is complete")
    assert "run with --allow-gaps to check only the rows this file holds" in err


def test_an_export_without_header_is_checked_row_by_row_with_allow_gaps(capsys):
    rows = chain(5)[1:-1]
    code, out, _ = check(jsonl(rows, None), "--allow-gaps", capsys=capsys)
    assert code == 0
    assert out.startswith(f"OK: 3 rows, seq 2 to 4 (last hash {rows[-1]['hash']}), every row's hash intact")
    assert "Head: unknown: the file has no export header, so rows missing at either end go unnoticed\n" in out
    assert out.endswith(SELF_CONSISTENT_ONLY)


def test_a_header_saying_incomplete_is_an_error_without_allow_gaps(capsys):
    rows = chain(6)[1:-1]  # both ends cut, the header flipped to "complete": false
    code, out, err = check(jsonl(rows, header(complete=False, rows=4)), capsys=capsys)
    assert (code, out) == (2, "")
    assert err == (
        'ERROR: line 1: the header says the export is incomplete ("complete": false, made with filters), '
        "so its rows cannot be proven against the chain. Run with --allow-gaps to check each row's hash "
        "and the links between consecutive seqs, or check the complete export\n"
    )


def test_ends_cut_off_a_complete_export_flipped_to_incomplete_are_not_proven_against_the_head(capsys):
    full = chain(6)
    rows = full[1:-1]
    head = {"seq": 6, "hash": full[-1]["hash"]}
    data = jsonl(rows, header(complete=False, rows=4, chain_head=head))
    code, out, _ = check(data, "--allow-gaps", "--expect-head", f"6:{head['hash']}", capsys=capsys)
    assert code == 0
    assert out.startswith("OK: 4 rows, seq 2 to 5 ")
    assert f"Head: 6:{head['hash']}, named by the export header, matches --expect-head\n" in out
    assert "proven against it" not in out and out.endswith(SELF_CONSISTENT_ONLY)


# --- a trusted head (--expect-head) -------------------------------------------------------


def test_a_complete_export_ending_at_the_expected_head_is_proven(capsys):
    rows = chain(5)
    head = {"seq": 5, "hash": rows[-1]["hash"]}
    code, out, _ = check(jsonl(rows, header(rows=5, chain_head=head)), "--expect-head", f"5:{head['hash']}",
                         capsys=capsys)
    assert (code, out) == (
        0,
        "OK: 5 rows, seq 1 to 5, chain intact from the genesis\n"
        f"Head: 5:{head['hash']}, the expected head (--expect-head): every row is proven against it\n",
    )


def test_the_expected_head_may_be_given_in_capitals(capsys):
    rows = chain(2)
    assert check(jsonl(rows), "--expect-head", f"2:{rows[-1]['hash'].upper()}", capsys=capsys)[0] == 0


def test_a_last_row_cut_off_with_the_header_rewritten_fails_against_the_expected_head(capsys):
    rows = chain(5)
    expected = f"5:{rows[-1]['hash']}"
    forged_header = header(rows=4, chain_head={"seq": 4, "hash": rows[3]["hash"]})
    assert check(jsonl(rows[:-1], forged_header), capsys=capsys)[0] == 0
    code, out, _ = check(jsonl(rows[:-1], forged_header), "--expect-head", expected, capsys=capsys)
    assert code == 1 and out.startswith(f"FAIL: line 1: wrong head: the header's chain head is 4:{rows[3]['hash']}")
    code, out, _ = check(jsonl(rows[:-1], header(rows=4)), "--expect-head", expected, capsys=capsys)
    assert (code, out) == (
        1,
        "FAIL: line 6 (seq 5): missing rows: the expected head is seq 5, but the export ends at seq 4: "
        "seq 5 is missing (the export was made before that head was noted, or rows were lost from its end)\n",
    )


def test_a_chain_rewritten_from_the_start_fails_against_the_expected_head(capsys):
    rows = chain(5)
    rewritten = rehash_from([rows[0], {**rows[1], "actor": "eve"}, *rows[2:]])
    assert check(jsonl(rewritten, header(rows=5)), capsys=capsys)[0] == 0
    code, out, _ = check(jsonl(rewritten, header(rows=5)), "--expect-head", f"5:{rows[-1]['hash']}", capsys=capsys)
    assert (code, out) == (
        1,
        f"FAIL: line 6 (seq 5): wrong head: seq 5 has hash {rewritten[-1]['hash']}, but the expected head is "
        f"5:{rows[-1]['hash']}: these rows are not the chain that head was taken from\n",
    )


def test_an_export_going_on_past_the_expected_head_fails(capsys):
    rows = chain(5)
    code, out, _ = check(jsonl(rows), "--expect-head", f"3:{rows[2]['hash']}", capsys=capsys)
    assert code == 1 and out.startswith(
        f"FAIL: line 5 (seq 4): wrong head: the export goes on past the expected head 3:{rows[2]['hash']}, "
        "which it reaches at seq 3: that head vouches only for the rows up to it"
    )


def test_an_empty_export_matches_only_the_genesis_head(capsys):
    assert check(jsonl([], header(rows=0)), "--expect-head", f"0:{GENESIS}", capsys=capsys)[0] == 0
    code, out, _ = check(jsonl([], header(rows=0)), "--expect-head", f"0:{'a' * 64}", capsys=capsys)
    assert code == 1 and "wrong head: the export holds no rows, but the expected head is 0:aaaa" in out
    code, out, _ = check(jsonl([], header(rows=0)), "--expect-head", f"2:{'a' * 64}", capsys=capsys)
    assert code == 1 and "missing rows: the expected head is seq 2, but the export ends at seq 0: seqs 1-2 are missing" in out


@pytest.mark.parametrize("value", ["5", f"x:{'a' * 64}", f"5:{'a' * 63}", f"-1:{'a' * 64}", f"5:{'g' * 64}"])
def test_a_malformed_expected_head_is_a_usage_error(value, capsys):
    with pytest.raises(SystemExit) as exited:
        verify_export.main([f"--expect-head={value}", "-"], stdin=io.BytesIO(jsonl(chain(1))))
    assert exited.value.code == 2
    assert "expected SEQ:HASH, a seq number and 64 hex digits" in capsys.readouterr().err


# --- input that cannot be checked --------------------------------------------------------


def bad_audit(**changes) -> bytes:
    """Two rows without a header, the second one changed (checked with --allow-gaps)."""
    rows = chain(2)
    rows[1] = {**rows[1], **changes}
    for key in [k for k, v in changes.items() if v is KeyError]:
        del rows[1][key]
    return jsonl(rows, None)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "ERROR: empty file: no export header and no rows"),
        (jsonl(chain(1), None) + b"\n", "ERROR: line 2: empty line"),
        (jsonl(chain(1), None) + b"{not json}\n", "ERROR: line 2: not valid JSON: Expecting property name"),
        (jsonl(chain(2), None)[:-40], "ERROR: line 2: not valid JSON: "),
        (jsonl(chain(1), None) + b"[1, 2]\n", "ERROR: line 2: expected a JSON object, found list"),
        (b'{"rows": 1}\n', 'ERROR: line 1: expected an object with an "audit" object'),
        (bad_audit(seq="2"), 'ERROR: line 2: audit field "seq" must be a positive integer, not "2"'),
        (bad_audit(seq=True), 'ERROR: line 2: audit field "seq" must be a positive integer, not true'),
        (bad_audit(claim_id=4.0), 'ERROR: line 2: audit field "claim_id" must be an integer, not 4.0'),
        (bad_audit(source_ids=["3"]), 'audit field "source_ids" must be a list of integers'),
        (bad_audit(verdict=[]), 'audit field "verdict" must be an object or null, not []'),
        (bad_audit(data=None), 'audit field "data" must be an object, not null'),
        (bad_audit(prev_hash="A" * 64), 'audit field "prev_hash" must be 64 lowercase hex digits'),
        (bad_audit(hash=None), 'audit field "hash" must be 64 lowercase hex digits, not null'),
        (bad_audit(occurred_at="2026-11-25 09:38:13"), 'audit field "occurred_at" must be a UTC timestamp'),
        (bad_audit(reason=KeyError), 'ERROR: line 2: audit field "reason" is missing'),
        (
            bad_audit(reason="LONE").replace(b"LONE", b"\\ud800"),
            "ERROR: line 2: a string holds a lone surrogate",
        ),
        (b'{"audit": {"seq": NaN}}\n', "ERROR: line 1: not valid JSON: NaN is not valid JSON"),
        (b'{"audit": {}, "audit": {}}\n', "ERROR: line 1: not valid JSON: duplicate key 'audit'"),
        (b"\xff\xfe{}\n", "ERROR: line 1: not UTF-8 (invalid start byte at byte 0)"),
        (b"[" * 100_000 + b"\n", "ERROR: line 1: JSON nested too deeply"),
        (
            jsonl(chain(1), header()) + jsonl([], header()),
            "ERROR: line 3: an export header is only allowed on line 1",
        ),
        (b'{"export": {"rows": 3}}\n', 'ERROR: line 1: the export header needs "complete": true or false'),
        (
            b'{"export": {"complete": true, "rows": -1}}\n',
            'the export header\'s "rows" must be a non-negative',
        ),
        (
            b'{"export": {"complete": true, "chain_head": {"seq": 1}}}\n',
            'the export header\'s "chain_head" must be',
        ),
    ],
    ids=lambda value: value[:40] if isinstance(value, str) else None,
)
def test_bad_input_exits_2_with_a_clear_message(data, message, capsys):
    code, out, err = check(data, "--allow-gaps", capsys=capsys)
    assert (code, out) == (2, "")
    assert message in err
    assert err.count("\n") == 1


def test_truncated_last_line_is_named_as_such(capsys):
    data = jsonl(chain(3))[:-25]
    code, _, err = check(data, capsys=capsys)
    assert code == 2
    assert err.startswith("ERROR: line 4: not valid JSON: ")
    assert err.endswith("(the file looks truncated: its last line has no newline)\n")


def test_missing_and_unreadable_paths_exit_2(tmp_path, capsys):
    assert verify_export.main([str(tmp_path / "nope.jsonl")]) == 2
    assert "ERROR: cannot read " in capsys.readouterr().err
    assert verify_export.main([str(tmp_path)]) == 2
    assert "ERROR: cannot read " in capsys.readouterr().err


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(position=st.integers(min_value=0), byte=st.integers(min_value=0, max_value=255))
def test_any_single_byte_change_is_caught_or_harmless(position, byte, capsys):
    rows = chain(4)
    data = bytearray(jsonl(rows, header(rows=4)))
    position %= len(data)
    data[position] = byte
    code, _, err = check(bytes(data), capsys=capsys)
    assert code in (0, 1, 2)
    assert "Traceback" not in err
    if code == 0:  # only bytes outside the evidence changed (joined fields, header extras, spacing)
        assert [json.loads(line)["audit"] for line in bytes(data).split(b"\n")[1:] if line] == rows


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=300))
def test_arbitrary_bytes_never_crash_the_verifier(data, capsys):
    code, _, err = check(data, capsys=capsys)
    assert code in (0, 1, 2)
    assert "Traceback" not in err


# --- as a program ------------------------------------------------------------------------


def run_tool(tmp_path, data: bytes, *args: str) -> subprocess.CompletedProcess:
    path = tmp_path / "export.jsonl"
    path.write_bytes(data)
    # -I: isolated mode, no site-packages and no project on the path: the standard library only.
    return subprocess.run(
        [sys.executable, "-I", str(TOOL), *args, str(path)], capture_output=True, text=True, check=False
    )


def test_runs_with_the_standard_library_only_and_reports_by_exit_status(tmp_path):
    rows = chain(3)
    good = run_tool(tmp_path, jsonl(rows, header(rows=3)), "--expect-head", f"3:{rows[-1]['hash']}")
    assert (good.returncode, good.stdout) == (
        0,
        "OK: 3 rows, seq 1 to 3, chain intact from the genesis\n"
        f"Head: 3:{rows[-1]['hash']}, the expected head (--expect-head): every row is proven against it\n",
    )

    tampered = run_tool(tmp_path, jsonl(rows, header(rows=3)).replace(b"ana", b"eve", 1))
    assert tampered.returncode == 1 and tampered.stdout.startswith("FAIL: line 3 (seq 2): hash mismatch")

    broken = run_tool(tmp_path, b"not json\n")
    assert broken.returncode == 2 and "Traceback" not in broken.stderr
    assert broken.stderr.startswith("ERROR: line 1: not valid JSON")


def test_usage_errors_exit_2(tmp_path):
    result = subprocess.run([sys.executable, "-I", str(TOOL)], capture_output=True, text=True, check=False)
    assert result.returncode == 2 and "usage:" in result.stderr
