"""The database's chain check and the offline verifier agree: tamper with the audit table through
raw SQL (the only way in: on PostgreSQL a trigger refuses UPDATE and DELETE, so the test turns it
off inside its transaction), export, and both must name the same seq."""

from __future__ import annotations

import io
import re

import pgtrigger
import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from tests.verify.export_data import history_build
from tests.verify.test_offline_verifier import verify_export
from verify.audit_chain import entry_hash
from verify.exports import export_filters_parse, export_stream
from verify.models import AuditEntry
from verify.services import reviews
from verify.services.audit import audit_chain_check, entry_canonical

pytestmark = pytest.mark.django_db
TABLE = AuditEntry._meta.db_table


@pytest.fixture
def history(fact_checker, editor):
    return history_build(checker=fact_checker, editor=editor)


def raw_sql(sql: str, params: list | None = None) -> None:
    """Change the table behind the application's back (on PostgreSQL, past its append-only trigger)."""
    with pgtrigger.ignore("verify.AuditEntry:append_only"), connection.cursor() as cursor:
        cursor.execute(sql, params or [])


def offline_verdict(tmp_path, capsys, *args: str, filters: dict | None = None) -> tuple[int, str]:
    path = tmp_path / "export.jsonl"
    path.write_bytes(b"".join(export_stream("jsonl", export_filters_parse(filters or {}))))
    code = verify_export.main([*args, str(path)])
    return code, capsys.readouterr().out


def named_seq(output: str) -> int:
    return int(re.match(r"FAIL: line \d+ \(seq (\d+)\): ", output).group(1))


def database_command_says() -> str:
    """What ``manage.py verify_audit_chain`` (the database-side check) says."""
    out = io.StringIO()
    try:
        call_command("verify_audit_chain", stdout=out)
    except CommandError as failure:
        return str(failure)
    return out.getvalue()


def assert_both_name(seq: int, tmp_path, capsys) -> str:
    assert database_command_says().startswith(f"Audit chain broken at seq {seq}: ")
    assert audit_chain_check().bad_seq == seq
    code, output = offline_verdict(tmp_path, capsys)
    assert code == 1 and named_seq(output) == seq, output
    return output


def test_both_pass_on_an_untouched_chain(history, tmp_path, capsys):
    head = AuditEntry.objects.last()
    assert database_command_says().startswith(f"Audit chain intact: 11 entries.\nChain head: 11:{head.hash}\n")
    code, output = offline_verdict(tmp_path, capsys)
    assert code == 0 and output.startswith(
        f"OK: 11 rows, seq 1 to 11, chain intact from the genesis\nHead: 11:{head.hash}, the last row's seq and hash"
    )


def test_a_changed_reason_is_a_hash_mismatch_at_that_seq_for_both(history, tmp_path, capsys):
    raw_sql(f"UPDATE {TABLE} SET reason = 'nothing to see' WHERE seq = 5")
    output = assert_both_name(5, tmp_path, capsys)
    assert "hash mismatch" in output and audit_chain_check().problem.startswith("hash mismatch")


def test_a_changed_verdict_snapshot_is_caught_by_both(history, tmp_path, capsys):
    seq = AuditEntry.objects.get(action="approve").seq
    entry = AuditEntry.objects.get(seq=seq)
    entry.verdict["substance"] = "true"
    raw_sql(
        f"UPDATE {TABLE} SET verdict = %s WHERE seq = %s",
        [AuditEntry._meta.get_field("verdict").get_db_prep_value(entry.verdict, connection), seq],
    )
    assert "hash mismatch" in assert_both_name(seq, tmp_path, capsys)


def test_a_deleted_row_is_named_at_the_next_seq_by_both(history, tmp_path, capsys):
    raw_sql(f"DELETE FROM {TABLE} WHERE seq = 5")
    output = assert_both_name(6, tmp_path, capsys)
    assert "broken link" in output and output.endswith("; seq 5 is missing\n")


