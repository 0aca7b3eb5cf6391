"""Benchmark of the exports: a million audit rows to CSV and JSON Lines, rows per second and peak memory.

    .venv/bin/python bench/export.py [--rows 1000000] [--formats csv,jsonl,claimreview] [--keep-db]

Steps:
1. Create the database ``factcheck_bench_export`` on the local PostgreSQL (``BENCH_PG_ADMIN_URL``,
   default postgres://postgres@127.0.0.1:5432/postgres) and migrate it, or reuse it when an
   earlier ``--keep-db`` run left it holding exactly ``--rows`` audit rows.
2. Seed, in a child process: speakers, articles and claims with ``bulk_create``, then the audit
   rows with realistic content (verdict snapshots, source snapshots, reasons), their hash chain
   computed here with the service's own ``entry_hash`` and loaded with ``COPY``; then the chain
   head. Published verdicts are not seeded: the ClaimReview figure is for an empty export.
3. For each format, export in a fresh child process through ``export_write`` (the path of the
   command and of export jobs) and report rows, seconds, rows per second, the process's peak
   RSS and its RSS before exporting (Django and the drivers loaded). Then run the command itself
   (``manage.py export_verdicts --format csv --output ...``) and report its wall time and peak RSS.
4. Check the JSON Lines export with ``tools/verify_export.py`` (timed), so the seeded chain and the
   exported one are known to be intact.
5. Drop the database unless ``--keep-db``; remove the export files.
Not a test: it prints numbers. Targets: CSV at 50,000 rows/s or more, peak RSS under 150 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv").exists() else sys.executable
PG_ADMIN_URL = os.environ.get("BENCH_PG_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")
DB_NAME = "factcheck_bench_export"
CLAIMS = 50_000
CLAIMS_PER_ARTICLE = 25
SPEAKERS = 500
USERS = [f"checker{n}" for n in range(12)] + [f"editor{n}" for n in range(4)]


def database_url() -> str:
    parts = urlsplit(PG_ADMIN_URL)
    return f"{parts.scheme}://{parts.netloc}/{DB_NAME}"


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "CELERY_", "DATABASE_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DJANGO_SECRET_KEY="bench-only-secret-key-0123456789abcdef",
        DATABASE_URL=database_url(),
        DATABASE_CONN_MAX_AGE="0",
        CLAIMREVIEW_URL_TEMPLATE="https://factcheck.example.org/checks/{claim_id}",
        PYTHONPATH=str(ROOT),
    )
    return env


# --- orchestration (no Django in this process) ----------------------------------------------------


def database_prepare(rows: int) -> bool:
    """Create and migrate the bench database; True when an existing one already holds ``rows`` rows."""
    import psycopg

    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DB_NAME]).fetchone()
        if not exists:
            conn.execute(f"CREATE DATABASE {DB_NAME}")
    if exists:
        with psycopg.connect(database_url()) as conn:
            try:
                if conn.execute("SELECT count(*) FROM verify_auditentry").fetchone()[0] == rows:
                    return True
            except psycopg.errors.UndefinedTable:
                pass
        database_drop()
        return database_prepare(rows)
    subprocess.run([PYTHON, str(ROOT / "manage.py"), "migrate", "-v0"], env=child_env(), cwd=ROOT, check=True)
    return False


def database_drop() -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")


def run_child(args: list[str]) -> tuple[str, float, float]:
    """Run a child process; its standard output, wall seconds and peak RSS (MB, that child alone)."""
    start = time.perf_counter()
    with subprocess.Popen(args, env=child_env(), cwd=ROOT, stdout=subprocess.PIPE, text=True) as child:
        out = child.stdout.read()
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"bench: {' '.join(args[:4])} ... failed with exit status {child.returncode}")
    return out, time.perf_counter() - start, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--formats", default="csv,jsonl,claimreview")
    parser.add_argument("--keep-db", action="store_true", help="keep the database for the next run")
    parser.add_argument("--seed", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--measure", nargs=2, metavar=("FORMAT", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.seed:
        return seed(args.seed)
    if args.measure:
        return measure(*args.measure)

    print(
        f"PostgreSQL {PG_ADMIN_URL.rsplit('/', 1)[0]}/{DB_NAME}; {os.cpu_count()} CPUs; Python {sys.version.split()[0]}; "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    if database_prepare(args.rows):
        print(f"reusing the seeded database ({args.rows:,} audit rows)")
    else:
        _, seconds, _ = run_child([PYTHON, __file__, "--seed", str(args.rows)])
        print(f"seeded {args.rows:,} audit rows in {seconds:.1f} s")
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-export-") as tmp:
        try:
            report(args.formats.split(","), Path(tmp))
        finally:
            if not args.keep_db:
                database_drop()
                print(f"dropped {DB_NAME}")


def report(formats: list[str], tmp: Path) -> None:
    """One line per format; "RSS before" is the child's peak with Django loaded, before exporting."""
    print(
        f"{'export':<26}{'rows':>10}{'seconds':>9}{'rows/s':>10}{'peak RSS':>10}{'RSS before':>11}{'MB out':>8}"
    )
    for fmt in formats:
        out, _, peak = run_child([PYTHON, __file__, "--measure", fmt, str(tmp / f"export.{fmt}")])
        m = json.loads(out)
        print(
            f"{'export_write ' + fmt:<26}{m['rows']:>10,}{m['seconds']:>9.2f}{m['rows'] / m['seconds']:>10,.0f}"
            f"{peak:>7.0f} MB{m['rss_before_mb']:>8.0f} MB{m['bytes'] / 1e6:>8.0f}"
        )
    if "csv" in formats:
        command = [
            PYTHON,
            str(ROOT / "manage.py"),
            "export_verdicts",
            "--format",
            "csv",
            "--output",
            str(tmp / "c.csv"),
        ]
        _, seconds, peak = run_child(command)
        print(
            f"{'manage.py export_verdicts':<26}{'(csv)':>10}{seconds:>9.2f}{'':>10}{peak:>7.0f} MB   (wall time, startup included)"
        )
    if "jsonl" in formats:
        verifier = [PYTHON, str(ROOT / "tools" / "verify_export.py"), str(tmp / "export.jsonl")]
        out, seconds, peak = run_child(verifier)
        print(f"tools/verify_export.py: {out.strip()[:60]}... in {seconds:.1f} s, peak RSS {peak:.0f} MB")
    print(
        f"load average at the end {os.getloadavg()[0]:.1f} (other processes on the machine slow every figure)"
    )


