"""Turns found claims into ExtractedClaim records: text, quantities, dates and score."""
from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .attribution import Attribution
from .checkworthiness import checkworthiness
from .dates import date_mention
from .phrases import entity_around
from .parsed import ParsedArticle, ParsedParagraph
from .results import DateMention, ExtractedClaim, SpeakerMention
from .speakers import Resolved, speaker_mention
from .spans import Span

if TYPE_CHECKING:
    from spacy.tokens import Token

_CUE_MODIFIERS = frozenset({"npadvmod", "prep", "advmod"})
_OPENING = frozenset("“«„‘\"")
_CLOSING = frozenset("”»’\",")


def attributed_claim(parsed: ParsedArticle, attribution: Attribution, speaker: Resolved) -> ExtractedClaim:
    """The record of a direct, indirect or mixed claim with its resolved speaker."""
    return _claim(parsed, attribution.kind, attribution.content_span, attribution,
                  speaker_mention(*speaker))


def attributed_claims(parsed: ParsedArticle, attribution: Attribution, speaker: Resolved) -> list[ExtractedClaim]:
    """One record per paragraph of a direct quote that runs over paragraphs (each quote
    paragraph is checked on its own, as news annotation does); otherwise one record."""
    if attribution.kind != "direct":
        return [attributed_claim(parsed, attribution, speaker)]
    mention = speaker_mention(*speaker)
    return [_claim(parsed, attribution.kind, span, attribution, mention)
            for span in _paragraph_pieces(parsed, attribution.content_span)]


def _paragraph_pieces(parsed: ParsedArticle, span: Span) -> list[Span]:
    """``span`` cut at paragraph breaks, each piece without the marks and spaces at its edges."""
    pieces = []
    for paragraph in parsed.paragraphs:
        start = max(span[0], paragraph.start)
        end = min(span[1], paragraph.start + len(paragraph.paragraph.text))
        while start < end and (parsed.text[start].isspace() or parsed.text[start] in _OPENING):
            start += 1
        while end > start and (parsed.text[end - 1].isspace() or parsed.text[end - 1] in _CLOSING):
            end -= 1
        if any(ch.isalnum() for ch in parsed.text[start:end]):
            pieces.append((start, end))
    return pieces or [span]


def statement_claim(parsed: ParsedArticle, span: Span) -> ExtractedClaim:
    """The record of a statement in the article's own voice."""
    return _claim(parsed, "statement", span, None, None)


def _claim(parsed: ParsedArticle, kind: str, span: Span, attribution: Attribution | None,
           speaker: SpeakerMention | None) -> ExtractedClaim:
    pieces = list(parsed.tokens_by_paragraph(span))
    tokens = [t for _, paragraph_tokens in pieces for t in paragraph_tokens]
    quantities = [q for paragraph, _ in pieces for q in paragraph.quantities()
                  if span[0] <= q.span[0] and q.span[1] <= span[1]]
    dates = _dates(pieces, span, attribution, parsed.published)
    return ExtractedClaim(
        kind=kind,
        content=parsed.text[span[0]:span[1]],
        content_span=span,
        cue=attribution.cue_text if attribution else None,
        cue_span=attribution.cue_span if attribution else None,
        speaker=speaker,
        quantities=tuple(quantities),
        checkworthiness=checkworthiness(tokens, quantities, speaker, dates),
        dates=tuple(dates),
    )


def _dates(pieces: list[tuple[ParsedParagraph, list[Token]]], span: Span,
           attribution: Attribution | None, published: datetime.date | None) -> list[DateMention]:
    """DATE entities in the content, and those attached to the cue ("said Tuesday")."""
    found: dict[int, DateMention] = {}
    for paragraph, tokens in pieces:
        _add_dates(found, tokens, paragraph.start, published, within=span)
    if attribution is not None and attribution.cue is not None:
        for child in attribution.cue.children:
            if child.dep_ in _CUE_MODIFIERS:
                _add_dates(found, child.subtree, attribution.paragraph.start, published)
    return sorted(found.values(), key=lambda d: d.span)


def _add_dates(found: dict[int, DateMention], tokens: Iterable[Token], base: int,
               published: datetime.date | None, within: Span | None = None) -> None:
    """Add the DATE entities starting among ``tokens`` (inside ``within`` if given) to ``found``."""
    for token in tokens:
        if token.ent_type_ != "DATE" or token.ent_iob_ != "B":
            continue
        mention = date_mention(entity_around(token), base, published)
        if within is None or (within[0] <= mention.span[0] and mention.span[1] <= within[1]):
            found[mention.span[0]] = mention
