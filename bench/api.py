"""Benchmark of the REST API on a real stack: gunicorn, PostgreSQL, Redis and a Celery worker.

    .venv/bin/python bench/api.py [--claims 1000000] [--posts 300] [--list-requests 600] [--wrk-seconds 15]

Steps:
1. Make sure PostgreSQL answers on 127.0.0.1:5432 (start the local cluster if not), create
   a dedicated database ``factcheck_bench`` (or ``$BENCH_DB_NAME``), start a private Redis on a free port.
2. Migrate, create a newsroom system and an editor with API keys, and seed ``--claims``
   claims (100 per article, each with a review) server-side with INSERT ... SELECT.
3. Start gunicorn (``bench.settings``: the service plus a trivial DRF endpoint) and a worker.
4. Measure, with a bounded thread pool over http.client: claim-list pages (first page,
   following cursors, filtered, newsroom-scoped) against the trivial endpoint; then, when
   ``wrk`` is installed (``apt-get install wrk``), the fixed-URL lists again with wrk (C,
   keep-alive connections: the load generator takes far less of the 2 CPUs than Python
   threads); then POST /articles throughput and latency, and wait (bounded) for the worker
   to extract the posted articles.
5. Stop every process it started and drop the database (unless ``--keep-db``).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import psycopg

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv").exists() else sys.executable
HOST = "127.0.0.1"
PG_ADMIN_URL = os.environ.get("BENCH_PG_ADMIN_URL", f"postgres://postgres@{HOST}:5432/postgres")
# BENCH_DB_NAME lets two people benchmark on one server without dropping each other's database.
DB_NAME = os.environ.get("BENCH_DB_NAME", "factcheck_bench")
CLAIMS_PER_ARTICLE = 100
STATIC_DIR = Path(os.environ.get("BENCH_STATIC_ROOT", "/tmp/factcheck-bench-static"))
WORKER_LOG = Path(os.environ.get("BENCH_WORKER_LOG", "/tmp/factcheck-bench-worker.log"))
ARTICLE_TEXT = (
    "Mayor Jane Doe said on Monday that about 40,000 people would benefit from the new minimum wage.\n\n"
    "\u201cThis is a historic day for workers,\u201d Doe told reporters at City Hall.\n\n"
    "Council member John Roe said the increase would cost small businesses more than $3 million a year, "
    "and the chamber of commerce said 120 shops could close.\n"
)


@dataclass
class Stack:
    processes: list[subprocess.Popen]
    env: dict[str, str]
    base_port: int


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def wait_until(check, *, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise SystemExit(f"bench: {what} did not come up within {timeout:.0f} s")


def postgres_up() -> bool:
    try:
        psycopg.connect(PG_ADMIN_URL, connect_timeout=2).close()
        return True
    except psycopg.OperationalError:
        return False


def postgres_ensure() -> None:
    if postgres_up():
        return
    versions = sorted(os.listdir("/etc/postgresql")) if os.path.isdir("/etc/postgresql") else []
    if not versions or not shutil.which("pg_ctlcluster"):
        raise SystemExit("bench: PostgreSQL is not running and no local cluster to start was found")
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", versions[-1], "main", "start"], check=True)
    wait_until(postgres_up, timeout=30, what="PostgreSQL")


def database_recreate() -> str:
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {DB_NAME}")
    parts = urlsplit(PG_ADMIN_URL)
    return f"{parts.scheme}://{parts.netloc}/{DB_NAME}"


def database_drop() -> None:
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")


def redis_start(processes: list) -> str:
    port = free_port()
    processes.append(
        subprocess.Popen(
            ["redis-server", "--bind", HOST, "--port", str(port), "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    )
    wait_until(lambda: _tcp_open(port), timeout=15, what="Redis")
    return f"redis://{HOST}:{port}/0"


def _tcp_open(port: int) -> bool:
    try:
        socket.create_connection((HOST, port), timeout=0.5).close()
        return True
    except OSError:
        return False


def manage(env: dict, *args: str, capture: bool = False) -> str:
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=capture, text=True
    )
    return result.stdout if capture else ""


USERS_SCRIPT = """
from django.contrib.auth.models import Group, User
for name, group in (("bench-cms", "newsroom_system"), ("bench-editor", "editor")):
    user, _ = User.objects.get_or_create(username=name, defaults={"is_staff": group == "editor"})
    user.groups.add(Group.objects.get_or_create(name=group)[0])
