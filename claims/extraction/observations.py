"""The mentions an article makes in passing, for the speaker registry to learn from.

Besides claims' speaker phrases, a reader remembers the people and bodies named anywhere
(entities), subjects the recogniser missed ("Analysts at Bristow Capital", "A woman in a yellow
raincoat"), who issued a document ("the CDC said in a report"), and "his"/"her" (gender). Each
becomes an Event in text order; ``speakers.resolve_speakers`` replays them.
"""
from __future__ import annotations

from typing import NamedTuple

from .attribution import Attribution
from .lexicon import CUE_LEMMAS, DOCUMENT_NOUNS
from .mentions import document_author, draft_mention, entity_draft, unrecognised_body
from .parsed import ParsedArticle
from .phrases import MentionDraft, names_people
from .spans import SpanIndex, token_span

_OBSERVED_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_POSSESSIVE_GENDER = {"his": "male", "her": "female"}
_NAMELESS_SUBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_MEDIUM_NOUNS = frozenset("""video page account broadcast interview podcast livestream show program
    programme""".split())


class Event(NamedTuple):
    """A mention in text order: observed (order 0) or a claim's speaker phrase (order 1)."""

    position: int
    order: int
    draft: MentionDraft
    attribution: Attribution | None
    is_subject: bool
    known_only: bool = False
    """Only a reminder of an entity already known (a short name the recogniser missed)."""
    document: str | None = None
    """A document noun the (already known) entity issued: "the report" means it from now on."""
    sentence_start: int | None = None
    """For "his"/"her": where their sentence starts (the people it names may be meant)."""


def observed_events(parsed: ParsedArticle, reported: SpanIndex) -> list[Event]:
    """Every mention worth remembering, in paragraph order: named entities (except the platforms
    things are posted on), subjects the recogniser missed, documents with a known issuer, lone
    short names of someone known, and "his"/"her" outside quotes (they teach gender)."""
    events: list[Event] = []
    for paragraph in parsed.paragraphs:
        for entity in paragraph.doc.ents:
            if entity.label_ in _OBSERVED_ENTITIES and not _is_medium(entity.root):
                draft = entity_draft(entity, paragraph.start)
                # a subject inside a quote or a reported claim is the speaker's topic, not a
                # pronoun's antecedent ("Hurst said the board relied on what Lamb told it. ... he said")
                is_subject = _is_subject(entity.root) and parsed.quote_at(draft.span[0]) is None \
                    and not reported.overlaps(draft.span) and not _in_embedded_clause(entity.root)
                events.append(Event(draft.span[0], 0, draft, None, is_subject))
        for token in paragraph.doc:
            tag = token.tag_
            body = _unnamed_subject(parsed, token, paragraph.start, reported) \
                if tag in _NAMELESS_SUBJECT_TAGS and _is_subject(token) else None
            if body is not None:
                events.append(Event(body.span[0], 0, body, None, True))
            elif tag == "NN" and token.lower_ in DOCUMENT_NOUNS:
                event = _document_event(parsed, token, paragraph.start)
                if event is not None:
                    events.append(event)
            elif tag == "NNP" and _is_bare_short_name(token):
                draft = draft_mention(token, paragraph.start)
                in_claim = parsed.quote_at(draft.span[0]) is not None or reported.overlaps(draft.span)
                events.append(Event(draft.span[0], 0, draft, None, not in_claim, known_only=True))
            if tag == "PRP$" and token.lower_ in _POSSESSIVE_GENDER:
                span = token_span([token], paragraph.start)
                if parsed.quote_at(span[0]) is None:
                    draft = MentionDraft(token.text, span, "pronoun", "person", token.text,
                                         gender=_POSSESSIVE_GENDER[token.lower_])
                    events.append(Event(span[0], 0, draft, None, False,
                                        sentence_start=paragraph.start + token.sent.start_char))
    return events


def _document_event(parsed: ParsedArticle, document, base: int) -> Event | None:
    """"the CDC said in a report ...": the report's author becomes who "the report" means.
    The event comes after both words, when the author is known."""
    author = document_author(document)
    if author is None or parsed.quote_at(base + document.idx) is not None:
        return None
    draft = draft_mention(author, base)
    position = max(draft.span[1], base + document.idx)
    return Event(position, 0, draft, None, False, document=document.lower_)


def _is_bare_short_name(token) -> bool:
    """A lone capitalised subject the recogniser missed ("Tillwave, which went public, processed
    ..."): it may be the short name of someone already known."""
    return not token.ent_type_ and token.dep_.startswith("nsubj") and token.text[:1].isupper() \
        and token.text.isalpha() and not any(c.dep_ == "compound" for c in token.children)


def _is_medium(root) -> bool:
    """"posted on LinkedIn", "wrote in a post on X", "said on CNN": where something was said is
    not who a later "the company" or "it" means."""
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ not in ("on", "via"):
        return False
    carrier = preposition.head
    return carrier.lower_ in CUE_LEMMAS or carrier.lower_ in DOCUMENT_NOUNS or carrier.lower_ in _MEDIUM_NOUNS


def _unnamed_subject(parsed: ParsedArticle, token, base: int, reported: SpanIndex) -> MentionDraft | None:
    """Subjects the recogniser gives no entity that a later "they", "she" or "the company" means: a
    company name it missed ("Kestrel Outdoor Brands on Thursday cut ..."), a person's name it
    missed ("Priyanka Deshmukh, an oil analyst at Commerzbank, was more cautious"), a plural noun
    for people ("Analysts at Bristow Capital cut ... they wrote"), outside quotes and reported claims."""
    body = unrecognised_body(token, base)
    if body is not None:
        return body
    start = base + token.idx
    if token.ent_type_ or parsed.quote_at(start) is not None or reported.overlaps((start, start + 1)):
        return None
    if token.tag_ == "NNP":
        named_person = any(c.dep_ == "appos" and names_people(c) for c in token.children)
        return draft_mention(token, base) if named_person else None
    if token.tag_ == "NN" and not _is_described_person(token) or not names_people(token):
        return None
    return draft_mention(token, base)


def _is_described_person(token) -> bool:
    """"A woman in a yellow raincoat sets a toaster on the counter": someone the story follows
    before naming, whom a later "she says" means. Only a subject introduced with "a" and no name
    beside it ("Dennis Okafor, a retired machinist," is Okafor; "the developer" refers back)."""
    introduced = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
    return token.dep_ == "nsubj" and introduced \
        and not any(c.dep_ == "appos" for c in token.children)


_EMBEDDED_CLAUSES = frozenset({"ccomp", "advcl"})


def _in_embedded_clause(root) -> bool:
    """A subject of a clause that follows the verb it hangs on ("Pell is convinced that Wray
    will lose", "Pell stayed after Wray lost"): less prominent than the main clause's subject,
    whom a later "he said" usually means. A clause before its verb is most often a main clause
    the parser hung on the next one ("Pell kept going: he said ...")."""
    verb = root.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in _EMBEDDED_CLAUSES and verb.i > verb.head.i


def _is_subject(root) -> bool:
    """A subject, or a name in apposition to one ("Her son, Tom Reyes, 40, runs ..."), or a name
    the parser made the root of its sentence, having lost the verb after a long relative clause
    ("Keisha Morrow, who owns two restaurants in Durham, posted ...")."""
    if root.dep_ == "ROOT" and root.tag_ in ("NNP", "NN") and any(c.dep_ == "relcl" for c in root.children):
        return True
    return root.dep_.startswith("nsubj") or root.dep_ == "appos" and root.head.dep_.startswith("nsubj")
