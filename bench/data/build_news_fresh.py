#!/usr/bin/env python3
"""Builds bench/data/news-fresh.jsonl: a third set of 12 invented news articles, written and
annotated before the extractor was run on them, to measure it on text it was not tuned on.

The articles live in three modules by style family (same conventions and helpers as
build_news_dev.py; each module's docstring lists its judgement calls):
- news_fresh_a.py: a present-tense feature, a tech outage story, an obituary, a Beijing wire
  story with translated quotes and non-English name orders;
- news_fresh_b.py: election night, a public-health agency report, a court trial with straight
  quotes, a hockey game;
- news_fresh_c.py: a scraped local-news page (byline, caption, "Advertisement", pull quote,
  bulleted list), a wildfire press conference, a markets wrap, an opinion-flavoured explainer.
Half of the articles start with the " date YYYY-MM-DD " header line of the seed fixture.

    python3 bench/data/build_news_fresh.py   # rewrites bench/data/news-fresh.jsonl
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build_news_dev import write_gold  # noqa: E402
import news_fresh_a  # noqa: E402
import news_fresh_b  # noqa: E402
import news_fresh_c  # noqa: E402

OUT = os.path.join(HERE, "news-fresh.jsonl")


def main():
    write_gold(news_fresh_a.DOCS + news_fresh_b.DOCS + news_fresh_c.DOCS, OUT)


if __name__ == "__main__":
    main()