# --- child: measure one export -------------------------------------------------------------------


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(fmt: str, path: str) -> None:
    import django

    django.setup()
    from verify.exports import ExportFilters, export_write

    before = peak_rss_mb()
    start = time.perf_counter()
    rows = export_write(fmt, ExportFilters(), path)
    seconds = time.perf_counter() - start
    print(
        json.dumps(
            {"rows": rows, "seconds": seconds, "rss_before_mb": before, "bytes": os.path.getsize(path)}
        )
    )


# --- child: seed --------------------------------------------------------------------------------


def seed(rows: int) -> None:
    import django

    django.setup()
    from django.db import connection, transaction

    with transaction.atomic():
        claim_ids = seed_claims()
        last_seq, last_hash = seed_audit(rows, claim_ids, connection)
        from verify.models import HEAD_ID, AuditChainHead

        AuditChainHead.objects.update_or_create(
            pk=HEAD_ID, defaults={"last_seq": last_seq, "last_hash": last_hash}
        )
    with connection.cursor() as cursor:  # fresh statistics, so the planner sees a million rows
        cursor.execute("ANALYZE")


def seed_claims() -> list[int]:
    import hashlib

    from claims.models import Article, Claim, Speaker

    speakers = Speaker.objects.bulk_create(
        Speaker(
            canonical_name=f"Speaker {n}",
            name_key=f"speaker {n}",
            type="person" if n % 4 else "organization",
            role="Minister",
        )
        for n in range(SPEAKERS)
    )
    body_hash = hashlib.sha256(b"body").hexdigest()
    articles = Article.objects.bulk_create(
        (
            Article(
                source_system=f"cms-{n % 3}",
                external_id=f"story-{n}",
                url=f"https://news.example.org/story-{n}",
                headline=f"Headline of story {n}: the council's budget vote",
                body="body",
                content_hash=body_hash,
            )
            for n in range(CLAIMS // CLAIMS_PER_ARTICLE)
        ),
        batch_size=2000,
    )
    claims = Claim.objects.bulk_create(
        (
            Claim(
                article=articles[n // CLAIMS_PER_ARTICLE],
                kind="indirect",
                speaker=speakers[n % SPEAKERS],
                content=f"About {40_000 + n:,} people would benefit from the new minimum wage, up from 25,000",
                content_key=f"{n:064x}",
                content_start=0,
                content_end=80,
                body_hash=body_hash,
                speaker_mention="the minister",
                checkworthiness=0.7,
            )
            for n in range(CLAIMS)
        ),
        batch_size=5000,
    )
    return [claim.id for claim in claims]


STEPS = [  # action, from, to: one claim's typical way through the desk, repeated
    ("queue", "new", "queued"),
    ("claim", "queued", "in_review"),
    ("source_add", "in_review", "in_review"),
    ("source_add", "in_review", "in_review"),
    ("await_source", "in_review", "awaiting_source"),
    ("resume", "awaiting_source", "in_review"),
    ("propose_verdict", "in_review", "verdict_proposed"),
    ("send_back", "verdict_proposed", "in_review"),
    ("propose_verdict", "in_review", "verdict_proposed"),
    ("approve", "verdict_proposed", "published"),
]


VERDICT_ACTIONS = {"propose_verdict": "proposed", "send_back": "sent_back", "approve": "approved"}


def verdict_snapshot(seq: int, action: str, actor: str, when: str) -> dict:
    """A verdict as the workflow's audit entries keep it (verify.services.verdicts.verdict_snapshot)."""
    decided = action != "propose_verdict"
    return {
        "id": seq,
        "number": 1,
        "status": VERDICT_ACTIONS[action],
        "attribution": "confirmed",
        "attribution_rationale": "Recorded at the council meeting on video.",
        "substance": "mostly_true",
        "substance_label": "Mostly true",
        "substance_value": 4,
        "substance_alternate_name": "Mostly true",
        "summary": "About right: the office counts 40,012 workers.",
        "substance_rationale": "The statistics office counts 40,012 workers on the minimum wage in May.",
        "source_ids": [seq, seq + 1],
        "recheck_on": None,
        "proposed_by": actor,
        "proposed_at": when,
        "decided_by": "editor1" if decided else None,
        "decided_at": when if decided else None,
        "decision_note": "",
    }


def source_snapshot(seq: int) -> dict:
    """A source as a source_add entry keeps it (verify.services.sources.source_snapshot)."""
    return {
        "id": seq,
        "url": f"https://stats.example.org/wages/{seq}",
        "title": "Wage statistics",
        "publisher": "Statistics Office",
        "published_on": "2026-05-01",
        "accessed_on": "2026-11-02",
        "excerpt": "40,012 workers earn the minimum wage.",
        "stance": "supports",
        "archive_url": "",
    }


def audit_row(seq: int, claim_id: int, moment) -> dict:
    """The canonical fields of one seeded entry (without prev_hash)."""
    from verify.audit_chain import utc_iso

    action, from_state, to_state = STEPS[seq % len(STEPS)]
    actor = USERS[seq % len(USERS)]
    verdict = verdict_snapshot(seq, action, actor, utc_iso(moment)) if action in VERDICT_ACTIONS else None
    data = {"source": source_snapshot(seq)} if action == "source_add" else {}
    if action == "claim":
        data = {"assignee": actor}
    source_ids = verdict["source_ids"] if verdict else [seq] if action == "source_add" else []
    reason = "Name the office's survey and its month." if action == "send_back" else ""
    return {
        "seq": seq,
        "occurred_at": utc_iso(moment),
        "actor": actor,
        "claim_id": claim_id,
        "action": action,
        "from_state": from_state,
        "to_state": to_state,
        "reason": reason,
        "verdict": verdict,
        "source_ids": source_ids,
        "data": data,
    }


def seed_audit(rows: int, claim_ids: list[int], connection) -> tuple[int, str]:
    """COPY ``rows`` chained audit entries; returns the last seq and hash."""
    import datetime as dt

    from verify.audit_chain import GENESIS_HASH, entry_hash
    from verify.models import AuditEntry

    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    prev_hash = GENESIS_HASH
    columns = (
        "seq",
        "occurred_at",
        "actor_username",
        "claim_id",
        "action",
        "from_state",
        "to_state",
        "reason",
        "verdict",
        "source_ids",
        "data",
        "prev_hash",
        "hash",
    )
    sql = f"COPY {AuditEntry._meta.db_table} ({', '.join(columns)}) FROM STDIN"
    with connection.cursor() as cursor, cursor.cursor.copy(sql) as copy:
        for seq in range(1, rows + 1):
            moment = start + dt.timedelta(milliseconds=25 * seq)
            canonical = audit_row(seq, claim_ids[(seq // len(STEPS)) % len(claim_ids)], moment)
            canonical["prev_hash"] = prev_hash
            prev_hash = entry_hash(canonical)
            verdict = None if canonical["verdict"] is None else json.dumps(canonical["verdict"])
            copy.write_row(
                (
                    seq,
                    moment,
                    canonical["actor"],
                    canonical["claim_id"],
                    canonical["action"],
                    canonical["from_state"],
                    canonical["to_state"],
                    canonical["reason"],
                    verdict,
                    json.dumps(canonical["source_ids"]),
                    json.dumps(canonical["data"]),
                    canonical["prev_hash"],
                    prev_hash,
                )
            )
    return rows, prev_hash


if __name__ == "__main__":
    main()
