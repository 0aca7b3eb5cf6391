"""Quote-mark pairing: curly, straight, guillemets, British single marks, paragraphs."""
from __future__ import annotations

import pytest

from claims.extraction.article import split_paragraphs
from claims.extraction.quotes import find_quotes


def quoted(text: str) -> list[str]:
    return [text[q.inner_start:q.inner_end] for q in find_quotes(split_paragraphs(text))]


@pytest.mark.parametrize("text, expected", [
    ("“We will win,” he said.", ["We will win,"]),
    ('"We will win," he said.', ["We will win,"]),
    ("«We will win», he said.", ["We will win"]),
    ("‘We won’t quit,’ she said.", ["We won’t quit,"]),
    ("Russia’s army and the officials’ report.", []),
    ("“He called it ‘madness’ and “left,” she said.", ["left,"]),
    ("“Nested ‘single’ marks stay inside,” he said.", ["Nested ‘single’ marks stay inside,"]),
    ("He said: “we will", ["we will"]),
    ("stray closing” mark", []),
], ids=["curly", "straight", "guillemets", "british", "apostrophes", "stray-opener", "nested", "unclosed",
        "stray-closer"])
def test_quote_pairs(text, expected):
    assert quoted(text) == expected


def test_quote_continues_over_paragraphs_that_reopen_with_a_mark():
    text = "“First part.\n“Second part.\n“Last part,” he said.\nNarrative."
    assert quoted(text) == ["First part.\n“Second part.\n“Last part,"]


def test_unclosed_quote_before_a_narrative_paragraph_ends_with_its_paragraph():
    text = "“First part.\nNarrative resumes here."
    assert quoted(text) == ["First part."]
