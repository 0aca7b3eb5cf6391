"""The article header (published date, dateline) and relative dates resolved against it."""
from __future__ import annotations

import datetime

import pytest

from claims.extraction import analyse_article
from claims.extraction.article import read_header
from claims.extraction.dates import resolve_date, resolve_period

TUESDAY = datetime.date(2022, 3, 15)


@pytest.mark.parametrize("phrase, expected", [
    ("Tuesday", TUESDAY),
    ("Monday", datetime.date(2022, 3, 14)),
    ("Wednesday", datetime.date(2022, 3, 9)),
    ("last Tuesday", datetime.date(2022, 3, 8)),
    ("today", TUESDAY),
    ("yesterday", datetime.date(2022, 3, 14)),
    ("tomorrow", datetime.date(2022, 3, 16)),
    ("three days ago", datetime.date(2022, 3, 12)),
    ("March 2", datetime.date(2022, 3, 2)),
    ("2 March", datetime.date(2022, 3, 2)),
    ("February 24, 2022", datetime.date(2022, 2, 24)),
    ("recent weeks", None),
])
def test_relative_dates_resolve_against_the_published_date(phrase, expected):
    assert resolve_date(phrase, TUESDAY) == expected


def day(year: int, month: int, day_of_month: int) -> datetime.date:
    return datetime.date(year, month, day_of_month)


@pytest.mark.parametrize("phrase, period", [
    ("last week", (day(2022, 3, 7), day(2022, 3, 13))),
    ("this week", (day(2022, 3, 14), day(2022, 3, 20))),
    ("last month", (day(2022, 2, 1), day(2022, 2, 28))),
    ("this month", (day(2022, 3, 1), day(2022, 3, 31))),
    ("next month", (day(2022, 4, 1), day(2022, 4, 30))),
    ("last year", (day(2021, 1, 1), day(2021, 12, 31))),
    ("this year", (day(2022, 1, 1), day(2022, 12, 31))),
    ("in March", (day(2022, 3, 1), day(2022, 3, 31))),
    ("December", (day(2022, 12, 1), day(2022, 12, 31))),
    ("February 2020", (day(2020, 2, 1), day(2020, 2, 29))),
    ("2019", (day(2019, 1, 1), day(2019, 12, 31))),
    ("the year 2019", (day(2019, 1, 1), day(2019, 12, 31))),
])
def test_a_period_resolves_to_its_first_and_last_day_and_is_not_a_day(phrase, period):
    assert resolve_period(phrase, TUESDAY) == period
    assert resolve_date(phrase, TUESDAY) is None


@pytest.mark.parametrize("phrase", ["Tuesday", "March 2", "yesterday", "recent weeks", "the past"])
def test_a_day_or_a_vague_phrase_has_no_period(phrase):
    assert resolve_period(phrase, TUESDAY) is None


def test_a_relative_period_needs_the_published_date_and_a_named_one_does_not():
    assert resolve_period("last year", None) is None and resolve_period("in March", None) is None
    assert resolve_period("March 2021", None) == (day(2021, 3, 1), day(2021, 3, 31))


def test_weekday_in_a_future_sentence_is_the_next_one():
    assert resolve_date("Friday", TUESDAY, future=True) == datetime.date(2022, 3, 18)


def test_without_published_date_only_explicit_dates_resolve():
    assert resolve_date("Tuesday", None) is None
    assert resolve_date("2022-03-15", None) == TUESDAY


@pytest.mark.parametrize("text, published, dateline", [
    (" date 2022-03-15 KYIV, Ukraine • Ukraine said ...", TUESDAY, "KYIV, Ukraine"),
    ("WASHINGTON (AP) — The Pentagon said ...", None, "WASHINGTON"),
    ("SAN FRANCISCO, Calif. — The company said ...", None, "SAN FRANCISCO, Calif."),
    ("March 15, 2022\nThe company said ...", TUESDAY, None),
    ("NATO said on Tuesday that ...", None, None),
    ("Storm batters coast\nMIAMI — Hurricane Lena made landfall ...", None, "MIAMI"),
    ("OSLO, June 9 (Reuters) - The central bank said ...", None, "OSLO"),
], ids=["date-prefix-and-dateline", "wire-dateline", "city-and-state", "written-date-line", "no-header",
        "dateline-under-headline", "wire-dateline-with-day"])
def test_header(text, published, dateline):
    _, found_published, found_dateline, _ = read_header(text)
    assert (found_published, found_dateline) == (published, dateline)


def test_published_argument_wins_over_the_header_and_resolves_claim_dates():
    text = "date 2020-01-01 LONDON — The mayor said on Tuesday that 40 buses would be replaced."
    analysis = analyse_article(text, published=TUESDAY)
    assert analysis.published == TUESDAY
    assert analysis.dateline == "LONDON"
    [claim] = analysis.claims
    assert [(d.text, d.value) for d in claim.dates] == [("Tuesday", TUESDAY)]


def test_dateline_under_a_headline_is_not_part_of_any_claim():
    text = "Storm batters coast\nMIAMI — Hurricane Lena knocked out power to 400,000 homes, officials said."
    [claim] = analyse_article(text).claims
    assert claim.content == "Hurricane Lena knocked out power to 400,000 homes"


def test_wire_dateline_with_a_day_is_not_part_of_the_lede_claim():
    text = "OSLO, June 9 (Reuters) - Norway's central bank will raise rates again, its governor said on Friday."
    [claim] = [c for c in analyse_article(text).claims if c.speaker]
    assert claim.content == "Norway's central bank will raise rates again"
