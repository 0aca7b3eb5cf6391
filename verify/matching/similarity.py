"""How alike two claims' wordings are, in [0, 1], over normalised terms weighted by rarity.

Term weights are BM25's inverse document frequency from ``TermStats`` (counted over the stored
checks and claims; PostgreSQL's ``ts_stat`` gives the counts for a ``tsvector`` column). Without
statistics every term weighs the same.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache


@dataclass
class TermStats:
    """Document frequencies of match terms over an archive of ``document_count`` claims."""

    document_count: int = 0
    frequencies: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_documents(cls, documents: Iterable[Iterable[str]]) -> TermStats:
        """Count each term once per document (documents are lists of match terms)."""
        frequencies: Counter[str] = Counter()
        count = 0
        for terms in documents:
            frequencies.update(set(terms))
            count += 1
        return cls(count, dict(frequencies))

    def add(self, terms: Iterable[str]) -> None:
        """Count one more document."""
        self.document_count += 1
        for term in set(terms):
            self.frequencies[term] = self.frequencies.get(term, 0) + 1

    def weight(self, term: str) -> float:
        """BM25 inverse document frequency; a term never seen weighs as one seen once."""
        if not self.document_count:
            return 1.0
        frequency = self.frequencies.get(term, 1)
        return math.log(1 + (self.document_count - frequency + 0.5) / (frequency + 0.5))


UNIFORM = TermStats()


@dataclass(frozen=True, slots=True)
class TextSimilarity:
    """The parts of the text score, kept for reasons and for tuning."""

    cosine: float
    check_covered: float
    query_covered: float
    bigrams: float
    trigrams: float

    @property
    def score(self) -> float:
        """One number in [0, 1]: the weighted cosine, the share of the query's weighted wording
        the check carries, and character trigrams (spelling variants, stems the stemmer misses)
        in equal parts. Chosen on the CLEF 2020 training tweets (MAP@5 of the re-ranking alone
        0.81, against 0.79 for BM25 over the same terms); the check's covered share and word
        pairs did not help there."""
        return (self.cosine + self.query_covered + self.trigrams) / 3


def text_similarity(query_terms: list[str], check_terms: list[str], stats: TermStats = UNIFORM) -> TextSimilarity:
    """Compare two term lists (``text.match_terms``).

    1. Weighted sets: each distinct term weighs its inverse document frequency.
    2. Cosine of the weighted sets, and the share of each side's weight the other carries.
    3. Jaccard overlap of adjacent term pairs, and cosine of character trigrams of the joined terms.
    """
    query_set, check_set = set(query_terms), set(check_terms)
    if not query_set or not check_set:
        return TextSimilarity(0.0, 0.0, 0.0, 0.0, 0.0)
    weight = {t: stats.weight(t) for t in query_set | check_set}
    shared = query_set & check_set
    shared_weight = sum(weight[t] for t in shared)
    query_weight = sum(weight[t] for t in query_set)
    check_weight = sum(weight[t] for t in check_set)
    squares = sum(weight[t] ** 2 for t in shared)
    norm = math.sqrt(sum(weight[t] ** 2 for t in query_set) * sum(weight[t] ** 2 for t in check_set))
    return TextSimilarity(
        cosine=squares / norm if norm else 0.0,
        check_covered=shared_weight / check_weight if check_weight else 0.0,
        query_covered=shared_weight / query_weight if query_weight else 0.0,
        bigrams=_jaccard(_pairs(query_terms), _pairs(check_terms)),
        trigrams=_trigram_cosine(" ".join(query_terms), " ".join(check_terms)),
    )


def _pairs(terms: list[str]) -> set[tuple[str, str]]:
    return set(zip(terms, terms[1:]))


def _jaccard(first: set, second: set) -> float:
    union = first | second
    return len(first & second) / len(union) if union else 0.0


def _trigram_cosine(first: str, second: str) -> float:
    a, b = _trigrams(first), _trigrams(second)
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


@lru_cache(maxsize=4096)
def _trigrams(text: str) -> frozenset[str]:
    padded = f" {text} "
    return frozenset(padded[i:i + 3] for i in range(len(padded) - 2))
