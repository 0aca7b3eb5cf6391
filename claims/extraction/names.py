"""People's names: "Russian Foreign Minister Sergey Lavrov" -> name "Sergey Lavrov", role
"Russian Foreign Minister"; first names the recogniser left out, quoted nicknames, and personal
names it typed as bodies.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import CORPORATE_SUFFIXES, HONORIFICS, ORGANIZATION_NOUNS, PERSON_NOUNS, TITLE_WORDS
from .phrases import (POSSESSIVE, MentionDraft, appositive_role, entity_around, first_name_gender, gender_of,
                      last_word, modifiers_before, names_people, phrase_text, text_of)
from .spans import token_span

if TYPE_CHECKING:
    from spacy.tokens import Span as EntitySpan
    from spacy.tokens import Token


def reads_as_personal_name(head: Token) -> bool:
    """"his daughter, Claire Varney Holt,", which the recogniser took for a body: two to four
    capitalised words, none an institution noun or a corporate suffix."""
    entity = entity_around(head)
    tokens = list(entity) if entity is not None else [head]
    tokens = [c for c in head.children if c.dep_ == "compound" and c.i < tokens[0].i] + tokens  # "Ana" + "Reyes"
    words = [t.text for t in tokens]
    return 2 <= len(words) <= 4 and all(
        w.isalpha() and w[:1].isupper() and w[1:].islower() and w.lower() not in ORGANIZATION_NOUNS
        and w.lower() not in CORPORATE_SUFFIXES for w in words)


def person_draft(entity: EntitySpan, head: Token, base: int, role_phrase: Token | None = None) -> MentionDraft:
    """A named person; titles inside the entity and modifiers before it make the role."""
    entity = _with_first_name(entity)
    tokens = [t for t in entity if t.text not in POSSESSIVE]
    titles = []
    while len(tokens) > 1 and tokens[0].lower_ in TITLE_WORDS | HONORIFICS:
        titles.append(tokens.pop(0))
    honorifics = [t.lower_ for t in entity.doc[max(0, entity.start - 1): entity.start] if t.lower_ in HONORIFICS]
    runs = _without_nickname(tokens)
    name = " ".join(text_of(run) for run in runs)
    if role_phrase is None and entity.root.dep_ == "appos" and names_people(entity.root.head):
        role_phrase = entity.root.head  # "Okoro's nephew, Daniel Okoro": his role and gender
    role = _person_role(entity, titles, role_phrase)
    words = [t.lower_ for t in titles] + honorifics + (role.lower().split() if role else [])
    if role_phrase is not None:
        words.append(role_phrase.lower_)  # "His wife of 51 years, the former Ellen Marchetti"
    gender = gender_of(words) or (first_name_gender(tokens) if len(tokens) > 1 else None)
    return MentionDraft(name, token_span(tokens, base), "name", "person", name, role,
                        frozenset(t.lower_ for run in runs for t in run), last_word(role), False, gender)


def _with_first_name(entity: EntitySpan) -> EntitySpan:
    """"goalkeeper Anders Holm", recognised as "Holm" only: a capitalised word compounded on a
    one-word name, and not a title or a noun for a role or body, is the first name; so is the
    word before a quoted nickname ("Thomas “Tuck” Varney")."""
    doc = entity.doc
    if len(entity) != 1 or entity.start == 0:
        return entity
    from spacy.tokens import Span as EntitySpan  # spaCy is loaded lazily (see ``model``)

    nickname = _nickname_before(entity.start, doc)
    if nickname is not None:
        return EntitySpan(doc, nickname[0] - 1, entity.end, label=entity.label_)
    if not _is_first_name(doc[entity.start - 1], entity.start):
        return entity
    return EntitySpan(doc, entity.start - 1, entity.end, label=entity.label_)


def _is_first_name(token: Token, surname: int) -> bool:
    return token.tag_ == "NNP" and token.head.i == surname and token.dep_ in ("compound", "nmod") \
        and token.text.isalpha() and token.text[0].isupper() and token.text[1:].islower() \
        and token.lower_ not in TITLE_WORDS | HONORIFICS | PERSON_NOUNS | ORGANIZATION_NOUNS


def _nickname_before(surname: int, doc) -> tuple[int, int] | None:
    """The token range of a quoted nickname right before a surname with a first name before it
    (“Tuck” in "Thomas “Tuck” Varney"), including its marks."""
    if surname < 4 or not doc[surname - 1].is_quote or not doc[surname - 3].is_quote:
        return None
    word, first = doc[surname - 2], doc[surname - 4]
    if not (word.text[:1].isupper() and word.text.isalpha()) or not _is_first_name(first, surname):
        return None
    return surname - 3, surname


def _without_nickname(tokens: list[Token]) -> list[list[Token]]:
    """A name's tokens in runs, without a quoted nickname inside it ("Thomas", "Varney")."""
    marks = [i for i, t in enumerate(tokens) if t.is_quote]
    if len(marks) != 2 or not 0 < marks[0] < marks[1] < len(tokens) - 1:
        return [tokens]
    return [tokens[:marks[0]], tokens[marks[1] + 1:]]


def _person_role(entity: EntitySpan, titles: list[Token], role_phrase: Token | None) -> str | None:
    """The role of a named person, from the first place that gives one.

    1. Titles and modifiers before the name ("Russian Foreign Minister Sergey Lavrov").
    2. An appositive ("John Smith, the mayor of X") or the noun the name is appositive to
       ("The ministry's spokeswoman, Maria Zakharova").
    3. An affiliation after the name ("Kevin Marsh of Marsh Research").
    """
    role_tokens = modifiers_before(entity.root, entity.start) + [t for t in titles if t.lower_ not in HONORIFICS]
    if role_tokens:
        return text_of(sorted(role_tokens, key=lambda t: t.i))
    role = appositive_role(entity.root) or (phrase_text(role_phrase) if role_phrase is not None else None)
    if role:
        return role
    affiliation = next((c for c in entity.root.children if c.dep_ == "prep" and c.lower_ in ("of", "at", "from")
                        and c.i == entity.end), None)
    objects = [c for c in affiliation.children if c.dep_ == "pobj"] if affiliation is not None else []
    return phrase_text(objects[0]) if objects else None
