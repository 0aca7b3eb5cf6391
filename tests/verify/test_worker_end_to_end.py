"""One article's whole way through a real Celery worker over Redis, observed from outside.

The test posts an article; the worker extracts its claims. The test then works one claim as the
desk would (queue, claim, add a source, propose, approve); the worker fetches the source's title
from a local page, e-mails the proposer and delivers a signed ``verdict.published`` webhook to a
local receiver. Needs PostgreSQL (the worker and the test share the test database) and Redis
(``TEST_REDIS_URL``, default redis://127.0.0.1:6379/15); skipped without them unless
``REQUIRE_SERVICES=1``. The worker listens on a queue of its own, so parallel runs cannot steal
each other's tasks, and is stopped at the end whatever happens; every wait has a time limit.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.db import connection

from config.celery import app as celery_app
from tests.verify.local_http import LocalServer, Reply
from verify.models import MetadataStatus, Review, ReviewState, Source
from verify.services import reviews, sources, verdicts, webhooks
from verify.services.articles import article_ingest

pytestmark = [pytest.mark.celery_worker, pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

REPO = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
ARTICLE = (
    "Mayor Jane Doe said 40,000 people would benefit from the new wage.\n\n"
    "Council member John Roe said the increase would cost businesses $3 million a year.\n"
)
SOURCE_PAGE = b"<html><head><title>Minimum wage 2024 - Statistics Office</title></head><body></body></html>"
WORKER_SETTINGS = """\
from config.settings_test import *  # noqa: F401,F403

CELERY_TASK_ALWAYS_EAGER = False
CELERY_TASK_DEFAULT_QUEUE = {queue!r}
DATABASES["default"]["NAME"] = {database!r}
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = {mail_dir!r}
FETCH_ALLOWED_NETWORKS = ["127.0.0.1/32"]
WEBHOOK_ALLOW_HTTP = True
"""


def wait_for(condition: Callable[[], object], *, timeout: float, what: str, log: Path) -> object:
    """Poll ``condition`` until it is truthy; fail with the worker's log tail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.2)
    tail = log.read_text(errors="replace")[-4000:] if log.exists() else "(no worker log)"
    pytest.fail(f"Timed out after {timeout}s waiting for {what}. Worker log:\n{tail}")


def _redis_reachable() -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2, socket_timeout=2).ping())
    except redis.RedisError:
        return False


@pytest.fixture
def redis_broker() -> str:
    if not _redis_reachable():
        message = f"Redis is not reachable at {REDIS_URL}"
        if os.environ.get("REQUIRE_SERVICES") == "1":
            pytest.fail(f"{message}, and REQUIRE_SERVICES=1 forbids skipping")
        pytest.skip(message)
    return REDIS_URL


@pytest.fixture
def queue() -> str:
    return f"e2e-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def celery_to_redis(redis_broker: str, queue: str) -> Iterator[None]:
    """This process sends tasks to Redis (on the worker's queue) instead of running them eagerly."""
    conf = celery_app.conf
    saved = {name: conf[name] for name in ("task_always_eager", "broker_url", "task_default_queue")}
    conf.update(task_always_eager=False, broker_url=redis_broker, task_default_queue=queue)
    _broker_connections_reset()
    yield
    _broker_connections_reset()
    conf.update(saved)


def _broker_connections_reset() -> None:
    """Drop pooled broker connections so the next send connects with the current configuration."""
    if celery_app._pool is not None:
        celery_app._pool.force_close_all()
        celery_app._pool = None
    celery_app.amqp._producer_pool = None


@pytest.fixture
def worker(transactional_db, celery_to_redis, redis_broker: str, queue: str, tmp_path: Path) -> Iterator[Path]:
    """A real worker process on the test database; yields the folder its e-mails are written to."""
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    (tmp_path / "e2e_worker_settings.py").write_text(
        WORKER_SETTINGS.format(queue=queue, database=connection.settings_dict["NAME"], mail_dir=str(mail_dir))
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "e2e_worker_settings", "CELERY_BROKER_URL": redis_broker,
           "PYTHONPATH": os.pathsep.join([str(tmp_path), str(REPO)])}
    log = tmp_path / "worker.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool=solo", "-c", "1", "-Q", queue,
             "--without-gossip", "--without-mingle", "--without-heartbeat", "--loglevel=INFO"],
            cwd=REPO, env=env, stdout=output, stderr=subprocess.STDOUT, start_new_session=True,
        )
    try:
        wait_for(lambda: process.poll() is not None or "ready." in log.read_text(errors="replace"),
                 timeout=60, what="the worker to start", log=log)
        assert process.poll() is None, f"The worker exited:\n{log.read_text(errors='replace')[-4000:]}"
        yield mail_dir
    finally:
        _stop(process)


def _stop(process: subprocess.Popen) -> None:
    """TERM the worker's process group, then KILL it if it has not gone within ten seconds."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


@pytest.fixture
def receiver() -> Iterator[LocalServer]:
    with LocalServer() as server:
        server.routes["/hook"] = lambda request: Reply(204)
        server.routes["/stats"] = lambda request: Reply(200, {"Content-Type": "text/html"}, SOURCE_PAGE)
        yield server


def signature_valid(secret: str, request) -> bool:
    timestamp = request.headers["X-Webhook-Timestamp"]
    expected = hmac.new(secret.encode(), f"{timestamp}.".encode() + request.body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(f"sha256={expected}", request.headers["X-Webhook-Signature"])


def test_article_to_published_verdict_through_a_real_worker(
    worker, receiver, tmp_path, fact_checker, editor, newsroom_system, settings
):
    settings.WEBHOOK_ALLOW_HTTP = True
    log = tmp_path / "worker.log"
    _subscription, secret = webhooks.webhook_subscription_create(
        owner=newsroom_system, url=receiver.url("/hook"), events=["verdict.published"], source_system="cms-e2e"
    )
    article = article_ingest(source_system="cms-e2e", external_id="wage-1", body=ARTICLE).article

    review = wait_for(lambda: Review.objects.filter(claim__article=article).order_by("claim__content_start").first(),
                      timeout=90, what="the worker to extract the claims", log=log)
    review = reviews.review_queue(review=review, actor=fact_checker)
    review = reviews.review_claim(review=review, actor=fact_checker)
    source = sources.source_add(review=review, actor=fact_checker, url=receiver.url("/stats"), stance="supports")
    wait_for(lambda: Source.objects.filter(pk=source.pk, metadata_status=MetadataStatus.FETCHED).exists(),
             timeout=30, what="the worker to fetch the source's title", log=log)
    assert Source.objects.get(pk=source.pk).title == "Minimum wage 2024 - Statistics Office"

    review = verdicts.verdict_propose(
        review=review, actor=fact_checker, substance="mostly_true", substance_rationale="The office counts 40,012.",
        summary="About right.", attribution="confirmed", attribution_rationale="On video.", source_ids=[source.pk],
    )
    review = verdicts.verdict_approve(review=review, actor=editor)
    assert review.state == ReviewState.PUBLISHED

    hooks = wait_for(lambda: [r for r in receiver.received if r.path == "/hook"], timeout=30,
                     what="the webhook delivery", log=log)
    assert hooks[0].headers["X-Webhook-Id"].endswith("_verdict.published")
    assert signature_valid(secret, hooks[0])
    def approval_mailed() -> bool:
        texts = [path.read_text(errors="replace") for path in worker.iterdir()]
        return any("Verdict published:" in text and fact_checker.email in text for text in texts)

    wait_for(approval_mailed, timeout=30, what="the worker to e-mail the proposer", log=log)
