#!/usr/bin/env python3
"""Scores `manage.py extract` on the seed article and on the dev set of invented news articles.

    .venv/bin/python bench/eval_dev.py             # seed + dev; or python3; run from anywhere
    .venv/bin/python bench/eval_dev.py --holdout   # seed + dev + held-out set
    .venv/bin/python bench/eval_dev.py --holdout-only

Gold files: tests/fixtures/kyiv-2022-03-15.gold.jsonl (seed) and bench/data/news-dev.jsonl (12
articles written for this benchmark, see bench/data/build_news_dev.py); with --holdout also
bench/data/news-holdout.jsonl (12 more articles in other styles, see build_news_holdout.py), which
rules must never be tuned against article by article. Uses the shared scorer
/work/shared/tools/eval_extraction.py when present, else the vendored copy bench/eval_extraction.py.
Prints one JSON result per gold file, with and without --speech-only.
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = "/work/shared/tools/eval_extraction.py"
SCORER = SHARED if os.path.exists(SHARED) else os.path.join(ROOT, "bench", "eval_extraction.py")
CMD = ".venv/bin/python manage.py extract --format jsonl"
GOLD = ["tests/fixtures/kyiv-2022-03-15.gold.jsonl", "bench/data/news-dev.jsonl"]
HOLDOUT = "bench/data/news-holdout.jsonl"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--holdout", action="store_true", help="also score the held-out set")
    parser.add_argument("--holdout-only", action="store_true", help="score only the held-out set")
    args = parser.parse_args()
    golds = [HOLDOUT] if args.holdout_only else GOLD + ([HOLDOUT] if args.holdout else [])
    print(f"scorer: {SCORER}")
    failed = False
    for gold in golds:
        for extra in ([], ["--speech-only"]):
            out = subprocess.run([sys.executable, SCORER, gold, "--cmd", CMD, "--cwd", ROOT, *extra],
                                 cwd=ROOT, capture_output=True, text=True)
            label = f"{gold}{' --speech-only' if extra else ''}"
            if out.returncode != 0:
                failed = True
                print(f"{label}: FAILED {out.stderr.strip()[-2000:]}")
                continue
            res = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"{label}: {json.dumps(res)}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
