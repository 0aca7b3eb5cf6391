"""Candidate generation: the terms to search with, the in-memory index, and query strings that
PostgreSQL and SQLite accept whatever the terms hold."""
from __future__ import annotations

import sqlite3

import pytest

from verify.matching import CandidateIndex, TermStats, candidate_terms, fts5_query_for, match_terms, tsquery_for

CHECKS = {
    "toll": "Close to 700 civilians have been confirmed killed in Valdoria since the invasion began.",
    "refugees": "More than 3 million people have fled Valdoria since the invasion began.",
    "budget": "The state cut its education budget by 10% last year.",
}


def test_the_index_finds_the_check_sharing_the_rare_terms_first():
    index = CandidateIndex()
    for key, text in CHECKS.items():
        index.add(key, match_terms(text))
    found = index.search(candidate_terms(match_terms("nearly seven hundred civilians dead in Valdoria"), index.stats))
    assert [key for key, _ in found][:2] == ["toll", "refugees"]
    assert index.search(match_terms("Valdoria invasion"), min_shared=2)
    assert not index.search(match_terms("civilians budget"), min_shared=2)


def test_candidate_terms_drop_the_archives_common_words():
    stats = TermStats.from_documents([["valdoria", "war"]] * 40 + [["700", "civilian", "war"]])
    assert candidate_terms(["war", "700", "civilian", "valdoria"], stats) == ["700", "civilian"]
    assert candidate_terms(["war"], stats) == ["war"]


def test_tsquery_quotes_every_term():
    assert tsquery_for(["o'x", "700"]) == "'o''x' | '700'"
    assert tsquery_for(["a", "b", "c"], min_shared=2) == "('a' & 'b') | ('a' & 'c') | ('b' & 'c')"


@pytest.mark.parametrize("terms", [["plain", "700"], ['quo"te', "it's"], ["AND", "OR", "NOT", "NEAR"],
                                   ["שלום", "4.1"], ["*", "^x", "col:umn"]])
def test_fts5_accepts_the_query_whatever_the_terms(terms):
    database = sqlite3.connect(":memory:")
    database.execute("CREATE VIRTUAL TABLE checks USING fts5(match_text)")
    database.execute("INSERT INTO checks VALUES (?)", (" ".join(terms),))
    for min_shared in (1, 2):
        rows = database.execute("SELECT rowid FROM checks WHERE checks MATCH ?", (fts5_query_for(terms, min_shared),))
        assert rows.fetchall() == [(1,)]
