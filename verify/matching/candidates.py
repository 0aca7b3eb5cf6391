"""Candidate generation: the few hundred stored checks worth re-ranking, found through an index.

The database does this step: every stored claim and check keeps ``text.match_text`` of its
wording, indexed for full-text search, and a query asks for the rows sharing its most
informative terms (``candidate_terms``), best BM25-like rank first. ``tsquery_for`` and
``fts5_query_for`` write that question for PostgreSQL (``to_tsquery('simple', ...)`` over a GIN
index on ``to_tsvector('simple', match_text)``) and SQLite (an FTS5 table), and
``CandidateIndex`` is the same search in memory, for benchmarks and small archives.
"""
from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable

from .similarity import TermStats

MAX_QUERY_TERMS = 16
"""Terms beyond the sixteen rarest add rows to rank, hardly matches (CLEF train: the right check
is among the 50 best for 90 % of tweets with 12 terms, 92 % with 16, 93 % with 32)."""
COMMON_TERM_SHARE = 0.05
"""A term in more than 5 % of the archive finds too many rows to rank within the time budget."""


def candidate_terms(terms: Iterable[str], stats: TermStats | None = None,
                    max_terms: int = MAX_QUERY_TERMS) -> list[str]:
    """The query's distinct terms to search with, rarest first.

    1. Distinct terms in order of weight (rarest first); numbers count as rare.
    2. With statistics, terms in more than ``COMMON_TERM_SHARE`` of the archive are dropped
       unless nothing else is left.
    3. At most ``max_terms``.
    """
    distinct = list(dict.fromkeys(terms))
    if stats is None or not stats.document_count:
        return sorted(distinct, key=lambda t: (not t[0].isdigit(), -len(t)))[:max_terms]
    ranked = sorted(distinct, key=lambda t: -stats.weight(t))
    limit = COMMON_TERM_SHARE * stats.document_count
    selective = [t for t in ranked if stats.frequencies.get(t, 0) <= limit]
    return (selective or ranked)[:max_terms]


def tsquery_for(terms: Iterable[str], min_shared: int = 1) -> str:
    """A PostgreSQL ``to_tsquery('simple', ...)`` argument: rows with any of ``terms``, or with
    any two of them (``min_shared=2``: far fewer rows to rank on a large archive)."""
    quoted = ["'" + term.replace("'", "''").replace("\\", "") + "'" for term in terms]
    return " | ".join(_groups(quoted, min_shared, " & "))


def fts5_query_for(terms: Iterable[str], min_shared: int = 1) -> str:
    """An SQLite FTS5 ``MATCH`` argument, as ``tsquery_for``."""
    quoted = ['"' + term.replace('"', '""') + '"' for term in terms]
    return " OR ".join(_groups(quoted, min_shared, " AND "))


def _groups(quoted: list[str], min_shared: int, conjunction: str) -> list[str]:
    if min_shared <= 1 or len(quoted) < 2:
        return quoted
    return [f"({a}{conjunction}{b})" for i, a in enumerate(quoted) for b in quoted[i + 1:]]


class CandidateIndex:
    """An in-memory inverted index over match terms, ranked by Okapi BM25 (k1 1.2, b 0.75)."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.lengths: list[int] = []
        self.postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self.stats = TermStats()

    def add(self, key: str, terms: list[str]) -> None:
        """Index one document (a check's or claim's match terms) under ``key``."""
        position = len(self.keys)
        self.keys.append(key)
        self.lengths.append(len(terms))
        counts: dict[str, int] = defaultdict(int)
        for term in terms:
            counts[term] += 1
        for term, count in counts.items():
            self.postings[term].append((position, count))
        self.stats.add(counts)

    def search(self, terms: Iterable[str], limit: int = 50, min_shared: int = 1) -> list[tuple[str, float]]:
        """The ``limit`` best (key, BM25 score) pairs among documents sharing at least
        ``min_shared`` of ``terms``."""
        if not self.keys:
            return []
        average = sum(self.lengths) / len(self.lengths)
        scores: dict[int, float] = defaultdict(float)
        shared: dict[int, int] = defaultdict(int)
        for term in dict.fromkeys(terms):
            idf = self.stats.weight(term)
            for position, count in self.postings.get(term, ()):
                norm = count + 1.2 * (0.25 + 0.75 * self.lengths[position] / average)
                scores[position] += idf * count * 2.2 / norm
                shared[position] += 1
        eligible = ((p, s) for p, s in scores.items() if shared[p] >= min_shared)
        best = heapq.nlargest(limit, eligible, key=lambda item: item[1])
        return [(self.keys[position], score) for position, score in best]

    def __len__(self) -> int:
        return len(self.keys)

