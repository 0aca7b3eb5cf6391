#!/usr/bin/env python3
"""Builds bench/data/matching-pairs.jsonl, the claim-matching set, from matching-topics.txt.

All text is invented (people, places, figures, dates in the 2030s-2050s) and written by hand:
an archive of fact-checks and the claims a newsroom might send, each labelled with the check it
must find, or with none when no check in the archive is about the same claim.

Source format (matching-topics.txt), one record a line, fields separated by "|" (the last field may hold more):
    C id | claim date | speaker | rating | claim reviewed          (a check in the archive)
    Q category > check id or - | as-of date | speaker | text      (a query)
An empty speaker means none is known (a tweet's author is not resolved). Lines starting with #
are comments.

Output (matching-pairs.jsonl), one JSON object a line:
    {"type": "check", "id", "claim", "speaker", "date", "rating", "url"}
    {"type": "query", "id", "category", "text", "speaker", "date", "check", "split"}
``check`` is the id of the one right check, or null: then the right answer is to link nothing.
``split`` is "dev" or "holdout", fixed by a hash of the query's id (both were read while the
matcher was tuned), or "blind" for the queries after the "#! blind" line, written once the
matcher was tuned and scored, never tuned on.

Categories:
- paraphrase: the same claim by the same speaker in other words.
- same_figure: the same figure written otherwise ("close to 700" / "nearly seven hundred",
  "$2bn" / "2 billion dollars", "4.1%" / "4.1 percent").
- different_figure: similar words, another figure (7,000 for 700, 14% for 40%): either another
  check states that figure (the right answer) or none does (link nothing).
- different_speaker: the checked words said by someone else (link nothing, or the check of that
  speaker when there is one), and repeats by the checked speaker with a different frame.
- negation: "did not" against "did": the opposite check when it exists, else nothing.
- tweet_noise: tweets with links, handles, hashtags, emoji, "RT", "pic.twitter.com", capitals.
- time_shift: a time-bound figure as of another time: the check of that time, or nothing.
- other_place: a checked claim's words about another place, person or thing (link nothing, or
  the near-duplicate check that is about it: the archive holds such near-duplicates, the same
  templates about other places, people, times and figures, so retrieval is not trivial).
- no_match: claims on the same topics, people and places that no check covers (threshold
  precision).

    python3 bench/data/build_matching_pairs.py
"""
from __future__ import annotations

import datetime
import hashlib
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "matching-topics.txt")
OUTPUT = os.path.join(HERE, "matching-pairs.jsonl")
CATEGORIES = {"paraphrase", "same_figure", "different_figure", "different_speaker", "negation",
              "tweet_noise", "time_shift", "other_place", "no_match"}


def fields(line: str, count: int) -> list[str]:
    parts = [part.strip() for part in line[2:].split("|", count - 1)]
    if len(parts) != count:
        raise ValueError(f"expected {count} fields: {line!r}")
    datetime.date.fromisoformat(parts[1])
    return parts


def check_record(line: str) -> dict:
    key, date, speaker, rating, claim = fields(line, 5)
    return {"type": "check", "id": key, "claim": claim, "speaker": speaker or None, "date": date,
            "rating": rating, "url": f"https://factcheck.example.org/{key}"}


def query_record(line: str, number: int, blind: bool) -> dict:
    head, date, speaker, text = fields(line, 4)
    category, target = (part.strip() for part in head.split(">"))
    if category not in CATEGORIES:
        raise ValueError(f"unknown category {category!r}: {line!r}")
    key = f"q{number:03d}"
    split = "blind" if blind else "dev" if hashlib.sha256(key.encode()).digest()[0] % 2 == 0 else "holdout"
    return {"type": "query", "id": key, "category": category, "text": text, "speaker": speaker or None,
            "date": date, "check": None if target == "-" else target, "split": split}


def build() -> tuple[list[dict], list[dict]]:
    checks, queries, blind = [], [], False
    with open(SOURCE, encoding="utf-8") as lines:
        for line in lines:
            blind = blind or line.startswith("#! blind")
            if line.startswith("C "):
                checks.append(check_record(line.rstrip("\n")))
            elif line.startswith("Q "):
                queries.append(query_record(line.rstrip("\n"), len(queries) + 1, blind))
    ids = [c["id"] for c in checks]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate check ids")
    missing = {q["check"] for q in queries if q["check"]} - set(ids)
    if missing:
        raise ValueError(f"queries name unknown checks: {sorted(missing)}")
    return checks, queries


def main() -> None:
    checks, queries = build()
    with open(OUTPUT, "w", encoding="utf-8") as out:
        for record in checks + queries:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    linked = sum(q["check"] is not None for q in queries)
    print(f"wrote {len(checks)} checks and {len(queries)} queries ({linked} with a check) to {os.path.basename(OUTPUT)}")


if __name__ == "__main__":
    main()
