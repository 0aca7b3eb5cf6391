"""A claim's "as of" date: the day its figures describe, for re-checks and for readers.

A date the claim names wins; otherwise the article's publication date; a claim without
figures has none (there is nothing to date).
"""

from __future__ import annotations

import importlib
from datetime import date
from types import SimpleNamespace

import pytest

from claims import services
from claims.models import Article
from verify.services import articles

pytestmark = pytest.mark.django_db

PUBLISHED = date(2022, 3, 15)
TEXT = (
    "\u201cUnemployment fell to 4.1% on March 1, 2021,\u201d said Finance Minister John Roe.\n"
    "\u201cAbout 40,000 people would benefit from the new wage,\u201d said Mayor Jane Doe.\n"
    "\u201cThis is a historic day for workers,\u201d said council member Ana Lima.\n"
)


@pytest.fixture
def claims_by_text(django_capture_on_commit_callbacks) -> dict[str, object]:
    with django_capture_on_commit_callbacks(execute=True):
        articles.article_ingest(source_system="cms", external_id="as-of-1", body=TEXT, published_on=PUBLISHED)
    return {claim.content: claim for claim in Article.objects.get().claims.all()}


def claim_starting(claims: dict, words: str):
    [claim] = [claim for text, claim in claims.items() if text.startswith(words)]
    return claim


def test_a_date_named_in_the_claim_wins(claims_by_text):
    claim = claim_starting(claims_by_text, "Unemployment fell to 4.1%")
    assert claim.quantities and claim.as_of == date(2021, 3, 1)


def test_figures_without_a_date_are_as_of_the_article_date(claims_by_text):
    claim = claim_starting(claims_by_text, "About 40,000 people")
    assert claim.quantities and not claim.dates
    assert claim.as_of == PUBLISHED


def test_a_claim_without_figures_has_no_as_of_date(claims_by_text):
    claim = claim_starting(claims_by_text, "This is a historic day")
    assert claim.quantities == [] and claim.as_of is None


def mention(value: date | None) -> SimpleNamespace:
    return SimpleNamespace(value=value)


@pytest.mark.parametrize(
    ("dates", "published", "expected"),
    [
        ([mention(date(2021, 3, 1)), mention(date(2020, 1, 1))], PUBLISHED, date(2021, 3, 1)),
        ([mention(None), mention(date(2020, 1, 1))], PUBLISHED, date(2020, 1, 1)),
        ([mention(None)], PUBLISHED, PUBLISHED),
        ([], PUBLISHED, PUBLISHED),
        ([], None, None),
    ],
    ids=["first-named-date", "unresolved-date-skipped", "only-unresolved", "no-date", "no-date-no-article-date"],
)
def test_the_first_resolved_date_wins_then_the_article_date(dates, published, expected):
    assert services._claim_as_of(SimpleNamespace(dates=dates), published) == expected


PERIOD_TEXT = (
    "\u201cThe port handled 4.1 million containers this year,\u201d said harbour master Lena Ortiz.\n"
    "\u201cWe answered about 600,000 calls last year,\u201d said dispatcher Omar Reyes.\n"
)
DECEMBER_FIRST = date(2026, 12, 1)


@pytest.fixture
def period_claims(django_capture_on_commit_callbacks) -> dict[str, object]:
    with django_capture_on_commit_callbacks(execute=True):
        articles.article_ingest(
            source_system="cms", external_id="as-of-2", body=PERIOD_TEXT, published_on=DECEMBER_FIRST
        )
    return {claim.content: claim for claim in Article.objects.get().claims.all()}


@pytest.mark.parametrize(
    ("words", "period_text", "start", "end"),
    [
        ("The port handled", "this year", date(2026, 1, 1), date(2026, 12, 31)),
        ("We answered", "last year", date(2025, 1, 1), date(2025, 12, 31)),
    ],
)
def test_a_period_is_not_the_as_of_day_and_is_kept_apart(period_claims, words, period_text, start, end):
    """"this year" in a paper of Dec. 1, 2026 is not "as of Jan. 1, 2026": the figure was given
    on Dec. 1 and describes the year."""
    claim = claim_starting(period_claims, words)
    assert claim.as_of == DECEMBER_FIRST
    assert claim.figure_period == {"text": period_text, "start": start, "end": end}


def test_figures_are_stored_exactly(period_claims):
    claim = claim_starting(period_claims, "The port handled")
    [figure] = claim.quantities
    assert figure["value"] == 4_100_000 and figure["text"] == "4.1 million containers"


def test_stored_periods_are_redone_by_the_migration():
    """Claims stored before periods existed carried the period's first day as a day and as_of."""
    migration = importlib.import_module("claims.migrations.0004_claim_dates_periods")
    old = [{"text": "last year", "span": [0, 9], "value": "2025-01-01"},
           {"text": "Tuesday", "span": [10, 17], "value": "2026-12-01"}]
    redone = migration._dates_redone(old, DECEMBER_FIRST)
    assert redone[0] == {"text": "last year", "span": [0, 9], "value": None,
                         "period": ["2025-01-01", "2025-12-31"]}
    assert redone[1] == old[1]
    claim = SimpleNamespace(quantities=[{"value": 7}], article=SimpleNamespace(published_on=DECEMBER_FIRST))
    assert migration._as_of(claim, redone[:1]) == DECEMBER_FIRST
    assert migration._as_of(claim, redone) == "2026-12-01"
    assert migration._as_of(SimpleNamespace(quantities=[]), redone) is None
