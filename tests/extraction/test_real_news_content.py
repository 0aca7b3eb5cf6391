"""Finding attributions and their content boundaries in the styles of real published news.

Invented snippets (names, places and topics made up), one per pattern seen on real news: quote
marks as newspapers' text exports write them, attributions whose content the parse hides, and
where a claim's span starts and ends. Each positive case names the claim by its exact content
and checks its kind, cue and speaker; each negative case must yield no attributed claim.
"""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from claims.extraction import extract
from claims.extraction.article import split_paragraphs
from claims.extraction.quotes import find_quotes

from .support import attributed


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    content: str
    kind: str
    cue: str | None
    canonical: str


CASES = [
    Case("two-apostrophe-quote-marks",
         "''We will rebuild the pier by summer,'' Mayor Tess Waring said on Friday.",
         "We will rebuild the pier by summer", "direct", "said", "Tess Waring"),
    Case("two-apostrophe-quote-turn",
         "''We will rebuild the pier by summer,'' Mayor Tess Waring said. ''The ferries will run again.''",
         "We will rebuild the pier by summer,'' Mayor Tess Waring said. ''The ferries will run again.", "direct",
         "said", "Tess Waring"),
    Case("two-apostrophe-continuation-paragraph",
         "''We will rebuild the pier by summer,'' Mayor Tess Waring said.\n''The ferries will run again.''",
         "The ferries will run again.", "direct", None, "Tess Waring"),
    Case("two-apostrophe-quote-with-a-nested-quote-closing-it",
         "Ovid Brandt, the harbour master, said, ''My father told me, 'Never trust a calm sea,'''",
         "My father told me, 'Never trust a calm sea,'", "direct", "said", "Ovid Brandt"),
    Case("speaker-with-a-relative-clause-cue",
         "Farmers who say the new tariff will ruin them marched on the capital.",
         "the new tariff will ruin them", "indirect", "say", "Farmers"),
    Case("relative-clause-cue-inside-the-subject-of-another-cue",
         "Ines Morland, who said she had voted for the mayor twice, said the levy was unfair.",
         "she had voted for the mayor twice", "indirect", "said", "Ines Morland"),
    Case("headline-speaker-label",
         "Okafor: Ferry fares must fall before winter\n\nMayor Lena Okafor wants cheaper ferries.",
         "Ferry fares must fall before winter", "indirect", ":", "Lena Okafor"),
    Case("headline-speaker-label-about-a-topic",
         "Port chief Okafor on fares: ‘Nobody should pay twice’\n\nLena Okafor runs the port.",
         "Nobody should pay twice", "direct", ":", "Lena Okafor"),
    Case("speaker-labels-inside-a-paragraph",
         "Senator Dana Holt spoke first. Holt: \"We pay twice what the mainland pays.\" Brandt: \"That is untrue.\"",
         "We pay twice what the mainland pays.", "direct", ":", "Dana Holt"),
    Case("transcript-turn-of-a-speaker-named-before",
         "Governor Rita Morales joined the program.\n\nMORALES: We never said that. We said the opposite.",
         "We never said that. We said the opposite", "indirect", ":", "Rita Morales"),
    Case("reported-speech-whose-object-is-a-noun-phrase",
         "Halvard Shipping reported a quarterly loss of 40 million dollars.",
         "a quarterly loss of 40 million dollars", "indirect", "reported", "Halvard Shipping"),
    Case("denied-a-noun-phrase",
         "The port authority denied any role in the closure of the eastern terminal.",
         "any role in the closure of the eastern terminal", "indirect", "denied", "The port authority"),
    Case("promised-an-infinitive",
         "Senator Dana Holt promised to cut ferry fares by a third.",
         "to cut ferry fares by a third", "indirect", "promised", "Dana Holt"),
    Case("say-with-a-clause-the-parser-read-as-a-gerund",
         "Harbour economists, like their rivals inland, say taxing fuel encourages thrift.",
         "taxing fuel encourages thrift", "indirect", "say", "Harbour economists"),
    Case("a-relative-clause-about-a-person-closing-the-claim-is-the-writers-aside",
         "Holt said the inquiry had questioned Ivo Brandt, who ran the ferry line until 2019.",
         "the inquiry had questioned Ivo Brandt", "indirect", "said", "Holt"),
    Case("an-indefinite-appositive-closing-the-claim-is-the-writers-aside",
         "Holt said the port lost 40 ships last year, a figure no other harbour has come near.",
         "the port lost 40 ships last year", "indirect", "said", "Holt"),
    Case("a-second-source-closing-the-claim",
         "Holt told the council the levy would raise 2 million dollars, according to minutes of the meeting.",
         "the levy would raise 2 million dollars", "indirect", "told", "Holt"),
    Case("a-which-clause-carries-on-the-claim",
         "Holt said the council would review the levy, which costs families 300 dollars a year.",
         "the council would review the levy, which costs families 300 dollars a year", "indirect", "said", "Holt"),
    Case("a-cue-verb-that-reports-nothing-is-not-an-earlier-report",
         "Mayor Ada Carver took questions. She may add to her senior staff or change their roles, she said.",
         "She may add to her senior staff or change their roles", "indirect", "said", "Ada Carver"),
    Case("the-second-half-of-a-split-quote-with-its-own-cue-is-its-own-claim",
         "“Her manner is brisk,” she said, but despite the rising tension, “I think she will sign it,” said Okafor.",
         "I think she will sign it", "direct", "said", "Okafor"),
    Case("a-split-quote-whose-attribution-holds-a-title-abbreviation",
         "“The tolls are too high,” Mr. Brandt said, “and the ferries are too slow.”",
         "The tolls are too high,” Mr. Brandt said, “and the ferries are too slow.", "direct", "said", "Brandt"),
    Case("as-the-outlet-reported",
         "Holt spoke on Monday.\n\nAs the Gazette reported, the ferry line was sold in secret.",
         "the ferry line was sold in secret", "indirect", "reported", "Gazette"),
    Case("as-reported-by-the-outlet",
         "Holt spoke on Monday.\n\nAs reported by the Harbour Gazette, the ferry line was sold in secret.",
         "the ferry line was sold in secret", "indirect", "reported", "Harbour Gazette"),
    Case("a-noun-phrase-object-keeps-the-phrases-after-it",
         "Dana Holt announced her engagement to the harbour master Ivo Brandt on Monday.",
         "her engagement to the harbour master Ivo Brandt", "indirect", "announced", "Dana Holt"),
    Case("a-contrast-with-while-stays-in-the-claim",
         "Holt said the islands expect 3 percent growth, while the mainland will see 1 percent.",
         "the islands expect 3 percent growth, while the mainland will see 1 percent", "indirect", "said", "Holt"),
    Case("she-continued-colon-above-a-quoted-paragraph",
         "Mayor Ada Carver addressed the council on Monday.\n\nShe continued:\n\n\"We cannot keep raising fares. "
         "The islanders pay twice what the mainland pays.\"",
         "We cannot keep raising fares. The islanders pay twice what the mainland pays.", "direct", "continued",
         "Ada Carver"),
    Case("the-newspaper-reports-colon-above-a-quoted-paragraph",
         "The Harbour Gazette reports:\n\n“The ferry line was sold in secret to the mayor's cousin.”",
         "The ferry line was sold in secret to the mayor's cousin.", "direct", "reports", "Harbour Gazette"),
    Case("an-attribution-set-off-by-commas-the-parser-hung-on-a-noun",
         "The hashtag #HarbourStrong, Mr. Brandt said, accompanied descriptions of loved ones sought.",
         "The hashtag #HarbourStrong, Mr. Brandt said, accompanied descriptions of loved ones sought",
         "indirect", "said", "Brandt"),
    Case("a-quote-holding-a-question-after-said-comma",
         "Holt spoke on Monday. Holt said, \"How many of you think we lose because we are soft? We lose because "
         "they think we don't like them.\"",
         "How many of you think we lose because we are soft? We lose because they think we don't like them.",
         "direct", "said", "Holt"),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_attributed_claim(case: Case) -> None:
    claims = [c for c in attributed(case.text) if c.content == case.content]
    assert claims, [c.content for c in attributed(case.text)]
    claim = claims[0]
    assert (claim.kind, claim.cue) == (case.kind, case.cue)
    assert claim.speaker.canonical == case.canonical


NEGATIVE = {
    "page-furniture-label": "Related: Ports face a hard season\n\nThe ferry strike ended on Monday.",
    "breaking-label": "BREAKING: The ferry strike has ended.",
    "label-of-a-thing-not-a-speaker": "Holt's plan: lower fares for everyone.",
    "question-about-the-person-in-the-label": "Dana Holt: the last honest senator?\n\nDana Holt retired.",
    "two-names-in-a-label": "Holt and Brandt: a feud that shaped the port\n\nDana Holt and Ivo Brandt met in 1990.",
    "a-pronoun-object-says-nothing": "The port authority denied it on Monday.",
    "a-thing-does-not-promise": "The new levy threatens to raise fares for every islander.",
    "a-date-is-not-what-was-promised": "Senator Dana Holt promised Monday.",
    "admit-as-letting-in": "The club does not admit members under 18.",
    "continued-as-aspect": "Dana Holt continued pushing for a new ferry.",
    "as-clause-of-time": "As Holt said goodbye, the crowd cheered.",
    "pledged-support-is-no-statement": "Governor Ada Carver has pledged her support to the ferry plan.",
    "claimed-victory-is-no-statement": "Senator Dana Holt claimed a victory in the northern districts.",
    "a-label-naming-a-situation": "Big win for Okafor: dockers back the ferry plan\n\nLena Okafor won the vote.",
    "a-source-credited-above-a-block-quote": "From Jo Abel, writing at the Harbour Gazette:\n\n"
                                             "“The ferry line was sold in secret to the mayor's cousin.”",
    "a-time-clause-set-off-by-commas": "Later in the show, after the interview concluded, the host left the studio.",
}


@pytest.mark.parametrize("text", NEGATIVE.values(), ids=NEGATIVE.keys())
def test_no_attributed_claim(text: str) -> None:
    assert attributed(text) == []


@pytest.mark.parametrize("text, expected", [
    ("''We won,'' she said.", ["We won,"]),
    ("He said, ''I told them, 'No,''' and left.", ["I told them, 'No,'"]),
    ("The players' union and the owners' offer.", []),
], ids=["two-apostrophes", "two-apostrophes-nested-single", "plural-possessives"])
def test_two_apostrophe_quote_pairs(text: str, expected: list[str]) -> None:
    quotes = find_quotes(split_paragraphs(text))
    assert [text[q.inner_start:q.inner_end] for q in quotes] == expected


TURN = "“The pier will reopen in May,” said Tess Waring, the mayor. “The ferries will follow.”"


def test_the_quotes_around_one_attribution_are_one_claim() -> None:
    claims = extract(TURN)
    assert [(c.content, c.cue) for c in claims] == [
        ("The pier will reopen in May,” said Tess Waring, the mayor. “The ferries will follow.", "said")]


def test_a_quote_in_the_next_paragraph_is_a_claim_of_its_own() -> None:
    text = TURN.replace(" “The ferries", "\n“The ferries")
    assert [(c.content, c.cue) for c in extract(text)] == [
        ("The pier will reopen in May", "said"), ("The ferries will follow.", None)]


def test_a_quote_after_a_sentence_of_the_writer_is_a_claim_of_its_own() -> None:
    text = TURN.replace(" “The ferries", " The council agreed. “The ferries")
    assert [c.content for c in extract(text) if c.speaker] == ["The pier will reopen in May", "The ferries will follow."]


def test_a_title_abbreviation_in_the_attribution_ends_no_sentence_of_a_quote_turn() -> None:
    text = "''The pier will reopen in May,'' Mr. Waring said on Radio North. ''The ferries will follow.''"
    assert [c.content for c in extract(text)] == [
        "The pier will reopen in May,'' Mr. Waring said on Radio North. ''The ferries will follow."]
