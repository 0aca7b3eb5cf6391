# Vendored verbatim (apart from this line) from ../shared/tools/eval_extraction.py so bench/eval_dev.py works on a fresh clone.
#!/usr/bin/env python3
"""Scores the project's claim extractor against a gold JSONL of attributed quotes.

Gold lines: {"id", "text", "quotes": [{"speaker", "speaker_span", "cue", "content", "content_span",
"content_fragments"?}]} (character offsets, code points). The extractor is run once over all
documents: CMD is given one file path per document and must print JSON Lines
{"path", "claims": [...]} in the contract of `manage.py extract --format jsonl`.

Scores (document level, greedy one-to-one matching by character IoU of content):
  content P/R/F1 at IoU >= 0.3 and >= 0.8; speaker accuracy on matched pairs;
  end-to-end F1 (content matched at 0.3 AND speaker right). --speech-only keeps only gold quotes
  whose cue is a speech verb; predictions matching other gold quotes then count neither way.

Speaker rules (v2, 2026-12-06): a predicted name whose words all stand in a longer gold speaker
span is right ("Daryl Kimball" for "Daryl Kimball, executive director of ..."); a gold pronoun
speaker ("he") is also matched by the name of the nearest earlier named gold speaker in the
document, the stand-in for coreference gold. "pronoun_resolved" is the share of matched gold
pronoun speakers for which the prediction named that person instead of repeating the pronoun.
"""
import argparse, json, os, re, shlex, subprocess, sys, tempfile

SPEECH = re.compile(r"\b(said|say|says|saying|told|tell|tells|telling|according|add|added|adds|adding|"
                    r"note|noted|notes|wrote|write|writes|claim|claimed|claims|announc\w*|state|stated|states|"
                    r"report\w*|explain\w*|argu\w*|insist\w*|warn\w*|acknowledg\w*|asked|ask|asks|"
                    r"declar\w*|continu\w*|recall\w*|suggest\w*|confirm\w*|den(y|ied|ies)|admit\w*|"
                    r"estimat\w*|predict\w*|promis\w*|tweet\w*|emphasi[sz]\w*|stress\w*)\b|^:$", re.I)


def chars(spans):
    s = set()
    for a, b in spans:
        s.update(range(a, b))
    return s


def iou(a, b):
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def norm_tokens(s):
    return {t for t in re.findall(r"[a-z0-9]+", (s or "").lower()) if t not in {"the", "a", "an", "of", "s"}}


PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "him", "her", "them"}


def names_match(g, p):
    """Gold words g and predicted words p name the same speaker: half of g, or all of p inside g."""
    return bool(g and p) and (len(g & p) / len(g) >= 0.5 or p <= g)


def antecedent(gold, golds):
    """The nearest earlier named gold speaker before a pronoun speaker, or None."""
    at = (gold.get("speaker_span") or gold["content_span"])[0]
    best = None
    for o in golds:
        os_ = o.get("speaker_span")
        name = (o.get("speaker") or "").strip()
        if os_ and os_[0] < at and name.lower() not in PRONOUNS and (best is None or os_[0] > best[0]):
            best = (os_[0], name)
    return best and best[1]


def speaker_ok(pred, gold, golds=()):
    sp = pred.get("speaker") or {}
    if gold.get("canonical"):  # resolved speaker required (e.g. "The official" -> the U.S. defense official)
        g, p = norm_tokens(gold["canonical"]), norm_tokens(sp.get("canonical"))
        return bool(g and p) and len(g & p) / len(g | p) >= 0.6
    gs = gold.get("speaker_span")
    ms = sp.get("mention_span")
    if ms and gs and max(ms[0], gs[0]) < min(ms[1], gs[1]):
        return True
    g = norm_tokens(gold.get("speaker"))
    for key in ("canonical", "mention"):
        if names_match(g, norm_tokens(sp.get(key))):
            return True
    return pronoun_resolved(pred, gold, golds)


def pronoun_resolved(pred, gold, golds):
    """A gold pronoun speaker, and the prediction names its antecedent."""
    if (gold.get("speaker") or "").strip().lower() not in PRONOUNS:
        return False
    name = antecedent(gold, golds)
    p = norm_tokens((pred.get("speaker") or {}).get("canonical"))
    return bool(name) and not (p <= PRONOUNS) and names_match(norm_tokens(name), p)


