"""ClaimReview archives: records, errors by position and line, duplicates, hostile input, and
bounded memory on a large stream."""
from __future__ import annotations

import datetime
import io
import json
import tracemalloc
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verify.matching.claimreview import ClaimReviewError, ClaimReviewRecord, read_claimreviews

REVIEW = {
    "@context": "https://schema.org", "@type": "ClaimReview", "url": "https://factcheck.example.org/a",
    "claimReviewed": "Close to 700 civilians have been confirmed killed.",
    "reviewRating": {"@type": "Rating", "ratingValue": 4, "bestRating": 5, "worstRating": 1, "alternateName": "Mostly true"},
    "author": {"@type": "Organization", "name": "Desk"}, "datePublished": "2031-03-20",
    "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Mara Quist"},
                     "datePublished": "2031-03-15T09:00:00Z",
                     "appearance": [{"@type": "CreativeWork", "url": "https://news.example.org/1"}, "javascript:x"]},
}


def review(**changes) -> dict:
    return {**REVIEW, **changes}


def read(data: bytes | str) -> list:
    return list(read_claimreviews(io.BytesIO(data.encode() if isinstance(data, str) else data)))


def test_one_object_becomes_a_normalised_record():
    [record] = read(json.dumps(REVIEW))
    assert record == ClaimReviewRecord(
        position=1, line=1, url="https://factcheck.example.org/a", claim="Close to 700 civilians have been confirmed killed.",
        rating=record.rating, author="Desk", published=datetime.date(2031, 3, 20), claim_author="Mara Quist",
        claim_date=datetime.date(2031, 3, 15), appearances=("https://news.example.org/1",))
    assert (record.rating.label, record.rating.value, record.rating.normalised) == ("Mostly true", Decimal(4), 0.75)


@pytest.mark.parametrize("rating, label, normalised", [
    ({"ratingValue": "2", "bestRating": "7", "worstRating": "1"}, None, 1 / 6),
    ({"ratingValue": 3}, None, None),
    ({"ratingValue": 9, "bestRating": 5, "worstRating": 1, "alternateName": "Odd"}, "Odd", None),
    ({"ratingValue": "Pants on fire"}, "Pants on fire", None),
    ({"alternateName": "Four Pinocchios"}, "Four Pinocchios", None),
])
def test_unknown_rating_scales_keep_the_label_and_the_raw_value(rating, label, normalised):
    [record] = read(json.dumps(review(reviewRating=rating)))
    assert record.rating.label == label
    assert record.rating.normalised == pytest.approx(normalised) if normalised else record.rating.normalised is None


def test_a_list_reports_each_bad_object_by_position_and_line_and_keeps_the_rest():
    objects = [REVIEW, review(url="ftp://x"), review(claimReviewed=None), 5, review(url="https://FACTCHECK.example.org/a/"),
               review(claimReviewed="😀🎉"), review(url="https://factcheck.example.org/b", datePublished=2031),
               review(url="https://factcheck.example.org/c", reviewRating="False"),
               review(url="https://factcheck.example.org/d", datePublished="20 March"),
               review(url="https://factcheck.example.org/e", reviewRating={"bestRating": 5}),
               review(url="https://factcheck.example.org/f")]
    results = read("[\n" + ",\n".join(json.dumps(o) for o in objects) + "\n]")
    reasons = {r.position: (r.line, r.reason) for r in results if isinstance(r, ClaimReviewError)}
    assert reasons == {
        2: (3, "url is not an http(s) URL: 'ftp://x'"),
        3: (4, "missing claimReviewed"),
        4: (5, "not a JSON object but a number"),
        5: (6, "duplicate url, first at object 1"),
        6: (7, "claimReviewed has no words (only symbols or emoji)"),
        7: (8, "datePublished must be a string, not a number"),
        8: (9, "reviewRating must be an object, not a string"),
        9: (10, "datePublished is not an ISO date (YYYY-MM-DD): '20 March'"),
        10: (11, "reviewRating has neither alternateName nor ratingValue"),
    }
    assert [r.position for r in results if isinstance(r, ClaimReviewRecord)] == [1, 11]


