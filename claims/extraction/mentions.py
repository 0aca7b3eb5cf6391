"""Reads a speaker phrase off the parse: its words, name, role, type and the cues for coreference.

"Russian Foreign Minister Sergey Lavrov" -> name "Sergey Lavrov", role "Russian Foreign
Minister"; "John Smith, the mayor of X" -> role "mayor of X"; "A senior U.S. defense official,
speaking on condition of anonymity" -> an anonymous official; "The U.N." -> United Nations.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .lexicon import (ACCESS_PARTICIPLES, ANONYMITY_MARKERS, ANONYMOUS_NOUNS, CUE_LEMMAS, DATA_NOUNS,
                      DEFINITE_BARE_NOUNS, DOCUMENT_NOUNS, FEMALE_FIRST_NAMES, FEMALE_WORDS, HONORIFICS,
                      MALE_FIRST_NAMES, MALE_WORDS, ORGANIZATION_NOUNS, PERSON_NOUNS, PERSON_SUFFIXES,
                      TITLE_WORDS, WELL_KNOWN_NAMES)
from .spans import Span, token_span

if TYPE_CHECKING:
    from spacy.tokens import Span as EntitySpan
    from spacy.tokens import Token

_LEFT_MODIFIERS = frozenset({"det", "amod", "compound", "nmod", "poss", "nummod", "quantmod",
                             "advmod", "npadvmod", "case"})
_ROLE_PREPOSITIONS = frozenset({"of", "for", "at", "from", "in", "with"})
_DEFINITE = frozenset({"the", "this", "that"})
_ENTITY_TYPES = {"PERSON": "person", "ORG": "organization", "FAC": "organization",
                 "GPE": "country", "NORP": "group", "LOC": "group"}
_PRONOUN_TYPES = {"he": "person", "she": "person", "him": "person", "her": "person",
                  "they": "group", "them": "group", "it": "organization"}
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
CORPORATE_SUFFIXES = frozenset("inc inc. corp corp. co co. ltd ltd. llc plc group holdings ag sa s.a. gmbh".split())
_COMPANY_NOUNS = frozenset({"company", "firm", "group", "organization", "business"})
_COUNTRY_NOUNS = frozenset({"country", "nation", "government"})
_PLACE_NOUNS = frozenset("city town county state village province region borough township".split())
_BUSINESS_NOUNS = frozenset("""company firm bank airline carrier manufacturer automaker retailer insurer
    corporation business startup operator group network newspaper broadcaster station channel""".split())
_PUBLIC_BODY_NOUNS = ORGANIZATION_NOUNS - _BUSINESS_NOUNS
BUSINESS_HEADS = _BUSINESS_NOUNS | frozenset("""lender carmaker chain grocer supermarket miner brewer
    bank chipmaker drugmaker pharmaceutical conglomerate supplier producer developer exchange""".split())
"""Heads of "the bank", "the lender": a later name for a company whatever its own name says."""
_INSTITUTION_NOUNS = frozenset("museum gallery library theatre theater zoo trust society".split())
_REGULATOR_NAME_WORDS = frozenset({"authority", "commission", "regulator", "watchdog"})
_AGENCY_NAME_WORDS = frozenset("""agency administration bureau center centre commission authority service
    office organization organisation institute survey""".split())
"""Words naming a public body that a later "the agency" means ("Centers for Disease Control and
Prevention", "World Health Organization", "Federal Aviation Administration")."""
_NEWS_AGENCIES = frozenset({"reuters", "associated press", "ap", "afp", "agence france-presse", "bloomberg"})


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


def draft_mention(head: Token, base: int) -> MentionDraft:
    """The speaker phrase headed by ``head`` (a token of a paragraph Doc at offset ``base``)."""
    compiler = _compiler_of_document(head)
    if compiler is not None:
        draft = _single_draft(compiler, base)
        return replace(draft, definite=True) if draft.form == "nominal" else draft
    head = _author_of_document(head)
    partners = [c for c in head.children if c.dep_ == "conj"]
    if partners and any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in head.children):
        return _coordinated_draft(head, partners, base)
    return _single_draft(head, base)


