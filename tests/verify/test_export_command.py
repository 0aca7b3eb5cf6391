"""``manage.py export_verdicts``: formats to stdout or a file, clear errors, never a half-written file."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tests.verify.export_data import history_build
from verify.exports import ExportFilters, export_stream, writers

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def history(fact_checker, editor):
    return history_build(checker=fact_checker, editor=editor)


def run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("export_verdicts", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_prints_to_standard_output_by_default(history):
    out, _ = run("--format", "jsonl")
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines[0]["export"]["rows"] == 11 and len(lines) == 12


def test_filters_come_from_options(history):
    out, _ = run(
        "--format", "jsonl", "--source-system", "cms-b", "--reviewer", "editor", "--state", "in_review"
    )
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines[0]["export"]["filters"] == {
        "source_system": "cms-b",
        "reviewer": "editor",
        "state": "in_review",
    }
    assert [line["audit"]["action"] for line in lines[1:]] == ["send_back"]


def test_speaker_option_repeats_for_several(history):
    out, _ = run("--format", "jsonl", "--speaker", "Jane Doe", "--speaker", str(history.minister.pk))
    header = json.loads(out.splitlines()[0])["export"]
    assert header["filters"] == {"speaker": sorted([history.mayor.pk, history.minister.pk])}
    assert header["rows"] == 11


def test_output_file_holds_the_same_export_as_the_stream(history, tmp_path):
    target = tmp_path / "history.csv"
    _, err = run("--format", "csv", "--output", str(target))
    assert err == f"11 rows written to {target}\n"
    streamed = b"".join(export_stream("csv", ExportFilters()))
    assert target.read_bytes() == streamed
    assert os.listdir(tmp_path) == ["history.csv"]


def test_a_failure_midway_leaves_no_file_and_keeps_the_old_one(history, tmp_path, monkeypatch):
    target = tmp_path / "history.jsonl"
    target.write_text("the previous export\n")

    def broken_line(row):
        if row[0] == 5:
            raise RuntimeError("database went away")
        return original(row)

    original = writers.jsonl_line
    monkeypatch.setattr(writers, "BATCH_ROWS", 2)
    monkeypatch.setattr(writers, "jsonl_line", broken_line)
    with pytest.raises(RuntimeError):
        run("--format", "jsonl", "--output", str(target))
    assert target.read_text() == "the previous export\n"
    assert os.listdir(tmp_path) == ["history.jsonl"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--format", "csv", "--since", "2026-02-30"],
            "The export filters are not valid.\n  --since: '2026-02-30' is not a date",
        ),
        (
            ["--format", "csv", "--source-system", "nowhere", "--rating", "meh"],
            "  --rating: 'meh': not a rating (choose from true,",
        ),
        (
            ["--format", "claimreview", "--state", "queued"],
            "  --state: A ClaimReview export holds published verdicts only.",
        ),
    ],
)
def test_bad_options_are_refused_clearly(history, args, message):
    with pytest.raises(CommandError) as caught:
        run(*args)
    assert message in str(caught.value)


def test_an_unknown_format_is_refused_by_the_option_parser(db):
    with pytest.raises(CommandError, match="argument --format: invalid choice: 'xml'"):
        run("--format", "xml")


@pytest.mark.parametrize("where", ["missing/dir/out.csv", "."])
def test_an_unwritable_output_path_is_refused_clearly(history, tmp_path, where):
    target = tmp_path / where
    with pytest.raises(CommandError, match=f"Cannot write {target}: "):
        run("--format", "csv", "--output", str(target))


def test_an_output_under_a_plain_file_is_refused_clearly(history, tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(CommandError, match="Not a directory"):
        run("--format", "csv", "--output", str(tmp_path / "notes.txt" / "out.csv"))


@pytest.mark.parametrize("template", ["https://x.example/{nope}", ""])
def test_misconfigured_claimreview_settings_are_a_command_error(history, settings, template):
    settings.CLAIMREVIEW_URL_TEMPLATE = template
    with pytest.raises(CommandError, match="The export is not configured: CLAIMREVIEW_URL_TEMPLATE"):
        run("--format", "claimreview")


def test_as_a_process_it_writes_utf8_bytes_and_exits_1_on_bad_options(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings_test",
        "LANG": "C",
        "LC_ALL": "C",
        "PYTHONIOENCODING": "ascii",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v0"], env=env, check=True, cwd=ROOT)
    good = subprocess.run(
        [*manage, "export_verdicts", "--format", "csv"], env=env, capture_output=True, cwd=ROOT, check=False
    )
    assert good.returncode == 0 and good.stdout.startswith("\ufeffseq,".encode())
    bad = subprocess.run(
        [*manage, "export_verdicts", "--format", "csv", "--state", "x"],
        env=env,
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert bad.returncode == 1 and "--state: 'x': not a review state" in bad.stderr
    assert "Traceback" not in bad.stderr
