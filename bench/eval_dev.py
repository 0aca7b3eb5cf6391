#!/usr/bin/env python3
"""Scores `manage.py extract` on real news (PolNeAR train), the seed article and the invented sets.

    .venv/bin/python bench/eval_dev.py                        # seed + the PolNeAR train sample
    .venv/bin/python bench/eval_dev.py --sets all             # every set
    .venv/bin/python bench/eval_dev.py --sets polnear-train   # the whole PolNeAR train split
    .venv/bin/python bench/eval_dev.py --gold FILE.jsonl      # any gold file (e.g. from export_gold)

Gold files:
- polnear: var/polnear/train150.jsonl, a fixed publisher-balanced sample of 150 real articles of
  the PolNeAR train split, for quick iteration; polnear-train: all 840 (var/polnear/train.jsonl).
  The main figure: real published news. Not in the repository (the text has no licence);
  bench/polnear.py prepares both from a clone of github.com/networkdynamics/PolNeAR. Its dev and
  test splits belong to the external evaluation and are never used here.
- seed: tests/fixtures/kyiv-2022-03-15.gold.jsonl, the article the service was specified from;
- dev: bench/data/news-dev.jsonl, 12 invented articles the rules were developed on;
- holdout, fresh, wire: 12 invented articles each, annotated before the extractor ran on them and
  then used to find general fixes (their first runs are recorded in bench/RESULTS.md);
- blind: bench/data/news-blind.jsonl, 12 invented articles annotated blind and never tuned on.
Invented sets carry their writer's style and overstate quality on real news.
Uses the shared scorer ../shared/tools/eval_extraction.py when it is beside the project, else the
vendored copy bench/eval_extraction.py. Runs the extractor once per set and prints one JSON
result for all attributions and one for speech-verb attributions (--speech-only).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "tools", "eval_extraction.py")
SCORER = SHARED if os.path.exists(SHARED) else os.path.join(ROOT, "bench", "eval_extraction.py")
CMD = ".venv/bin/python manage.py extract --format jsonl"
SETS = {
    "polnear": "var/polnear/train150.jsonl",
    "polnear-train": "var/polnear/train.jsonl",
    "seed": "tests/fixtures/kyiv-2022-03-15.gold.jsonl",
    "dev": "bench/data/news-dev.jsonl",
    "holdout": "bench/data/news-holdout.jsonl",
    "fresh": "bench/data/news-fresh.jsonl",
    "wire": "bench/data/news-wire.jsonl",
    "blind": "bench/data/news-blind.jsonl",
}
PREPARE = "missing: prepare it with `.venv/bin/python bench/polnear.py PATH_TO_POLNEAR_CLONE` (see its docstring)"


def chosen_sets(value: str) -> list[str]:
    names = list(SETS) if value == "all" else [name.strip() for name in value.split(",") if name.strip()]
    unknown = [name for name in names if name not in SETS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"unknown set(s) {unknown}; choose from {', '.join(SETS)} or all")
    return names


def score(gold: str, preds: str, speech_only: bool) -> subprocess.CompletedProcess:
    extra = ["--speech-only"] if speech_only else []
    return subprocess.run([sys.executable, SCORER, gold, "--preds", preds, *extra],
                          cwd=ROOT, capture_output=True, text=True)


def evaluate(label: str, gold: str) -> bool:
    """Prints both scores of one gold file; False when the extractor or the scorer failed."""
    with tempfile.TemporaryDirectory() as scratch:
        preds = os.path.join(scratch, "preds.json")
        run = subprocess.run([sys.executable, SCORER, gold, "--cmd", CMD, "--cwd", ROOT, "--save-preds", preds],
                             cwd=ROOT, capture_output=True, text=True)
        results = [run, score(gold, preds, True)] if run.returncode == 0 else [run]
        for out, suffix in zip(results, ("", " --speech-only")):
            if out.returncode != 0:
                print(f"{label}{suffix}: FAILED {out.stderr.strip()[-2000:]}")
                return False
            print(f"{label}{suffix}: {out.stdout.strip().splitlines()[-1]}")
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=chosen_sets, default=["seed", "polnear"],
                        help=f"comma-separated, from {', '.join(SETS)}; or all (default: seed,polnear)")
    parser.add_argument("--gold", action="append", default=[], metavar="FILE",
                        help="score this gold file instead of the named sets (repeatable)")
    args = parser.parse_args()
    print(f"scorer: {os.path.relpath(SCORER, ROOT)}")
    targets = [(path, os.path.abspath(path)) for path in args.gold] or [
        (f"{name} ({SETS[name]})", os.path.join(ROOT, SETS[name])) for name in args.sets]
    failed = False
    for label, gold in targets:
        if not os.path.exists(gold):
            print(f"{label}: {PREPARE if 'polnear' in gold else 'missing'}")
            failed = failed or bool(args.gold)
            continue
        failed = not evaluate(label, gold) or failed
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
