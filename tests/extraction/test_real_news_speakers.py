"""Speaker resolution patterns met on real news, each in an invented snippet of our own.

Each case names the claim by its exact content and checks who said it: the canonical name the
speaker resolves to, its type, and the speaker phrase as written.
"""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from .support import attributed


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    content: str
    canonical: str
    mention: str | None = ""  # "" means: the same as canonical
    type: str = "person"

    def expected_mention(self) -> str | None:
        return self.canonical if self.mention == "" else self.mention


CASES = [
    Case("possessive-her-does-not-make-the-winner-a-woman",
         "Corwin Ashby won the county primary on Tuesday, defeating Marisol Tane in the district that "
         "launched her career.\n"
         "“This is a win for every family in the valley,” he said.",
         "This is a win for every family in the valley", "Corwin Ashby", mention="he"),
    Case("given-name-tells-the-gender-of-a-later-she",
         "Mika Torvald opened the hearing with a warning. Reince Abernathy arrived late.\n"
         "“We are nowhere near a budget,” she said.",
         "We are nowhere near a budget", "Mika Torvald", mention="she"),
    Case("given-name-short-form-tells-the-gender-of-a-later-he",
         "Bernie Calloway toured the plant on Monday. Hillary Ashdown joined him later.\n"
         "“The line will reopen in May,” he said.",
         "The line will reopen in May", "Bernie Calloway", mention="he"),
    Case("surname-subject-the-recogniser-missed-is-who-a-later-he-means",
         "Joe Harrowgate and Taylor Dunleavy co-host the morning show. Taylor Dunleavy spoke first.\n"
         "Harrowgate, who served in the state senate from 1995 to 2001, has flirted with running, though "
         "he has denied that he would seriously consider it.",
         "he would seriously consider it", "Joe Harrowgate", mention="he"),
    Case("subject-of-a-that-clause-is-not-who-a-later-he-means",
         "Dorian Pell has spent a year on the road. He is convinced that Marcus Wray will lose the vote.\n"
         "“The count is not even close,” he said.",
         "The count is not even close", "Dorian Pell", mention="he"),
    Case("subject-of-a-trailing-adverbial-clause-is-not-who-a-later-he-means",
         "Dorian Pell stayed in Ohio after Marcus Wray lost the vote.\n"
         "“The count was not even close,” he said.",
         "The count was not even close", "Dorian Pell", mention="he"),
    Case("they-means-people-or-a-body-not-a-country",
         "Economists at Harlow University studied the dairy trade for a decade. Canada protected its farmers "
         "anyway.\n“The tariffs cost shoppers billions,” they wrote.",
         "The tariffs cost shoppers billions", "Economists at Harlow University", mention="they", type="group"),
    Case("a-delegate-is-a-person-a-later-he-means",
         "Governor Ellen Parrish spoke first. One Ohio delegate said he had handed out twenty passes.\n"
         "“Nobody wanted them,” he said.",
         "Nobody wanted them", "One Ohio delegate", mention="he"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_speaker_resolves(case: Case) -> None:
    claims = [c for c in attributed(case.text) if c.content == case.content]
    assert claims, [c.content for c in attributed(case.text)]
    speaker = claims[0].speaker
    assert (speaker.canonical, speaker.type, speaker.mention) == (case.canonical, case.type,
                                                                  case.expected_mention())
