"""Benchmark of the claim extractor on one core: throughput, overhead over spaCy, peak memory.

    .venv/bin/python bench/extract.py [--runs 100] [--articles 200] [--seed-file PATH]

Steps:
1. Pin the process to one CPU and one BLAS thread (set before numpy is imported).
2. Seed article: extract it ``--runs`` times through ``extract_many`` (one ``nlp.pipe``).
3. Mixed set: ``--articles`` synthetic articles built from template paragraphs (direct and
   split quotes, reported speech, "according to", statements with figures, headlines).
4. For both sets, time the bare spaCy pipeline the extractor uses on the same paragraphs, and
   report the extractor's time as a ratio of it (the target is under 1.25); then the rules
   alone on pre-parsed articles, as a share of the pipeline's time; for reference, also the
   naive way (every pipe of the model, ``nlp(text)`` per article).
5. Print articles/s, words/s and the peak resident set size.

Times are CPU seconds of this process (``time.process_time``), so other load on a shared
machine does not count against the extractor; on an idle machine they equal wall time.
"""
from __future__ import annotations

import os

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import argparse  # noqa: E402
import random  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import spacy  # noqa: E402

from claims.extraction import DEFAULT_MODEL, extract_many, load_model  # noqa: E402
from claims.extraction.article import prepare_article  # noqa: E402
from claims.extraction.engine import BATCH_SIZE, analyse_parsed  # noqa: E402

SEED = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "kyiv-2022-03-15.txt"

NAMES = ["Maria Lopez", "Tom Reyes", "Anna Berg", "Jan Novak", "Priya Shah", "Mark Ellis", "Lisa Park",
         "Igor Petrenko", "Karin Lund", "John Okafor", "Laura Kim", "Ben Ortiz", "Amir Haddad"]
ROLES = ["Health Minister", "Mayor", "Governor", "Senator", "Defense Ministry spokesman",
         "Finance Minister", "Prime Minister", "police chief", "presidential aide"]
BODIES = ["The U.N.", "The Interior Ministry", "NATO", "The World Health Organization", "Police",
          "The company", "Local officials", "The IMF", "Turkish authorities", "Japan"]
PLACES = ["Springfield", "Aleppo", "Kharkiv", "Lagos", "Manila", "Lima", "Hanoi", "Tbilisi"]
THINGS = ["bridge", "dam", "hospital", "power plant", "school", "airport", "port", "railway"]
HEDGES = ["about", "at least", "more than", "nearly", "up to", "some", "close to", ""]

PARAGRAPHS = [
    "“We will rebuild the {thing} within {n} months,” said {name}, the {role_l} of {place}.",
    "{role} {name} said that {n} people had been evacuated from {place} overnight.",
    "The {thing} was damaged, {name} told reporters, adding that repairs would cost ${money} million.",
    "According to {body_l}, {hedge} {n} homes were destroyed in {place}.",
    "{body} said {hedge} {n} civilians had been killed, with the true figure probably much higher.",
    "“The situation is very serious,” {surname} said. “We need {n} more trucks every day.”",
    "“Nobody expected the water to rise this fast.”",
    "Floodwaters cut off {hedge} {n} villages near {place} on Tuesday, forcing thousands to flee.",
    "The storm knocked out power to {n},000 homes and closed the {thing} for {n} days.",
    "Officials believe the fire at the {thing} was started deliberately.",
    "{name}, who has led the agency since 2019, said the budget would rise {n} percent.",
    "The film “{place} Nights” earned ${money} million in its first week.",
    "Residents described the {thing} as a “disaster waiting to happen.”",
    "Rescue teams worked through the night in {place}, where {hedge} {n} people remain missing.",
]


def synthetic_articles(count: int, seed: int = 7) -> list[str]:
    """Varied articles of 8-16 paragraphs, with a dateline and a headline, reproducibly."""
    rng = random.Random(seed)
    articles = []
    for _ in range(count):
        name = rng.choice(NAMES)
        body = rng.choice(BODIES)
        fields = dict(name=name, surname=name.split()[-1], role=rng.choice(ROLES),
                      role_l=rng.choice(ROLES).lower(), body=body, body_l=body[0].lower() + body[1:],
                      place=rng.choice(PLACES), thing=rng.choice(THINGS))
        paragraphs = [f"{fields['place']} braces for more rain as {fields['thing']} closes",
                      f"{fields['place'].upper()} — Heavy rain hit the region on Monday."]
        for _ in range(rng.randint(8, 16)):
            template = rng.choice(PARAGRAPHS)
            paragraphs.append(template.format(n=rng.randint(2, 900), money=rng.randint(2, 90),
                                              hedge=rng.choice(HEDGES), **fields).replace("  ", " "))
        articles.append("\n".join(paragraphs))
    return articles


def bare_spacy_seconds(texts: list[str]) -> float:
    """The extractor's spaCy pipeline alone on the same paragraphs, batched the same way."""
    nlp = load_model()
    paragraphs = [p.text for text in texts for p in prepare_article(text).paragraphs]
    start = time.process_time()
    for _ in nlp.pipe(paragraphs, batch_size=BATCH_SIZE):
        pass
    return time.process_time() - start


def naive_spacy_seconds(texts: list[str]) -> float:
    """The model with every pipe, one ``nlp(text)`` per article: the starting point."""
    nlp = spacy.load(DEFAULT_MODEL)
    start = time.process_time()
    for text in texts:
        nlp(text)
    return time.process_time() - start


def rules_seconds(texts: list[str]) -> float:
    """The extractor's own logic alone: every article parsed first, then only the rules timed.
    On a machine whose speed drifts (shared cores) this is steadier than a difference of two runs."""
    nlp = load_model()
    articles = [prepare_article(text) for text in texts]
    parsed = [list(nlp.pipe([p.text for p in article.paragraphs], batch_size=BATCH_SIZE))
              for article in articles]
    start = time.process_time()
    for article, docs in zip(articles, parsed):
        analyse_parsed(article, docs)
    return time.process_time() - start


def extractor_seconds(texts: list[str]) -> tuple[float, int]:
    start = time.process_time()
    claims = sum(len(found) for found in extract_many(texts))
    return time.process_time() - start, claims


def report(label: str, texts: list[str]) -> None:
    words = sum(len(text.split()) for text in texts)
    naive = naive_spacy_seconds(texts)
    bare = bare_spacy_seconds(texts)
    full, claims = extractor_seconds(texts)
    rules = rules_seconds(texts)
    print(f"{label}: {len(texts)} articles, {words:,} words, {claims:,} claims")
    print(f"  extractor : {len(texts) / full:7.1f} articles/s  {words / full:9,.0f} words/s  ({full:.2f} CPU s)")
    print(f"  bare spaCy: {len(texts) / bare:7.1f} articles/s  {words / bare:9,.0f} words/s  ({bare:.2f} CPU s)")
    print(f"  naive spaCy (all pipes, nlp(text)): {len(texts) / naive:7.1f} articles/s")
    print(f"  extractor / bare spaCy time: {full / bare:.2f}")
    print(f"  the rules alone: {rules:.2f} CPU s, {rules / bare:.1%} of the bare pipeline's time")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--seed-file", type=Path, default=SEED)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    load_model()
    list(extract_many([args.seed_file.read_text(encoding="utf-8")] * 3))  # warm caches
    report("seed article", [args.seed_file.read_text(encoding="utf-8")] * args.runs)
    report("synthetic mixed set", synthetic_articles(args.articles))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB")


if __name__ == "__main__":
    main()
