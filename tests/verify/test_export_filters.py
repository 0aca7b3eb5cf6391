"""Export filters: parsing from a mapping with clear errors, and which audit entries each keeps."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from django.http import QueryDict
from django.utils import timezone

from claims.models import Speaker
from tests.verify.export_data import history_build
from verify.errors import InvalidInput
from verify.exports import ExportFilters, export_filters_parse, export_stream
from verify.models import AuditEntry

pytestmark = pytest.mark.django_db
UTC = dt.UTC


@pytest.fixture
def history(fact_checker, editor):
    return history_build(checker=fact_checker, editor=editor)


def errors_of(data: dict) -> dict:
    with pytest.raises(InvalidInput) as caught:
        export_filters_parse(data)
    assert caught.value.message == "The export filters are not valid."
    return caught.value.errors


def exported_seqs(filters: dict) -> list[int]:
    """The seqs a JSON Lines export with ``filters`` holds (checking its header), after checking
    the CSV export (on PostgreSQL written by the server, with the filters' parameters) holds the same."""
    data = b"".join(export_stream("jsonl", export_filters_parse(filters)))
    lines = [json.loads(line) for line in data.splitlines()]
    assert lines[0]["export"]["complete"] is (not filters)
    assert lines[0]["export"]["rows"] == len(lines) - 1
    seqs = [line["audit"]["seq"] for line in lines[1:]]
    table = b"".join(export_stream("csv", export_filters_parse(filters))).decode("utf-8-sig")
    assert [int(record["seq"]) for record in csv.DictReader(io.StringIO(table))] == seqs
    return seqs


def seqs_where(**lookup) -> list[int]:
    return list(AuditEntry.objects.filter(**lookup).order_by("seq").values_list("seq", flat=True))


# --- Parsing ----------------------------------------------------------------------------------


def test_nothing_given_means_everything():
    assert export_filters_parse({}) == ExportFilters()
    assert export_filters_parse({"since": "", "state": None, "rating": []}).is_empty


def test_dates_are_days_in_the_site_time_zone_and_until_includes_its_day(settings):
    settings.TIME_ZONE = "UTC"
    filters = export_filters_parse({"since": "2026-11-01", "until": "2026-11-30"})
    assert filters.since == dt.datetime(2026, 11, 1, tzinfo=UTC)
    assert filters.until == dt.datetime(2026, 12, 1, tzinfo=UTC)


def test_date_times_keep_their_offset_and_until_is_exclusive():
    filters = export_filters_parse({"since": "2026-11-01T08:00:00+02:00", "until": "2026-11-02T00:00:00Z"})
    assert filters.since == dt.datetime(2026, 11, 1, 6, tzinfo=UTC)
    assert filters.until == dt.datetime(2026, 11, 2, tzinfo=UTC)


def test_lists_come_comma_separated_or_repeated_as_from_a_query_string(history):
    query = QueryDict("state=published,in_review&rating=false&rating=true")
    filters = export_filters_parse({name: query.getlist(name) for name in query})
    assert filters.states == ("published", "in_review") and filters.ratings == ("false", "true")


def test_speaker_by_id_or_by_name_case_insensitively(history):
    assert export_filters_parse({"speaker": str(history.mayor.id)}).speaker_ids == (history.mayor.id,)
    assert export_filters_parse({"speaker": "olena KOVALENKO"}).speaker_ids == (history.minister.id,)
    both = export_filters_parse({"speaker": [str(history.mayor.id), "Olena Kovalenko"]})
    assert both.speaker_ids == tuple(sorted((history.mayor.id, history.minister.id)))


def test_speaker_names_may_hold_commas(history):
    Speaker.objects.filter(pk=history.minister.pk).update(canonical_name="Kovalenko, Olena")
    assert export_filters_parse({"speaker": "Kovalenko, Olena"}).speaker_ids == (history.minister.id,)


def test_as_dict_reads_back_to_equal_filters(history):
    filters = export_filters_parse(
        {
            "since": "2026-11-01",
            "until": "2026-11-30T12:00:00+01:00",
            "state": "published",
            "rating": "false,true",
            "reviewer": "editor",
            "source_system": "cms-a",
            "speaker": "Jane Doe",
        }
    )
    assert json.loads(json.dumps(filters.as_dict())) == filters.as_dict()
    assert export_filters_parse(filters.as_dict()) == filters


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (
            {"since": "2026-13-01"},
            "since",
            "'2026-13-01' is not a date (YYYY-MM-DD) or an ISO 8601 date-time.",
        ),
        ({"until": "yesterday"}, "until", "'yesterday' is not a date"),
        (
            {"since": "2026-11-02", "until": "2026-11-01"},
            "until",
            "The end of the period must come after its start.",
        ),
        ({"since": ["2026-11-01", "2026-11-02"]}, "since", "Give one date, not 2."),
        ({"state": "publishd"}, "state", "'publishd': not a review state (choose from new, queued,"),
        ({"rating": "great,false"}, "rating", "'great': not a rating (choose from true, mostly_true,"),
        (
            {"reviewer": "nobody"},
            "reviewer",
            "Nobody called 'nobody' has an account or appears in the audit trail.",
        ),
        (
            {"source_system": "cms-z"},
            "source_system",
            "No article comes from a source system called 'cms-z'.",
        ),
        ({"speaker": "999999"}, "speaker", "There is no speaker '999999'"),
        ({"speaker": "Nobody Known"}, "speaker", "There is no speaker 'Nobody Known'"),
        (
            {"sate": "published"},
            "sate",
            "There is no export filter called 'sate' (filters: since, until, state,",
        ),
        ({"state": {"a": 1}}, "state", "Give text, not dict."),
        ({"reviewer": "x" * 400}, "reviewer", "This is not a username."),
        ({"until": "9999-12-31"}, "until", "'9999-12-31' is not a date"),
    ],
)
def test_bad_filters_are_refused_with_a_message_per_field(history, data, field, message):
    errors = errors_of(data)
    assert list(errors) == [field]
    assert errors[field].startswith(message)


