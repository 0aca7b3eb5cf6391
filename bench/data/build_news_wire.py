#!/usr/bin/env python3
"""Builds bench/data/news-wire.jsonl: a fifth set of 12 invented wire articles in the blind set's
styles, annotated before the extractor ran on them, for finding general fixes (a tuning set,
unlike news-blind). Every article starts with the seed's " date YYYY-MM-DD " header:
- news_wire_g.py: a war and talks day, a Supreme Court ruling, an aerospace strike, an earthquake;
- news_wire_h.py: a festival shooting, an OPEC+ decision, a drug approval, a prime minister resigning;
- news_wire_i.py: a school retention fight, a drying river, a film festival, a besieged city.
Same conventions and helpers as build_news_dev.py; each module's docstring lists its judgement calls.

    python3 bench/data/build_news_wire.py   # rewrites bench/data/news-wire.jsonl
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build_news_dev import write_gold  # noqa: E402
import news_wire_g  # noqa: E402
import news_wire_h  # noqa: E402
import news_wire_i  # noqa: E402

OUT = os.path.join(HERE, "news-wire.jsonl")


def main():
    write_gold(news_wire_g.DOCS + news_wire_h.DOCS + news_wire_i.DOCS, OUT)


if __name__ == "__main__":
    main()
