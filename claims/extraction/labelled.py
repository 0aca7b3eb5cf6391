"""Claims under a speaker label: "Okafor: Ferry fares must fall" in headlines and transcripts.

Headlines attribute with a colon instead of a verb, and transcripts and interviews put the
speaker's name before each turn ("MORALES: We never said that."). A label is a short name at
the start of a sentence followed by a colon; what follows, up to the paragraph's end or the
next label, is the claim, and the colon is its cue.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .attribution import Attribution
from .lexicon import DOCUMENT_NOUNS, ORGANIZATION_NOUNS, PERSON_NOUNS
from .parsed import ParsedArticle, ParsedParagraph
from .quotes import any_quote_overlaps
from .spans import Span, quote_content, tidy_span, token_span

if TYPE_CHECKING:
    from spacy.tokens import Token

_LABEL_MAX_TOKENS = 8
_MIN_CLAIM_WORDS = 2
_SPEAKING_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE", ""})
_LABEL_NOUNS = PERSON_NOUNS | ORGANIZATION_NOUNS | DOCUMENT_NOUNS | frozenset({"poll", "editorial"})
_NOT_SPEAKERS = frozenset("""related update updated note correction clarification disclosure watch video
    photo photos image source sources read more see also breaking exclusive opinion analysis live
    listen tags topics via credit caption warning spoiler advertisement subscribe share editor
    editors transcript twitter facebook instagram email e-mail phone follow contact""".split())
"""Labels of page furniture, not of speakers ("Related:", "UPDATE:", "Editor's note:"); "The ...:"
opens the title of a column or a show, not a speaker."""
_TOPIC_WORDS = frozenset({"on", "about"})
_PREPOSITIONS = frozenset("for to with in at from by after over against".split())
"""A label holding one of these names a situation, not a speaker ("Big win for Okafor:")."""


def labelled_claims(parsed: ParsedArticle, used: set[int]) -> list[Attribution]:
    """One claim per speaker label; the labels' colons are added to ``used``."""
    found: list[Attribution] = []
    names: set[str] | None = None
    for paragraph in parsed.paragraphs:
        colons = [c for c in _label_colons(paragraph) if parsed.quote_at(paragraph.start + c.idx) is None]
        if colons and names is None:
            names = _name_words(parsed)
        for index, (colon, head) in enumerate((c, _label_head(c, names or set())) for c in colons):
            if head is None:
                continue
            following = colons[index + 1] if index + 1 < len(colons) else None
            attribution = _labelled(parsed, paragraph, colon, head, following)
            if attribution is not None:
                used.add(paragraph.start + colon.idx)
                found.append(attribution)
    return found


def _label_colons(paragraph: ParsedParagraph) -> list[Token]:
    """Colons a few tokens after a sentence start (the paragraph's first token is one)."""
    doc = paragraph.doc
    colons = []
    for sentence in doc.sents:
        for token in doc[sentence.start: min(sentence.end, sentence.start + _LABEL_MAX_TOKENS + 1)]:
            if token.text == ":":
                colons.append(token)
                break
            if token.text in (".", "!", "?", ";", "—", "\n"):
                break
    return colons


def _name_words(parsed: ParsedArticle) -> set[str]:
    """Words of the names the article's entity recogniser found, lower-cased."""
    return {t.lower_ for p in parsed.paragraphs for e in p.doc.ents if e.label_ in _SPEAKING_ENTITIES
            for t in e if t.is_alpha}


def _label_head(colon: Token, names: set[str]) -> Token | None:
    """The word naming the speaker in the label before ``colon``, or None if it is no name.

    The tagger often misreads a lone label word ("HOLT:"), so a word the article uses in a
    name elsewhere counts as a name too.
    """
    label = [t for t in colon.doc[colon.sent.start: colon.i] if not t.is_space]
    words = [t for t in _outside_brackets(label) if t.is_alpha or t.text.rstrip(".").isalpha()]
    topic = next((i for i, t in enumerate(words) if t.lower_ in _TOPIC_WORDS), None)
    words = words[:topic]  # "Fed chief on rates: ..." is the chief speaking about rates
    if not words or not label[0].text[:1].isupper() or words[0].lower_ in _NOT_SPEAKERS | {"the"} \
            or any(t.lower_ in ("and", "&") or t.lower_ in _PREPOSITIONS or t.tag_.startswith("VB")
                   or t.tag_ == "PRP" for t in words):
        return None
    head = words[-1]
    named = head.tag_ in ("NNP", "NNPS") and head.ent_type_ in _SPEAKING_ENTITIES or head.lower_ in names
    return head if named and head.text[:1].isupper() or head.lower_ in _LABEL_NOUNS else None


def _outside_brackets(tokens: list[Token]) -> list[Token]:
    """"Rep. Dana Holt (D-Ore.)": the name without what stands in brackets."""
    kept, depth = [], 0
    for token in tokens:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            kept.append(token)
    return kept


def _labelled(parsed: ParsedArticle, paragraph: ParsedParagraph, colon: Token, head: Token,
              following: Token | None) -> Attribution | None:
    """The claim after ``colon``, up to the next label or the paragraph's end."""
    base = paragraph.start
    end = base + following.sent.start_char if following is not None else base + len(paragraph.paragraph.text)
    start = base + colon.idx + 1
    span = _claim_span(parsed, start, end)
    if span is None or len(parsed.text[span[0]:span[1]].split()) < _MIN_CLAIM_WORDS:
        return None
    quote = parsed.quote_at(span[0])
    if quote is None and parsed.text[span[1] - 1] == "?":
        return None  # "Holt: the last honest senator?" asks about her, in the writer's voice
    if quote is not None and quote.end >= span[1]:  # all of it quoted
        return Attribution("direct", quote_content(parsed.text, [quote]), paragraph, colon,
                           token_span([colon], base), head, None, [quote])
    kind = "mixed" if any_quote_overlaps(parsed.quotes, *span) else "indirect"
    return Attribution(kind, span, paragraph, colon, token_span([colon], base), head)


def _claim_span(parsed: ParsedArticle, start: int, end: int) -> Span | None:
    span = tidy_span(parsed.text, start, end)
    return span if span[1] > span[0] else None
