"""Reading phrases off the parse: the speaker-phrase record and the helpers every mention needs.

``MentionDraft`` is a speaker phrase as written; the functions here cut noun phrases, roles and
appositives out of the dependency tree and read gender and number off words.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lexicon import ACCESS_PARTICIPLES, DOCUMENT_NOUNS, FEMALE_WORDS, HONORIFICS, MALE_WORDS, PERSON_SUFFIXES
from .people import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, PEOPLE_NOUNS
from .spans import Span

if TYPE_CHECKING:
    from spacy.tokens import Span as EntitySpan
    from spacy.tokens import Token

_LEFT_MODIFIERS = frozenset({"det", "amod", "compound", "nmod", "poss", "nummod", "quantmod",
                             "advmod", "npadvmod", "case"})
ROLE_PREPOSITIONS = frozenset({"of", "for", "at", "from", "in", "with"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


@dataclass(frozen=True)
class MentionDraft:
    """A speaker phrase as written; ``form`` is pronoun, name (a person), named or nominal."""

    text: str
    span: Span
    form: str
    type: str
    canonical: str
    role: str | None = None
    name_tokens: frozenset[str] = frozenset()
    head: str = ""
    definite: bool = False
    gender: str | None = None
    generic_nouns: frozenset[str] = frozenset()
    """Nouns a later "the ..." may use for this entity ("the company" for "Acme Corp.")."""
    described: MentionDraft | None = None
    """The definite description a name stands in apposition to ("the woman, Ana Reyes"): it may
    name someone met before without a name."""


def entity_around(token: Token) -> EntitySpan | None:
    """The named entity ``token`` belongs to, if any."""
    if not token.ent_type_:
        return None
    from spacy.tokens import Span as EntitySpan  # spaCy is loaded lazily (see ``model``)

    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return EntitySpan(doc, start, end, label=token.ent_type_)


def names_people(head: Token) -> bool:
    """"official", "engineer", "residents", "one of the people" name people; "airline" does not."""
    if head.lower_ == "one":
        group = next((o for p in head.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None)
        return group is not None and names_people(group)
    word = singular(head.lower_)
    return word in PEOPLE_NOUNS or word == "people" or word.endswith(PERSON_SUFFIXES) and word not in DOCUMENT_NOUNS


def noun_phrase(head: Token) -> list[Token]:
    """The head with its left modifiers, role-like "of/for/at" phrases and adjective or participle
    phrases after it, no clauses."""
    chosen = [head]
    for child in head.children:
        if child.i < head.i and child.dep_ in _LEFT_MODIFIERS:
            chosen.extend(child.subtree)
        elif child.i > head.i and (child.dep_ == "amod" or child.dep_ == "acl" and child.tag_ == "VBN"
                                   and child.lower_ not in ACCESS_PARTICIPLES):
            chosen.extend(_without_trailing_date(list(child.subtree)))  # "people familiar with X"
        elif child.i > head.i and child.dep_ == "prep" and child.lower_ in ROLE_PREPOSITIONS:
            chosen.append(child)
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                chosen.extend(noun_phrase(pobj))  # "at a clinic in X", not "X who has ..."
    chosen.sort(key=lambda t: t.i)
    first = chosen.index(head)
    while first > 0 and chosen[first - 1].i == chosen[first].i - 1:
        first -= 1
    last = chosen.index(head)
    while last + 1 < len(chosen) and chosen[last + 1].i == chosen[last].i + 1:
        last += 1
    return chosen[first:last + 1]


def _without_trailing_date(tokens: list[Token]) -> list[Token]:
    """"figures published last month" -> "figures": a date ends the modifier, not the name, and a
    bare participle left alone says nothing."""
    while len(tokens) > 1 and tokens[-1].ent_type_ in ("DATE", "TIME"):
        tokens = tokens[:-1]
    return [] if len(tokens) == 1 and tokens[0].tag_ == "VBN" else tokens


def modifiers_before(root: Token, name_start: int) -> list[Token]:
    """Role words before a name: compounds and adjectives, without articles or possessors."""
    role: list[Token] = []
    for child in root.children:
        if child.i < name_start and child.dep_ in ("compound", "amod", "nmod"):
            role.extend(t for t in child.subtree
                        if t.dep_ not in ("det", "poss", "case") and t.lower_ not in HONORIFICS)
    return role


def appositive_role(root: Token) -> str | None:
    """"Fatima Noor, 34, a teacher": the first appositive that is not an age."""
    roles = (phrase_text(c) for c in root.children if c.dep_ == "appos")
    return next((role for role in roles if role), None)


def phrase_text(head: Token) -> str | None:
    return role_text(noun_phrase(head))


def text_of(tokens: list[Token]) -> str:
    """The text from the first to the last token, as written."""
    doc = tokens[0].doc
    return doc[tokens[0].i: tokens[-1].i + 1].text.strip(" ,")


def role_text(tokens: list[Token]) -> str | None:
    """A role as a bare noun phrase: "the central bank's chief economist" -> "central bank's ..."."""
    while tokens and (tokens[0].dep_ == "det" or tokens[0].tag_ == "PRP$"):
        tokens = tokens[1:]
    if not tokens or all(t.tag_ == "CD" or t.is_punct for t in tokens):
        return None  # "Sunita Devi, 52," gives an age, not a role
    return text_of(tokens)


def gender_of(words: list[str]) -> str | None:
    if any(w in MALE_WORDS for w in words):
        return "male"
    if any(w in FEMALE_WORDS for w in words):
        return "female"
    return None


def first_name_gender(name: list[Token]) -> str | None:
    """The gender a given name among the first two words of a full name tells, if any."""
    for token in name[:2]:
        if token.lower_ in MALE_GIVEN_NAMES:
            return "male"
        if token.lower_ in FEMALE_GIVEN_NAMES:
            return "female"
    return None


def last_word(text: str | None) -> str:
    """The head noun of a role: "City spokesman" -> spokesman, "mayor of Springfield" -> mayor."""
    words = (text or "").lower().split()
    cut = next((i for i, w in enumerate(words) if w in ROLE_PREPOSITIONS and i > 0), len(words))
    return singular(words[cut - 1]) if words else ""


def singular(noun: str) -> str:
    """Rough singular of an English noun, enough to match "officials" with "official"."""
    if noun.endswith("men"):
        return noun[:-3] + "man"
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("sses", "ches", "shes", "xes")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3:
        return noun[:-1]
    return noun
