"""Sentence starts next to abbreviations that swallow the sentence's full stop ("p.m.", "U.S.")."""
from __future__ import annotations

import pytest

from claims.extraction import load_model


def sentences(text: str) -> list[str]:
    return [s.text for s in load_model()(text).sents]


@pytest.mark.parametrize("text, expected", [
    ("The AP called the race at 10:42 p.m. With 87% of the votes counted, she led.",
     ["The AP called the race at 10:42 p.m.", "With 87% of the votes counted, she led."]),
    ("The polls closed at 8 p.m. Officials said turnout was high.",
     ["The polls closed at 8 p.m.", "Officials said turnout was high."]),
    ("The outage began at about 11:40 a.m. Eastern time and ended after 8 p.m., the company said.",
     ["The outage began at about 11:40 a.m. Eastern time and ended after 8 p.m., the company said."]),
    ("The plane landed in the U.S. The pilot said the engine had failed.",
     ["The plane landed in the U.S.", "The pilot said the engine had failed."]),
    ("The company said so in a post on X. It added two extra trains.",
     ["The company said so in a post on X.", "It added two extra trains."]),
], ids=["pm-then-preposition", "pm-then-plural-noun", "am-then-time-zone", "us-then-the", "x-then-it"])
def test_sentence_boundaries_after_abbreviations(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_a_name_after_an_abbreviation_stays_in_the_sentence() -> None:
    assert len(sentences("The U.S. Navy said Dr. Anna Berg of Acme Inc. would lead the inquiry.")) == 1
