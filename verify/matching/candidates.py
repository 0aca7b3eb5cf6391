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
import math
from collections import defaultdict
from collections.abc import Iterable

from .similarity import TermStats

MAX_QUERY_TERMS = 12
"""Terms beyond the twelve rarest add rows to rank, not matches."""
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


def tsquery_for(terms: Iterable[str]) -> str:
    """A PostgreSQL ``to_tsquery('simple', ...)`` argument matching rows with any of ``terms``."""
    return " | ".join("'" + term.replace("'", "''").replace("\\", "") + "'" for term in terms)


def fts5_query_for(terms: Iterable[str]) -> str:
    """An SQLite FTS5 ``MATCH`` argument matching rows with any of ``terms``."""
    return " OR ".join('"' + term.replace('"', '""') + '"' for term in terms)


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

    def search(self, terms: Iterable[str], limit: int = 50) -> list[tuple[str, float]]:
        """The ``limit`` best (key, BM25 score) pairs for documents sharing any of ``terms``."""
        if not self.keys:
            return []
        average = sum(self.lengths) / len(self.lengths)
        scores: dict[int, float] = defaultdict(float)
        for term in dict.fromkeys(terms):
            idf = self.stats.weight(term)
            for position, count in self.postings.get(term, ()):
                norm = count + 1.2 * (0.25 + 0.75 * self.lengths[position] / average)
                scores[position] += idf * count * 2.2 / norm
        best = heapq.nlargest(limit, scores.items(), key=lambda item: item[1])
        return [(self.keys[position], score) for position, score in best]

    def __len__(self) -> int:
        return len(self.keys)


def bm25_ceiling(stats: TermStats, terms: Iterable[str]) -> float:
    """The largest BM25 score ``terms`` could reach (every term once in an average document)."""
    return sum(stats.weight(t) for t in dict.fromkeys(terms)) or math.inf
