"""Prepares raw article text for parsing: validation, the header (date, dateline), paragraphs.

The text is never rewritten: paragraphs are (offset, text) slices of the input, so every span
found later maps straight back to the caller's string.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from .results import ExtractionError

MAX_CHARS = 2_000_000
"""Longest accepted article; beyond it ExtractionError (spaCy parses ~10k words/s per core)."""

CHUNK_CHARS = 5_000
"""Longest piece handed to spaCy in one Doc; longer paragraphs are split at sentence ends."""

LONGEST_WORD = 100
"""Longest run without whitespace handed to spaCy in one piece: its tokenizer takes quadratic
time on long runs ("“““...", base64 blobs), so longer runs are cut into pieces of their own."""

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for name in names
}
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WRITTEN_DATE = re.compile(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2}),? (\d{4})\b")
_DATE_PREFIX = re.compile(r"\s*(?:date|published|updated)?\s*[:=]?\s*(\d{4}-\d{2}-\d{2})[T\d:.+Z-]*\s+", re.I)
_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][A-Z'.\-]+(?:[ \-][A-Z][A-Z'.\-]+)*(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*)*)?)"
    r"(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?)?"  # "LONDON, May 3 (Reuters) -"
    r"\s*(?:\((?:[A-Z][\w ]*)\)\s*)?(?:[—–•|]|--?)\s*"
)
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_SENTENCE_END = re.compile(r"[.!?…][”\"’')\]]*\s+")
_LONG_WORD = re.compile(r"\S{%d,}" % (LONGEST_WORD + 1))


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A slice of the article: ``text == article[start:start + len(text)]``."""

    start: int
    text: str


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    text: str
    published: datetime.date | None
    dateline: str | None
    paragraphs: tuple[Paragraph, ...]


def validate_text(text: object) -> str:
    """Return ``text`` if it is processable; raise ExtractionError with the reason otherwise."""
    if not isinstance(text, str):
        raise ExtractionError(f"article text must be str, not {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise ExtractionError(f"article text has {len(text):,} characters; the limit is {MAX_CHARS:,}")
    if "\x00" in text:
        raise ExtractionError("article text contains NUL bytes; it looks like binary data")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:  # lone surrogates, e.g. from a mis-decoded file
        raise ExtractionError(f"article text is not valid Unicode: {error.reason} at {error.start}") from error
    return text


def prepare_article(text: object, published: datetime.date | None = None) -> PreparedArticle:
    """Validate, read the header and cut the body into paragraphs ready for ``nlp.pipe``."""
    text = validate_text(text)
    body_start, header_date, dateline, dateline_end = read_header(text)
    paragraphs = [_without_dateline(text, p, dateline_end) for p in split_paragraphs(text, body_start)]
    return PreparedArticle(
        text=text,
        published=published or header_date,
        dateline=dateline,
        paragraphs=tuple(p for p in paragraphs if p.text),
    )


def _without_dateline(text: str, paragraph: Paragraph, dateline_end: int) -> Paragraph:
    """The paragraph that opens with the dateline (after a headline) starts after it."""
    end = paragraph.start + len(paragraph.text)
    if not paragraph.start < dateline_end <= end:
        return paragraph
    start = dateline_end
    while start < end and text[start].isspace():
        start += 1
    return Paragraph(start, text[start:end])


def read_header(text: str) -> tuple[int, datetime.date | None, str | None, int]:
    """Where the body starts, the published date, the dateline and where the dateline ends.

    1. An optional leading date ("date 2022-03-15", "2022-03-15T10:00Z") is consumed.
    2. An upper-case place followed by a separator ("KYIV, Ukraine •", "LONDON (Reuters) —")
       is the dateline, at the start of the body or of one of the two lines after it (under
       a headline); the text before it stays part of the body.
    3. Without a leading date, the first ISO or written date in the first line is used.
    """
    position, published = 0, None
    prefix = _DATE_PREFIX.match(text)
    if prefix:
        published = _date_or_none(*map(int, prefix.group(1).split("-")))
        position = prefix.end()
    dateline, dateline_end = None, position
    for line_start in _line_starts(text, position, count=3):
        match = _DATELINE.match(text, line_start)
        if match and len(match.group("place")) <= 60:
            dateline, dateline_end = match.group("place").strip(), match.end()
            break
    if published is None:
        published = find_date(text[: text.find("\n") if "\n" in text else 300][:300])
    return position, published, dateline, dateline_end


def _line_starts(text: str, position: int, count: int) -> list[int]:
    starts = [position]
    while len(starts) < count:
        newline = text.find("\n", starts[-1], starts[-1] + 300)
        if newline < 0:
            break
        starts.append(newline + 1)
    return starts


def find_date(text: str) -> datetime.date | None:
    """The first ISO ("2022-03-15") or written ("March 15, 2022") date in ``text``."""
    iso = _ISO_DATE.search(text)
    if iso:
        return _date_or_none(*map(int, iso.groups()))
    written = _WRITTEN_DATE.search(text)
    if written and written.group(1).lower() in _MONTHS:
        month = _MONTHS[written.group(1).lower()]
        return _date_or_none(int(written.group(3)), month, int(written.group(2)))
    return None


def month_number(word: str) -> int | None:
    """1-12 for a month name or abbreviation, else None."""
    return _MONTHS.get(word.lower().rstrip("."))


def _date_or_none(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def split_paragraphs(text: str, start: int = 0) -> list[Paragraph]:
    """Cut ``text[start:]`` into paragraphs, then into pieces of at most CHUNK_CHARS.

    Blank lines separate paragraphs when the text has any (single newlines are then line
    wraps); otherwise every line is a paragraph, as in most scraped news.
    """
    body = text[start:]
    separator = _BLANK_LINE if _BLANK_LINE.search(body) else re.compile(r"\n")
    paragraphs: list[Paragraph] = []
    position = 0
    for match in [*separator.finditer(body), None]:
        end = match.start() if match else len(body)
        paragraphs.extend(_pieces(text, start + position, start + end))
        position = match.end() if match else len(body)
    return paragraphs


def _pieces(text: str, start: int, end: int) -> list[Paragraph]:
    """The paragraph ``text[start:end]`` as parseable pieces: long runs without whitespace
    stand alone, and what lies between them is cut at sentence ends when too long."""
    pieces: list[Paragraph] = []
    for match in _LONG_WORD.finditer(text, start, end):
        pieces.extend(_sentence_pieces(text, start, match.start()))
        pieces.extend(Paragraph(s, text[s:min(s + LONGEST_WORD, match.end())])
                      for s in range(match.start(), match.end(), LONGEST_WORD))
        start = match.end()
    pieces.extend(_sentence_pieces(text, start, end))
    return pieces


def _sentence_pieces(text: str, start: int, end: int) -> list[Paragraph]:
    """The stripped ``text[start:end]``, cut at sentence ends if it is too long."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    pieces = []
    while end - start > CHUNK_CHARS:
        cut = _cut_point(text, start, start + CHUNK_CHARS)
        pieces.append(Paragraph(start, text[start:cut]))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        pieces.append(Paragraph(start, text[start:end]))
    return pieces


def _cut_point(text: str, start: int, limit: int) -> int:
    """The last sentence end (else whitespace, else ``limit``) in ``text[start:limit]``."""
    window = text[start:limit]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    if ends and ends[-1] > len(window) // 2:
        return start + ends[-1]
    space = max(window.rfind(" "), window.rfind("\n"))
    return start + space + 1 if space > len(window) // 2 else limit
