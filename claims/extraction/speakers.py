"""Resolves speaker mentions to the people and bodies of an article (light coreference).

Every named entity and speaker phrase is seen in text order. A surname joins the person whose
full name contains it ("Zelensky" -> "Volodymyr Zelensky", even if the full name appeared only
inside someone else's claim); "he"/"she" join the latest person who was a grammatical subject;
"the official" joins the latest entity known by that noun; "The U.N." and "UN" both become
United Nations.
"""
from __future__ import annotations

from collections import OrderedDict, defaultdict
from collections.abc import Callable

from .attribution import Attribution
from .entities import (AFFILIATION_WORDS, BARE_QUANTIFIERS, BODY_TYPES, GROUP_TYPES,
                       POSSESSIVE_DETERMINERS, QUANTIFIERS, Entity, compatible, may_be_named, person_like,
                       short_keys, short_name_word, take, take_while)
from .lexicon import DOCUMENT_NOUNS
from .mentions import BUSINESS_HEADS, draft_mention
from .observations import Event, observed_events
from .parsed import ParsedArticle
from .phrases import MentionDraft, singular
from .results import SpeakerMention
from .spans import SpanIndex

Resolved = tuple[MentionDraft | None, Entity]
"""A claim's speaker phrase as written (None when inherited silently) and its entity."""


