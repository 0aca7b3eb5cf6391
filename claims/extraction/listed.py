"""Claims listed under an attribution: "The city said:" followed by bulleted paragraphs.

Web articles often turn a statement into a list: the sentence naming the source ends with a
colon and every following paragraph that opens with a bullet is one of its points. Each point
is a claim of that source (the cue's speaker), whatever the bullet's punctuation.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .attribution import Attribution
from .cues import cue_span, is_cue, is_reporting, speaker_of
from .parsed import ParsedArticle, ParsedParagraph
from .quotes import any_quote_overlaps
from .spans import tidy_span

if TYPE_CHECKING:
    from spacy.tokens import Token

_BULLET = re.compile(r"[•·▪‣◦*–—-]\s+")
_CUE_REACH = 8


def listed_claims(parsed: ParsedArticle, used: set[int]) -> list[Attribution]:
    """One indirect (or mixed) claim per bullet paragraph under an "X said:" paragraph."""
    found: list[Attribution] = []
    for index, paragraph in enumerate(parsed.paragraphs):
        cue = _introducing_cue(parsed, paragraph, used)
        if cue is None:
            continue
        for item in parsed.paragraphs[index + 1:]:
            span = _bullet_content(parsed, item)
            if span is None:
                break
            kind = "mixed" if any_quote_overlaps(parsed.quotes, *span) else "indirect"
            found.append(Attribution(kind, span, item, cue, cue_span(cue, paragraph), speaker_of(cue)))
    return found


def _introducing_cue(parsed: ParsedArticle, paragraph: ParsedParagraph, used: set[int]) -> Token | None:
    """The cue of a paragraph ending "... the city said:" (a speaker of its own, nothing reported)."""
    doc = paragraph.doc
    if paragraph.is_headline or len(doc) < 2 or doc[-1].text != ":":
        return None
    for token in reversed(doc[max(0, len(doc) - 1 - _CUE_REACH): len(doc) - 1]):
        if token.text in (".", ";", "!", "?"):
            return None
        if is_cue(token) and paragraph.start + token.idx not in used and is_reporting(token) \
                and speaker_of(token) is not None and parsed.quote_at(paragraph.start + token.idx) is None:
            return token
    return None


def _bullet_content(parsed: ParsedArticle, paragraph: ParsedParagraph) -> tuple[int, int] | None:
    """The text of a bullet paragraph after its marker, without the closing full stop."""
    marker = _BULLET.match(paragraph.paragraph.text)
    if marker is None:
        return None
    end = paragraph.start + len(paragraph.paragraph.text)
    start, end = tidy_span(parsed.text, paragraph.start + marker.end(), end)
    return (start, end) if end > start else None