def _compiler_of_document(head: Token) -> Token | None:
    """The body a name or noun compounded on a document stands for: "a Springfield Police
    Department news release" and "LSEG data" speak for the named body, "according to department
    data" for the department (the one it means, hence definite). "A police report" stays a report."""
    if head.lower_ not in DOCUMENT_NOUNS and head.lower_ not in DATA_NOUNS:
        return None
    compounds = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
    named = [c for c in compounds if c.tag_ in ("NNP", "NNPS")]
    if named:
        return named[-1]
    if head.lower_ in DATA_NOUNS and compounds and compounds[-1].i == head.i - 1 \
            and compounds[-1].lower_ in ORGANIZATION_NOUNS:
        return compounds[-1]
    return None


def _single_draft(head: Token, base: int) -> MentionDraft:
    if head.tag_ == "PRP":
        return MentionDraft(head.text, token_span([head], base), "pronoun",
                            _PRONOUN_TYPES.get(head.lower_, "person"), head.text,
                            gender=_gender([head.lower_]))
    entity = entity_around(head)
    if entity is not None and (entity.label_ == "PERSON" or _reads_as_person(entity, head)):
        return person_draft(entity, head, base)
    if entity is not None and entity.label_ in _ENTITY_TYPES:
        return named_draft(entity, base)
    appositive = _named_appositive(head)
    if appositive is not None:
        draft = person_draft(entity_around(appositive), appositive, base, role_phrase=head)
        description = _nominal_draft(head, base)
        return replace(draft, described=description) if description.definite else draft
    body = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "ORG"), None)
    if body is not None and head.tag_ in ("NN", "NNS"):  # "Lakeview's owner, Cedar Health Group,"
        return named_draft(entity_around(body), base)
    if head.tag_ in ("NNP", "RB") and head.text[:1].isupper():  # RB: a name the parser took for an adverb
        return _unrecognised_name(head, base)
    return _nominal_draft(head, base)


def _named_appositive(head: Token) -> Token | None:
    """The person a role phrase names: "The ministry's spokeswoman, Maria Zakharova" or, as the
    parser often attaches it, "A spokeswoman for Acme, Jane Roe" (appositive to "Acme")."""
    holders = [head] + [o for p in head.children if p.dep_ == "prep" and p.lower_ in _ROLE_PREPOSITIONS
                        for o in p.children if o.dep_ == "pobj"]
    people = names_people(head)
    if not people:
        holders = holders[:1]
    return next((c for h in holders for c in h.children if c.dep_ == "appos" and (
        c.ent_type_ == "PERSON" or people and h is head and reads_as_personal_name(c))), None)


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


def _coordinated_draft(head: Token, partners: list[Token], base: int) -> MentionDraft:
    """"Russia and China said": several speakers, reported together as a group."""
    first, last = _single_draft(head, base), _single_draft(partners[-1], base)
    span = (first.span[0], last.span[1])
    text = head.doc.text[span[0] - base: span[1] - base]
    return MentionDraft(text, span, "nominal", "group", text)


def entity_draft(entity: EntitySpan, base: int) -> MentionDraft:
    """A named entity seen anywhere in the text, as a mention of one person or body."""
    return _single_draft(entity.root, base)


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


