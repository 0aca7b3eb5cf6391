"""Acceptance on the hand-annotated seed article (tests/fixtures/kyiv-2022-03-15.*)."""
from __future__ import annotations

import datetime
import json
import re

import pytest

from claims.extraction import analyse_article

from .support import fixture_text

SEED = "kyiv-2022-03-15"


def norm_tokens(text: str | None) -> set[str]:
    """Tokens as the scorer compares them (lower-case words without articles)."""
    return {t for t in re.findall(r"[a-z0-9]+", (text or "").lower()) if t not in {"the", "a", "an", "of", "s"}}


def token_overlap(found: tuple[int, int], gold: tuple[int, int], text: str) -> float:
    """Share of the annotated span's word tokens that the found span covers."""
    words = [m.span() for m in re.finditer(r"\w+", text[gold[0]:gold[1]])]
    covered = sum(1 for s, e in words if found[0] <= gold[0] + s and gold[0] + e <= found[1])
    return covered / len(words)


@pytest.fixture(scope="module")
def seed():
    text = fixture_text(f"{SEED}.txt")
    gold = json.loads(fixture_text(f"{SEED}.claims.json"))
    return text, gold, analyse_article(text)


def _match(claims, gold_claim, text):
    return max(claims, key=lambda c: token_overlap(c.content_span, tuple(gold_claim["content_span"]), text))


def test_header_gives_dateline_and_published_date(seed):
    _, _, analysis = seed
    assert analysis.dateline == "KYIV, Ukraine"
    assert analysis.published == datetime.date(2022, 3, 15)


def test_every_annotated_claim_is_found_with_its_resolved_speaker(seed):
    text, gold, analysis = seed
    attributed = [c for c in analysis.claims if c.speaker is not None]
    for expected in gold["attributed_claims"]:
        claim = _match(attributed, expected, text)
        assert token_overlap(claim.content_span, tuple(expected["content_span"]), text) >= 0.9, expected["content"]
        wanted, got = norm_tokens(expected["speaker"]["canonical"]), norm_tokens(claim.speaker.canonical)
        assert len(wanted & got) / len(wanted | got) >= 0.6, (expected["content"], claim.speaker)
        assert claim.kind == expected["kind"], expected["content"]


def test_no_more_than_two_unannotated_attributed_claims(seed):
    text, gold, analysis = seed
    attributed = [c for c in analysis.claims if c.speaker is not None]
    extra = [c for c in attributed
             if all(token_overlap(c.content_span, tuple(g["content_span"]), text) < 0.5
                    for g in gold["attributed_claims"])]
    assert len(extra) <= 2, extra


def test_annotated_quantities_have_their_value_and_qualifier(seed):
    text, gold, analysis = seed
    for expected in gold["attributed_claims"] + gold["unattributed_claims"]:
        claim = _match(analysis.claims, expected, text)
        for quantity in expected["quantities"]:
            values = {(q.value, q.qualifier) for q in claim.quantities}
            assert (quantity["value"], quantity.get("qualifier")) in values, (expected["content"], claim.quantities)


def test_annotated_statements_are_found_without_speaker(seed):
    text, gold, analysis = seed
    statements = [c for c in analysis.claims if c.kind == "statement"]
    for expected in gold["unattributed_claims"]:
        claim = _match(statements, expected, text)
        assert token_overlap(claim.content_span, tuple(expected["content_span"]), text) >= 0.9
        assert claim.speaker is None


def test_tuesday_resolves_to_the_published_date(seed):
    _, _, analysis = seed
    tuesdays = [d for c in analysis.claims for d in c.dates if d.text.startswith("Tuesday")]
    assert tuesdays and all(d.value == datetime.date(2022, 3, 15) for d in tuesdays)


def test_spans_match_the_text(seed):
    text, _, analysis = seed
    for claim in analysis.claims:
        assert text[claim.content_span[0]:claim.content_span[1]] == claim.content
        if claim.speaker and claim.speaker.mention_span:
            start, end = claim.speaker.mention_span
            assert text[start:end] == claim.speaker.mention