class SpeakerRegistry:
    """The entities of one article, built mention by mention in text order.

    Entities are indexed by name word, canonical name and head noun, and kept in order of
    their latest mention, so resolving stays cheap on very long texts.
    """

    def __init__(self, place_names: set[str] | None = None, lede: tuple[int, int] = (0, 0)) -> None:
        self.entities: list[Entity] = []
        self.lede = lede
        """Where the lede's next paragraph starts and ends: "..., the minister said." in the lede
        may be named there ("Jane Roe told ...")."""
        self._unnamed_in_lede: Entity | None = None
        self.place_names = place_names or set()
        self._index: dict[tuple[str, str], list[Entity]] = defaultdict(list)
        self._keys: dict[int, set[tuple[str, str]]] = defaultdict(set)
        self._recent: OrderedDict[int, Entity] = OrderedDict()
        self._recent_subjects: OrderedDict[int, Entity] = OrderedDict()

    def observe(self, draft: MentionDraft, position: int, *, is_subject: bool = False) -> Entity | None:
        """Record a named entity seen anywhere in the text (not necessarily a speaker)."""
        if draft.form == "name" and draft.canonical.lower() in self.place_names:
            return None  # a place the recogniser took for a person (datelines often are)
        return self.resolve(draft, position, is_subject=is_subject)

    def observe_known(self, draft: MentionDraft, position: int, *, document: str | None = None,
                      is_subject: bool = False) -> None:
        """Bring an entity ``draft`` names back to mind, if it is already known (as the subject
        a later "he" means, if it is one); with a ``document`` noun, the entity is what a later
        "the <document>" means."""
        entity = self._find(draft)
        if entity is not None:
            entity.last_seen = max(entity.last_seen, position)
            if is_subject:
                entity.last_subject = max(entity.last_subject, position)
            if document:
                entity.heads.add(document)
            self._remember(entity, is_subject)

    def observe_possessive(self, draft: MentionDraft, sentence_start: int) -> None:
        """"his"/"her" teach a gender only when they can mean one person alone: the one person
        of a compatible gender named earlier in their sentence, or, when the sentence names
        nobody, the latest person subject. "Ashby won, defeating Tane in the district that
        launched her career" says nothing of Ashby."""
        named = take_while(reversed(self._recent.values()), lambda e: e.last_seen >= sentence_start)
        people = [e for e in named if e.type in ("person", "anonymous")]
        if not people:
            people = take(reversed(self._recent_subjects.values()), lambda e: e.type == "person", 1)
        compatible = [e for e in people if e.gender in (None, draft.gender)]
        if len(compatible) == 1:
            compatible[0].gender = draft.gender

    def resolve(self, draft: MentionDraft, position: int, *, is_subject: bool = True) -> Entity:
        """The entity ``draft`` refers to, creating it when it is new."""
        entity = self._find(draft) or self._named_after_lede(draft, position) \
            or self._named_description(draft)
        if entity is None:
            member = self._member_of_group(draft)
            entity = Entity(*(member or (self._with_body_named(draft), draft.type)))
            if member:
                entity.heads.add("person")  # "the person added" refers back to this one
            self.entities.append(entity)
            if draft.form == "nominal" and draft.definite and draft.type in ("person", "organization") \
                    and position < self.lede[0] \
                    and draft.text.split()[0].lower() not in POSSESSIVE_DETERMINERS:
                self._unnamed_in_lede = entity  # "the housing secretary", not "his attorney"
        if draft.form != "pronoun":
            entity.learn(draft, position, is_subject)
        else:
            entity.last_seen = max(entity.last_seen, position)
            entity.last_subject = max(entity.last_subject, position) if is_subject else entity.last_subject
            entity.gender = entity.gender or draft.gender
        self._remember(entity, is_subject)
        return entity

    def _remember(self, entity: Entity, is_subject: bool) -> None:
        keys = {("canonical", entity.canonical.lower())} | {("head", h) for h in entity.heads}
        keys |= {("name", word) for word in entity.name_tokens} | short_keys(entity)
        for key in keys - self._keys[id(entity)]:
            self._index[key].append(entity)
        self._keys[id(entity)] |= keys
        self._recent[id(entity)] = entity
        self._recent.move_to_end(id(entity))
        if is_subject:
            self._recent_subjects[id(entity)] = entity
            self._recent_subjects.move_to_end(id(entity))

    def _find(self, draft: MentionDraft) -> Entity | None:
        if draft.form == "pronoun":
            return self._antecedent(draft)
        short = self._short_name(draft)
        if short is not None:
            return short
        if draft.form == "name":
            return self._person_named(draft.name_tokens, either_way=True)
        if draft.form == "named":
            return self._latest(("canonical", draft.canonical.lower()), lambda e: True) \
                or self._person_named(frozenset(draft.canonical.lower().split()), either_way=False) \
                or self._name_holding(draft)
        if draft.text.lower() in BARE_QUANTIFIERS:  # "Residents picked through the debris. Many said ..."
            groups = take(reversed(self._recent_subjects.values()), lambda e: e.type == "group", 1)
            return groups[0] if groups else None
        if draft.definite and draft.head:
            found = self._latest(("head", draft.head), lambda e: compatible(e, draft))
            if found is None and draft.head in BUSINESS_HEADS and draft.type == "organization":
                found = self._latest(("head", "company"), lambda e: e.type == "organization")
            if found is None and draft.head == "document":  # "the document" after "an internal review"
                found = max((e for noun in DOCUMENT_NOUNS for e in self._index[("head", noun)]),
                            key=lambda e: e.last_seen, default=None)
            return found
        return self._latest(("canonical", draft.canonical.lower()),
                            lambda e: e.canonical == draft.canonical and e.type == draft.type) \
            or self._name_holding(draft)

    def _name_holding(self, draft: MentionDraft) -> Entity | None:
        """"the board of elections" for "Franklin County Board of Elections", "Red Cross" for
        "International Committee of the Red Cross": two or more words a body's earlier, longer
        name holds."""
        if draft.form == "named":
            words = draft.canonical.lower().split() if draft.type == "organization" else []
        else:
            words = draft.text.lower().split()[1:] if draft.text.lower().startswith("the ") else []
        if len(words) < 2 or draft.type == "person":
            return None
        phrase = " " + " ".join(words) + " "
        holding = [e for e in self._index[("head", draft.head)] if e.type in BODY_TYPES
                   and phrase in " " + e.canonical.lower() + " "]
        return max(holding, key=lambda e: e.last_seen, default=None)

    def _short_name(self, draft: MentionDraft) -> Entity | None:
        """One capitalised word or an acronym for an earlier full name, whatever the recogniser
        called either: "Bell" -> "Marcus Bell" (people go by surname), "Crestline" -> "Crestline
        Motors" (bodies by their first word), "CQC" -> "Care Quality Commission"."""
        word = short_name_word(draft)
        if word is None:
            return None
        acronym = self._latest(("acronym", word), lambda e: e.type in BODY_TYPES) if word.isupper() else None
        if acronym is not None:
            return acronym
        key = word.lower()
        surname = self._first_introduced(("last", key), lambda e: e.type == "person" or person_like(e))
        if surname is not None:
            surname.type = "person"
            return surname
        return self._latest(("first", key), lambda e: e.type == "organization")

    def _named_after_lede(self, draft: MentionDraft, position: int) -> Entity | None:
        """The first new person (or body) in the paragraph after the lede, if named, is the
        lede's unnamed "the housing secretary" (or "the health watchdog")."""
        unnamed = self._unnamed_in_lede
        if unnamed is None or draft.type != unnamed.type or not may_be_named(unnamed, draft):
            return None  # others named in between do not interrupt
        self._unnamed_in_lede = None
        if draft.form not in ("name", "named") or not self.lede[0] <= position < self.lede[1]:
            return None
        unnamed.canonical = draft.canonical
        return unnamed

    def _named_description(self, draft: MentionDraft) -> Entity | None:
        """"says the woman, Ana Reyes, 61": the unnamed woman met before now has a name."""
        if draft.described is None or draft.form != "name":
            return None
        described = self._find(draft.described)
        if described is None or described.type != "person" or described.name_tokens:
            return None
        described.canonical = draft.canonical
        return described

    def _with_body_named(self, draft: MentionDraft) -> str:
        """"Analysts at the bank" after Goldman Sachs: "Analysts at Goldman Sachs". A phrase ending
        in "at/of/for/from the <noun>" names the body that noun refers back to."""
        words = draft.canonical.split()
        if draft.form != "nominal" or len(words) < 4 or words[-3].lower() not in AFFILIATION_WORDS \
                or words[-2].lower() != "the":
            return draft.canonical
        noun = words[-1].lower()
        body = self._latest(("head", singular(noun)), lambda e: e.type in BODY_TYPES)
        if body is None and singular(noun) in BUSINESS_HEADS:
            body = self._latest(("head", "company"), lambda e: e.type == "organization")
        return " ".join(words[:-2] + [body.canonical]) if body is not None else draft.canonical

    def _member_of_group(self, draft: MentionDraft) -> tuple[str, str] | None:
        """"one of the people" after "three people familiar with the matter" is "one of the people
        familiar with the matter"."""
        words = draft.text.lower().split()
        if draft.form != "nominal" or len(words) != 4 or words[:3] != ["one", "of", "the"]:
            return None
        group = self._latest(("head", singular(words[3])), lambda e: e.type in ("group", "anonymous"))
        if group is None:
            return None
        rest = group.canonical.split()
        if len(rest) > 1 and (rest[0].lower() in QUANTIFIERS or rest[0].isdigit()):
            rest = rest[1:]
        return "one of the " + " ".join(rest), "anonymous" if group.type == "anonymous" else "person"

    def _person_named(self, words: frozenset[str], *, either_way: bool) -> Entity | None:
        """The latest person whose name holds ``words`` ("Zelensky"), or, ``either_way``, whose
        name is held by them (a fuller name introduced later)."""
        candidates = {id(e): e for word in words for e in self._index[("name", word)]}
        matching = [e for e in candidates.values() if e.type == "person" and (
            words <= e.name_tokens or (either_way and e.name_tokens <= words))]
        return max(matching, key=lambda e: e.last_seen, default=None)

    def _antecedent(self, draft: MentionDraft) -> Entity | None:
        """he/she: the latest person subject of a compatible gender; it: the latest body or
        country; they: the latest group or body (a country is "it" in news)."""
        word = draft.text.lower()
        if word in ("he", "she", "him", "her"):
            def accepts(e: Entity) -> bool:
                return e.type in ("person", "anonymous") and e.gender in (None, draft.gender)
        else:
            wanted = BODY_TYPES if word == "it" else GROUP_TYPES - {"country"}

            def accepts(e: Entity) -> bool:
                return e.type in wanted
        for recent in (self._recent_subjects, self._recent):
            found = take(reversed(recent.values()), accepts, 1)
            if found:  # the latest compatible subject; given names and role nouns tell the gender
                return found[0]
        return None

    def _first_introduced(self, key: tuple[str, str], accepts: Callable[[Entity], bool]) -> Entity | None:
        """For a bare surname several people share ("Mr. Varney" after his son Peter Varney): the
        one introduced first, whom news style calls by surname alone; relatives get full names."""
        return next((e for e in self._index[key] if accepts(e)), None)

    def _latest(self, key: tuple[str, str], accepts: Callable[[Entity], bool]) -> Entity | None:
        matching = [e for e in self._index[key] if accepts(e)]
        return max(matching, key=lambda e: e.last_seen, default=None)


