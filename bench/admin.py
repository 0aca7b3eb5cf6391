"""Benchmark of the desk's admin pages over 100,000 claims on PostgreSQL (not a timed test).

    .venv/bin/python bench/admin.py [--claims 100000] [--runs 20] [--reseed]

Steps:
1. Create the database ``factcheck_bench_admin`` (or ``$BENCH_DB_NAME``) on postgres://postgres@127.0.0.1:5432 (reused
   when it exists; ``BENCH_PG_ADMIN_URL`` names another server), migrate it.
2. Seed ``--claims`` claims (200 per article, 400 speakers, every review state, verdicts for
   the proposed and published ones) unless it holds that many already; then ANALYZE.
3. With Django's test client, in-process, logged in as a fact-checker or an editor: request
   each page twice to warm up, then ``--runs`` times, and print p50 / p95 / max per page.
The claim list must render in under 300 ms (``TARGET_MS``); the script says which pages miss it.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
import warnings
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PG_ADMIN_URL = os.environ.get("BENCH_PG_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")
# BENCH_DB_NAME lets two people benchmark on one server without dropping each other's database.
DB_NAME = os.environ.get("BENCH_DB_NAME", "factcheck_bench_admin")
CLAIMS_PER_ARTICLE = 200
SPEAKERS = 400
TARGET_MS = 300
BATCH = 5_000
TOPICS = ("wages", "crime", "housing", "taxes", "schools", "hospitals", "transport", "energy")
# Share of reviews per state, in thousandths.
STATE_MIX = (("new", 380), ("queued", 300), ("in_review", 100), ("awaiting_source", 50),
             ("verdict_proposed", 50), ("published", 90), ("dismissed", 30))


def database_url() -> str:
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DB_NAME,)).fetchone()
        if not exists:
            conn.execute(f"CREATE DATABASE {DB_NAME}")
    parts = urlsplit(PG_ADMIN_URL)
    return f"{parts.scheme}://{parts.netloc}/{DB_NAME}"


def django_setup(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings_test")
    os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only-secret-key-not-for-production-0123456789")
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver"  # the test client's host name
    warnings.filterwarnings("ignore", message="No directory at")
    import django

    django.setup()


def users_ensure() -> dict:
    from tests.factories import UserFactory

    checkers = [UserFactory(username=f"checker{n}", roles=["fact_checker"]) for n in range(20)]
    editors = [UserFactory(username=f"editor{n}", roles=["editor"]) for n in range(5)]
    return {"checkers": checkers, "editors": editors}


def seed(total: int, people: dict) -> float:
    """Articles, speakers, claims, reviews and verdicts through the ORM in batches; seconds taken."""
    from django.db import connection, transaction

    from claims.models import Claim, Speaker

    started = time.monotonic()
    rng = random.Random(7)
    with transaction.atomic():
        Speaker.objects.bulk_create(
            [Speaker(canonical_name=f"Speaker {n}", name_key=f"speaker {n}", type="person", role="Mayor")
             for n in range(SPEAKERS)], ignore_conflicts=True)
        speakers = list(Speaker.objects.all())
        for first in range(0, total, BATCH):
            articles = _articles(first, min(BATCH, total - first))
            claims = Claim.objects.bulk_create(_claims(articles, first, rng, speakers))
            _reviews_and_verdicts(claims, rng, people)
            print(f"  seeded {first + len(claims):,} claims", flush=True)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return time.monotonic() - started


def _articles(first: int, count: int) -> list:
    from claims.models import Article

    body = "Mayor Jane Doe said 40,000 people would benefit from the new wage. " * 4
    numbers = range(first // CLAIMS_PER_ARTICLE, (first + count - 1) // CLAIMS_PER_ARTICLE + 1)
    return Article.objects.bulk_create([
        Article(source_system=("wire", "cms-a", "cms-b")[n % 3], external_id=f"bench-{n}", body=body,
                content_hash=f"{n:064d}", headline=f"{TOPICS[n % len(TOPICS)].title()} story {n}",
                extraction_status="done", extracted_hash=f"{n:064d}")
        for n in numbers
    ])


def _claims(articles: list, first: int, rng: random.Random, speakers: list) -> list:
    from claims.models import Claim

    by_number = {int(article.external_id.split("-")[1]): article for article in articles}
    claims = []
    for index in range(first, first + len(articles) * CLAIMS_PER_ARTICLE):
        article = by_number.get(index // CLAIMS_PER_ARTICLE)
        if article is None:
            break
        topic = TOPICS[index % len(TOPICS)]
        content = f"Claim {index}: {rng.randint(2, 900) * 1000:,} people are affected by the {topic} plan"
        claims.append(Claim(
            article=article, kind=("direct", "indirect", "mixed", "statement")[index % 4], content=content,
            content_key=f"{index:064d}", content_start=0, content_end=40, body_hash=article.content_hash,
            speaker=speakers[index % len(speakers)], speaker_mention="the mayor",
            checkworthiness=rng.random(),
        ))
    return claims


def _reviews_and_verdicts(claims: list, rng: random.Random, people: dict) -> None:
    from django.utils import timezone

    from verify.models import Review, Verdict

    now, today = timezone.now(), timezone.localdate()
    states = [state for state, share in STATE_MIX for _ in range(share)]
    reviews, verdicts = [], []
    for claim in claims:
        state = rng.choice(states)
        checker = rng.choice(people["checkers"])
        review = Review(claim=claim, state=state, priority=round(claim.checkworthiness, 4))
        if state in ("in_review", "awaiting_source", "verdict_proposed", "published"):
            review.assignee = checker
        if state == "awaiting_source":
            review.due_on = today + timedelta(days=rng.randint(-5, 10))
        if state == "verdict_proposed":
            review.proposer = checker
        if state == "published":
            review.published_at = now - timedelta(days=rng.randint(0, 30))
        if state == "dismissed":
            review.dismissed_reason = "Opinion, not a checkable fact."
        reviews.append(review)
    Review.objects.bulk_create(reviews)
    for review in reviews:
        if review.state in ("verdict_proposed", "published"):
            verdicts.append(_verdict(review, rng, now, people))
    Verdict.objects.bulk_create(verdicts)


def _verdict(review, rng: random.Random, now, people: dict):
    """A verdict proposed by the checker; published ones approved by an editor (four-eyes)."""
    from verify.models import Verdict
    from verify.ratings import substance_scale

    rating = rng.choice(substance_scale())
    approved = review.state == "published"
    return Verdict(
        review=review, number=1, status="approved" if approved else "proposed", attribution="confirmed",
        attribution_rationale="On the record.", substance=rating.key, substance_label=rating.label,
        substance_value=rating.rating_value, substance_alternate_name=rating.alternate_name,
        substance_rationale="Checked against the statistics office.", summary="Checked.",
        proposed_by=review.assignee, proposed_at=now,
        decided_by=rng.choice(people["editors"]) if approved else None, decided_at=now if approved else None,
    )


def pages(people: dict) -> list[tuple[str, str, object]]:
    """(label, url, user) of each page timed."""
    from claims.models import Claim

    checker, editor = people["checkers"][0], people["editors"][0]
    claim_id = Claim.objects.filter(review__state="in_review").values_list("pk", flat=True).first()
    changelist = "/admin/claims/claim/"
    return [
        ("claim list, all claims", changelist, editor),
        ("claim list, page 50", f"{changelist}?p=50", editor),
        ("queue: unassigned (by priority)", f"{changelist}?queue=unassigned", checker),
        ("queue: mine", f"{changelist}?queue=mine", checker),
        ("queue: awaiting my approval", f"{changelist}?queue=awaiting_my_approval", editor),
        ("search 'housing'", f"{changelist}?q=housing", editor),
        ("filter state + rating", f"{changelist}?state=published&rating=false", editor),
        ("filter assignee", f"{changelist}?assignee={checker.pk}", editor),
        ("front page (queue counts)", "/admin/", editor),
        ("article list", "/admin/claims/article/", editor),
        ("claim page", f"/admin/claims/claim/{claim_id}/change/", checker),
    ]


def measure(runs: int, people: dict) -> list[tuple[str, float, float, float]]:
    from django.test import Client

    results, clients = [], {}
    for label, url, user in pages(people):
        client = clients.get(user.pk)
        if client is None:
            client = clients[user.pk] = Client()
            client.force_login(user)
        timings = []
        for attempt in range(runs + 2):
            started = time.perf_counter()
            response = client.get(url)
            elapsed = (time.perf_counter() - started) * 1000
            if response.status_code != 200:
                raise SystemExit(f"bench: {url} answered {response.status_code}")
            if attempt >= 2:
                timings.append(elapsed)
        timings.sort()
        p95 = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
        results.append((label, statistics.median(timings), p95, timings[-1]))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--reseed", action="store_true", help="drop and recreate the bench database first")
    options = parser.parse_args()
    if options.reseed:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")
    django_setup(database_url())
    from django.core.management import call_command

    from claims.models import Claim

    call_command("migrate", verbosity=0)
    people = users_ensure()
    existing = Claim.objects.count()
    if existing < options.claims:
        print(f"Seeding {options.claims - existing:,} claims into {DB_NAME} ...", flush=True)
        print(f"  done in {seed(options.claims - existing, people):.1f} s")
    print(f"{Claim.objects.count():,} claims in {DB_NAME}; {options.runs} runs per page after 2 warm-ups\n")
    print(f"{'page':38} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    slow = []
    for label, p50, p95, worst in measure(options.runs, people):
        print(f"{label:38} {p50:8.1f} {p95:8.1f} {worst:8.1f}")
        if label.startswith(("claim list", "queue", "search", "filter")) and p95 > TARGET_MS:
            slow.append(label)
    verdict = "MISSED by " + ", ".join(slow) if slow else "met"
    print(f"\nTarget: claim lists under {TARGET_MS} ms (p95): {verdict}.")


if __name__ == "__main__":
    main()
