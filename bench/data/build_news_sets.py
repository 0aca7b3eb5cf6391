#!/usr/bin/env python3
"""Builds the gold files of the later invented-article sets, each from three modules of four
articles (same conventions and helpers as build_news_dev.py; every module's docstring lists its
styles and judgement calls). Each set was written, annotated and committed before the extractor
ran on it.

- fresh (news-fresh.jsonl, tuning): a present-tense feature, a tech outage with posts on X and
  LinkedIn, an obituary, translated quotes with family-name-first names, election night, an
  agency report, a trial, a hockey game, a scraped local page (byline, caption, "Advertisement",
  pull quote, bullets), a press conference, a markets wrap, an explainer full of scare quotes;
  half start with the seed's " date YYYY-MM-DD " header.
- wire (news-wire.jsonl, tuning): AP/Reuters wire copy in the blind set's styles, all with the
  header: a war and talks day, a Supreme Court ruling, a strike, an earthquake, a shooting, an
  OPEC+ decision, a drug approval, a resignation abroad, a school fight, a drying river, a film
  festival, a besieged city.
- blind (news-blind.jsonl, never tuned on: look at its score, never at its errors, or it becomes
  one more tuned set): wire copy with the header: a front-line war story, a pandemic wave, a
  Senate hearing, refugees at a border, a central-bank decision, a foreign election, a climate
  study, a finals game, a wildfire, a sentencing, driverless trucks, shelters for migrants.

    python3 bench/data/build_news_sets.py [fresh|wire|blind ...]   # default: all three
"""
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build_news_dev import write_gold  # noqa: E402

SETS = {
    "fresh": ("news-fresh.jsonl", ["news_fresh_a", "news_fresh_b", "news_fresh_c"]),
    "wire": ("news-wire.jsonl", ["news_wire_g", "news_wire_h", "news_wire_i"]),
    "blind": ("news-blind.jsonl", ["news_blind_d", "news_blind_e", "news_blind_f"]),
}


def build(name: str) -> None:
    out, modules = SETS[name]
    docs = [doc for module in modules for doc in importlib.import_module(module).DOCS]
    write_gold(docs, os.path.join(HERE, out))


def main():
    names = sys.argv[1:] or list(SETS)
    unknown = [name for name in names if name not in SETS]
    if unknown:
        sys.exit(f"unknown set(s) {unknown}; choose from {', '.join(SETS)}")
    for name in names:
        build(name)


if __name__ == "__main__":
    main()
