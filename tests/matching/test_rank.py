"""The re-ranker: scores, the reasons' wording, conflicts kept below the linking threshold, and
the right check first on a sample of the labelled pairs."""
from __future__ import annotations

import datetime
import json
import re
import time
from pathlib import Path

import pytest

from verify.matching import (LINK_THRESHOLD, CandidateIndex, CheckCandidate, MatchQuery, candidate_terms,
                             match_terms, rank_candidates)

PAIRS = Path(__file__).resolve().parent.parent.parent / "bench" / "data" / "matching-pairs.jsonl"
DAY = datetime.date(2031, 3, 15)
TOLL = CheckCandidate("toll", "Close to 700 civilians have been confirmed killed in Valdoria since the invasion began.",
                      "UN Human Rights Monitoring Mission", DAY, "Accurate", "https://factcheck.example.org/toll")
TOLL_7000 = CheckCandidate("toll-7000", "7,000 civilians were killed in Valdoria in the first week of the invasion.",
                           "Viral post", DAY)
BUDGET = CheckCandidate("budget", "The state cut its education budget by 10% last year.", "Tess Halvorsen",
                        datetime.date(2033, 2, 10))
ARCHIVE = [TOLL, TOLL_7000, BUDGET]


def best(text: str, speaker: str | None = None, as_of: datetime.date | None = None, **kwargs):
    return rank_candidates(MatchQuery(text, speaker, as_of, **kwargs), ARCHIVE, limit=3)[0]


def test_reasons_name_speaker_figure_text_and_days():
    match = best("Nearly seven hundred civilians have been confirmed dead in Valdoria since the invasion began",
                 "UN Human Rights Monitoring Mission", DAY + datetime.timedelta(days=12))
    assert match.candidate is TOLL and match.is_link()
    assert match.reasons[:2] == ("same speaker", "same figure 700 (approximately)")
    assert re.fullmatch(r"text [01]\.\d\d similar", match.reasons[2])
    assert match.reasons[-1] == "12 days apart"
    assert match.reason_text.startswith("same speaker; same figure 700 (approximately); text ")
    assert 0 <= match.score <= 1


def test_another_figure_in_the_same_words_is_not_linked():
    match = best("Close to 70 civilians have been confirmed killed in Valdoria since the invasion began",
                 "UN Human Rights Monitoring Mission", DAY)
    assert not match.is_link()
    assert "different figure 70 (approximately), the check says 700 (approximately)" in match.reasons


def test_the_check_of_the_figure_stated_ranks_first():
    assert best("Seven thousand civilians were killed in Valdoria in the invasion's first week").candidate is TOLL_7000


@pytest.mark.parametrize("text, speaker, as_of, reason", [
    ("The state cut its education budget by 10% last year.", "Beto Ruiz", datetime.date(2033, 2, 11),
     "different speaker (Tess Halvorsen)"),
    ("The state did not cut its education budget last year.", "Tess Halvorsen", datetime.date(2033, 2, 11),
     "negated in one and not the other"),
    ("The state cut its education budget by 10% last year.", "Tess Halvorsen", datetime.date(2033, 9, 1),
     "203 days apart: figures as of different times"),
])
def test_a_verbatim_repeat_that_is_another_claim_ranks_first_but_is_not_linked(text, speaker, as_of, reason):
    match = best(text, speaker, as_of)
    assert match.candidate is BUDGET
    assert reason in match.reasons
    assert match.score < LINK_THRESHOLD
    assert not match.is_link(threshold=0.1)


def test_a_check_outside_the_claims_period_is_not_linked():
    march = (datetime.date(2034, 3, 1), datetime.date(2034, 3, 31))
    match = best("The state cut its education budget by 10% last year.", "Tess Halvorsen", period=march)
    assert not match.is_link() and "outside the claim's period" in match.reasons[-1]


def test_tweet_noise_does_not_hide_the_check():
    match = best("RT @UNMonitorVal: Close to 700 civilians confirmed killed in #Valdoria since the invasion "
                 "began 💔 https://t.co/a8Fq2 pic.twitter.com/x7Yy")
    assert match.candidate is TOLL and match.is_link()


@pytest.mark.parametrize("hostile", ["", "😀" * 2000, "\x00\x07" * 500, "שלום " * 2000, "700 " * 5000,
                                     "not " * 3000, "Ab " * 4000])
def test_hostile_queries_give_a_bounded_result_quickly(hostile):
    started = time.perf_counter()
    matches = rank_candidates(MatchQuery(hostile), ARCHIVE * 17, limit=5)
    assert time.perf_counter() - started < 2.0
    assert len(matches) <= 5 and all(0 <= m.score <= 1 for m in matches)


def labelled_pairs() -> tuple[dict[str, CheckCandidate], list[dict]]:
    checks, queries = {}, []
    for line in PAIRS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["type"] == "check":
            checks[row["id"]] = CheckCandidate(row["id"], row["claim"], row["speaker"],
                                               datetime.date.fromisoformat(row["date"]))
        else:
            queries.append(row)
    return checks, queries


def test_the_right_check_ranks_first_on_the_labelled_sample():
    checks, queries = labelled_pairs()
    index = CandidateIndex()
    for key, check in checks.items():
        index.add(key, match_terms(check.text))
    sample = [q for q in queries if q["check"] and q["split"] == "holdout"][::2]
    right = 0
    for query in sample:
        found = index.search(candidate_terms(match_terms(query["text"]), index.stats), 50)
        top = rank_candidates(MatchQuery(query["text"], query["speaker"], datetime.date.fromisoformat(query["date"])),
                              [checks[key] for key, _ in found], stats=index.stats, limit=1)
        right += bool(top) and top[0].candidate.key == query["check"]
    assert len(sample) >= 25 and right / len(sample) >= 0.95


def test_embedding_cosines_blend_into_the_text_similarity():
    plain = rank_candidates(MatchQuery("Valdoria civilian toll"), [TOLL])[0]
    blended = rank_candidates(MatchQuery("Valdoria civilian toll"), [TOLL], semantic={"toll": 0.9})[0]
    assert blended.score > plain.score
