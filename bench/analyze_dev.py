#!/usr/bin/env python3
"""Per-article error listing for the extraction dev set (companion to bench/eval_dev.py).

    .venv/bin/python bench/analyze_dev.py [GOLD.jsonl]   # default bench/data/news-dev.jsonl

Matching is the scorer's (greedy one-to-one by content IoU >= 0.3, speaker_ok on matched pairs),
using the vendored bench/eval_extraction.py. Lists per article: gold quotes missed, matched with
the wrong speaker, matched with content IoU < 0.8, and predicted attributed claims matching no gold.
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "bench"))
from eval_extraction import chars, iou, run, speaker_ok  # noqa: E402

CMD = ".venv/bin/python manage.py extract --format jsonl"


def main():
    gold = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "bench", "data", "news-dev.jsonl")
    docs = [json.loads(l) for l in open(gold, encoding="utf-8") if l.strip()]
    preds = run(CMD, docs, ROOT)
    for d, claims in zip(docs, preds):
        t = d["text"]
        P = [c for c in (claims or []) if c.get("speaker") and c.get("kind") != "statement" and c.get("content_span")]
        G = d["quotes"]
        gs = [chars(g.get("content_fragments") or [g["content_span"]]) for g in G]
        ps = [chars([c["content_span"]]) for c in P]
        pairs = sorted(((iou(p, g), i, j) for i, p in enumerate(ps) for j, g in enumerate(gs)), reverse=True)
        up, ug, m = set(), set(), {}
        for v, i, j in pairs:
            if v < 0.3:
                break
            if i in up or j in ug:
                continue
            up.add(i); ug.add(j); m[j] = (i, v)
        lines = []
        for j, g in enumerate(G):
            if j not in m:
                lines.append(f"  MISS     [{g['cue']}] {g['canonical']}: {g['content']!r}")
                continue
            i, v = m[j]
            p = P[i]
            sp = p["speaker"]
            if not speaker_ok(p, g):
                lines.append(f"  SPEAKER  gold={g['canonical']!r} pred canonical={sp.get('canonical')!r} "
                             f"mention={sp.get('mention')!r}: {g['content'][:70]!r}")
            if v < 0.8:
                lines.append(f"  BOUNDARY iou={v:.2f} gold={g['content']!r}\n           pred={p['content']!r}")
        for i, p in enumerate(P):
            if i not in up:
                sp = p["speaker"]
                lines.append(f"  FP       [{p.get('kind')}/{p.get('cue')}] {sp.get('canonical')!r} "
                             f"(mention {sp.get('mention')!r}): {p['content']!r}")
        print(f"## {d['id']}: gold={len(G)} pred={len(P)}")
        print("\n".join(lines) if lines else "  (no errors)")


if __name__ == "__main__":
    main()
