"""Cue words: which tokens report speech, who their speaker is, and when a use is not a report.

A cue is a speech or cognition verb (say, tell, add, warn, believe ...), "according" in
"according to", a finding verb whose subject is a document ("the report found"), or "put it".
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import (CUE_LEMMAS, DOCUMENT_NOUNS, FINDING_SUBJECTS, FINDING_VERB_FORMS, HEDGED_CUE_AUX,
                      ORGANIZATION_NOUNS, RHETORICAL_SUBJECTS)
from .parsed import ParsedParagraph
from .phrases import names_people
from .spans import Span, token_span

if TYPE_CHECKING:
    from spacy.tokens import Token

_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
_CLOSING = " ”\"’'"
PARTICIPLE_DEPS = frozenset({"advcl", "conj", "xcomp", "dep"})
"""How a participle or conjoined cue without a subject hangs on the clause it shares a speaker with."""


def is_cue(token: Token) -> bool:
    """A speech/cognition verb form, "according" in "according to", or a finding verb whose
    subject is a document ("the report found that ...")."""
    if token.lower_ == "according":
        return any(child.lower_ == "to" for child in token.children)
    if not token.tag_.startswith("VB"):
        return False
    if cue_lemma(token) == "put":  # "As Churchill put it, “...”", not "put the book down"
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
    if token.lower_ in FINDING_VERB_FORMS:
        finders = DOCUMENT_NOUNS | (FINDING_SUBJECTS if token.lower_.startswith("f") else frozenset())
        return any(c.dep_ == "nsubj" and c.lower_ in finders for c in token.children)
    return token.lower_ in CUE_LEMMAS


def cue_lemma(token: Token) -> str:
    return CUE_LEMMAS.get(token.lower_, token.lower_)


def cue_span(cue: Token, paragraph: ParsedParagraph) -> Span:
    if cue.lower_ == "according":
        to = next(child for child in cue.children if child.lower_ == "to")
        return token_span([cue, to], paragraph.start)
    return token_span([cue], paragraph.start)


def is_rhetorical(speaker: Token | None) -> bool:
    """"who", "you", "one", "I": a generic, rhetorical or first-person speaker (not "WHO", nor
    "one of the officials")."""
    if speaker is None or speaker.lower_ not in RHETORICAL_SUBJECTS or speaker.tag_ in ("NNP", "NNPS"):
        return False
    return not (speaker.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in speaker.children))


def speaker_of(cue: Token) -> Token | None:
    """The head of the cue's speaker phrase, or None when the cue has no subject of its own."""
    if cue.lower_ == "according":
        to = next(child for child in cue.children if child.lower_ == "to")
        return next((child for child in to.children if child.dep_ == "pobj"), None)
    for child in cue.children:
        if child.dep_ == "nsubj":
            if child.lower_ in _RELATIVE_PRONOUNS and cue.dep_ == "relcl":
                return cue.head
            return child
    if opens_with_as(cue):  # "As reported by the Gazette, A"
        agent = next((c for c in cue.children if c.dep_ == "agent"), None)
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if by is not None:
            return by
    return _misparsed_subject(cue)


def opens_with_as(cue: Token) -> bool:
    """"As the Gazette reported, A": the cue's clause is an aside introduced by "as"."""
    return cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)


def can_speak(subject: Token) -> bool:
    """People, bodies and pronouns speak; "Shares of Corvane" do not."""
    return subject.tag_ in ("PRP", "NNP", "NNPS") or bool(subject.ent_type_) or names_people(subject) \
        or subject.lower_ in ORGANIZATION_NOUNS


def _misparsed_subject(cue: Token) -> Token | None:
    """"Tolliver conceded ...", where the parser took an unknown name opening the sentence for
    an adverb: a capitalised word opening the sentence right before the cue, hung on it."""
    before = cue.doc[cue.i - 1] if cue.i > 0 else None
    if before is None or before.head.i != cue.i or before.dep_ not in ("advmod", "npadvmod", "dep", "nmod") \
            or before.i != cue.sent.start:
        return None
    name_like = before.tag_ in ("NNP", "NNPS") or before.tag_ == "RB" and before.is_title \
        and before.is_alpha and not before.lower_.endswith("ly")
    return before if name_like else None


def _in_question_or_condition(cue: Token) -> bool:
    """The cue's own clause is introduced by "whether" or "if"."""
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in cue.children)


def is_reporting(cue: Token) -> bool:
    """False for hypothetical, negated, passive, rhetorical or imperative uses of a cue verb, and
    for one inside a question or condition ("Asked whether he expected the board to back down")."""
    if _in_question_or_condition(cue):
        return False
    for child in cue.children:
        if child.dep_ == "neg" or child.dep_ in ("auxpass", "nsubjpass", "csubjpass"):
            return False
        if child.dep_ == "aux" and child.lower_ in HEDGED_CUE_AUX:
            return False
    speaker = speaker_of(cue)
    if is_rhetorical(speaker) and cue.dep_ != "relcl":
        return False
    if speaker is None and cue.dep_ == "ROOT" and cue.tag_ == "VB":
        return False
    return not (cue.dep_ == "ROOT" and asks_in_own_voice(cue.sent.text))


def asks_in_own_voice(sentence: str) -> bool:
    """The sentence is a question outside quote marks ("Who could say “no” to that?"), not one
    that ends inside a quote ("She said: “Why now?”", or a quote the parser cut after its "?")."""
    text = sentence.rstrip()
    if not text.rstrip(_CLOSING).endswith("?"):
        return False
    if text.endswith(tuple(_CLOSING)):
        return False
    opened = text.count("“") > text.count("”") or text.count('"') % 2 == 1 or text.count("''") % 2 == 1
    return not opened
