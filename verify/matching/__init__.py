"""Claim matching: has this claim been checked before? Pure Python, no Django.

Design
------
Matching runs in two steps so it scales to an archive of a million claims and checks:

1. **Candidate generation, in the database.** Every stored claim and check keeps
   ``match_text(text)``: its wording normalised (social-media noise removed, numbers as values,
   stems, synonyms; see ``text``). PostgreSQL indexes ``to_tsvector('simple', match_text)``
   with GIN; a query asks for rows sharing any of its rarest terms
   (``candidate_terms`` -> ``tsquery_for``), best ``ts_rank`` first, ``CANDIDATE_LIMIT`` rows.
   SQLite does the same through an FTS5 table (``fts5_query_for``); ``CandidateIndex`` is the
   same search in memory for benchmarks and tests. Term statistics (``TermStats``; on
   PostgreSQL ``ts_stat`` over the column) weigh terms by rarity.
2. **Re-ranking, in Python, over those few rows** (``rank_candidates``): wording similarity
   (``similarity``) moved by the other evidence (``signals``, ``figures``): the resolved
   speaker, figures with their hedges, names, negation, direction (rose / fell) and time. Each
   match carries a score in [0, 1] and reasons ("same speaker; same figure 700
   (approximately); text 0.82 similar; 12 days apart"); ``Match.is_link`` applies the linking
   threshold.

``claimreview`` reads ClaimReview JSON-LD archives (one object, a list, or JSON Lines) as a
stream of records and positioned errors.

Public API
----------
- ``match_text(text) -> str`` and ``match_terms(text) -> list[str]``: what to store and search.
- ``candidate_terms(terms, stats)``, ``tsquery_for(terms)``, ``fts5_query_for(terms)``,
  ``CandidateIndex``: candidate generation.
- ``rank_candidates(MatchQuery, [CheckCandidate], stats=..., limit=5) -> [Match]``.
- ``figures_from_quantities(quantities)``: the extractor's quantities as comparable figures.
- ``claimreview.read_claimreviews(file) -> Iterator[ClaimReviewRecord | ClaimReviewError]``.
"""
from __future__ import annotations

from .candidates import CandidateIndex, candidate_terms, fts5_query_for, tsquery_for
from .figures import Figure, figures_from_quantities, read_figures
from .rank import LINK_THRESHOLD, CheckCandidate, Match, MatchQuery, rank_candidates
from .similarity import TermStats
from .text import clean_text, match_terms, match_text

CANDIDATE_LIMIT = 50
"""Rows the database hands to the re-ranker per query."""

__all__ = [
    "CANDIDATE_LIMIT", "LINK_THRESHOLD", "CandidateIndex", "CheckCandidate", "Figure", "Match",
    "MatchQuery", "TermStats", "candidate_terms", "clean_text", "figures_from_quantities",
    "fts5_query_for", "match_terms", "match_text", "rank_candidates", "read_figures", "tsquery_for",
]
