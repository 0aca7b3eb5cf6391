"""Finds quoted passages by their marks, including quotes that run over several paragraphs.

Double marks (curly, straight, guillemets, and two apostrophes ``''...''`` as some newspapers'
text exports write them) and curly single marks (British style) delimit top-level quotes; marks
of another family inside an open quote are nested quotes. ``’`` is far more often an
apostrophe, so it closes a single-quoted passage only before a non-letter.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .article import Paragraph

OPENING_MARKS = frozenset("“«„")
CLOSING_MARKS = frozenset("”»")
STRAIGHT_MARK = '"'
SINGLE_OPENING, SINGLE_CLOSING = "‘", "’"
DOUBLED_APOSTROPHE = "''"
QUOTE_MARKS = OPENING_MARKS | CLOSING_MARKS | {STRAIGHT_MARK, SINGLE_OPENING}
_OPENING_CONTEXT = frozenset(" \t\n\r([{—–-/:")
_FAMILY = {"“": "curly", "„": "curly", "”": "curly", "«": "guillemet", "»": "guillemet", '"': "straight",
           "‘": "single", "’": "single", DOUBLED_APOSTROPHE: "doubled"}
_MARK = re.compile("''(?!')|[“”„«»\"‘’]")  # in "it,'''" a nested quote closes, then the outer one


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted passage: ``start``/``end`` include the marks, ``inner_*`` exclude them.

    A passage left open at a paragraph's end (no closing mark) ends with that paragraph.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int

    def contains(self, position: int) -> bool:
        return self.start <= position < self.end


def find_quotes(paragraphs: Sequence[Paragraph]) -> list[Quote]:
    """All top-level quotes in the paragraphs, in text order.

    1. Each paragraph is scanned for (opening, closing) mark pairs; a straight mark opens when
       it follows whitespace or an opening bracket/dash, otherwise it closes.
    2. A quote left open at a paragraph's end continues when the next paragraph starts with an
       opening mark (news style); the pieces become one Quote.
    3. A quote left open otherwise runs to the end of its paragraph (a missing closing mark).
    """
    quotes: list[Quote] = []
    carried: Quote | None = None
    for index, paragraph in enumerate(paragraphs):
        pairs, dangling = _scan(paragraph)
        if carried is not None and dangling == paragraph.start:  # reopened, still open
            carried = _extend(carried, _end(paragraph), _end(paragraph))
            continue
        if carried is not None and pairs and pairs[0].start == paragraph.start:  # reopened, closed
            closing = pairs.pop(0)
            quotes.append(_extend(carried, closing.end, closing.inner_end))
        elif carried is not None:
            quotes.append(carried)
        carried = None
        quotes.extend(pairs)
        if dangling is not None:
            inner = dangling + _mark_length(paragraph, dangling)
            piece = Quote(dangling, _end(paragraph), inner, _end(paragraph))
            if _next_opens_with_quote(paragraphs, index):
                carried = piece
            else:
                quotes.append(piece)
    if carried is not None:
        quotes.append(carried)
    return quotes


def _scan(paragraph: Paragraph) -> tuple[list[Quote], int | None]:
    """The closed quotes and the position of a mark left open, if any.

    Marks of another family inside an open quote are nested quotes and are skipped; an
    opening mark of the same family while open means the earlier one was stray.
    """
    text, base = paragraph.text, paragraph.start
    pairs: list[Quote] = []
    opened: re.Match[str] | None = None
    for match in _MARK.finditer(text):
        offset, mark = match.start(), match.group()
        if opened is not None and _FAMILY[mark] != _FAMILY[opened.group()]:
            continue
        role = _role(text, offset, mark, single_open=opened is not None)
        if role == "open":
            opened = match
        elif role == "close" and opened is not None:
            pairs.append(Quote(base + opened.start(), base + match.end(), base + opened.end(), base + offset))
            opened = None
    return pairs, base + opened.start() if opened is not None else None


def _mark_length(paragraph: Paragraph, position: int) -> int:
    doubled = paragraph.text.startswith(DOUBLED_APOSTROPHE, position - paragraph.start)
    return len(DOUBLED_APOSTROPHE) if doubled else 1


def _role(text: str, offset: int, char: str, *, single_open: bool) -> str | None:
    """Whether the mark at ``offset`` opens or closes a quote (None: an apostrophe)."""
    after_space = offset == 0 or text[offset - 1] in _OPENING_CONTEXT
    if char == SINGLE_CLOSING:
        following = text[offset + 1: offset + 2]
        return "close" if single_open and not following.isalnum() else None
    if char == SINGLE_OPENING:
        return "open" if after_space or text[offset - 1] in OPENING_MARKS else None
    if char in (STRAIGHT_MARK, DOUBLED_APOSTROPHE):
        return "open" if after_space else "close"
    return "open" if char in OPENING_MARKS else "close"


def _extend(quote: Quote, end: int, inner_end: int) -> Quote:
    return Quote(quote.start, end, quote.inner_start, inner_end)


def _end(paragraph: Paragraph) -> int:
    return paragraph.start + len(paragraph.text)


def _next_opens_with_quote(paragraphs: Sequence[Paragraph], index: int) -> bool:
    if index + 1 >= len(paragraphs):
        return False
    following = paragraphs[index + 1].text
    return bool(following) and (following[0] in OPENING_MARKS | {STRAIGHT_MARK, SINGLE_OPENING}
                                or following.startswith(DOUBLED_APOSTROPHE))


def quote_at(quotes: list[Quote], position: int) -> Quote | None:
    """The quote containing ``position`` (quotes are sorted and do not overlap)."""
    index = _first_ending_after(quotes, position)
    if index < len(quotes) and quotes[index].contains(position):
        return quotes[index]
    return None


def any_quote_overlaps(quotes: list[Quote], start: int, end: int) -> bool:
    """Whether any quote overlaps [start, end)."""
    index = _first_ending_after(quotes, start)
    return index < len(quotes) and quotes[index].start < end


def _first_ending_after(quotes: list[Quote], position: int) -> int:
    """Index of the first quote whose end lies after ``position``."""
    low, high = 0, len(quotes)
    while low < high:
        middle = (low + high) // 2
        if quotes[middle].end <= position:
            low = middle + 1
        else:
            high = middle
    return low
