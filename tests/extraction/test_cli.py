"""``python -m claims.extraction FILE...`` prints one JSON line per file (the scorer's format)."""
from __future__ import annotations

import json

from claims.extraction import EXTRACTOR_VERSION, claim_to_dict, extract
from claims.extraction.__main__ import main

from .support import fixture_text


def test_json_lines_per_file_with_errors_in_line(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("The mayor said 40 buses would be replaced.", encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02")
    assert main([str(good), str(binary), str(tmp_path / "missing.txt")]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    by_path = {line["path"]: line for line in lines}
    assert by_path[str(good)]["claims"][0]["content"] == "40 buses would be replaced"
    assert "NUL" in by_path[str(binary)]["error"]
    assert "error" in by_path[str(tmp_path / "missing.txt")]


def test_claim_dict_follows_the_json_contract():
    text = fixture_text("kyiv-2022-03-15.txt")
    claims = [claim_to_dict(c) for c in extract(text)]
    json.dumps(claims)
    required = {"kind", "content", "content_span", "cue", "speaker", "quantities", "checkworthiness"}
    for claim in claims:
        assert required <= claim.keys()
        assert claim["kind"] in {"direct", "indirect", "mixed", "statement"}
        assert text[claim["content_span"][0]:claim["content_span"][1]] == claim["content"]
        assert 0.0 <= claim["checkworthiness"] <= 1.0
        if claim["speaker"] is not None:
            assert {"mention", "mention_span", "canonical", "role", "type"} <= claim["speaker"].keys()
            assert claim["speaker"]["type"] in {"person", "organization", "country", "anonymous", "group"}
        else:
            assert claim["kind"] == "statement"
        for quantity in claim["quantities"]:
            assert {"text", "value", "unit", "qualifier"} <= quantity.keys()
    assert EXTRACTOR_VERSION