def run(cmd, docs, cwd):
    tmp = tempfile.mkdtemp(prefix="evalx-")
    paths = []
    for i, d in enumerate(docs):
        p = os.path.join(tmp, f"doc{i:04d}.txt")
        with open(p, "w", encoding="utf-8") as f:
            f.write(d["text"])
        paths.append(p)
    out = subprocess.run(shlex.split(cmd) + paths, cwd=cwd, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"extractor failed ({out.returncode}): {out.stderr[-2000:]}")
    by_path = {}
    for line in out.stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            obj = json.loads(line)
            by_path[os.path.realpath(obj["path"])] = obj["claims"]
    return [by_path.get(os.path.realpath(p)) for p in paths]


def score(docs, preds, speech_only):
    tot = {t: {"tp": 0, "fp": 0, "fn": 0} for t in (0.3, 0.8)}
    spk_right = spk_all = e2e_tp = 0
    pron_all = pron_named = 0
    n_pred = n_gold = 0
    missing = 0
    for d, claims in zip(docs, preds):
        if claims is None:
            missing += 1
            claims = []
        P = [c for c in claims if c.get("speaker") and c.get("kind") != "statement" and c.get("content_span")]
        G = d["quotes"]
        gset = [chars(g.get("content_fragments") or [g["content_span"]]) for g in G]
        pset = [chars([c["content_span"]]) for c in P]
        care = [bool(SPEECH.search((g.get("cue") or "").strip())) or not speech_only for g in G]
        for t in tot:
            pairs = sorted(((iou(ps, gs), i, j) for i, ps in enumerate(pset) for j, gs in enumerate(gset)), reverse=True)
            used_p, used_g, matched = set(), set(), []
            for v, i, j in pairs:
                if v < t:
                    break
                if i in used_p or j in used_g:
                    continue
                used_p.add(i); used_g.add(j); matched.append((i, j))
            tp = sum(1 for i, j in matched if care[j])
            ignored = sum(1 for i, j in matched if not care[j])
            tot[t]["tp"] += tp
            tot[t]["fp"] += len(P) - tp - ignored
            tot[t]["fn"] += sum(care) - tp
            if t == 0.3:
                for i, j in matched:
                    if care[j]:
                        spk_all += 1
                        if (G[j].get("speaker") or "").strip().lower() in PRONOUNS and antecedent(G[j], G):
                            pron_all += 1
                            pron_named += pronoun_resolved(P[i], G[j], G)
                        if speaker_ok(P[i], G[j], G):
                            spk_right += 1
                            e2e_tp += 1
        n_pred += len(P)
        n_gold += sum(care)
    res = {}
    for t, c in tot.items():
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        res[f"content@{t}"] = {"P": round(p, 3), "R": round(r, 3), "F1": round(f, 3)}
    c = tot[0.3]
    p = e2e_tp / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = e2e_tp / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    res["speaker_accuracy"] = round(spk_right / spk_all, 3) if spk_all else 0.0
    res["pronoun_resolved"] = round(pron_named / pron_all, 3) if pron_all else None
    res["end_to_end@0.3"] = {"P": round(p, 3), "R": round(r, 3), "F1": round(2 * p * r / (p + r), 3) if p + r else 0.0}
    res["counts"] = {"docs": len(docs), "gold": n_gold, "pred": n_pred, "docs_without_output": missing}
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--cmd", help="the extractor to run (or --preds)")
    ap.add_argument("--preds", help="score predictions saved earlier with --save-preds instead of running CMD")
    ap.add_argument("--save-preds", help="write the extractor's output (a JSON list, one entry per document)")
    ap.add_argument("--cwd", default=".")
    ap.add_argument("--speech-only", action="store_true")
    ap.add_argument("--limit", type=int, default=0)
    a = ap.parse_args()
    docs = [json.loads(l) for l in open(a.gold, encoding="utf-8") if l.strip()]
    if a.limit:
        docs = docs[: a.limit]
    if a.preds:
        preds = json.load(open(a.preds, encoding="utf-8"))
    elif a.cmd:
        preds = run(a.cmd, docs, a.cwd)
    else:
        ap.error("give --cmd or --preds")
    if a.save_preds:
        json.dump(preds, open(a.save_preds, "w", encoding="utf-8"))
    print(json.dumps(score(docs, preds, a.speech_only)))


if __name__ == "__main__":
    main()
