#!/usr/bin/env python3
"""Scores `manage.py extract` on the seed article and on the sets of invented news articles.

    .venv/bin/python bench/eval_dev.py                       # seed + dev; or python3; from anywhere
    .venv/bin/python bench/eval_dev.py --sets all            # every set
    .venv/bin/python bench/eval_dev.py --sets holdout,fresh  # some of them

Gold files (built by bench/data/build_news_dev.py, build_news_holdout.py and build_news_sets.py;
see there for styles and conventions):
- seed: tests/fixtures/kyiv-2022-03-15.gold.jsonl, the article the service was specified from;
- dev: bench/data/news-dev.jsonl, 12 articles the rules were developed on;
- holdout, fresh, wire: 12 articles each, annotated before the extractor ran on them and then
  used to find general fixes, so their current numbers are tuned too (their first runs are
  recorded in bench/RESULTS.md);
- blind: bench/data/news-blind.jsonl, 12 articles annotated blind and never tuned against: the
  honest estimate for unseen text. Look at its score, never at its errors.
Uses the shared scorer /work/shared/tools/eval_extraction.py when present, else the vendored copy
bench/eval_extraction.py. Prints one JSON result per gold file, with and without --speech-only.
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
SETS = {
    "seed": "tests/fixtures/kyiv-2022-03-15.gold.jsonl",
    "dev": "bench/data/news-dev.jsonl",
    "holdout": "bench/data/news-holdout.jsonl",
    "fresh": "bench/data/news-fresh.jsonl",
    "wire": "bench/data/news-wire.jsonl",
    "blind": "bench/data/news-blind.jsonl",
}


def chosen_sets(value: str) -> list[str]:
    names = list(SETS) if value == "all" else [name.strip() for name in value.split(",") if name.strip()]
    unknown = [name for name in names if name not in SETS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"unknown set(s) {unknown}; choose from {', '.join(SETS)} or all")
    return names


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=chosen_sets, default=["seed", "dev"],
                        help=f"comma-separated, from {', '.join(SETS)}; or all (default: seed,dev)")
    args = parser.parse_args()
    print(f"scorer: {SCORER}")
    failed = False
    for name in args.sets:
        gold = SETS[name]
        for extra in ([], ["--speech-only"]):
            out = subprocess.run([sys.executable, SCORER, gold, "--cmd", CMD, "--cwd", ROOT, *extra],
                                 cwd=ROOT, capture_output=True, text=True)
            label = f"{name} ({gold}){' --speech-only' if extra else ''}"
            if out.returncode != 0:
                failed = True
                print(f"{label}: FAILED {out.stderr.strip()[-2000:]}")
                continue
            res = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"{label}: {json.dumps(res)}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