def test_json_lines_errors_name_their_line():
    lines = [json.dumps(review(url=f"https://factcheck.example.org/{i}")) for i in range(3)]
    results = read("\n".join([lines[0], '{"claimReviewed": "broken",', lines[1], "", lines[2], "not json"]) + "\n")
    errors = [(r.position, r.line, r.reason) for r in results if isinstance(r, ClaimReviewError)]
    assert errors == [(2, 2, "the value does not end on its line"), (5, 6, "not valid JSON: Expecting value")]
    assert [r.line for r in results if isinstance(r, ClaimReviewRecord)] == [1, 3, 5]


def test_a_broken_first_line_of_json_lines_does_not_swallow_the_next():
    results = read('{"claimReviewed": "x",\n' + json.dumps(REVIEW) + "\n")
    assert [(r.position, r.line) for r in results] == [(1, 1), (2, 2)]
    assert isinstance(results[0], ClaimReviewError) and isinstance(results[1], ClaimReviewRecord)


def test_list_separators_that_are_wrong_are_reported_and_the_values_kept():
    second = json.dumps(review(url="https://factcheck.example.org/b"))
    results = read(f"[{json.dumps(REVIEW)},,{second} {json.dumps(review(url='https://factcheck.example.org/c'))}]")
    errors = [(r.position, r.reason) for r in results if isinstance(r, ClaimReviewError)]
    assert errors == [(2, "an empty element (a comma too many)"), (4, "a comma is missing before this value")]
    assert [r.position for r in results if isinstance(r, ClaimReviewRecord)] == [1, 3, 4]


@pytest.mark.parametrize("data, reason", [
    (b"", "the file holds no JSON"),
    (b"\xff\xfe[\x00", "the file is UTF-16; save it as UTF-8"),
    (b'[{"a": 1}', "the list is not closed with ]"),
    (json.dumps(review(claimReviewed="x" * 10_240)).encode(), "claimReviewed is 10,240 characters long; the limit is 2,000"),
    (json.dumps(review(claimReviewed="abc")).encode().replace(b"abc", b"ab\xff\xfe"), "claimReviewed holds bytes that are not UTF-8"),
    (b"[" + b"[" * 5000 + b"]" * 5000 + b"]", "the value is nested 5000 levels deep; the limit is 32"),
    (json.dumps(review(claimReviewed=" \u0007 \u202e ")).encode(), "missing claimReviewed (only spaces or control characters)"),
])
def test_hostile_input_gets_a_clear_error(data, reason):
    assert reason in [str(r.reason) for r in read(data) if isinstance(r, ClaimReviewError)]


def test_control_and_bidi_characters_are_removed_and_right_to_left_text_kept():
    [record] = read(json.dumps(review(claimReviewed="\u202eevil\u0007 text \u05e9\u05dc\u05d5\u05dd")))
    assert record.claim == "evil text שלום"


class GeneratedArchive(io.RawIOBase):
    """A large JSON list produced on the fly, so the test itself holds no big buffer."""

    def __init__(self, count: int) -> None:
        self.items = (("[" if i == 0 else ",\n") + json.dumps(review(url=f"https://factcheck.example.org/{i}"))
                      for i in range(count))
        self.pending = b""
        self.closed_list = False

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        while len(self.pending) < size and not self.closed_list:
            item = next(self.items, None)
            if item is None:
                self.pending += b"]"
                self.closed_list = True
            else:
                self.pending += item.encode()
        chunk, self.pending = self.pending[:size], self.pending[size:]
        return chunk


def test_a_large_archive_streams_in_bounded_memory():
    archive = GeneratedArchive(4_000)  # about 2.3 MB of JSON
    tracemalloc.start()
    count = sum(1 for r in read_claimreviews(archive) if isinstance(r, ClaimReviewRecord))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 4_000
    assert peak < 1_000_000  # a chunk, one value and the url digests (16 bytes each), never the file


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_any_bytes_give_records_or_errors_never_an_exception(data):
    for result in read(data):
        assert isinstance(result, (ClaimReviewRecord, ClaimReviewError))


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
                           max_leaves=20)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(list(REVIEW) + ["x"]), json_values, max_size=8))
def test_any_object_shape_gives_a_record_or_an_error(changes):
    results = read(json.dumps(review(**changes)))
    assert len(results) == 1 and isinstance(results[0], (ClaimReviewRecord, ClaimReviewError))
