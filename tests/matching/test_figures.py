"""Figures: the same figure in other words agrees, another figure or an opposite hedge does not."""
from __future__ import annotations

from decimal import Decimal

import pytest

from verify.matching.figures import Figure, compare_figures, figures_from_quantities, read_figures


def figure(text: str) -> Figure:
    found = read_figures(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, value, unit, qualifier", [
    ("close to 700 civilians", 700, "civilian", "approximately"),
    ("nearly seven hundred civilians", 700, "civilian", "approximately"),
    ("more than $2 billion", 2_000_000_000, "USD", "more than"),
    ("4.1% in March", Decimal("4.1"), "percent", None),
    ("12 per cent of voters", 12, "percent", None),
    ("nine out of ten trains", 90, "percent", None),
    ("one in five posts", 20, "percent", None),
    ("half of the food", 50, "percent", None),
    ("applications fell by a quarter", 25, "percent", "approximately"),
])
def test_read_figures(text, value, unit, qualifier):
    assert figure(text) == Figure(Decimal(value), unit, qualifier)


def test_a_year_alone_is_not_a_figure():
    assert read_figures("in 2031 the rate was stable") == ()


def test_the_first_half_of_the_year_is_a_period_not_a_share():
    assert read_figures("in the first half of the year") == ()


@pytest.mark.parametrize("query, check", [
    ("close to 700 civilians", "700 civilians"),
    ("nearly seven hundred civilians", "about 690 civilians"),
    ("90% of trains", "nine out of ten trains"),
    ("$2bn", "2 billion dollars"),
])
def test_the_same_figure_agrees(query, check):
    comparison = compare_figures(read_figures(query), read_figures(check))
    assert comparison.same and not comparison.different


@pytest.mark.parametrize("query, check", [
    ("700 civilians", "7,000 civilians"),
    ("more than 700 people", "fewer than 700 people"),
    ("4.1%", "4.3%"),
    ("close to 70 civilians", "close to 700 civilians"),
])
def test_another_figure_differs(query, check):
    comparison = compare_figures(read_figures(query), read_figures(check))
    assert comparison.different and not comparison.same


def test_a_percentage_never_compares_with_a_count():
    comparison = compare_figures(read_figures("12 percent"), read_figures("12 hospitals"))
    assert not comparison.same and not comparison.different


def test_figures_from_the_extractors_quantities():
    quantities = [{"value": 700, "unit": "civilians", "qualifier": "approximately"},
                  {"value": "dozens", "unit": "people", "qualifier": "approximately"},
                  {"value": 20, "unit": None, "qualifier": "ordinal"},
                  {"value": "2.35", "unit": "percent", "qualifier": None}]
    assert figures_from_quantities(quantities) == (
        Figure(Decimal(700), "civilian", "approximately"), Figure(Decimal("2.35"), "percent", None))