def test_every_bad_filter_is_reported_at_once(history):
    assert set(errors_of({"since": "x", "state": "y", "speaker": "z", "colour": "red"})) == {
        "since",
        "state",
        "speaker",
        "colour",
    }


# --- What each filter keeps -------------------------------------------------------------------


def test_state_keeps_entries_that_reached_it(history):
    assert exported_seqs({"state": "published"}) == seqs_where(to_state="published")
    assert exported_seqs({"state": "in_review,dismissed"}) == seqs_where(
        to_state__in=["in_review", "dismissed"]
    )


def test_rating_keeps_entries_recording_a_verdict_with_it(history):
    assert exported_seqs({"rating": "false"}) == seqs_where(
        claim_id=history.sent_back.claim_id, action__in=["propose_verdict", "send_back"]
    )


def test_reviewer_keeps_what_that_person_did(history):
    assert exported_seqs({"reviewer": "editor"}) == seqs_where(actor_username="editor")
    assert len(exported_seqs({"reviewer": "editor"})) == 2


def test_source_system_and_speaker_keep_entries_about_matching_claims(history):
    cms_b = [history.sent_back.claim_id]
    assert exported_seqs({"source_system": "cms-b"}) == seqs_where(claim_id__in=cms_b)
    minister = [history.sent_back.claim_id, history.dismissed.claim_id]
    assert exported_seqs({"speaker": "Olena Kovalenko"}) == seqs_where(claim_id__in=minister)
    both = exported_seqs({"speaker": "Olena Kovalenko", "source_system": "cms-a"})
    assert both == seqs_where(claim_id=history.dismissed.claim_id)


def test_dates_keep_entries_that_happened_in_the_period(history):
    entries = list(AuditEntry.objects.order_by("seq"))
    middle = entries[4].occurred_at
    after = exported_seqs({"since": middle.isoformat()})
    assert after == [e.seq for e in entries if e.occurred_at >= middle]
    before = exported_seqs({"until": middle.isoformat()})
    assert before == [e.seq for e in entries if e.occurred_at < middle]
    today = timezone.localdate().isoformat()
    assert exported_seqs({"since": today, "until": today}) == [e.seq for e in entries]


def test_filters_nothing_matches_give_an_empty_export_with_its_header(history):
    seqs = exported_seqs({"reviewer": "editor", "state": "dismissed"})
    assert seqs == []
