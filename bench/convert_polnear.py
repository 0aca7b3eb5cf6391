# Vendored verbatim (apart from this line) from ../shared/tools/convert_polnear.py so bench/polnear.py works on a fresh clone.
#!/usr/bin/env python3
"""Convert PolNeAR (brat standoff) to the claim-eval JSONL schema.

Usage: python3 convert_polnear.py DATA_DIR SPLIT N_DOCS OUT.jsonl
  DATA_DIR = checkout of networkdynamics/PolNeAR 'data/' directory
  SPLIT    = train | dev | test | annotator-training
  N_DOCS   = max documents (0 = all); docs are taken round-robin over publishers

One annotation file per article is used (articles annotated by several
annotators: the alphabetically first annotator id).  Offsets in PolNeAR .ann
files are Python code-point offsets into data/<split>/text/<name>.txt (verified:
every span text equals the text slice).  Discontinuous spans ("s e;s e") and the
rare Content2 role are kept as fragments; *_span is the outer [min,max] range,
content is the fragment texts joined with a single space.
Attributions without a source (type Attribution-no-source) are dropped and counted.
"""
import collections, csv, glob, json, os, re, sys

DQ_OPEN, DQ_CLOSE = '“"', '”"'
SQ_OPEN, SQ_CLOSE = '‘', '’'
TRAIL = ' \t\n.,;:!?'


def parse_ann(path):
    spans, events = {}, []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        parts = line.split('\t')
        if line.startswith('T') and len(parts) >= 2 and re.match(r'T\d+$', parts[0]):
            tid, mid = parts[0], parts[1]
            typ, rng = mid.split(' ', 1)
            frs = [tuple(map(int, f.split())) for f in rng.split(';')]
            spans[tid] = (typ, frs)
        elif re.match(r'E\d+\t', line):
            eid, args = line.split('\t')[:2]
            roles = collections.defaultdict(list)
            etype = None
            for a in args.split():
                role, tid = a.split(':')
                if role.startswith('Attribution'):
                    etype = role
                else:
                    roles[re.sub(r'\d+$', '', role)].append(tid)
            events.append((eid, etype, roles))
    return spans, events


def frags(spans, tids):
    out = []
    for t in tids:
        out.extend(spans[t][1])
    return sorted(out)


def enclosed(text, s, e):
    """True if text[s:e] is a quotation-mark-delimited passage (quote marks may
    be inside the span or immediately outside it)."""
    seg = text[s:e].strip(TRAIL)
    if not seg:
        return False
    i = s
    while i > 0 and text[i - 1] in ' \t':
        i -= 1
    j = e
    while j < len(text) and text[j] in TRAIL:
        j += 1
    left = seg[0] in DQ_OPEN + SQ_OPEN or (i > 0 and text[i - 1] in DQ_OPEN + SQ_OPEN)
    right = seg[-1] in DQ_CLOSE + SQ_CLOSE or (j < len(text) and text[j] in DQ_CLOSE + SQ_CLOSE)
    return left and right


def kind_of(text, cfr):
    if all(enclosed(text, s, e) for s, e in cfr):
        return 'direct'
    if any(ch in text[s:e] for s, e in cfr for ch in '“”"'):
        return 'mixed'
    return 'indirect'


def convert(data_dir, split, n_docs):
    meta = {r['filename']: r for r in csv.DictReader(open(os.path.join(data_dir, 'metadata.tsv'), encoding='utf-8'), delimiter='\t')}
    by_doc = collections.defaultdict(list)
    for p in sorted(glob.glob(os.path.join(data_dir, split, 'attributions', '*.ann'))):
        name, annot = os.path.basename(p)[:-4].rsplit('_', 1)
        by_doc[name].append((annot, p))
    # round-robin over publishers for a balanced sample
    pubs = collections.defaultdict(list)
    for name in sorted(by_doc):
        pubs[name.split('_')[0]].append(name)
    order = []
    while any(pubs.values()):
        for pub in sorted(pubs):
            if pubs[pub]:
                order.append(pubs[pub].pop(0))
    if n_docs:
        order = order[:n_docs]
    for name in order:
        annot, path = sorted(by_doc[name])[0]
        text = open(os.path.join(data_dir, split, 'text', name + '.txt'), encoding='utf-8').read()
        spans, events = parse_ann(path)
        quotes, dropped = [], 0
        for eid, etype, roles in events:
            if etype != 'Attribution' or not roles.get('Source') or not roles.get('Content'):
                dropped += 1
                continue
            sfr, cfr = frags(spans, roles['Source']), frags(spans, roles['Content'])
            qfr = frags(spans, roles.get('Cue', []))
            quotes.append({
                'speaker': ' '.join(text[s:e] for s, e in sfr),
                'speaker_span': [sfr[0][0], sfr[-1][1]],
                'cue': ' '.join(text[s:e] for s, e in qfr) or None,
                'cue_span': [qfr[0][0], qfr[-1][1]] if qfr else None,
                'content': ' '.join(text[s:e] for s, e in cfr),
                'content_span': [cfr[0][0], cfr[-1][1]],
                'content_fragments': [list(f) for f in cfr],
                'kind': kind_of(text, cfr),
                'ann_id': eid,
            })
        quotes.sort(key=lambda q: q['content_span'][0])
        m = meta.get(name, {})
        yield {'id': f'polnear/{split}/{name}', 'text': text, 'quotes': quotes,
               'meta': {'source': 'PolNeAR v1.0.0 (networkdynamics/PolNeAR)', 'split': split,
                        'annotator': annot, 'publisher': m.get('publisher'),
                        'date': m.get('publication_date'), 'title': m.get('title'),
                        'n_dropped_no_source': dropped}}


if __name__ == '__main__':
    data_dir, split, n, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    with open(out, 'w', encoding='utf-8') as f:
        for doc in convert(data_dir, split, n):
            f.write(json.dumps(doc, ensure_ascii=False) + '\n')
