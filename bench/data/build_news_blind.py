#!/usr/bin/env python3
"""Builds bench/data/news-blind.jsonl: a fourth set of 12 invented wire articles, annotated blind
and never used to tune the extractor, so its score is the honest estimate for unseen text.

Look at its score, not at its errors: a rule written to fix one of them turns it into one more
tuned set. Styles are the wire coverage the service was specified from (every article starts
with the seed's " date YYYY-MM-DD " header and an AP or Reuters dateline):
- news_blind_d.py: a front-line war story, a pandemic wave, a Senate hearing, refugees at a border;
- news_blind_e.py: a central-bank decision, a foreign election, a climate study, a finals game;
- news_blind_f.py: a wildfire, a sentencing, driverless trucks, city shelters for migrants.
Same conventions and helpers as build_news_dev.py; each module's docstring lists its judgement calls.

    python3 bench/data/build_news_blind.py   # rewrites bench/data/news-blind.jsonl
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build_news_dev import write_gold  # noqa: E402
import news_blind_d  # noqa: E402
import news_blind_e  # noqa: E402
import news_blind_f  # noqa: E402

OUT = os.path.join(HERE, "news-blind.jsonl")


def main():
    write_gold(news_blind_d.DOCS + news_blind_e.DOCS + news_blind_f.DOCS, OUT)


if __name__ == "__main__":
    main()
