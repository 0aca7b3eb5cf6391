"""The ingest and extract management commands, including what they do with bad input."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims.models import Article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEED = FIXTURES / "kyiv-2022-03-15.txt"


def run(*args, stdin: bytes | None = None, monkeypatch=None) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_extract_json_prints_one_object_with_the_contract_fields():
    payload = json.loads(run("extract", str(SEED), "--format", "json"))
    assert set(payload) == {"claims"}
    text = SEED.read_text(encoding="utf-8")
    attributed = [c for c in payload["claims"] if c["speaker"]]
    assert len(attributed) >= 10
    for claim in payload["claims"]:
        assert {"kind", "content", "content_span", "cue", "speaker", "quantities", "checkworthiness"} <= set(claim)
        start, end = claim["content_span"]
        assert text[start:end] == claim["content"]
        if claim["speaker"]:
            assert set(claim["speaker"]) >= {"mention", "mention_span", "canonical", "role", "type"}


def test_extract_jsonl_prints_one_line_per_path_as_given(tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("The mayor said 40 schools would close.\n", encoding="utf-8")
    lines = run("extract", str(SEED), str(other), "--format", "jsonl").strip().splitlines()
    assert [json.loads(line)["path"] for line in lines] == [str(SEED), str(other)]


def test_extract_text_format_is_readable():
    out = run("extract", str(SEED), "--format", "text")
    assert out.startswith(f"== {SEED}:")
    assert "Sergey Lavrov" in out


def test_extract_reads_standard_input(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"The minister said 3 ports were open.\n")))
    payload = json.loads(run("extract", "-", "--format", "json"))
    assert payload["claims"][0]["content"] == "3 ports were open"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00\x01\x02binary", "binary"),
        (b"caf\xe9 latin-1", "not valid UTF-8"),
    ],
    ids=["binary", "invalid-utf8"],
)
def test_extract_refuses_unreadable_files(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        run("extract", str(path))


def test_extract_refuses_missing_files_directories_and_bad_dates(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        run("extract", str(tmp_path / "nope.txt"))
    with pytest.raises(CommandError, match="is a directory"):
        run("extract", str(tmp_path))
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        run("extract", str(SEED), "--published", "15/03/2022")
    with pytest.raises(CommandError, match="exactly one input"):
        run("extract", str(SEED), str(SEED), "--format", "json")


def test_extract_refuses_oversized_input(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * (4 * 1024 * 1024 + 1))
    with pytest.raises(CommandError, match="larger than 4 MB"):
        run("extract", str(path))


@pytest.mark.django_db
def test_ingest_stores_articles_and_reports_claims(django_capture_on_commit_callbacks):
    # Outside a test transaction the commit happens inside the command; here we run it ourselves.
    with django_capture_on_commit_callbacks(execute=True):
        run("ingest", str(SEED), "--published", "2022-03-15", "--source", "wire")
    out = run("ingest", str(SEED), "--source", "wire")
    article = Article.objects.get(source_system="wire")
    assert f"article {article.pk} unchanged; extraction done ({article.claims.count()} claims)" in out
    assert article.published_on.isoformat() == "2022-03-15"
    assert article.claims.count() > 10


@pytest.mark.django_db
def test_ingest_stores_good_files_and_names_the_bad_ones(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    with pytest.raises(CommandError, match="2 of 3 files could not be stored"):
        run("ingest", str(SEED), str(bad), str(empty))
    assert Article.objects.count() == 1


def test_extract_jsonl_reports_a_bad_file_on_its_own_line_and_fails(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00binary")
    out = io.StringIO()
    with pytest.raises(CommandError, match="1 of 2 inputs could not be read"):
        call_command("extract", str(bad), str(SEED), "--format", "jsonl", stdout=out, stderr=io.StringIO())
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert lines[0]["path"] == str(bad) and "binary" in lines[0]["error"]
    assert lines[1]["path"] == str(SEED) and lines[1]["claims"]
