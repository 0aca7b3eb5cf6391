#!/usr/bin/env python3
"""Scores `manage.py extract` on the seed article and on the dev set of invented news articles.

    .venv/bin/python bench/eval_dev.py        # or python3; run from anywhere

Gold files: tests/fixtures/kyiv-2022-03-15.gold.jsonl (seed) and bench/data/news-dev.jsonl (12
articles written for this benchmark, see bench/data/build_news_dev.py). Uses the shared scorer
/work/shared/tools/eval_extraction.py when present, else the vendored copy bench/eval_extraction.py.
Prints one JSON result per gold file, with and without --speech-only.
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = "/work/shared/tools/eval_extraction.py"
SCORER = SHARED if os.path.exists(SHARED) else os.path.join(ROOT, "bench", "eval_extraction.py")
CMD = ".venv/bin/python manage.py extract --format jsonl"
GOLD = ["tests/fixtures/kyiv-2022-03-15.gold.jsonl", "bench/data/news-dev.jsonl"]


def main():
    print(f"scorer: {SCORER}")
    failed = False
    for gold in GOLD:
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
