"""An article's parsed paragraphs seen as one text: token lookup by character offset.

spaCy parses each paragraph as its own Doc (bounded memory, paragraph-true sentence splits);
the rules need article offsets, so every token offset here is ``paragraph.start + token.idx``.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .article import Paragraph, PreparedArticle
from .quantities import find_quantities
from .quotes import Quote, find_quotes, quote_at
from .results import Quantity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_SENTENCE_FINAL = frozenset(".!?")
_HEADLINE_MAX_WORDS = 25


@dataclass
class ParsedParagraph:
    paragraph: Paragraph
    doc: Doc
    is_headline: bool
    index: int
    _starts: list[int] = field(default_factory=list)
    _quantities: list[Quantity] | None = None

    @property
    def start(self) -> int:
        return self.paragraph.start

    def token_at(self, position: int) -> Token | None:
        """The token covering article offset ``position`` (or the one before a space)."""
        index = bisect_right(self._token_starts(), position - self.start) - 1
        return self.doc[index] if index >= 0 else None

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """The tokens lying wholly inside article offsets [start, end)."""
        starts = self._token_starts()
        first = bisect_left(starts, start - self.start)
        last = bisect_left(starts, end - self.start)
        tokens = [self.doc[i] for i in range(first, last)]
        while tokens and self.start + tokens[-1].idx + len(tokens[-1]) > end:
            tokens.pop()
        return tokens

    def quantities(self) -> list[Quantity]:
        """Every quantity of the paragraph, found once and shared by its claims."""
        if self._quantities is None:
            self._quantities = find_quantities(list(self.doc), self.start)
        return self._quantities

    def _token_starts(self) -> list[int]:
        if not self._starts:
            self._starts = [token.idx for token in self.doc]
        return self._starts


class ParsedArticle:
    """The paragraphs of one article with their Docs, its quotes and offset helpers."""

    def __init__(self, article: PreparedArticle, docs: Iterable[Doc]) -> None:
        self.text = article.text
        self.published = article.published
        self.dateline = article.dateline
        self.paragraphs = [
            ParsedParagraph(paragraph, doc, looks_like_headline(paragraph.text), index)
            for index, (paragraph, doc) in enumerate(zip(article.paragraphs, docs))
        ]
        self.quotes: list[Quote] = find_quotes(article.paragraphs)
        self._paragraph_starts = [p.start for p in self.paragraphs]

    def paragraph_at(self, position: int) -> ParsedParagraph | None:
        index = bisect_right(self._paragraph_starts, position) - 1
        return self.paragraphs[index] if index >= 0 else None

    def token_at(self, position: int) -> Token | None:
        paragraph = self.paragraph_at(position)
        return paragraph.token_at(position) if paragraph else None

    def quote_at(self, position: int) -> Quote | None:
        return quote_at(self.quotes, position)

    def tokens_by_paragraph(self, span: tuple[int, int]) -> Iterator[tuple[ParsedParagraph, list[Token]]]:
        """The tokens inside ``span``, grouped by the paragraph Doc they come from."""
        start, end = span
        index = bisect_right(self._paragraph_starts, start) - 1
        for paragraph in self.paragraphs[max(index, 0):]:
            if paragraph.start >= end:
                break
            tokens = paragraph.tokens_between(start, end)
            if tokens:
                yield paragraph, tokens

    def sentences(self) -> Iterator[tuple[ParsedParagraph, Span]]:
        """Every sentence of the body that is not a headline, in order."""
        for paragraph in self.paragraphs:
            if not paragraph.is_headline:
                for sentence in paragraph.doc.sents:
                    yield paragraph, sentence


def looks_like_headline(text: str) -> bool:
    """A short line that does not end like a sentence: a headline, kicker or caption label."""
    stripped = text.rstrip(" \t”\"’')]")
    if not stripped or stripped[-1] in _SENTENCE_FINAL or stripped.endswith(("…", ":", ";", ",")):
        return False
    return len(text.split()) <= _HEADLINE_MAX_WORDS