def person_draft(entity: EntitySpan, head: Token, base: int, role_phrase: Token | None = None) -> MentionDraft:
    """A named person; titles inside the entity and modifiers before it make the role."""
    entity = _with_first_name(entity)
    tokens = [t for t in entity if t.text not in _POSSESSIVE]
    titles = []
    while len(tokens) > 1 and tokens[0].lower_ in TITLE_WORDS | HONORIFICS:
        titles.append(tokens.pop(0))
    honorifics = [t.lower_ for t in entity.doc[max(0, entity.start - 1): entity.start] if t.lower_ in HONORIFICS]
    runs = _without_nickname(tokens)
    name = " ".join(_text_of(run) for run in runs)
    if role_phrase is None and entity.root.dep_ == "appos" and names_people(entity.root.head):
        role_phrase = entity.root.head  # "Okoro's nephew, Daniel Okoro": his role and gender
    role = _person_role(entity, titles, role_phrase)
    words = [t.lower_ for t in titles] + honorifics + (role.lower().split() if role else [])
    if role_phrase is not None:
        words.append(role_phrase.lower_)  # "His wife of 51 years, the former Ellen Marchetti"
    gender = _gender(words) or (_first_name_gender(tokens) if len(tokens) > 1 else None)
    return MentionDraft(name, token_span(tokens, base), "name", "person", name, role,
                        frozenset(t.lower_ for run in runs for t in run), _last_word(role), False, gender)


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
    role_tokens = _modifiers_before(entity.root, entity.start) + [t for t in titles if t.lower_ not in HONORIFICS]
    if role_tokens:
        return _text_of(sorted(role_tokens, key=lambda t: t.i))
    role = _appositive_role(entity.root) or (_phrase_text(role_phrase) if role_phrase is not None else None)
    if role:
        return role
    affiliation = next((c for c in entity.root.children if c.dep_ == "prep" and c.lower_ in ("of", "at", "from")
                        and c.i == entity.end), None)
    objects = [c for c in affiliation.children if c.dep_ == "pobj"] if affiliation is not None else []
    return _phrase_text(objects[0]) if objects else None


def named_draft(entity: EntitySpan, base: int) -> MentionDraft:
    """An organisation, country or people named by an entity ("The U.N.", "Ukraine")."""
    tokens = [t for t in entity if t.text not in _POSSESSIVE]
    if tokens[0].lower_ == "the":
        tokens = tokens[1:] or tokens
    name = _text_of(tokens)
    canonical, kind = _well_known(name) or (name, _ENTITY_TYPES[entity.label_])
    shown = tokens
    before = entity.start - 1
    if before >= 0 and entity.doc[before].lower_ == "the" and entity.start <= entity.doc[before].head.i < entity.end:
        shown = [entity.doc[before], *tokens]
    nouns = _generic_nouns(canonical, kind) | _noun_before_name(entity)
    return MentionDraft(_text_of(shown), token_span(shown, base), "named", kind, canonical,
                        head=canonical.split()[-1].lower(), generic_nouns=nouns)


def _noun_before_name(entity: EntitySpan) -> frozenset[str]:
    """"the journal Diabetologia Open", "the retailer Harwell Stores": the common noun the name
    stands in apposition to is what a later "the journal" calls it."""
    head = entity.root.head
    if entity.root.dep_ == "appos" and head.i == entity.start - 1 and head.tag_ in ("NN", "NNS"):
        return frozenset({singular(head.lower_)})
    return frozenset()


def _generic_nouns(name: str, kind: str) -> frozenset[str]:
    """Nouns a later "the ..." may use: "the company" for "Orbital Systems" or "Acme Inc.", "the
    museum" for "Lakeshore Museum of Art", "the regulator" for "Financial Conduct Authority",
    "the country" for "Japan"."""
    if kind == "country":  # "the city" for "City of Harlow Falls", "the county" for "Dane County"
        return _COUNTRY_NOUNS | {singular(w.lower()) for w in name.split()} & _PLACE_NOUNS
    if kind != "organization":
        return frozenset()
    words = {singular(w.lower()) for w in name.split()}
    nouns = {"organization", "group"} | (words & (ORGANIZATION_NOUNS | _INSTITUTION_NOUNS | _PLACE_NOUNS))
    if words & _REGULATOR_NAME_WORDS:
        nouns |= {"regulator", "watchdog"}
    if words & _AGENCY_NAME_WORDS:
        nouns.add("agency")
    if name.lower() in _NEWS_AGENCIES:
        return frozenset(nouns)
    if words & CORPORATE_SUFFIXES or not words & (_PUBLIC_BODY_NOUNS | _INSTITUTION_NOUNS | _PLACE_NOUNS):
        nouns |= _COMPANY_NOUNS
    return frozenset(nouns)