def test_a_rewritten_row_with_a_recomputed_hash_breaks_the_next_link_for_both(history, tmp_path, capsys):
    entry = AuditEntry.objects.get(seq=5)
    entry.reason = "rewritten"
    raw_sql(
        f"UPDATE {TABLE} SET reason = %s, hash = %s WHERE seq = 5",
        ["rewritten", entry_hash(entry_canonical(entry))],
    )
    output = assert_both_name(6, tmp_path, capsys)
    assert "broken link" in output


def test_rows_deleted_from_the_end_are_caught_by_the_chain_head_for_both(history, tmp_path, capsys):
    raw_sql(f"DELETE FROM {TABLE} WHERE seq >= 10")
    output = assert_both_name(10, tmp_path, capsys)
    assert "missing rows: the header's chain head is seq 11, but the export ends at seq 9" in output


def test_a_filtered_export_verifies_row_by_row_only_with_allow_gaps(history, tmp_path, capsys):
    path = tmp_path / "editor.jsonl"
    path.write_bytes(b"".join(export_stream("jsonl", export_filters_parse({"reviewer": "editor"}))))
    assert verify_export.main([str(path)]) == 2
    assert "the header says the export is incomplete" in capsys.readouterr().err
    assert verify_export.main(["--allow-gaps", str(path)]) == 0
    output = capsys.readouterr().out
    assert output.startswith("OK: 2 rows, seq ")
    assert "Rows after a gap are only self-consistent" in output


def printed_head() -> str:
    """The head ``verify_audit_chain`` prints, as an auditor would copy it."""
    return re.search(r"^Chain head: (\d+:[0-9a-f]{64})$", database_command_says(), re.MULTILINE).group(1)


def test_the_head_the_database_check_prints_proves_a_complete_export(history, tmp_path, capsys):
    head = printed_head()
    code, output = offline_verdict(tmp_path, capsys, "--expect-head", head)
    assert code == 0, output
    assert output.endswith(f"Head: {head}, the expected head (--expect-head): every row is proven against it\n")


def test_an_export_made_after_the_head_was_noted_is_held_to_a_newer_head(history, editor, tmp_path, capsys):
    noted = printed_head()
    reviews.review_restore(review=history.dismissed, actor=editor)
    code, output = offline_verdict(tmp_path, capsys, "--expect-head", noted)
    assert code == 1
    assert output.startswith("FAIL: line 1: wrong head: the header's chain head is 12:")
    assert output.rstrip().endswith(f"not the expected head {noted}: the export was made at another moment "
                                    "than that head was noted, or is not that chain")
    assert offline_verdict(tmp_path, capsys, "--expect-head", printed_head())[0] == 0


def test_a_filtered_export_names_the_head_the_database_check_prints(history, tmp_path, capsys):
    head = printed_head()
    code, output = offline_verdict(tmp_path, capsys, "--allow-gaps", "--expect-head", head,
                                   filters={"reviewer": "editor"})
    assert code == 0, output
    assert f"Head: {head}, named by the export header, matches --expect-head\n" in output


def test_the_head_at_an_earlier_seq_proves_an_export_made_then(history, editor, tmp_path, capsys):
    path = tmp_path / "then.jsonl"
    path.write_bytes(b"".join(export_stream("jsonl", export_filters_parse({}))))
    reviews.review_restore(review=history.dismissed, actor=editor)
    out = io.StringIO()
    call_command("verify_audit_chain", "--head-at", "11", stdout=out)
    then = re.search(r"^Head at seq 11: (11:[0-9a-f]{64})$", out.getvalue(), re.MULTILINE).group(1)
    assert then == f"11:{AuditEntry.objects.get(seq=11).hash}"
    assert verify_export.main(["--expect-head", then, str(path)]) == 0, capsys.readouterr().out


@pytest.mark.parametrize("seq", ["-1", "12"])
def test_a_head_at_a_seq_the_chain_does_not_hold_is_refused(history, seq):
    with pytest.raises(CommandError, match=rf"--head-at {seq}: the chain holds seq 0 \(the genesis\) to 11"):
        call_command("verify_audit_chain", f"--head-at={seq}", stdout=io.StringIO())
