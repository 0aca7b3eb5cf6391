"""Speakers, negation, direction, names and time, each compared on its own."""
from __future__ import annotations

import datetime

import pytest

from verify.matching import signals
from verify.matching.text import match_terms


@pytest.mark.parametrize("first, second, agreement", [
    ("Sen. Mara Quist", "Mara Quist", "same"),
    ("Quist", "Senator Mara Quist", "same"),
    ("M. Quist", "Mara Quist", "same"),
    ("José Díaz", "Jose Diaz", "same"),
    ("WHO", "World Health Organization", "same"),
    ("Mara Quist", "Ilan Dorsey", "different"),
    ("Mara Quist", "Lena Quist", "different"),
    ("Facebook posts", "Mara Quist", "unknown"),
    ("Viral image", "Viral video", "unknown"),
    (None, "Mara Quist", "unknown"),
])
def test_compare_speakers(first, second, agreement):
    assert signals.compare_speakers(first, second) == agreement


def conflict(first: str, second: str) -> frozenset[str]:
    return signals.negation_conflicts(match_terms(first), signals.negation(first),
                                      match_terms(second), signals.negation(second))


@pytest.mark.parametrize("first, second", [
    ("The state did not cut its education budget", "The state cut its education budget"),
    ("Immigrants do not commit more crimes than people born here", "Immigrants commit more crimes than people born here"),
    ("The measles vaccine never caused autism in children", "The measles vaccine causes autism in children"),
])
def test_a_negated_claim_conflicts_with_the_plain_one(first, second):
    assert conflict(first, second)


@pytest.mark.parametrize("first, second", [
    ("No river in Europe is more polluted than the Grey", "The Grey River is the most polluted river in Europe"),
    ("DON'T buy supermarket strawberries! They are sprayed with a banned pesticide",
     "Supermarket strawberries are sprayed with a banned pesticide"),
    ("Taxpayers will not pay a single cent for the stadium", "The stadium will not cost taxpayers a single cent"),
    ("It is not true that the state did not cut the budget", "The state cut the budget"),
])
def test_comparisons_imperatives_and_double_negations_are_no_conflict(first, second):
    assert not conflict(first, second)


def test_direction_reads_rise_and_fall():
    assert signals.direction(match_terms("Murders rose 40%")) == "rise"
    assert signals.direction(match_terms("Homicides fell 12%")) == "fall"
    assert signals.direction(match_terms("Murders rose and thefts fell")) is None


def test_names_are_capitalised_words_not_opening_a_sentence_nor_shouted():
    assert set(signals.entity_names("The cut hit Ohio and Medicaid. NATO agreed.")) == {"ohio", "medicaid", "nato"}
    assert signals.entity_names("5G TOWERS ARE MAKING US SICK") == {}


def test_years_and_days():
    assert signals.years_named("Burglaries tripled since 2031 — Vic (@vic) May 2, 2034") == {2031}
    assert signals.days_apart(datetime.date(2031, 3, 15), datetime.date(2031, 3, 27)) == 12
    assert signals.days_apart(None, datetime.date(2031, 3, 27)) is None
    march = (datetime.date(2032, 3, 1), datetime.date(2032, 3, 31))
    assert signals.outside_period(datetime.date(2032, 5, 6), march)
    assert not signals.outside_period(datetime.date(2032, 4, 5), march)
