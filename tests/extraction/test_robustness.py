"""Bad and hostile input: clear ExtractionError or a bounded-time result, never a crash or hang.

Choices: empty and whitespace-only text give no claims; text that is not ``str``, holds NUL
bytes or lone surrogates, or exceeds MAX_CHARS raises ExtractionError. Long paragraphs are
cut into pieces of at most CHUNK_CHARS before parsing, so spaCy's max_length is never reached.
"""
from __future__ import annotations

import os
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.extraction import MAX_CHARS, ExtractionError, extract, extract_many, load_model
from claims.extraction.article import CHUNK_CHARS, prepare_article

from .support import fixture_text


def assert_spans_match(text: str, claims) -> None:
    for claim in claims:
        start, end = claim.content_span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == claim.content
        if claim.cue_span:
            assert text[claim.cue_span[0]:claim.cue_span[1]] in (claim.cue, claim.cue.split()[0])
        if claim.speaker and claim.speaker.mention_span:
            assert text[claim.speaker.mention_span[0]:claim.speaker.mention_span[1]] == claim.speaker.mention
        for quantity in claim.quantities:
            assert text[quantity.span[0]:quantity.span[1]] == quantity.text
        for date in claim.dates:
            assert text[date.span[0]:date.span[1]] == date.text


def timed(text: str, limit: float):
    load_model()
    started = time.process_time()
    claims = extract(text)
    assert time.process_time() - started < limit
    assert_spans_match(text, claims)
    return claims


@pytest.mark.parametrize("text", ["", " ", "\n\n\t  \r\n"], ids=["empty", "space", "whitespace"])
def test_empty_text_gives_no_claims(text):
    assert extract(text) == []


@pytest.mark.parametrize("value, message", [
    (b"Officials said the bridge fell.", "must be str"),
    (None, "must be str"),
    ("Officials said\x00 the bridge fell.", "NUL"),
    ("Officials said \ud800 the bridge fell.", "not valid Unicode"),
], ids=["bytes", "none", "nul-byte", "lone-surrogate"])
def test_unprocessable_input_raises_a_clear_error(value, message):
    with pytest.raises(ExtractionError, match=message):
        extract(value)


def test_text_over_the_cap_is_refused_before_parsing():
    started = time.process_time()
    with pytest.raises(ExtractionError, match="limit"):
        extract("a" * (MAX_CHARS + 1))
    assert time.process_time() - started < 1


def test_extract_many_raises_at_the_bad_text():
    results = extract_many(["The mayor said the bridge would reopen.", b"binary"])
    assert len(next(results)) == 1
    with pytest.raises(ExtractionError):
        next(results)


def test_two_megabytes_without_newlines_are_cut_into_parseable_pieces():
    text = ("The minister said the talks would resume, adding that 30 people died. " * 30_000)[:MAX_CHARS]
    article = prepare_article(text)
    assert all(len(p.text) <= CHUNK_CHARS for p in article.paragraphs)
    assert "".join(p.text for p in article.paragraphs).replace(" ", "") == text.replace(" ", "")
    assert all(text[p.start:p.start + len(p.text)] == p.text for p in article.paragraphs)


def test_long_single_line_text_in_bounded_time():
    claims = timed("The minister said the talks would resume, adding that 30 people died. " * 1500, limit=60)
    assert len(claims) == 3000


@pytest.mark.skipif(os.environ.get("EXTRACTION_SLOW_TESTS") != "1", reason="set EXTRACTION_SLOW_TESTS=1")
def test_two_megabytes_of_news_in_bounded_time():
    seed = fixture_text("kyiv-2022-03-15.txt")
    text = "\n".join([seed] * (MAX_CHARS // (len(seed) + 1)))
    timed(text, limit=600)


@pytest.mark.parametrize("text", [
    "<html><body>" + "<p>The mayor said <b>“the city</b> will recover,” and 40 people died.</p>" * 300 + "</body></html>",
    "“a,” he said. " * 3000,
    'He said "yes and "no and "maybe. ' * 1000,
    "“He said ‘she said “they said ‘x’ ” ’ ” she said." * 300,
    "“" * 5000 + "said" + "”" * 5000,
    "»«" * 3000,
    "\n".join(["“Unclosed quote paragraph"] * 2000),
], ids=["html", "thousands-of-quotes", "unbalanced-straight", "nested", "marks-only", "guillemets", "unclosed"])
def test_hostile_markup_and_quotes_in_bounded_time(text):
    timed(text, limit=60)


def test_text_without_quotes_still_finds_reported_speech():
    claims = timed("The council said the road would close. Traffic was light on Sunday.", limit=10)
    assert [c.content for c in claims if c.speaker] == ["the road would close"]


NEWSY = st.sampled_from(["“", "”", '"', "‘", "’", "«", "»", " said ", " told ", "according to ", "\n",
                         "\n\n", ", ", ". ", "3", " million ", "Tuesday", "He", "The official", "🙂",
                         "\x07", "\u200b", "—", " that ", "NATO", "Smith"])


@settings(max_examples=80, deadline=5000, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(NEWSY, st.text(max_size=12)), max_size=40).map("".join))
def test_any_text_gives_consistent_spans_or_a_clear_error(text):
    try:
        claims = extract(text)
    except ExtractionError:
        return
    assert_spans_match(text, claims)


@settings(max_examples=40, deadline=5000)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_arbitrary_unicode_never_crashes(text):
    try:
        claims = extract(text)
    except ExtractionError:
        assert "\x00" in text
        return
    assert_spans_match(text, claims)
