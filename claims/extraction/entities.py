"""The entities speaker mentions resolve to, and the tests of whether a mention may mean one.

An Entity is one person or body of an article; its index keys (surname, first word, acronym)
and the compatibility tests ("the former officer" is not "three loan officers") decide which
earlier entity a later mention means (see ``speakers``).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .lexicon import CORPORATE_SUFFIXES, ORGANIZATION_NOUNS
from .mentions import BUSINESS_HEADS
from .phrases import MentionDraft, singular

GROUP_TYPES = frozenset({"group", "organization", "country", "anonymous"})
BODY_TYPES = frozenset({"organization", "country"})
POSSESSIVE_DETERMINERS = frozenset("his her their its".split())
AFFILIATION_WORDS = frozenset("at of for from with".split())
_ROLE_QUALIFIERS = frozenset("former shadow deputy vice assistant acting interim ex outgoing".split())
BARE_QUANTIFIERS = frozenset("many some most several others few".split())
QUANTIFIERS = frozenset("a the two three four five six several some many multiple various".split())


@dataclass(eq=False)
class Entity:
    """One person or body of the article; canonical name and role improve as mentions come in."""

    canonical: str
    type: str
    role: str | None = None
    name_tokens: frozenset[str] = frozenset()
    heads: set[str] = field(default_factory=set)
    gender: str | None = None
    last_seen: int = -1
    last_subject: int = -1
    last_spoke: int = -1

    def learn(self, draft: MentionDraft, position: int, is_subject: bool) -> None:
        """Take in a new mention: a fuller name, a role, a gender, the latest position."""
        fuller = self.type == "person" or len(draft.canonical.split()) >= len(self.canonical.split())
        if draft.form == "name" and draft.name_tokens > self.name_tokens and fuller:
            self.canonical, self.name_tokens = draft.canonical, draft.name_tokens
        self.role = self.role or draft.role
        self.gender = self.gender or draft.gender
        if draft.head:
            self.heads.add(draft.head)
        self.heads |= draft.generic_nouns
        self.last_seen = max(self.last_seen, position)
        if is_subject:
            self.last_subject = max(self.last_subject, position)


def short_name_word(draft: MentionDraft) -> str | None:
    """The word of a one-word proper-name mention ("Bell", "the CQC"), else None."""
    words = draft.text.split()
    if words and words[0].lower() == "the" and draft.form != "name":
        words = words[1:]
    if len(words) != 1 or draft.type == "country" or not words[0][:1].isupper():
        return None
    word = words[0].strip(".,’'")
    return word if word.isalpha() and len(word) > 1 else None


def short_keys(entity: Entity) -> set[tuple[str, str]]:
    """Index keys for the short forms of a name of two or more words ("Tillwave" for "Tillwave
    Inc.", "Bell" for "Marcus Bell"), and its acronyms: the initials ("SEC"), and for a long
    name also without the last word's ("CDC" for "Centers for Disease Control and Prevention",
    which kept its acronym when the name grew)."""
    words = [w.replace(".", "") for w in entity.canonical.replace("(", " ").replace(")", " ").split()]
    words = [w for w in words if w.isalpha()]
    if len(words) < 2:
        return set()
    keys = {("last", words[-1].lower()), ("first", words[0].lower())}
    capitals = "".join(w if w.isupper() else w[0] for w in words if w[0].isupper())
    if len(capitals) >= 2:
        keys.add(("acronym", capitals))
    if len(capitals) >= 4:
        keys.add(("acronym", capitals[:-1]))
    return keys


_DESCRIPTIVE_BODY_NOUNS = BUSINESS_HEADS | frozenset(
    "regulator watchdog organization organisation body".split())


def may_be_named(unnamed: Entity, draft: MentionDraft) -> bool:
    """Whether ``draft`` can be the name of the lede's unnamed body: "police" is named by a name
    holding "Police", not by "Mohawk Boulevard"; "the health regulator" or "the company" may have
    any name (names rarely hold those words)."""
    if unnamed.type != "organization" or draft.form != "named" or unnamed.heads <= _DESCRIPTIVE_BODY_NOUNS:
        return True
    return bool(unnamed.heads & (draft.generic_nouns | {draft.head}))


def person_like(entity: Entity) -> bool:
    """A name the recogniser took for a body but that reads as a person's: two or three
    capitalised words, none of them an institution noun or a corporate suffix ("Marcus Bell")."""
    words = entity.canonical.split()
    return (entity.type == "organization" and 2 <= len(words) <= 3
            and all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words)
            and not any(w.lower() in ORGANIZATION_NOUNS or w.lower() in CORPORATE_SUFFIXES for w in words))


def compatible(entity: Entity, draft: MentionDraft) -> bool:
    """"The official" may be a person or anonymous; "the ministry" an organisation."""
    people = {"person", "anonymous"}
    return (entity.type in people) == (draft.type in people) and same_affiliation(entity, draft) \
        and same_number(entity, draft)


def same_number(entity: Entity, draft: MentionDraft) -> bool:
    """"the former officer" is not "Three loan officers": one person is not a counted group."""
    words = draft.text.lower().split()
    one = bool(words) and singular(words[-1]) == words[-1]
    first = entity.canonical.split()[0].lower()
    return not (one and (first.isdigit() or first in QUANTIFIERS - {"a", "the"}))


def same_affiliation(entity: Entity, draft: MentionDraft) -> bool:
    """"The spokesman for the Army" is not the earlier spokesman for the Navy: the names in the
    phrase's role must be in the entity's role."""
    named = {w for w in (draft.role or "").split()[1:] if w[:1].isupper()}
    if named and entity.role and not named <= set(entity.role.split()):
        return False
    qualifiers = {w.lower() for w in (entity.role or entity.canonical).split()} & _ROLE_QUALIFIERS
    wanted = {w.lower() for w in draft.text.split()} & _ROLE_QUALIFIERS
    # "the minister" is not the former one, and "the former officer" is not "a senior officer"
    return qualifiers == wanted or not qualifiers and not entity.role


def take(entities: Iterable[Entity], accepts: Callable[[Entity], bool], count: int) -> list[Entity]:
    """The first ``count`` entities that ``accepts`` takes."""
    taken: list[Entity] = []
    for entity in entities:
        if accepts(entity):
            taken.append(entity)
            if len(taken) == count:
                break
    return taken


def take_while(entities: Iterable[Entity], holds: Callable[[Entity], bool]) -> list[Entity]:
    """The leading entities for which ``holds`` is true."""
    taken: list[Entity] = []
    for entity in entities:
        if not holds(entity):
            break
        taken.append(entity)
    return taken
