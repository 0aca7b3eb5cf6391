"""Re-ranking: score a query claim against a bounded list of candidate checks, with reasons.

The score starts from wording similarity and moves with the other evidence: agreeing speakers
and figures pull it towards 1; anything that makes it another claim (another speaker, another
figure, a negation, the opposite direction, a figure from another time) multiplies it down and
caps it below the linking threshold, so a verbatim repeat with "not" added can rank first
among the candidates (the desk wants to see it) but is never linked. Names in the check that
the claim swaps for others lower the score without capping it: real posts often leave out
names a fact-check spells out. Each step that moved the score leaves a reason.
"""
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from . import signals
from .figures import Figure, FigureComparison, compare_figures, read_figures
from .similarity import UNIFORM, TermStats, text_similarity
from .text import match_terms

LINK_THRESHOLD = 0.5
"""Default score from which a claim is linked to a check (the caller's setting may differ)."""
CONFLICT_CEILING = 0.45
"""The highest score a candidate that contradicts the claim can keep (below the threshold)."""
SEMANTIC_WEIGHT = 0.5
"""Share of an embedding cosine in the wording similarity, when the caller supplies one."""
TIME_WINDOW_DAYS = 31
"""Claims with figures stated further apart than this are about different moments."""

# Each factor is what is left of the distance to 1 (agreements) or of the score (conflicts).
_SAME_SPEAKER, _SAME_FIGURE = 0.8, 0.75
_PULL_FROM = 0.4
"""Agreements pull with full strength from this wording similarity up, less below it: the same
speaker or figure says little about a check worded otherwise."""
_OTHER_SPEAKER, _OTHER_FIGURE, _NEGATION, _DIRECTION = 0.8, 0.6, 0.8, 0.8
_OTHER_TIME, _OTHER_YEAR, _FIGURE_NOT_STATED = 0.8, 0.8, 0.85
_SWAPPED_NAMES = 0.85


@dataclass(frozen=True, slots=True)
class MatchQuery:
    """The claim to match: its words, resolved speaker, the day its figures are as of (or the
    period it names), and its figures when the extractor found them (else read from the text)."""

    text: str
    speaker: str | None = None
    as_of: datetime.date | None = None
    period: tuple[datetime.date, datetime.date] | None = None
    figures: tuple[Figure, ...] | None = None


@dataclass(frozen=True, slots=True)
class CheckCandidate:
    """A stored check (or checked claim) to compare with: ``key`` is the caller's id."""

    key: str
    text: str
    speaker: str | None = None
    as_of: datetime.date | None = None
    rating: str | None = None
    url: str | None = None
    figures: tuple[Figure, ...] | None = None


@dataclass(frozen=True, slots=True)
class Match:
    """A candidate with its score in [0, 1] and the reasons, strongest evidence first;
    ``contradicted`` when some evidence makes it another claim (then it is never a link)."""

    candidate: CheckCandidate
    score: float
    reasons: tuple[str, ...]
    contradicted: bool = False

    def is_link(self, threshold: float = LINK_THRESHOLD) -> bool:
        """Whether the claim should be linked to this check, whatever threshold the caller sets."""
        return self.score >= threshold and not self.contradicted

    @property
    def reason_text(self) -> str:
        """The reasons in one line: "same speaker; same figure 700 (approximately); ..."."""
        return "; ".join(self.reasons)


@dataclass(frozen=True, slots=True)
class ClaimFeatures:
    """What the signals read from one claim's wording, computed once per text."""

    terms: tuple[str, ...]
    negation: tuple[frozenset[str], bool]
    names: dict[str, str]
    figures: tuple[Figure, ...]
    years: frozenset[int]
    direction: str | None


@lru_cache(maxsize=4096)
def claim_features(text: str) -> ClaimFeatures:
    """The features of ``text``, cached: popular checks come back as candidates again and again
    (4,096 entries of a few kB each keep the cache within about 10 MB of a worker's memory)."""
    terms = tuple(match_terms(text))
    return ClaimFeatures(terms, signals.negation(text), signals.entity_names(text),
                         read_figures(text), signals.years_named(text), signals.direction(terms))


def rank_candidates(query: MatchQuery, candidates: Iterable[CheckCandidate], *,
                    stats: TermStats = UNIFORM, limit: int = 5,
                    semantic: Mapping[str, float] | None = None) -> list[Match]:
    """The ``limit`` best matches for ``query`` among ``candidates``, best first.

    1. Features of the query and of each candidate (figures from the caller when given).
    2. ``score_candidate`` for each; ``semantic`` optionally gives, per candidate key, the
       cosine of sentence embeddings (``embedding``), blended into the wording similarity.
    3. Sorted by score, ties by the candidate's order (the index's rank).
    """
    features = claim_features(query.text)
    semantic = semantic or {}
    scored = [score_candidate(query, features, candidate, stats, semantic.get(candidate.key))
              for candidate in candidates]
    order = sorted(range(len(scored)), key=lambda i: -scored[i].score)
    return [scored[i] for i in order[:limit]]


