"""Reads a speaker phrase off the parse: its words, name, role, type and the cues for coreference.

People's names are read in ``names``; here the phrase is sorted into pronoun, person, body or
description: "A senior U.S. defense official, speaking on condition of anonymity" -> an anonymous
official; "The U.N." -> United Nations; "a statement from the ministry" -> the ministry; "the
Federal Mediation and Conciliation Service", a name the recogniser missed -> a body.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .lexicon import (ACCESS_PARTICIPLES, ANONYMITY_MARKERS, ANONYMOUS_NOUNS, CORPORATE_SUFFIXES, CUE_LEMMAS,
                      DATA_NOUNS, DEFINITE_BARE_NOUNS, DOCUMENT_NOUNS, HONORIFICS, ORGANIZATION_NOUNS,
                      TITLE_WORDS, WELL_KNOWN_NAMES)
from .names import person_draft, reads_as_personal_name
from .phrases import (POSSESSIVE, ROLE_PREPOSITIONS, MentionDraft, appositive_role, entity_around,
                      first_name_gender, gender_of, last_word, names_people, noun_phrase, role_text,
                      singular, text_of)
from .spans import token_span

if TYPE_CHECKING:
    from spacy.tokens import Span as EntitySpan
    from spacy.tokens import Token

_DEFINITE = frozenset({"the", "this", "that"})
_ENTITY_TYPES = {"PERSON": "person", "ORG": "organization", "FAC": "organization",
                 "GPE": "country", "NORP": "group", "LOC": "group"}
_PRONOUN_TYPES = {"he": "person", "she": "person", "him": "person", "her": "person",
                  "they": "group", "them": "group", "it": "organization"}
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
                            gender=gender_of([head.lower_]))
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
    holders = [head] + [o for p in head.children if p.dep_ == "prep" and p.lower_ in ROLE_PREPOSITIONS
                        for o in p.children if o.dep_ == "pobj"]
    people = names_people(head)
    if not people:
        holders = holders[:1]
    return next((c for h in holders for c in h.children if c.dep_ == "appos" and (
        c.ent_type_ == "PERSON" or people and h is head and reads_as_personal_name(c))), None)


def _coordinated_draft(head: Token, partners: list[Token], base: int) -> MentionDraft:
    """"Russia and China said": several speakers, reported together as a group."""
    first, last = _single_draft(head, base), _single_draft(partners[-1], base)
    span = (first.span[0], last.span[1])
    text = head.doc.text[span[0] - base: span[1] - base]
    return MentionDraft(text, span, "nominal", "group", text)


def entity_draft(entity: EntitySpan, base: int) -> MentionDraft:
    """A named entity seen anywhere in the text, as a mention of one person or body."""
    return _single_draft(entity.root, base)


def named_draft(entity: EntitySpan, base: int) -> MentionDraft:
    """An organisation, country or people named by an entity ("The U.N.", "Ukraine")."""
    tokens = [t for t in entity if t.text not in POSSESSIVE]
    if tokens[0].lower_ == "the":
        tokens = tokens[1:] or tokens
    name = text_of(tokens)
    canonical, kind = _well_known(name) or (name, _ENTITY_TYPES[entity.label_])
    shown = tokens
    before = entity.start - 1
    if before >= 0 and entity.doc[before].lower_ == "the" and entity.start <= entity.doc[before].head.i < entity.end:
        shown = [entity.doc[before], *tokens]
    nouns = _generic_nouns(canonical, kind) | _noun_before_name(entity)
    return MentionDraft(text_of(shown), token_span(shown, base), "named", kind, canonical,
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
    body_name = text_of(body_tokens)
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
    name = text_of(tokens)
    known = _well_known(name)
    if known:
        return MentionDraft(name, token_span(tokens, base), "named", known[1], known[0])
    body = unrecognised_body(head, base)
    if body is not None:
        return body
    role = appositive_role(head)  # "Priyanka Deshmukh, an oil analyst at Commerzbank,"
    gender = gender_of((role or "").lower().split()) or (
        first_name_gender(tokens) if len(tokens) > 1 else None)
    return MentionDraft(name, token_span(tokens, base), "name", "person", name, role,
                        frozenset(t.lower_ for t in tokens), last_word(role), gender=gender)


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
    name = text_of(tokens)
    return MentionDraft(name, token_span(tokens, base), "named", "organization", name, head=head.lower_,
                        generic_nouns=_generic_nouns(name, "organization"))


def _nominal_draft(head: Token, base: int) -> MentionDraft:
    """A common-noun speaker: "A senior U.S. defense official", "Ukrainian authorities"."""
    tokens = noun_phrase(head)
    text = text_of(tokens)
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
    role = role_text(role_tokens) if role_tokens and (kind == "person" or kind == "anonymous" and not plural) else None
    # "the spokeswoman for Acme", "The Portland, Oregon-based company", not "the head of ..."
    short = len(tokens) <= 3 or kind == "person" or tokens[-1].i == head.i
    possessed = any(c.dep_ == "poss" and c.i < head.i for c in head.children)  # "his daughter"
    definite = bool(determiners) and determiners[0].lower_ in _DEFINITE and short \
        or not determiners and len(tokens) == 1 and head.lower_ in DEFINITE_BARE_NOUNS \
        or possessed and kind == "person" and short
    return MentionDraft(text, token_span(tokens, base), "nominal", kind, text, role,
                        head=singular(head.lower_), definite=definite,
                        gender=gender_of([head.lower_]))


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


def _well_known(name: str) -> tuple[str, str] | None:
    if name.islower():  # "us", "who" as words, not abbreviations
        return None
    return WELL_KNOWN_NAMES.get(name.lower())