"""


def api_keys_create(env: dict) -> dict[str, str]:
    manage(env, "shell", "-v", "0", "-c", USERS_SCRIPT)
    newsroom = manage(
        env,
        "apikey",
        "create",
        "--user",
        "bench-cms",
        "--name",
        "bench",
        "--source-system",
        "bench-cms",
        capture=True,
    ).strip()
    editor = manage(
        env, "apikey", "create", "--user", "bench-editor", "--name", "bench", capture=True
    ).strip()
    return {"newsroom": newsroom, "editor": editor}


def seed_claims(database_url: str, total: int) -> float:
    """Articles, speakers, claims and reviews generated inside PostgreSQL; returns seconds."""
    started = time.monotonic()
    articles = max(1, total // CLAIMS_PER_ARTICLE)
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute(
            """
            INSERT INTO claims_article (source_system, external_id, url, headline, dateline, published_on,
                language, body, content_hash, revision, extraction_status, extraction_error, extracted_hash,
                extractor_version, created_at, updated_at)
            SELECT CASE WHEN g %% 2 = 0 THEN 'bench-cms' ELSE 'other-cms' END, 'seed-' || g, '',
                'Seeded ' || g,
                '', DATE '2024-01-01' + (g %% 365), 'en', %s, md5(g::text) || md5(g::text), 1, 'done', '',
                md5(g::text) || md5(g::text), 'bench', now(), now()
            FROM generate_series(1, %s) AS g""",
            (ARTICLE_TEXT, articles),
        )
        conn.execute("""
            INSERT INTO claims_speaker (canonical_name, name_key, type, role, aliases, created_at)
            SELECT 'Speaker ' || g, 'speaker ' || g, 'person', '', '[]'::jsonb, now()
            FROM generate_series(1, 1000) AS g""")
        conn.execute(
            """
            INSERT INTO claims_claim (article_id, kind, content, content_key, content_start, content_end,
                body_hash, speaker_id, speaker_mention, cue, quantities, dates, checkworthiness, origin,
                extraction_method, extraction_version, created_at)
            SELECT a.first + (g / %s), (ARRAY['direct','indirect','mixed','statement'])[1 + g %% 4],
                'About ' || (g %% 9973) || ' people would benefit, claim ' || g, md5(g::text) || md5(g::text),
                0, 10, 'seed', s.first + (g %% 1000), 'Speaker', 'said', '[]'::jsonb, '[]'::jsonb,
                (g %% 100) / 100.0, 'machine', 'bench', '1', now() - make_interval(secs => %s - g)
            FROM generate_series(0, %s - 1) AS g,
                 (SELECT min(id) AS first FROM claims_article) AS a,
                 (SELECT min(id) AS first FROM claims_speaker) AS s""",
            (CLAIMS_PER_ARTICLE, total, total),
        )
        conn.execute("""
            INSERT INTO verify_review (claim_id, state, priority, dismissed_reason, version, created_at,
                updated_at)
            SELECT id, CASE WHEN id % 100 = 0 THEN 'queued' ELSE 'new' END, checkworthiness, '', 1, now(),
                now()
            FROM claims_claim""")
        conn.execute("ANALYZE")
    return time.monotonic() - started


def server_start(stack: Stack, workers: int) -> None:
    port = stack.base_port
    stack.processes.append(
        subprocess.Popen(
            [
                str(ROOT / ".venv/bin/gunicorn"),
                "config.wsgi:application",
                "--bind",
                f"{HOST}:{port}",
                "--workers",
                str(workers),
                "--worker-class",
                "gthread",
                "--threads",
                "4",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=stack.env,
        )
    )
    stack.processes.append(
        subprocess.Popen(
            [
                str(ROOT / ".venv/bin/celery"),
                "-A",
                "config",
                "worker",
                "--concurrency",
                "1",
                "--loglevel",
                "INFO",
            ],
            cwd=ROOT,
            env=stack.env,
            stdout=WORKER_LOG.open("w"),
            stderr=subprocess.STDOUT,
        )
    )
    wait_until(lambda: request("GET", "/api/v1/health", port=port)[0] == 200, timeout=60, what="gunicorn")


def request(
    method: str, path: str, *, port: int, key: str = "", body: dict | None = None
) -> tuple[int, float, bytes]:
    """One request on a fresh connection; returns (status, seconds, body)."""
    headers = {"Accept": "application/json"}
    if key:
        headers["Authorization"] = f"Api-Key {key}"
    payload = None
    if body is not None:
        payload = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    started = time.perf_counter()
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        conn.request(method, path, body=payload, headers=headers)
        response = conn.getresponse()
        content = response.read()
        return response.status, time.perf_counter() - started, content
    except OSError:
        return 0, time.perf_counter() - started, b""
    finally:
        conn.close()


def load(calls: list[tuple], *, port: int, concurrency: int) -> tuple[list[float], dict[int, int], float]:
    """Run (method, path, key, body) calls on ``concurrency`` threads; latencies, status counts, wall time."""
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        results = list(pool.map(lambda c: request(c[0], c[1], port=port, key=c[2], body=c[3]), calls))
    statuses: dict[int, int] = {}
    for status, _, _ in results:
        statuses[status] = statuses.get(status, 0) + 1
    return [seconds for _, seconds, _ in results], statuses, time.perf_counter() - started


def percentiles(samples: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return {"p50": cuts[49] * 1000, "p95": cuts[94] * 1000, "p99": cuts[98] * 1000}


def report(name: str, samples: list[float], statuses: dict, wall: float) -> dict[str, float]:
    stats = percentiles(samples)
    print(
        f"{name:<44} n={len(samples):>5}  {len(samples) / wall:7.1f} req/s  "
        f"p50 {stats['p50']:6.1f} ms  p95 {stats['p95']:6.1f} ms  p99 {stats['p99']:6.1f} ms  "
        f"status {statuses}"
    )
    return stats


def cursor_paths(port: int, key: str, pages: int) -> list[str]:
    """Paths of successive pages of the claim list, found by following ``next`` links."""
    paths, path = [], "/api/v1/claims?page_size=50"
    for _ in range(pages):
        paths.append(path)
        status, _, content = request("GET", path, port=port, key=key)
        following = json.loads(content).get("next") if status == 200 else None
        if not following:
            break
        parts = urlsplit(following)
        path = f"{parts.path}?{parts.query}"
    return paths


def bench_lists(port: int, keys: dict, n: int, concurrency: int) -> None:
    editor, newsroom = keys["editor"], keys["newsroom"]
    request("GET", "/api/v1/claims", port=port, key=editor)  # warm caches and connections
    deep = cursor_paths(port, editor, 20)
    suites = [
        ("GET /bench/trivial (baseline)", [("GET", "/bench/trivial", editor, None)] * n),
        ("GET /claims first page (editor)", [("GET", "/api/v1/claims?page_size=50", editor, None)] * n),
        (
            "GET /claims following cursors (editor)",
            [("GET", deep[i % len(deep)], editor, None) for i in range(n)],
        ),
        ("GET /claims?state=queued", [("GET", "/api/v1/claims?state=queued", editor, None)] * n),
        ("GET /claims (newsroom, own source only)", [("GET", "/api/v1/claims", newsroom, None)] * n),
    ]
    results = {}
    for name, calls in suites:
        samples, statuses, wall = load(calls, port=port, concurrency=1)
        results[name] = report(name + " [1 client]", samples, statuses, wall)
    samples, statuses, wall = load(suites[1][1], port=port, concurrency=concurrency)
    report(f"GET /claims first page [{concurrency} clients]", samples, statuses, wall)
    baseline = results["GET /bench/trivial (baseline)"]["p50"]
    for name in list(results)[1:]:
        print(f"ratio p50 {name} / trivial: {results[name]['p50'] / baseline:.2f}")


def wrk_run(port: int, path: str, key: str, *, seconds: int, connections: int) -> dict[str, float]:
    """One wrk run (keep-alive connections, one thread per connection up to 2) on ``path``."""
    command = [
        "wrk", f"-t{min(connections, 2)}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s",
        "-s", str(ROOT / "bench" / "wrk_report.lua"), "-H", "Accept: application/json",
        "-H", f"Authorization: Api-Key {key}", f"http://{HOST}:{port}{path}",
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("WRK "))
    return json.loads(line[4:])


def bench_lists_wrk(port: int, keys: dict, seconds: int, concurrency: int) -> None:
    """The fixed-URL list requests again, driven by wrk (C, keep-alive) instead of Python threads."""
    editor, newsroom = keys["editor"], keys["newsroom"]
    runs = [
        ("GET /bench/trivial (baseline)", "/bench/trivial", editor, 1),
        ("GET /claims first page (editor)", "/api/v1/claims?page_size=50", editor, 1),
        ("GET /claims?state=queued", "/api/v1/claims?state=queued", editor, 1),
        ("GET /claims (newsroom, own source only)", "/api/v1/claims", newsroom, 1),
        ("GET /claims first page", "/api/v1/claims?page_size=50", editor, concurrency),
    ]
    for name, path, key, connections in runs:
        result = wrk_run(port, path, key, seconds=seconds, connections=connections)
        rate = result["requests"] / (result["duration_us"] / 1e6)
        print(
            f"wrk {name + f' [{connections} conn]':<52} n={result['requests']:>5}  {rate:7.1f} req/s  "
            f"p50 {result['p50_us'] / 1000:6.1f} ms  p95 {result['p95_us'] / 1000:6.1f} ms  "
            f"p99 {result['p99_us'] / 1000:6.1f} ms  errors {result['socket_errors']}  non-2xx {result['non_2xx']}"
        )


def bench_posts(port: int, keys: dict, n: int, concurrency: int, database_url: str, wait: float) -> None:
    run = int(time.time())
    calls = [
        (
            "POST",
            "/api/v1/articles",
            keys["newsroom"],
            {
                "external_id": f"bench-{run}-{i}",
                "headline": f"Bench {i}",
                "published_on": "2024-05-01",
                "text": ARTICLE_TEXT + f"\nThe council met for the {i}th time.\n",
            },
        )
        for i in range(n)
    ]
    samples, statuses, wall = load(calls, port=port, concurrency=concurrency)
    report(f"POST /articles [{concurrency} clients]", samples, statuses, wall)
    started = time.monotonic()
    done = 0
    with psycopg.connect(database_url, autocommit=True) as conn:
        while time.monotonic() - started < wait:
            done = conn.execute(
                "SELECT count(*) FROM claims_article"
                " WHERE external_id LIKE %s AND extraction_status IN ('done', 'failed')",
                (f"bench-{run}-%",),
            ).fetchone()[0]
            if done >= n:
                break
            time.sleep(1)
    print(
        f"worker extracted {done}/{n} posted articles within {time.monotonic() - started:.1f} s "
        f"after the last POST (worker log: {WORKER_LOG})"
    )


def stack_env(database_url: str, broker_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "CELERY_", "DATABASE_"))}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "DJANGO_SECRET_KEY": "bench-only-" + os.urandom(16).hex(),
            "DJANGO_ALLOWED_HOSTS": HOST,
            "DJANGO_SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": database_url,
            "CELERY_BROKER_URL": broker_url,
            "API_THROTTLE_RATE_KEY": "1000000/minute",
            "API_THROTTLE_RATE_USER": "1000000/minute",
            "PYTHONPATH": str(ROOT),
            "DJANGO_STATIC_ROOT": str(STATIC_DIR),
        }
    )
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--posts", type=int, default=300)
    parser.add_argument("--list-requests", type=int, default=600)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--gunicorn-workers", type=int, default=2)
    parser.add_argument("--extraction-wait", type=float, default=120.0, help="seconds to wait for the worker")
    parser.add_argument("--keep-db", action="store_true")
    parser.add_argument("--wrk-seconds", type=int, default=15,
                        help="length of each wrk run when wrk is installed (0: skip the wrk pass)")
    args = parser.parse_args()

    postgres_ensure()
    STATIC_DIR.mkdir(parents=True, exist_ok=True)
    database_url = database_recreate()
    stack = Stack(processes=[], env={}, base_port=free_port())
    try:
        stack.env = stack_env(database_url, redis_start(stack.processes))
        manage(stack.env, "migrate", "--no-input", "-v", "0")
        keys = api_keys_create(stack.env)
        print(f"seeded {args.claims:,} claims in {seed_claims(database_url, args.claims):.1f} s")
        server_start(stack, args.gunicorn_workers)
        print(
            f"gunicorn: {args.gunicorn_workers} gthread workers x 4 threads; load: http.client threads, "
            f"fresh connection per request; {os.cpu_count()} CPUs"
        )
        bench_lists(stack.base_port, keys, args.list_requests, args.concurrency)
        if args.wrk_seconds and shutil.which("wrk"):
            bench_lists_wrk(stack.base_port, keys, args.wrk_seconds, args.concurrency)
        elif args.wrk_seconds:
            print("wrk is not installed (apt-get install wrk): skipping the wrk pass")
        bench_posts(stack.base_port, keys, args.posts, args.concurrency, database_url, args.extraction_wait)
    finally:
        for process in reversed(stack.processes):
            process.terminate()
        for process in stack.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        if not args.keep_db:
            database_drop()


if __name__ == "__main__":
    main()