def score_candidate(query: MatchQuery, features: ClaimFeatures, candidate: CheckCandidate,
                    stats: TermStats = UNIFORM, semantic: float | None = None) -> Match:
    """Score one candidate: wording first, then each signal moves the score and says why."""
    check = claim_features(candidate.text)
    similarity = text_similarity(list(features.terms), list(check.terms), stats).score
    if semantic is not None:
        similarity = (1 - SEMANTIC_WEIGHT) * similarity + SEMANTIC_WEIGHT * min(max(semantic, 0.0), 1.0)
    figures = compare_figures(_figures(query.figures, features), _figures(candidate.figures, check))
    score, reasons = similarity, []
    for factor, reason in _agreements(query, candidate, figures):
        score = 1 - (1 - score) * (1 - (1 - factor) * min(1.0, similarity / _PULL_FROM))
        reasons.append(reason)
    reasons.append(f"text {similarity:.2f} similar")
    contradicted = False
    for factor, reason, caps in _conflicts(query, features, candidate, check, figures):
        score = min(score * factor, CONFLICT_CEILING) if caps else score * factor
        contradicted = contradicted or caps
        reasons.append(reason)
    days = signals.days_apart(query.as_of, candidate.as_of)
    if days is not None and not any("days apart" in r for r in reasons):
        reasons.append(_days_label(days))
    return Match(candidate, round(min(max(score, 0.0), 1.0), 4), tuple(reasons), contradicted)


def _figures(given: tuple[Figure, ...] | None, features: ClaimFeatures) -> tuple[Figure, ...]:
    return features.figures if given is None else given


def _agreements(query: MatchQuery, candidate: CheckCandidate,
                figures: FigureComparison) -> list[tuple[float, str]]:
    found = []
    if signals.compare_speakers(query.speaker, candidate.speaker) == "same":
        found.append((_SAME_SPEAKER, "same speaker"))
    if figures.same and not figures.different:
        labels = ", ".join(_figure_label(q, c) for q, c in figures.same)
        found.append((_SAME_FIGURE, f"same figure{'s' if len(figures.same) > 1 else ''} {labels}"))
    return found


def _figure_label(query: Figure, check: Figure) -> str:
    hedge = query.qualifier or check.qualifier
    return f"{check.label()} ({hedge})" if hedge else check.label()


Conflict = tuple[float, str, bool]
"""A factor, the reason, and whether it caps the score below the threshold."""


def _conflicts(query: MatchQuery, features: ClaimFeatures, candidate: CheckCandidate,
               check: ClaimFeatures, figures: FigureComparison) -> list[Conflict]:
    found = []
    if signals.compare_speakers(query.speaker, candidate.speaker) == "different":
        found.append((_OTHER_SPEAKER, f"different speaker ({candidate.speaker})", True))
    for stated, checked in figures.different[:1]:
        found.append((_OTHER_FIGURE, f"different figure {_figure_label(stated, stated)}, "
                                     f"the check says {_figure_label(checked, checked)}", True))
    if figures.unmatched and not figures.same and not figures.different:
        found.append((_FIGURE_NOT_STATED, f"figure {figures.unmatched[0].label()} not in the claim", False))
    found.extend(_wording_conflicts(features, check))
    found.extend(_time_conflicts(query, features, candidate, check, figures))
    return found


def _wording_conflicts(features: ClaimFeatures, check: ClaimFeatures) -> list[Conflict]:
    found = []
    missing = [surface for term, surface in check.names.items() if term not in features.terms]
    extra = [surface for term, surface in features.names.items() if term not in check.terms]
    if check.names and len(missing) == len(check.names) and extra:
        found.append((_SWAPPED_NAMES, f"names differ ({', '.join(extra[:2])}; the check: "
                                      f"{', '.join(missing[:2])})", False))
    if signals.negation_conflicts(features.terms, features.negation, check.terms, check.negation):
        found.append((_NEGATION, "negated in one and not the other", True))
    if features.direction and check.direction and features.direction != check.direction:
        found.append((_DIRECTION, f"opposite direction ({features.direction} / {check.direction})", True))
    return found


def _time_conflicts(query: MatchQuery, features: ClaimFeatures, candidate: CheckCandidate,
                    check: ClaimFeatures, figures: FigureComparison) -> list[Conflict]:
    found = []
    time_bound = bool(figures.same or figures.different or figures.unmatched)
    days = signals.days_apart(query.as_of, candidate.as_of)
    if time_bound and signals.outside_period(candidate.as_of, query.period):
        found.append((_OTHER_TIME, f"the check is as of {candidate.as_of}, outside the claim's period", True))
    elif time_bound and days is not None and days > TIME_WINDOW_DAYS:
        found.append((_OTHER_TIME, f"{_days_label(days)}: figures as of different times", True))
    if features.years and check.years and not features.years & check.years:
        years = ", ".join(map(str, sorted(features.years)))
        found.append((_OTHER_YEAR, f"different year ({years}; the check: "
                                   f"{', '.join(map(str, sorted(check.years)))})", False))
    return found


def _days_label(days: int) -> str:
    return "same day" if days == 0 else f"{days} day{'s' if days != 1 else ''} apart"