def _unrecognised_name(head: Token, base: int) -> MentionDraft:
    """A proper noun the entity recogniser missed: a person unless it names an institution
    ("the Refugee Council", "Ukraine's General Staff", "the Federal Mediation and Conciliation
    Service", an acronym such as "LSEG")."""
    body_tokens = _proper_name_run(head)
    body_name = _text_of(body_tokens)
    if any(t.lower_ in ORGANIZATION_NOUNS for t in body_tokens) or body_name.isalpha() and body_name.isupper() \
            and len(body_name) > 1:
        known = _well_known(body_name)
        if known:
            return MentionDraft(body_name, token_span(body_tokens, base), "named", known[1], known[0])
        return MentionDraft(body_name, token_span(body_tokens, base), "named", "organization", body_name,
                            head=head.lower_)
    tokens = sorted([c for c in head.children if c.dep_ == "compound" and c.tag_ == "NNP"] + [head],
                    key=lambda t: t.i)
    while len(tokens) > 1 and tokens[0].lower_ in HONORIFICS | TITLE_WORDS:
        tokens = tokens[1:]  # British "Dr Marsh" (no stop) is a title and a surname
    name = _text_of(tokens)
    known = _well_known(name)
    if known:
        return MentionDraft(name, token_span(tokens, base), "named", known[1], known[0])
    body = unrecognised_body(head, base)
    if body is not None:
        return body
    role = _appositive_role(head)  # "Priyanka Deshmukh, an oil analyst at Commerzbank,"
    gender = _gender((role or "").lower().split()) or (
        _first_name_gender(tokens) if len(tokens) > 1 else None)
    return MentionDraft(name, token_span(tokens, base), "name", "person", name, role,
                        frozenset(t.lower_ for t in tokens), _last_word(role), gender=gender)


def _proper_name_run(head: Token) -> list[Token]:
    """The capitalised words before ``head`` that name it with it, across "and"/"&" inside the
    name ("Federal Mediation and Conciliation Service"), stopping at an article or possessive."""
    doc, start = head.doc, head.i
    while start > 0:
        before = doc[start - 1]
        joins = before.lower_ in ("and", "&") and start > 1 and doc[start - 2].tag_ == "NNP"
        if not (before.tag_ in ("NNP", "NNPS") and before.text[:1].isupper() or joins) \
                or before.ent_type_ in ("GPE", "PERSON"):
            break
        start -= 1
    return list(doc[start: head.i + 1])


def unrecognised_body(head: Token, base: int) -> MentionDraft | None:
    """A company name the recogniser missed, known by a plural proper noun or a corporate suffix
    ("Kestrel Outdoor Brands", "Helio Ridge Partners", "Acme Corp"): a person's name is never
    plural. None for anything else."""
    if head.ent_type_ or not (head.tag_ == "NNPS" or head.tag_ == "NNP" and head.lower_ in CORPORATE_SUFFIXES):
        return None
    tokens = [head]
    while tokens[0].i > 0 and (left := head.doc[tokens[0].i - 1]).dep_ == "compound" \
            and left.tag_ in ("NNP", "NNPS") and left.head in tokens:
        tokens.insert(0, left)  # "Kestrel" -> "Outdoor" -> "Brands"
    if len(tokens) < 2:
        return None  # "Democrats" alone is a group, not a name
    name = _text_of(tokens)
    return MentionDraft(name, token_span(tokens, base), "named", "organization", name, head=head.lower_,
                        generic_nouns=_generic_nouns(name, "organization"))