def speaker_mention(draft: MentionDraft | None, entity: Entity) -> SpeakerMention:
    """The output record: the words as written, the entity's name, role and type."""
    role = entity.role or (draft.role if draft is not None else None)
    kind = entity.type
    if draft is not None and draft.form != "pronoun" and draft.type == "anonymous":
        kind = "anonymous"
    return SpeakerMention(
        mention=draft.text if draft is not None else None,
        mention_span=draft.span if draft is not None else None,
        canonical=entity.canonical,
        role=role,
        type=kind,
    )


def resolve_speakers(parsed: ParsedArticle, attributions: list[Attribution]) -> dict[int, Resolved]:
    """Each attribution's speaker phrase and entity, by ``id(attribution)``.

    1. Named entities and speaker phrases are visited in text order, so each mention is
       resolved against what the reader has seen so far.
    2. Attributions without a speaker phrase then take their parent's entity.
    """
    places = {part.strip().lower() for part in (parsed.dateline or "").split(",") if part.strip()}
    body = [paragraph.start for paragraph in parsed.paragraphs if not paragraph.is_headline]
    registry = SpeakerRegistry(places, (body + [10**12] * 3)[1:3] if body else (0, 0))
    events = observed_events(parsed, SpanIndex(a.content_span for a in attributions))
    for attribution in attributions:
        if attribution.speaker is not None:
            draft = draft_mention(attribution.speaker, attribution.paragraph.start)
            events.append(Event(draft.span[0], 1, draft, attribution, True))
    events.sort(key=lambda event: (event.position, event.order))
    resolved: dict[int, Resolved] = {}
    for position, _, draft, attribution, is_subject, known_only, document, sentence_start in events:
        if sentence_start is not None:
            registry.observe_possessive(draft, sentence_start)
        elif known_only or document:
            registry.observe_known(draft, position, document=document, is_subject=is_subject)
        elif attribution is None:
            registry.observe(draft, position, is_subject=is_subject)
        else:
            resolved[id(attribution)] = (draft, registry.resolve(draft, position))
            resolved[id(attribution)][1].last_spoke = position
    for attribution in attributions:
        if id(attribution) not in resolved:
            resolved[id(attribution)] = _inherited_speaker(attribution, resolved, registry)
    return resolved


def _inherited_speaker(attribution: Attribution, resolved: dict[int, Resolved],
                       registry: SpeakerRegistry) -> Resolved:
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
