"""Sources of a review: who may change them when, what a valid source is, and the metadata fetch."""

from __future__ import annotations

import pytest
from django.utils import timezone

from tests.factories import SourceFactory, review_in
from verify.errors import InvalidInput, NotPermitted, StaleVersion, TransitionNotAllowed
from verify.models import AuditEntry, MetadataStatus, ReviewState, Source
from verify.services import sources

pytestmark = pytest.mark.django_db
S = ReviewState


@pytest.fixture
def in_review(fact_checker):
    return review_in(S.IN_REVIEW, assignee=fact_checker)


def add(review, actor, **overrides):
    fields = {"url": "https://stats.example.org/wages", "stance": "supports", "title": "Wages 2024",
              "publisher": "Statistics Office", **overrides}
    return sources.source_add(review=review, actor=actor, **fields)


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/a.csv", "data:text/html,hi",
    "https://", "not a url", "http://exa mple.org", "https://example.org/" + "a" * 2000, "", None, 42,
])
def test_only_http_and_https_addresses_are_accepted(in_review, fact_checker, url):
    with pytest.raises(InvalidInput) as raised:
        add(in_review, fact_checker, url=url)
    assert "url" in raised.value.errors
    assert not Source.objects.exists() and not AuditEntry.objects.exists()


@pytest.mark.parametrize("field,value", [
    ("title", "t" * 501), ("publisher", "p" * 301), ("excerpt", "e" * 5001), ("stance", "neutral"),
    ("archive_url", "javascript:alert(1)"), ("published_on", "yesterday"), ("title", "nul\x00"),
])
def test_oversized_or_malformed_fields_are_refused_naming_the_field(in_review, fact_checker, field, value):
    with pytest.raises(InvalidInput) as raised:
        add(in_review, fact_checker, **{field: value})
    assert field in raised.value.errors


def test_a_complete_source_is_stored_as_manual_and_fetches_nothing(in_review, fact_checker,
                                                                   django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        source = add(in_review, fact_checker, archive_url="https://web.archive.org/web/2024/x")
    assert (source.metadata_status, source.added_by, source.accessed_on) == (
        MetadataStatus.MANUAL, fact_checker, timezone.localdate()
    )
    assert len(callbacks) == 1  # only transition_recorded
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.source_ids, entry.data["source"]["url"]) == (
        "source_add", [source.id], "https://stats.example.org/wages"
    )


@pytest.mark.parametrize("blank", ["title", "publisher"])
def test_a_source_without_title_or_publisher_has_its_metadata_fetched_after_commit(
    in_review, fact_checker, blank, django_capture_on_commit_callbacks, monkeypatch
):
    from verify import tasks

    fetched, recorded = [], []
    monkeypatch.setattr(tasks.source_fetch_metadata, "delay", fetched.append)
    monkeypatch.setattr(tasks.transition_recorded, "delay", recorded.append)
    with django_capture_on_commit_callbacks(execute=True):
        source = add(in_review, fact_checker, **{blank: ""})
        assert fetched == []
    assert source.metadata_status == MetadataStatus.PENDING
    assert fetched == [source.id] and recorded == [AuditEntry.objects.get().id]


def test_sources_change_only_while_the_claim_is_being_checked(fact_checker, editor):
    for state in (S.QUEUED, S.VERDICT_PROPOSED, S.PUBLISHED):
        with pytest.raises(TransitionNotAllowed, match="change the sources"):
            add(review_in(state, assignee=fact_checker), editor)


def test_only_the_assignee_or_an_editor_adds_sources(in_review, other_fact_checker, editor):
    with pytest.raises(NotPermitted):
        add(in_review, other_fact_checker)
    assert add(in_review, editor).added_by == editor


def test_correcting_a_source_records_before_and_after(in_review, fact_checker):
    source = SourceFactory(review=in_review, title="Old")
    source = sources.source_update(source=source, actor=fact_checker, changes={"title": "New", "stance": "refutes"})
    assert (source.title, source.stance) == ("New", "refutes")
    entry = AuditEntry.objects.get()
    assert (entry.data["before"]["title"], entry.data["source"]["title"]) == ("Old", "New")


def test_correcting_an_unknown_field_is_refused(in_review, fact_checker):
    source = SourceFactory(review=in_review)
    with pytest.raises(InvalidInput) as raised:
        sources.source_update(source=source, actor=fact_checker, changes={"review_id": 1, "added_by": 2})
    assert set(raised.value.errors) == {"review_id", "added_by"}


def test_a_new_url_without_title_refetches_metadata(in_review, fact_checker, django_capture_on_commit_callbacks):
    source = SourceFactory(review=in_review, title="")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        source = sources.source_update(source=source, actor=fact_checker, changes={"url": "https://other.example/"})
    assert source.metadata_status == MetadataStatus.PENDING and len(callbacks) == 2


def test_removing_a_source_keeps_the_row_marked_removed(in_review, fact_checker):
    source = SourceFactory(review=in_review)
    sources.source_remove(source=source, actor=fact_checker, reason="Duplicate")
    source.refresh_from_db()
    assert source.is_removed and source.removed_by == fact_checker
    assert AuditEntry.objects.get().reason == "Duplicate"
    with pytest.raises(TransitionNotAllowed, match="removed"):
        sources.source_remove(source=source, actor=fact_checker)


def test_source_changes_bump_the_review_version_and_respect_it(in_review, fact_checker):
    add(in_review, fact_checker, expected_version=1)
    with pytest.raises(StaleVersion):
        add(in_review, fact_checker, expected_version=1)
    in_review.refresh_from_db()
    assert in_review.version == 2