def _nominal_draft(head: Token, base: int) -> MentionDraft:
    """A common-noun speaker: "A senior U.S. defense official", "Ukrainian authorities"."""
    tokens = _noun_phrase(head)
    text = _text_of(tokens)
    phrase = " ".join(t.lower_ for t in head.subtree)
    anonymous = head.lower_ in ANONYMOUS_NOUNS or any(m in phrase for m in ANONYMITY_MARKERS)
    plural = head.tag_ in ("NNS", "NNPS")
    if anonymous:
        kind = "anonymous"
    elif head.lower_ in ORGANIZATION_NOUNS or not names_people(head):
        kind = "organization"
    else:
        kind = "group" if plural else "person"
    # the parser may hang "The" on a modifier: "The Portland, Oregon-based company"
    determiners = [t for t in tokens if t.dep_ == "det" and (t.head.i == head.i or t.i == tokens[0].i)]
    role_tokens = [t for t in tokens if t not in determiners]
    role = _role_text(role_tokens) if role_tokens and (kind == "person" or kind == "anonymous" and not plural) else None
    # "the spokeswoman for Acme", "The Portland, Oregon-based company", not "the head of ..."
    short = len(tokens) <= 3 or kind == "person" or tokens[-1].i == head.i
    possessed = any(c.dep_ == "poss" and c.i < head.i for c in head.children)  # "his daughter"
    definite = bool(determiners) and determiners[0].lower_ in _DEFINITE and short \
        or not determiners and len(tokens) == 1 and head.lower_ in DEFINITE_BARE_NOUNS \
        or possessed and kind == "person" and short
    return MentionDraft(text, token_span(tokens, base), "nominal", kind, text, role,
                        head=singular(head.lower_), definite=definite,
                        gender=_gender([head.lower_]))


