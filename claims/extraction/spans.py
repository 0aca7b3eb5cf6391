"""Turns sets of tokens into clean character spans following the annotation conventions.

Conventions: a content span excludes the cue, the speaker and a ``that`` right after the cue;
edge punctuation is dropped; a closing quote mark is kept only when the sentence ends inside
the quote (``and “demilitarize.”``).
"""
from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

from .quotes import CLOSING_MARKS, OPENING_MARKS, SINGLE_CLOSING, SINGLE_OPENING, STRAIGHT_MARK, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Span = tuple[int, int]

_EDGE_PUNCTUATION = frozenset(",;:—–-…") | CLOSING_MARKS
_LEADING_WORDS = frozenset({"that"})
_DELIMITERS = frozenset(",—–-()")
_ABBREVIATION = re.compile(r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Inc|Jr|Sr|Co|Corp|Ltd|St|Gen|Gov|No)\.)$")


def contiguous_runs(indices: Collection[int]) -> list[list[int]]:
    """Sorted token indices grouped into runs of consecutive indices."""
    runs: list[list[int]] = []
    for index in sorted(indices):
        if runs and index == runs[-1][-1] + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def run_around(
    indices: Collection[int], anchor: int, tokens: Doc, parenthetical: Collection[int] = ()
) -> list[int]:
    """The run of ``indices`` holding ``anchor``, bridged over comma-delimited parentheticals.

    A gap is bridged when every token in it belongs to ``parenthetical`` (an attribution
    such as ", he said," or ", according to officials,") and punctuation delimits it.
    """
    runs = contiguous_runs(indices)
    if not runs:
        return []
    position = next((i for i, run in enumerate(runs) if anchor in run), 0)
    merged = list(runs[position])
    for neighbour in reversed(runs[:position]):
        if not _bridgeable(neighbour[-1], merged[0], tokens, parenthetical):
            break
        merged = neighbour + list(range(neighbour[-1] + 1, merged[0])) + merged
    for neighbour in runs[position + 1:]:
        if not _bridgeable(merged[-1], neighbour[0], tokens, parenthetical):
            break
        merged = merged + list(range(merged[-1] + 1, neighbour[0])) + neighbour
    return merged


def _bridgeable(left: int, right: int, tokens: Doc, parenthetical: Collection[int]) -> bool:
    gap = range(left + 1, right)
    if not gap or not all(i in parenthetical for i in gap):
        return False
    before, after = tokens[left].text, tokens[right].text
    first, last = tokens[gap[0]].text, tokens[gap[-1]].text
    opened = before in _DELIMITERS or first in _DELIMITERS
    closed = after in _DELIMITERS or last in _DELIMITERS
    return opened and closed


def token_span(tokens: list[Token], base: int) -> Span:
    """Character span from the first token's start to the last token's end."""
    return base + tokens[0].idx, base + tokens[-1].idx + len(tokens[-1].text)


def drop_leading_that(tokens: list[Token]) -> list[Token]:
    """Without the complementiser after the cue: "said that X" -> "X"."""
    while tokens and tokens[0].lower_ in _LEADING_WORDS and (
            tokens[0].dep_ == "mark" or _is_misread_that(tokens[0])):
        tokens = tokens[1:]
    return tokens


def _is_misread_that(token: Token) -> bool:
    """"that winds should ease", "that it stood by": a complementiser the parser read as an
    object, right before the subject of the clause."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.lower_ == "that" and token.dep_ in ("dobj", "pobj") and following is not None \
        and following.dep_ == "nsubj"


def tidy_span(text: str, start: int, end: int, *, keep_full_stop: bool = False) -> Span:
    """Trim whitespace and edge punctuation; keep a quote that ends the sentence inside it.

    1. Leading whitespace and punctuation go (an opening mark stays: it starts a fragment).
    2. Trailing whitespace, commas, dashes and closing marks go, and a full stop unless
       ``keep_full_stop`` (quoted sentences keep theirs).
    3. If an opening mark inside is left unclosed and the text continues with sentence-final
       punctuation and the closing mark (``“demilitarize.”``), both are taken in.
    """
    while start < end and (text[start].isspace() or text[start] in _EDGE_PUNCTUATION):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE_PUNCTUATION
                           or (not keep_full_stop and _is_full_stop(text, start, end))):
        end -= 1
    tail = text[end:end + 2]
    if len(tail) == 2 and tail[0] in ".!?" and tail[1] in _unclosed_marks(text[start:end]):
        end += 2
    return start, end


def _is_full_stop(text: str, start: int, end: int) -> bool:
    """Whether ``text[end - 1]`` is a sentence's full stop, not an abbreviation's ("U.S.")."""
    return text[end - 1] == "." and not _ABBREVIATION.search(text, start, end)


def _unclosed_marks(fragment: str) -> frozenset[str]:
    """The closing marks ``fragment`` still waits for (an opened quote without its close)."""
    waiting: set[str] = set()
    if sum(fragment.count(m) for m in OPENING_MARKS) > sum(fragment.count(m) for m in CLOSING_MARKS):
        waiting |= CLOSING_MARKS
    if fragment.count(STRAIGHT_MARK) % 2 == 1:
        waiting.add(STRAIGHT_MARK)
    if SINGLE_OPENING in fragment:  # "’" is mostly an apostrophe, so it cannot be counted
        waiting.add(SINGLE_CLOSING)
    return frozenset(waiting)


class SpanIndex:
    """Spans bucketed by position, so overlap checks stay cheap on very long articles."""

    _BUCKET = 512

    def __init__(self, spans: Collection[Span] = ()) -> None:
        self._buckets: dict[int, list[Span]] = {}
        for span in spans:
            self.add(span)

    def add(self, span: Span) -> None:
        for bucket in range(span[0] // self._BUCKET, (span[1] - 1) // self._BUCKET + 1):
            self._buckets.setdefault(bucket, []).append(span)

    def overlaps(self, span: Span) -> bool:
        return any(overlaps(span, other)
                   for bucket in range(span[0] // self._BUCKET, (span[1] - 1) // self._BUCKET + 1)
                   for other in self._buckets.get(bucket, ()))


def overlaps(first: Span, second: Span) -> bool:
    return max(first[0], second[0]) < min(first[1], second[1])


def quote_content(text: str, quotes: list[Quote]) -> Span:
    """From inside the first quote's opening mark to inside the last one's closing mark."""
    return tidy_span(text, quotes[0].inner_start, quotes[-1].inner_end, keep_full_stop=True)
