"""The ClaimReview JSON-LD export: published verdicts only, valid against the schema.org vocabulary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

from claims.models import Article, Claim, Speaker
from tests.verify.export_data import history_build
from verify import ratings
from verify.errors import InvalidInput, NotConfigured
from verify.exports import ExportFilters, export_filters_parse, export_stream
from verify.models import Source, Verdict, VerdictStatus
from verify.ratings import Attribution
from verify.services import reviews, verdicts

pytestmark = pytest.mark.django_db
VOCABULARY = json.loads(
    (Path(__file__).resolve().parents[1] / "fixtures" / "schemaorg-claimreview-terms.json").read_text(
        encoding="utf-8"
    )
)


@pytest.fixture
def history(fact_checker, editor):
    return history_build(checker=fact_checker, editor=editor)


def claimreviews(filters: dict | None = None) -> list[dict]:
    data = b"".join(export_stream("claimreview", export_filters_parse(filters or {})))
    return json.loads(data)


# --- schema.org vocabulary --------------------------------------------------------------------


def ancestors(type_name: str) -> set[str]:
    """The type and all its supertypes."""
    found, todo = set(), [type_name]
    while todo:
        name = todo.pop()
        found.add(name)
        todo.extend(VOCABULARY["types"][name])
    return found


def data_type_matches(value: object, expected: str) -> bool:
    if expected == "Number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if not isinstance(value, str):
        return False
    if expected == "URL":
        return value.startswith(("https://", "http://"))
    if expected == "Date":
        return len(value) == 10 and value[4] == value[7] == "-"
    if expected == "DateTime":
        return "T" in value
    return True


def vocabulary_problems(node: dict, path: str = "$") -> list[str]:
    """Every @type must be a known type; every property must exist, apply to the node's type
    (its domain holds the type or a supertype) and hold a value of its range."""
    kind = node.get("@type")
    if kind not in VOCABULARY["types"]:
        return [f"{path}: unknown @type {kind!r}"]
    problems = []
    for name, value in node.items():
        if name.startswith("@"):
            continue
        term = VOCABULARY["properties"].get(name)
        if term is None:
            problems.append(f"{path}.{name}: not a schema.org property in the vocabulary")
        elif not ancestors(kind) & set(term["domain"]):
            problems.append(f"{path}.{name}: not a property of {kind}")
        elif isinstance(value, dict):
            value_type = value.get("@type")
            if value_type in VOCABULARY["types"] and not ancestors(value_type) & set(term["range"]):
                problems.append(f"{path}.{name}: a {value_type} is not in its range {term['range']}")
            problems += vocabulary_problems(value, f"{path}.{name}")
        elif not any(data_type_matches(value, expected) for expected in term["range"]):
            problems.append(f"{path}.{name}: {value!r} is not one of {term['range']}")
    return problems


def test_the_vocabulary_check_catches_wrong_types_properties_and_values():
    bad = {
        "@type": "ClaimReview",
        "claimReviewed": "x",
        "appearance": {"@type": "NewsArticle"},
        "reviewRating": {"@type": "Person", "name": "x"},
        "datePublished": 2026,
        "colour": "red",
        "itemReviewed": {"@type": "Claimm"},
    }
    problems = vocabulary_problems(bad)
    assert any(".appearance: not a property of ClaimReview" in p for p in problems)
    assert any(".reviewRating: a Person is not in its range" in p for p in problems)
    assert any(".datePublished: 2026 is not one of" in p for p in problems)
    assert any(".colour: not a schema.org property" in p for p in problems)
    assert any("unknown @type 'Claimm'" in p for p in problems)


# --- the export -------------------------------------------------------------------------------


def test_only_the_published_verdict_is_exported_as_a_full_claimreview(history, settings):
    settings.FACTCHECK_ORG_NAME = "Kyiv Fact Desk"
    settings.FACTCHECK_ORG_URL = "https://factdesk.example.org"
    settings.CLAIMREVIEW_URL_TEMPLATE = "https://factdesk.example.org/checks/{claim_id}"
    claim = history.published.claim
    approved = Verdict.objects.get(status=VerdictStatus.APPROVED)
    assert claimreviews() == [
        {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": f"https://factdesk.example.org/checks/{claim.id}",
            "datePublished": timezone.localdate(approved.decided_at).isoformat(),
            "claimReviewed": "40,000 people would benefit from the new wage",
            "itemReviewed": {
                "@type": "Claim",
                "author": {"@type": "Person", "name": "Jane Doe"},
                "datePublished": claim.article.published_on.isoformat(),
                "appearance": {
                    "@type": "NewsArticle",
                    "url": "https://cms-a.example.org/wage-rise",
                    "headline": "Wage rise",
                    "datePublished": claim.article.published_on.isoformat(),
                },
            },
            "author": {
                "@type": "Organization",
                "name": "Kyiv Fact Desk",
                "url": "https://factdesk.example.org",
            },
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": 4,
                "bestRating": 5,
                "worstRating": 1,
                "alternateName": "Mostly true (quote confirmed)",
            },
            "reviewBody": "About right: 40,012 workers.",
        }
    ]


def test_every_term_used_exists_in_schema_org_with_the_right_domain(history, settings):
    settings.FACTCHECK_ORG_URL = "https://factdesk.example.org"
    settings.CLAIMREVIEW_URL_TEMPLATE = "https://factdesk.example.org/checks/{verdict_id}"
    Speaker.objects.filter(pk=history.mayor.pk).update(type="organization")
    items = claimreviews()
    assert items
    for item in items:
        assert item["@context"] == "https://schema.org"
        assert vocabulary_problems(item) == []


def test_a_rating_off_the_numeric_scale_has_only_its_name(history):
    Verdict.objects.filter(status=VerdictStatus.APPROVED).update(
        substance_value=None, substance_alternate_name="Misleading", attribution="misquoted"
    )
    [item] = claimreviews()
    assert item["reviewRating"] == {"@type": "Rating", "alternateName": "Misleading (misquoted)"}
    assert vocabulary_problems(item) == []


@pytest.mark.parametrize(
    ("attribution", "name"),
    [
        ("confirmed", "Mostly true (quote confirmed)"),
        ("paraphrased_accurately", "Mostly true (accurately paraphrased)"),
        ("misquoted", "Mostly true (misquoted)"),
        ("out_of_context", "Mostly true (quoted out of context)"),
        ("could_not_confirm", "Mostly true (quote not confirmed)"),
        ("", "Mostly true"),
    ],
)
def test_the_attribution_finding_is_published_in_the_rating(history, attribution, name):
    Verdict.objects.filter(status=VerdictStatus.APPROVED).update(attribution=attribution)
    [item] = claimreviews()
    assert item["reviewRating"]["alternateName"] == name
    assert item["reviewRating"]["ratingValue"] == 4
    assert vocabulary_problems(item) == []


def test_every_attribution_finding_has_a_published_name():
    assert set(ratings.ATTRIBUTION_RATING_NAMES) == set(Attribution.values)


@pytest.mark.parametrize(
    ("speaker_type", "schema_type"),
    [
        ("organization", "Organization"),
        ("country", "Organization"),
        ("group", "Organization"),
        ("anonymous", "Person"),
        ("person", "Person"),
    ],
)
def test_speaker_types_map_to_person_or_organization(history, speaker_type, schema_type):
    Speaker.objects.filter(pk=history.mayor.pk).update(type=speaker_type)
    assert claimreviews()[0]["itemReviewed"]["author"]["@type"] == schema_type


def test_a_claim_without_speaker_or_article_url_leaves_those_out(history):
    Claim.objects.filter(pk=history.published.claim_id).update(speaker=None)
    Article.objects.filter(pk=history.published.claim.article_id).update(url="")
    [item] = claimreviews()
    assert "author" not in item["itemReviewed"] and "url" not in item["itemReviewed"]["appearance"]
    assert item["url"] == f"https://factcheck.example.org/checks/{history.published.claim_id}"
    assert vocabulary_problems(item) == []


def test_text_is_escaped_for_an_html_script_element(history):
    Claim.objects.filter(pk=history.published.claim_id).update(
        content="</script><script>alert(1)</script> & more"
    )
    data = b"".join(export_stream("claimreview", ExportFilters()))
    assert b"<" not in data and b">" not in data and b"&" not in data
    assert json.loads(data)[0]["claimReviewed"] == "</script><script>alert(1)</script> & more"


def test_a_reopened_claim_is_not_published_until_its_new_verdict_is_approved(history, editor, other_editor):
    reviews.review_reopen(review=history.published, actor=editor, reason="New figures")
    assert claimreviews() == []
    review = verdicts.verdict_propose(
        review=history.published.pk,
        actor=editor,
        substance="false",
        substance_rationale="New figures.",
        summary="Now wrong.",
        attribution="confirmed",
        attribution_rationale="Video.",
        source_ids=list(Source.objects.filter(review=history.published).values_list("id", flat=True)),
    )
    verdicts.verdict_approve(review=review, actor=other_editor)
    [item] = claimreviews()
    assert item["reviewRating"]["alternateName"] == "False (quote confirmed)" and item["reviewBody"] == "Now wrong."


def test_filters_apply_to_the_published_verdicts(history, settings):
    assert len(claimreviews({"rating": "mostly_true"})) == 1
    assert claimreviews({"rating": "false"}) == []
    assert len(claimreviews({"reviewer": "fact_checker"})) == 1  # the proposer
    assert len(claimreviews({"reviewer": "editor"})) == 1  # the approver
    assert claimreviews({"source_system": "cms-b"}) == []
    assert len(claimreviews({"speaker": "Jane Doe", "state": "published"})) == 1
    today = timezone.localdate().isoformat()
    assert len(claimreviews({"since": today, "until": today})) == 1
    assert claimreviews({"until": "2000-01-01"}) == []


def test_an_export_with_nothing_published_is_an_empty_array(db):
    assert b"".join(export_stream("claimreview", ExportFilters())) == b"[]\n"


def test_states_other_than_published_are_refused_before_anything_is_read(history, django_assert_num_queries):
    filters = export_filters_parse({"state": "in_review"})
    with django_assert_num_queries(0), pytest.raises(InvalidInput) as caught:
        export_stream("claimreview", filters)
    assert caught.value.errors == {"state": "A ClaimReview export holds published verdicts only."}


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("FACTCHECK_ORG_NAME", "", "FACTCHECK_ORG_NAME must name the organisation"),
        (
            "CLAIMREVIEW_URL_TEMPLATE",
            "https://x.example/{slug}",
            "CLAIMREVIEW_URL_TEMPLATE 'https://x.example/{slug}'",
        ),
        (
            "CLAIMREVIEW_URL_TEMPLATE",
            "/checks/{claim_id}",
            "CLAIMREVIEW_URL_TEMPLATE '/checks/{claim_id}' must be an absolute http:// or https:// address",
        ),
    ],
)
def test_misconfigured_settings_are_refused_clearly(db, settings, name, value, message):
    setattr(settings, name, value)
    with pytest.raises(ImproperlyConfigured, match=message):
        export_stream("claimreview", ExportFilters())


def test_without_a_url_template_claimreview_is_refused_naming_the_setting(
    history, settings, django_assert_num_queries
):
    settings.CLAIMREVIEW_URL_TEMPLATE = ""
    with django_assert_num_queries(0), pytest.raises(NotConfigured) as caught:
        export_stream("claimreview", ExportFilters())
    assert str(caught.value).startswith(
        "CLAIMREVIEW_URL_TEMPLATE is not set: a ClaimReview needs the public address of each fact-check"
    )
