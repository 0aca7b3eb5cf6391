"""A transparent 0-1 score of how worth checking a claim is, from a few visible features.

Starting from 0.3, each feature adds or takes away a fixed amount:

==========================================  ======
feature                                     weight
==========================================  ======
has a quantity (figure, money, percent)     +0.25
names an entity (person, body, place)       +0.10
comparative or superlative ("biggest")      +0.10
speaker is an official/body or has a role   +0.10
has a resolved date                         +0.05
hedged ("may", "probably", "possibly")      -0.10
opinion or feeling ("optimistic", "truth")  -0.15
a question                                  -0.20
shorter than four words                     -0.20
==========================================  ======

The result is clamped to [0, 1] and rounded to two decimals.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .results import DateMention, Quantity, SpeakerMention

if TYPE_CHECKING:
    from spacy.tokens import Token

BASE_SCORE = 0.3
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "LAW"})
_COMPARATIVE_TAGS = frozenset({"JJR", "JJS", "RBR", "RBS"})
_HEDGES = frozenset("may might could probably possibly perhaps likely unlikely reportedly allegedly "
                    "apparently seem seems seemed appear appears appeared".split())
_OPINION = frozenset("""
    think believe feel felt hope hopes optimistic pessimistic truth great terrible wonderful
    awful good bad beautiful shameful disgraceful outrageous amazing incredible love hate
    must should wish proud sad happy tragic heroic
""".split())
_OFFICIAL_TYPES = frozenset({"organization", "country"})


def checkworthiness(
    tokens: Sequence[Token],
    quantities: Sequence[Quantity],
    speaker: SpeakerMention | None,
    dates: Sequence[DateMention],
) -> float:
    """The score for a claim whose content is ``tokens`` (see the module table)."""
    words = [t.lower_ for t in tokens if not t.is_punct and not t.is_space]
    score = BASE_SCORE
    score += 0.25 if quantities else 0.0
    score += 0.10 if any(t.ent_type_ in _NAMED for t in tokens) else 0.0
    score += 0.10 if any(t.tag_ in _COMPARATIVE_TAGS for t in tokens) else 0.0
    score += 0.10 if speaker is not None and (speaker.role or speaker.type in _OFFICIAL_TYPES) else 0.0
    score += 0.05 if any(d.value is not None for d in dates) else 0.0
    score -= 0.10 if any(w in _HEDGES for w in words) else 0.0
    score -= 0.15 if any(w in _OPINION for w in words) else 0.0
    score -= 0.20 if tokens and tokens[-1].text == "?" else 0.0
    score -= 0.20 if len(words) < 4 else 0.0
    return round(min(1.0, max(0.0, score)), 2)