def names_people(head: Token) -> bool:
    """"official", "engineer", "residents", "one of the people" name people; "airline" does not."""
    if head.lower_ == "one":
        group = next((o for p in head.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None)
        return group is not None and names_people(group)
    word = singular(head.lower_)
    return word in PERSON_NOUNS or word == "people" or word.endswith(PERSON_SUFFIXES) and word not in DOCUMENT_NOUNS


def _reads_as_person(entity: EntitySpan, head: Token) -> bool:
    """A name the recogniser typed as a body, used like a person: "Smith, who ...", "Ms. Chen",
    "Darnell Price, whose daughter ...". "a Democrat who ..." describes a person, it does not
    name one, and "Acme Corp., which ..." stays a body."""
    if entity.label_ not in ("ORG", "GPE", "NORP"):
        return False
    before = head.doc[entity.start - 1].lower_ if entity.start > 0 else ""
    if before in ("a", "an"):
        return False
    relative = any(c.dep_ == "relcl" and min(c.subtree, key=lambda t: t.i).lower_ in ("who", "whom", "whose")
                   for c in head.children)
    if len(entity) == 1:
        return relative or before in HONORIFICS
    described = any(c.dep_ == "appos" and names_people(c) for c in head.children)  # "X, an oil analyst,"
    return (relative or described) and len(entity) <= 3 and reads_as_personal_name(head)


def _author_of_document(head: Token) -> Token:
    """"A statement from the ministry said" or "the report, published by X," speaks for its author."""
    if head.lower_ not in DOCUMENT_NOUNS:
        return head
    for child in head.children:
        if child.dep_ == "poss":
            return child
        author = _object_of(child, ("from", "by", "of")) if child.dep_ == "prep" else None
        if child.dep_ == "acl" and child.lower_ not in ACCESS_PARTICIPLES:  # "published by X", not "seen by X"
            agents = [c for c in child.children if c.dep_ == "agent"]
            author = _object_of(agents[0], ("by",)) if agents else None
        if author is not None:
            return author
    return head


def document_author(document: Token) -> Token | None:
    """Who issued a document named in passing, for a later "the report" to mean: "a report
    from X", "X's report", or "X said in a report" (the speaker of the cue the "in" hangs on)."""
    author = _author_of_document(document)
    if author.i != document.i:
        return author
    preposition = document.head
    if document.dep_ != "pobj" or preposition.lower_ != "in" or preposition.head.lower_ not in CUE_LEMMAS:
        return None
    return next((c for c in preposition.head.children if c.dep_ == "nsubj"), None)


def _object_of(preposition: Token, words: tuple[str, ...]) -> Token | None:
    if preposition.lower_ not in words:
        return None
    return next((c for c in preposition.children if c.dep_ == "pobj"), None)


def _noun_phrase(head: Token) -> list[Token]:
    """The head with its left modifiers, role-like "of/for/at" phrases and adjective or participle
    phrases after it, no clauses."""
    chosen = [head]
    for child in head.children:
        if child.i < head.i and child.dep_ in _LEFT_MODIFIERS:
            chosen.extend(child.subtree)
        elif child.i > head.i and (child.dep_ == "amod" or child.dep_ == "acl" and child.tag_ == "VBN"
                                   and child.lower_ not in ACCESS_PARTICIPLES):
            chosen.extend(_without_trailing_date(list(child.subtree)))  # "people familiar with X"
        elif child.i > head.i and child.dep_ == "prep" and child.lower_ in _ROLE_PREPOSITIONS:
            chosen.append(child)
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                chosen.extend(_noun_phrase(pobj))  # "at a clinic in X", not "X who has ..."
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


def _modifiers_before(root: Token, name_start: int) -> list[Token]:
    """Role words before a name: compounds and adjectives, without articles or possessors."""
    role: list[Token] = []
    for child in root.children:
        if child.i < name_start and child.dep_ in ("compound", "amod", "nmod"):
            role.extend(t for t in child.subtree
                        if t.dep_ not in ("det", "poss", "case") and t.lower_ not in HONORIFICS)
    return role


def _appositive_role(root: Token) -> str | None:
    """"Fatima Noor, 34, a teacher": the first appositive that is not an age."""
    roles = (_phrase_text(c) for c in root.children if c.dep_ == "appos")
    return next((role for role in roles if role), None)


def _phrase_text(head: Token) -> str | None:
    return _role_text(_noun_phrase(head))


def _text_of(tokens: list[Token]) -> str:
    """The text from the first to the last token, as written."""
    doc = tokens[0].doc
    return doc[tokens[0].i: tokens[-1].i + 1].text.strip(" ,")


def _role_text(tokens: list[Token]) -> str | None:
    """A role as a bare noun phrase: "the central bank's chief economist" -> "central bank's ..."."""
    while tokens and (tokens[0].dep_ == "det" or tokens[0].tag_ == "PRP$"):
        tokens = tokens[1:]
    if not tokens or all(t.tag_ == "CD" or t.is_punct for t in tokens):
        return None  # "Sunita Devi, 52," gives an age, not a role
    return _text_of(tokens)


def _well_known(name: str) -> tuple[str, str] | None:
    if name.islower():  # "us", "who" as words, not abbreviations
        return None
    return WELL_KNOWN_NAMES.get(name.lower())


def _gender(words: list[str]) -> str | None:
    if any(w in MALE_WORDS for w in words):
        return "male"
    if any(w in FEMALE_WORDS for w in words):
        return "female"
    return None


def _first_name_gender(name: list[Token]) -> str | None:
    """The gender a given name among the first two words of a full name tells, if any."""
    for token in name[:2]:
        if token.lower_ in MALE_FIRST_NAMES:
            return "male"
        if token.lower_ in FEMALE_FIRST_NAMES:
            return "female"
    return None


def _last_word(text: str | None) -> str:
    """The head noun of a role: "City spokesman" -> spokesman, "mayor of Springfield" -> mayor."""
    words = (text or "").lower().split()
    cut = next((i for i, w in enumerate(words) if w in _ROLE_PREPOSITIONS and i > 0), len(words))
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
