"""Reported speech over the dependency parse: cue verbs, their speakers and their content.

A cue (``cues``) outside quote marks reports its clausal complement (``content``); its speaker
is its subject, or the speaker of the cue it hangs from ("X said A, adding that B": "adding"
shares X).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .content import content_span
from .cues import (PARTICIPLE_DEPS, can_speak, cue_lemma, cue_span, is_cue, is_reporting, is_rhetorical,
                   speaker_of)
from .lexicon import COGNITION_VERBS, DIRECT_ONLY_VERBS
from .parsed import ParsedArticle, ParsedParagraph
from .quotes import Quote, any_quote_overlaps
from .spans import Span, quote_content

if TYPE_CHECKING:
    from spacy.tokens import Span as SentenceSpan
    from spacy.tokens import Token


@dataclass
class Attribution:
    """A claim attributed to a speaker, before the speaker is resolved to an entity.

    ``speaker`` is the head token of the speaker phrase; when it is None the speaker comes from
    ``parent`` (a participle or conjoined cue, or a quote paragraph continuing the last one).
    """

    kind: str
    content_span: Span
    paragraph: ParsedParagraph
    cue: Token | None = None
    cue_span: Span | None = None
    speaker: Token | None = None
    parent: Attribution | None = None
    quotes: list[Quote] = field(default_factory=list)

    @property
    def cue_text(self) -> str | None:
        if self.cue is None:
            return None
        return "according to" if self.cue.lower_ == "according" else self.cue.text


def reported_speech(
    parsed: ParsedArticle, paragraph: ParsedParagraph, sentence: SentenceSpan, used: set[int]
) -> list[Attribution]:
    """Indirect and mixed claims of one sentence, outermost cue first.

    1. Candidate cues lie outside quote marks and were not used by a direct quote (``used``
       holds the article offsets of those cues).
    2. Cues are taken from the root down; a cue inside an earlier claim's content is a
       report within the report and stays part of that content.
    3. A cue without a subject inherits the speaker of the nearest cue above it.
    """
    base = paragraph.start
    cues = [t for t in sentence if is_cue(t) and base + t.idx not in used
            and parsed.quote_at(base + t.idx) is None]
    cues.sort(key=_depth)
    found: list[Attribution] = []
    covered: set[int] = set()
    for cue in cues:
        if cue.i in covered or not is_reporting(cue) or cue_lemma(cue) in DIRECT_ONLY_VERBS:
            continue
        attribution = _attribute(parsed, paragraph, cue, found)
        if attribution is not None:
            found.append(attribution)
            start, end = attribution.content_span
            covered.update(t.i for t in sentence if start <= base + t.idx < end)
    return found


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def _attribute(parsed: ParsedArticle, paragraph: ParsedParagraph, cue: Token,
               earlier: list[Attribution]) -> Attribution | None:
    speaker = speaker_of(cue)
    parent = None if speaker is not None else _parent_attribution(cue, earlier)
    if speaker is None and parent is None:
        speaker = _subject_above(cue)
    if speaker is None and parent is None:
        return None
    if cue_lemma(cue) in COGNITION_VERBS and not _credible_believer(speaker):
        return None
    span = content_span(parsed.text, paragraph, cue, speaker)
    if span is None:
        return None
    attribution = Attribution(_kind(parsed, span), span, paragraph, cue, cue_span(cue, paragraph),
                              speaker, parent)
    quote = parsed.quote_at(span[0])
    if quote is not None and span[1] <= quote.end:  # "He said “we will win.”": all quoted
        attribution.kind, attribution.quotes = "direct", [quote]
        attribution.content_span = quote_content(parsed.text, [quote])
    return attribution


def _parent_attribution(cue: Token, earlier: list[Attribution]) -> Attribution | None:
    """The claim of the nearest cue above ``cue`` in the tree ("said ..., adding ...")."""
    by_cue = {a.cue.i: a for a in earlier if a.cue is not None}
    for ancestor in cue.ancestors:
        if ancestor.i in by_cue:
            return by_cue[ancestor.i]
    return None


def _subject_above(cue: Token) -> Token | None:
    """For a participle cue under a non-cue verb ("He left, saying ..."): that verb's subject."""
    if cue.dep_ not in PARTICIPLE_DEPS:
        return None
    for ancestor in cue.ancestors:
        subject = next((c for c in ancestor.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject if can_speak(subject) else _nearest_speaking_subject(cue) or subject
    return None


def _nearest_speaking_subject(cue: Token) -> Token | None:
    """"Shares fell after analysts cut their rating, saying ...": the parser hung the participle on
    the main verb, but who said it is the subject of the clause just before it that can speak."""
    for token in reversed(cue.doc[cue.sent.start: cue.i]):
        if not token.tag_.startswith("VB"):
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None and can_speak(subject):
            return subject
    return None


def _credible_believer(speaker: Token | None) -> bool:
    """Beliefs count as claims only for third parties ("Officials believe ..."), not "I think"."""
    return speaker is not None and not is_rhetorical(speaker) and speaker.lower_ not in ("it", "they")


def _kind(parsed: ParsedArticle, span: Span) -> str:
    """Reported speech holding a quoted fragment is "mixed"."""
    return "mixed" if any_quote_overlaps(parsed.quotes, *span) else "indirect"
