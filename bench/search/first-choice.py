#!/usr/bin/env python3
"""Scores, on the TUNING sets only, other first choices of the meaning path than the model's nearest passage (issue 24,
the fourteenth turn; docs/search.md). Reads the file the benchmark writes:

    dotnet run -c Release --project bench/GsiPortal.Benchmarks -- first-choice-dump out.jsonl
    python3 bench/search/first-choice.py out.jsonl [-v]

It reproduces MeaningRule.Choose and the page's order (the keyword results, the passages found by meaning after them
or first), checks that the reproduction gives the site's own answer for every query, and then scores each candidate
rule on the judged 114, the late 25, the tuning file written before the fourteenth turn and that turn's own check
(the tuning file's last section), printing what each gains and what junk it adds.
"""
import json, math, sys

rows = [json.loads(l) for l in open(sys.argv[1])]
head, rows = rows[0], rows[1:]
verbose = '-v' in sys.argv
ids, kinds = head['ids'], head['kinds']
U = head['unitVectors']; S = head['sentenceVectors']; SU = head['sentenceUnit']
quotes = head['quotes']
N = len(ids)
index_of = {u: i for i, u in enumerate(ids)}

def dot(a, b): return sum(x * y for x, y in zip(a, b))
def norm(v):
    n = math.sqrt(dot(v, v)); return [x / n for x in v]

def scores(q):
    own = [dot(u, q) for u in U]
    best = [-9.0] * N
    for s, su in zip(S, SU):
        d = dot(s, q)
        if d > best[su]: best[su] = d
    blended = [0.5 * own[u] + 0.5 * best[u] if best[u] > -9 else own[u] for u in range(N)]
    best = [best[u] if best[u] > -9 else own[u] for u in range(N)]
    return own, best, blended

for r in rows:
    r['own'], r['best'], r['blend'] = scores(r['vector'])
    r['order'] = sorted(range(N), key=lambda u: -r['blend'][u])

# The tuning file's last section: this turn's own check.
lines = open('tests/Shared/search-judgements-own-words-tuning.tsv').read().splitlines()
last = max(i for i, l in enumerate(lines) if l.startswith('#'))
latest = {l.split('\t')[1] for l in lines[last + 1:] if l.strip()}
def section(r):
    if r['file'] == 'search-judgements.tsv': return 'judged'
    if r['file'] == 'search-judgements-late.tsv': return 'late'
    return 'new' if r['query'] in latest else 'tuning'

def stand_out(vals):
    a = sorted(vals, reverse=True)
    return a[0] + (a[0] - a[1])

def covered(r, u, share=0.25):
    h = r['held'][u] if r['held'] else None
    if not h or h['share'] < share or h['lacksName']: return False
    c = h['covered']
    if c is None: raise Exception(f"coverage not dumped for {r['query']} {ids[u]}")
    return c

def choose_site(r, order=None, best=None, blend=None, first_choice=None):
    """MeaningRule.Choose: the list of unit numbers shown by meaning."""
    order = order or r['order']; best = best or r['best']; blend = blend or r['blend']
    total = r['total']
    if total == 0:
        so = stand_out(best) >= 0.699
    else:
        so = blend[order[0]] + (blend[order[0]] - blend[order[1]]) >= 0.65
    if so:
        top = blend[order[0]]
        return [u for u in order if blend[u] >= top - 0.05][:3]
    n0 = order[0] if first_choice is None else first_choice(r)
    if total == 0 and r['nearestByWords'] is not None and n0 == index_of[r['nearestByWords']]: return [n0]
    if total == 0 and r['held'] and covered(r, n0): return [n0]
    return []

def answer(r, choose):
    shown = r['shown']
    if not (r['total'] < 3 and r['mayAdd']): return shown
    chosen = choose(r)
    first = r['total'] > 0 and r['relaxed'] and r['afterStrict'] is False
    chosen = [ids[u] for u in chosen if first or ids[u] not in shown]
    out = chosen + shown if first and chosen else shown + chosen
    seen = []
    for x in out:
        if x not in seen: seen.append(x)
    return seen

def grade(r, i):
    for t in r['targets']:
        if t == i or (t.endswith('/*') and i.split('/')[0] == t.split('/')[0]): return True
    return False

def score(choose, label, base=None):
    res = {}
    for sec in ('judged', 'late', 'tuning', 'new'):
        a1 = a3 = n = junk = na = 0; mrr = 0
        for r in rows:
            if section(r) != sec: continue
            got = answer(r, choose)
            if not r['targets']:
                na += 1; junk += bool(got); continue
            n += 1
            rank = next((i + 1 for i, x in enumerate(got[:10]) if grade(r, x)), 0)
            a1 += rank == 1; a3 += 1 <= rank <= 3; mrr += 1 / rank if rank else 0
        res[sec] = (a1, a3, n, mrr / n if n else 0, junk, na)
    print(f"{label:60s} " + "  ".join(f"{s}: {v[0]}/{v2}, {v[1]}, {v[3]:.3f}; junk {v[4]}/{v[5]}" for s, v in res.items() for v2 in [v[2]]))
    if base is not None:
        for r in rows:
            a, b = answer(r, base), answer(r, choose)
            if a[:3] != b[:3]:
                ra = next((i + 1 for i, x in enumerate(a[:10]) if grade(r, x)), 0)
                rb = next((i + 1 for i, x in enumerate(b[:10]) if grade(r, x)), 0)
                tag = 'JUNK' if not r['targets'] and b else ('+' if (rb and (not ra or rb < ra)) else '-' if (ra and (not rb or rb > ra)) else '~')
                if verbose or tag in ('JUNK', '+', '-'): print(f"    {tag} [{section(r)}] {r['query']}: {a[:3]} -> {b[:3]}")
    return res

if __name__ == '__main__':
    # The reproduction must give the site's own answer.
    bad = 0
    for r in rows:
        got = [ids[u] for u in choose_site(r)] if r['total'] < 3 and r['mayAdd'] else []
        first = r['total'] > 0 and r['relaxed'] and r['afterStrict'] is False
        got = [g for g in got if first or g not in r['shown']]
        if got != r['byMeaning']:
            bad += 1; print('MISMATCH', r['query'], got, r['byMeaning'])
    print(f"reproduction: {len(rows) - bad}/{len(rows)} as the site")
    score(choose_site, 'site (as now)')
