"""Statements in the article's own voice: only checkable figures or general facts, cut to the core."""
from __future__ import annotations

import pytest

from .support import claims_of


def statements(text: str) -> list[str]:
    return [c.content for c in claims_of(text) if c.kind == "statement"]


@pytest.mark.parametrize("text, expected", [
    ("Elsewhere in the region, rescuers pulled 230 people from the rubble in what was a race against time.",
     "rescuers pulled 230 people from the rubble"),
    ("The shelling ignited a huge fire and killed 12 people, officials did not say more.",
     "The shelling ignited a huge fire and killed 12 people"),
    ("The storm flattened homes across the island and left 40,000 people without power, in what was "
     "the worst disaster in decades.",
     "The storm flattened homes across the island and left 40,000 people without power"),
    ("With the number of refugees topping 2 million, the agency appealed for help.",
     "the number of refugees topping 2 million"),
    ("The storm was the strongest since Hurricane Ian in 2022, which killed more than 150 people.",
     "Hurricane Ian in 2022, which killed more than 150 people"),
    ("The European Union does not recognise the annexation.",
     "The European Union does not recognise the annexation"),
], ids=["scene-setting-opener-and-clausal-tail-cut", "figure-in-conjoined-verb", "conjoined-verb-cut-too",
        "absolute-with-phrase", "relative-clause-names-its-subject", "present-tense-fact-about-named-body"])
def test_statement_core(text, expected):
    assert statements(text) == [expected]


@pytest.mark.parametrize("text", [
    "The talks resumed on March 3, 2022.",
    "We lost 4,000 jobs last year.",
    "Did the army lose 300 soldiers?",
    "The mayor toured the damage.",
    "Officials said 40 people died.",
], ids=["dates-are-not-figures", "first-person", "question", "no-figure-past-event", "attributed-not-statement"])
def test_no_statement(text):
    assert statements(text) == []
