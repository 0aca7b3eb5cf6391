"""Quantity normalisation: number words and digits, scales, vague amounts, units, hedges."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest

from claims.extraction import load_model
from claims.extraction.quantities import find_quantities, parse_number
from claims.extraction.serialize import exact_number


@pytest.mark.parametrize("words, value", [
    (["four"], 4),
    (["3", "million"], 3_000_000),
    (["2,000"], 2000),
    (["1.5", "billion"], 1_500_000_000),
    (["twenty", "-", "five"], 25),
    (["three", "hundred"], 300),
    (["two", "hundred", "thousand"], 200_000),
    (["a", "dozen"], 12),
    (["3.5bn"], 3_500_000_000),
    (["700"], 700),
    (["0.5"], Decimal("0.5")),
    (["4.1", "million"], 4_100_000),
    (["0.1"], Decimal("0.1")),
    (["2.35"], Decimal("2.35")),
    (["1.15", "trillion"], 1_150_000_000_000),
], ids=lambda v: " ".join(v) if isinstance(v, list) else None)
def test_parse_number(words, value):
    parsed = parse_number(words)
    assert parsed == value and type(parsed) is type(value)


@pytest.mark.parametrize("sentence, value, shown", [
    ("The port handled 4.1 million containers.", 4_100_000, "4100000"),
    ("Prices rose 2.35 percent.", Decimal("2.35"), "2.35"),
    ("The city spent $1.2bn on roads.", 1_200_000_000, "1200000000"),
    ("Output grew 0.3 percent.", Decimal("0.3"), "0.3"),
], ids=["4.1-million", "2.35-percent", "dollar-bn-suffix", "0.3-percent"])
def test_figures_are_exact_in_value_and_in_json(sentence, value, shown):
    """Float arithmetic turned "4.1 million" into 4099999.9999999995; values are int or Decimal."""
    [found] = find_quantities(list(load_model()(sentence)), 0)
    assert found.value == value and type(found.value) is type(value)
    assert json.dumps(exact_number(found.value)) == shown


def test_parse_number_rejects_words_that_are_not_numbers():
    assert parse_number(["several"]) is None


def quantities(sentence: str):
    return [(q.text, q.value, q.unit, q.qualifier) for q in find_quantities(list(load_model()(sentence)), 0)]


@pytest.mark.parametrize("sentence, expected", [
    ("Officials said four people died.", ("four people", 4, "people", None)),
    ("The war has displaced 3 million people.", ("3 million people", 3_000_000, "people", None)),
    ("At least 2,000 cars left the city.", ("At least 2,000 cars", 2000, "cars", "at least")),
    ("Dozens of people were hurt.", ("Dozens of people", "dozens", "people", "approximately")),
    ("Tens of thousands marched on Sunday.", ("Tens of thousands", "tens of thousands", None, "approximately")),
    ("Scores of homes were flooded.", ("Scores of homes", "scores", "homes", "approximately")),
    ("It was the 20th day of the siege.", ("20th day", 20, "day", "ordinal")),
    ("A 15-story building burned.", ("15-story", 15, "story", None)),
    ("The town is 9 miles away.", ("9 miles", 9, "miles", None)),
    ("Unemployment fell to 4.5%.", ("4.5%", Decimal("4.5"), "percent", None)),
    ("Prices rose 3 percent last year.", ("3 percent", 3, "percent", None)),
    ("The deal is worth $1.5 billion.", ("$1.5 billion", 1_500_000_000, "USD", None)),
    ("The fund lost €2 billion.", ("€2 billion", 2_000_000_000, "EUR", None)),
    ("A dozen protesters were held.", ("A dozen protesters", 12, "protesters", None)),
    ("Twenty-five people were rescued.", ("Twenty-five people", 25, "people", None)),
], ids=lambda v: v if isinstance(v, str) else None)
def test_quantity_forms(sentence, expected):
    assert expected in quantities(sentence)


@pytest.mark.parametrize("sentence, text, qualifier", [
    ("About 300 troops arrived.", "About 300 troops", "approximately"),
    ("Around 40 trucks waited.", "Around 40 trucks", "approximately"),
    ("Roughly 12 ships sank.", "Roughly 12 ships", "approximately"),
    ("Close to 700 civilians died.", "Close to 700 civilians", "approximately"),
    ("Nearly 90 homes burned.", "Nearly 90 homes", "approximately"),
    ("Almost 50 schools closed.", "Almost 50 schools", "approximately"),
    ("Some 20,000 people fled.", "Some 20,000 people", "approximately"),
    ("At least 14 people died.", "At least 14 people", "at least"),
    ("More than 100 people died.", "More than 100 people", "more than"),
    ("Over 60 percent voted.", "Over 60 percent", "more than"),
    ("The number of refugees is eclipsing 3 million.", "eclipsing 3 million", "more than"),
    ("Up to 500 jobs will go.", "Up to 500 jobs", "up to"),
    ("As many as 30 boats sank.", "As many as 30 boats", "up to"),
    ("Fewer than 10 passengers survived.", "Fewer than 10 passengers", "fewer than"),
    ("Less than 5% of the budget remained.", "Less than 5%", "less than"),
    ("No more than 20 people may attend.", "No more than 20 people", "at most"),
], ids=lambda v: v if isinstance(v, str) and v.endswith(".") else None)
def test_hedges_are_kept_in_the_text_and_normalised(sentence, text, qualifier):
    assert [(t, q) for t, _, _, q in quantities(sentence)][0] == (text, qualifier)


@pytest.mark.parametrize("sentence", [
    "No one was hurt.",
    "The law was passed in 2019.",
    "The talks resumed on March 3.",
    "The meeting starts at 10 a.m.",
], ids=["no-one", "year", "day-of-month", "clock-time"])
def test_dates_and_pronouns_are_not_quantities(sentence):
    assert quantities(sentence) == []


def test_exact_number_keeps_every_digit_of_a_fraction_no_float_can_hold():
    assert exact_number(Decimal("0.12345678901234567890")) == "0.12345678901234567890"
    assert exact_number(Decimal("2.35")) == 2.35 and exact_number(7) == 7 and exact_number("dozens") == "dozens"
