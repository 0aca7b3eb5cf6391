"""One error shape everywhere: problem details for limits, bad JSON, routing and crashes."""

from __future__ import annotations

import io
import json

import pytest
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from config.api.middleware import ApiRequestLimitsMiddleware
from tests.api.conftest import assert_problem

pytestmark = pytest.mark.django_db
ARTICLES = "/api/v1/articles"


def post_raw(client, body: bytes, content_type: str = "application/json", **extra):
    return client.generic("POST", ARTICLES, body, content_type=content_type, **extra)


@override_settings(API_MAX_BODY_BYTES=1000)
def test_body_over_the_limit_is_413_before_parsing(newsroom):
    response = post_raw(newsroom, b"{" + b" " * 1000 + b"}")
    body = assert_problem(response, 413)
    assert "1,000 bytes" in body["detail"]


@override_settings(API_MAX_BODY_BYTES=1000)
def test_body_at_the_limit_is_parsed(newsroom):
    body = json.dumps({"external_id": "x", "text": "Short text."}).encode()
    response = post_raw(newsroom, body + b" " * (1000 - len(body)))
    assert response.status_code == 202


@override_settings(API_MAX_BODY_BYTES=1000)
def test_413_goes_out_through_the_standard_wsgi_handler_that_runserver_uses():
    """``wsgiref`` refuses hop-by-hop headers such as Connection from an application."""
    from wsgiref.handlers import SimpleHandler

    from config.wsgi import application

    out, errors = io.BytesIO(), io.StringIO()
    environ = {"REQUEST_METHOD": "POST", "SCRIPT_NAME": "", "PATH_INFO": ARTICLES, "QUERY_STRING": "",
               "SERVER_NAME": "testserver", "SERVER_PORT": "80", "SERVER_PROTOCOL": "HTTP/1.1",
               "CONTENT_TYPE": "application/json", "CONTENT_LENGTH": "5000"}
    SimpleHandler(io.BytesIO(b"x" * 5000), out, errors, environ).run(application)
    assert out.getvalue().startswith(b"HTTP/1.0 413 "), errors.getvalue()
    assert b"1,000 bytes" in out.getvalue()


def _chunked_request(body: bytes):
    request = RequestFactory().generic("POST", ARTICLES, b"", content_type="application/json")
    request.META.pop("CONTENT_LENGTH", None)
    request.META["HTTP_TRANSFER_ENCODING"] = "chunked"
    request.META["wsgi.input"] = io.BytesIO(body)
    return request


@override_settings(API_MAX_BODY_BYTES=1000)
def test_streamed_body_without_length_over_the_limit_is_413():
    middleware = ApiRequestLimitsMiddleware(lambda request: HttpResponse("reached the view"))
    response = middleware(_chunked_request(b"x" * 5000))
    assert response.status_code == 413
    assert response["Content-Type"] == "application/problem+json"


@override_settings(API_MAX_BODY_BYTES=1000)
def test_streamed_body_within_the_limit_reaches_the_view_intact():
    middleware = ApiRequestLimitsMiddleware(lambda request: HttpResponse(request.body))
    response = middleware(_chunked_request(b'{"a": 1}'))
    assert response.status_code == 200 and response.content == b'{"a": 1}'


def test_invalid_json_is_400(newsroom):
    body = assert_problem(post_raw(newsroom, b'{"external_id": '), 400)
    assert "JSON" in body["detail"]


def test_invalid_utf8_is_400(newsroom):
    body = assert_problem(post_raw(newsroom, b'{"external_id": "\xff\xfe"}'), 400)
    assert "UTF-8" in body["detail"]


def test_nan_is_not_json(newsroom):
    assert_problem(post_raw(newsroom, b'{"external_id": NaN}'), 400)


def test_deeply_nested_json_is_400_not_500(newsroom):
    assert_problem(post_raw(newsroom, b"[" * 50_000 + b"]" * 50_000), 400)
    assert_problem(post_raw(newsroom, b'{"a":' * 40 + b"1" + b"}" * 40), 400)


def test_escaped_control_character_names_the_field(newsroom):
    body = json.dumps({"external_id": "a\u0001b", "text": "x"}).encode()
    assert_problem(post_raw(newsroom, body), 400, field="external_id")


def test_json_array_instead_of_object_is_400(newsroom):
    assert_problem(post_raw(newsroom, b"[]"), 400)


def test_form_encoded_body_is_415(newsroom):
    assert_problem(
        post_raw(newsroom, b"external_id=x", content_type="application/x-www-form-urlencoded"), 415
    )


def test_unacceptable_accept_header_is_406(newsroom):
    assert_problem(newsroom.get("/api/v1/articles/1", HTTP_ACCEPT="text/html"), 406)


def test_wrong_method_is_405(newsroom):
    assert_problem(newsroom.delete(ARTICLES), 405)


def test_unknown_api_path_is_404_problem(newsroom):
    body = assert_problem(newsroom.get("/api/v1/no-such-thing"), 404)
    assert "/api/v1/no-such-thing" in body["detail"]


def test_pages_outside_the_api_keep_djangos_html_404(client):
    response = client.get("/no-such-page")
    assert response.status_code == 404 and "problem" not in response["Content-Type"]


def test_control_characters_in_query_parameters_are_400(newsroom):
    assert_problem(newsroom.get("/api/v1/articles/1?q=a%00b"), 400, field="q")


def test_unexpected_crash_is_a_500_problem(newsroom, article, monkeypatch):
    def crash(**kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("verify.selectors.article_status", crash)
    newsroom.raise_request_exception = False
    body = assert_problem(newsroom.get(f"/api/v1/articles/{article.pk}"), 500)
    assert "boom" not in body["detail"]


def test_bad_api_key_is_401_with_challenge(clients):
    client = clients["anonymous"]
    response = client.get("/api/v1/articles/1", HTTP_AUTHORIZATION="Api-Key fck_000000000000_nope")
    assert_problem(response, 401)
    assert response["WWW-Authenticate"] == 'Api-Key realm="api"'


def test_problem_json_may_be_asked_for(newsroom):
    response = newsroom.get("/api/v1/articles/999999", HTTP_ACCEPT="application/problem+json")
    assert_problem(response, 404)
