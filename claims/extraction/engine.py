"""Runs the extraction: parse paragraphs with spaCy, find claims, resolve speakers, score.

The public functions take raw article text; ``analyse_many`` streams any number of articles
through one ``nlp.pipe`` so batching works across article boundaries.
"""
from __future__ import annotations

import datetime
from collections import deque
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Token

from .article import PreparedArticle, prepare_article
from .attribution import Attribution, reported_speech
from .checkworthiness import checkworthiness
from .dates import date_mention
from .direct import continued_quotes, direct_quotes
from .mentions import MentionDraft, draft_mention, entity_around, entity_draft
from .model import DEFAULT_MODEL, load_model
from .parsed import ParsedArticle
from .results import ArticleAnalysis, DateMention, ExtractedClaim, ExtractionError, Quantity, SpeakerMention
from .speakers import Entity, SpeakerRegistry, speaker_mention
from .spans import Span, SpanIndex
from .statements import statements_in

BATCH_SIZE = 64
_OBSERVED_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def analyse_many(
    texts: Iterable[str], published: datetime.date | None = None, *, model: str = DEFAULT_MODEL
) -> Iterator[ArticleAnalysis]:
    """One ArticleAnalysis per text, in order; paragraphs of all texts share ``nlp.pipe``.

    A text that cannot be processed raises its ExtractionError when its turn comes, after
    the results of the texts before it (``nlp.pipe`` reads ahead, so errors wait in line).
    """
    nlp = load_model(model)
    pending: deque[PreparedArticle | ExtractionError] = deque()

    def paragraphs() -> Iterator[tuple[str, PreparedArticle]]:
        for text in texts:
            try:
                article = prepare_article(text, published)
            except ExtractionError as error:
                pending.append(error)
                continue
            pending.append(article)
            for paragraph in article.paragraphs:
                yield paragraph.text, article

    collected: list[Doc] = []
    for doc, article in nlp.pipe(paragraphs(), as_tuples=True, batch_size=BATCH_SIZE):
        while pending[0] is not article:  # earlier articles (even empty ones) are complete
            yield _finish(pending.popleft(), collected)
            collected = []
        collected.append(doc)
    while pending:
        yield _finish(pending.popleft(), collected)
        collected = []


def _finish(article: PreparedArticle | ExtractionError, docs: list[Doc]) -> ArticleAnalysis:
    if isinstance(article, ExtractionError):
        raise article
    return analyse_parsed(article, docs)


def analyse_parsed(article: PreparedArticle, docs: list[Doc]) -> ArticleAnalysis:
    """Claims of one article whose paragraphs spaCy has parsed (``docs`` in paragraph order)."""
    parsed = ParsedArticle(article, docs)
    attributions = find_attributions(parsed)
    speakers = resolve_speakers(parsed, attributions)
    claims = [_attributed_claim(parsed, a, speakers[id(a)]) for a in attributions]
    taken = SpanIndex(a.content_span for a in attributions)
    for paragraph, sentence in parsed.sentences():
        for span in statements_in(parsed.text, paragraph, sentence, taken):
            claims.append(_claim(parsed, "statement", span, None, None))
    claims.sort(key=lambda c: c.content_span)
    return ArticleAnalysis(article.dateline, article.published, claims)


def find_attributions(parsed: ParsedArticle) -> list[Attribution]:
    """Direct quotes first (they claim their cues), then reported speech, then continuations."""
    used: set[int] = set()
    found = direct_quotes(parsed, used)
    quoted = SpanIndex(a.content_span for a in found)
    for paragraph, sentence in parsed.sentences():
        for attribution in reported_speech(parsed, paragraph, sentence, used):
            if not quoted.overlaps(attribution.content_span):
                found.append(attribution)
    found.extend(continued_quotes(parsed, found))
    found.sort(key=lambda a: a.content_span)
    return found


def resolve_speakers(
    parsed: ParsedArticle, attributions: list[Attribution]
) -> dict[int, tuple[MentionDraft | None, Entity]]:
    """Each attribution's speaker phrase and entity, by ``id(attribution)``.

    1. Named entities and speaker phrases are visited in text order, so each mention is
       resolved against what the reader has seen so far.
    2. Attributions without a speaker phrase then take their parent's entity.
    """
    places = {part.strip().lower() for part in (parsed.dateline or "").split(",") if part.strip()}
    registry = SpeakerRegistry(places)
    events: list[tuple[int, int, MentionDraft, Attribution | None, bool]] = []
    for paragraph in parsed.paragraphs:
        for entity in paragraph.doc.ents:
            if entity.label_ in _OBSERVED_ENTITIES:
                draft = entity_draft(entity, paragraph.start)
                events.append((draft.span[0], 0, draft, None, entity.root.dep_.startswith("nsubj")))
    for attribution in attributions:
        if attribution.speaker is not None:
            draft = draft_mention(attribution.speaker, attribution.paragraph.start)
            events.append((draft.span[0], 1, draft, attribution, True))
    events.sort(key=lambda event: (event[0], event[1]))
    resolved: dict[int, tuple[MentionDraft | None, Entity]] = {}
    for position, _, draft, attribution, is_subject in events:
        if attribution is None:
            registry.observe(draft, position, is_subject=is_subject)
        else:
            resolved[id(attribution)] = (draft, registry.resolve(draft, position))
    for attribution in attributions:
        if id(attribution) not in resolved:
            resolved[id(attribution)] = _inherited_speaker(attribution, resolved, registry)
    return resolved


def _inherited_speaker(attribution: Attribution, resolved: dict,
                       registry: SpeakerRegistry) -> tuple[MentionDraft | None, Entity]:
    """The parent's speaker; a cue of its own ("adding") keeps the parent's speaker phrase,
    a quote paragraph without a cue has none."""
    parent = attribution.parent
    while parent is not None and id(parent) not in resolved:
        parent = parent.parent
    if parent is None:
        unknown = Entity("unknown", "anonymous")
        registry.entities.append(unknown)
        return None, unknown
    draft, entity = resolved[id(parent)]
    return (draft if attribution.cue is not None else None), entity


def _attributed_claim(parsed: ParsedArticle, attribution: Attribution,
                      speaker: tuple[MentionDraft | None, Entity]) -> ExtractedClaim:
    return _claim(parsed, attribution.kind, attribution.content_span, attribution,
                  speaker_mention(*speaker))


def _claim(parsed: ParsedArticle, kind: str, span: Span, attribution: Attribution | None,
           speaker: SpeakerMention | None) -> ExtractedClaim:
    tokens = [t for _, paragraph_tokens in parsed.tokens_by_paragraph(span) for t in paragraph_tokens]
    quantities = _quantities(parsed, span)
    dates = _dates(parsed, span, attribution)
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


def _quantities(parsed: ParsedArticle, span: Span) -> list[Quantity]:
    return [q for paragraph, _ in parsed.tokens_by_paragraph(span) for q in paragraph.quantities()
            if span[0] <= q.span[0] and q.span[1] <= span[1]]


def _dates(parsed: ParsedArticle, span: Span, attribution: Attribution | None) -> list[DateMention]:
    """DATE entities in the content, and those attached to the cue ("said Tuesday")."""
    found: dict[int, DateMention] = {}
    for paragraph, tokens in parsed.tokens_by_paragraph(span):
        _add_dates(found, tokens, paragraph.start, parsed.published, within=span)
    if attribution is not None and attribution.cue is not None:
        for child in attribution.cue.children:
            if child.dep_ in ("npadvmod", "prep", "advmod"):
                _add_dates(found, child.subtree, attribution.paragraph.start, parsed.published)
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
