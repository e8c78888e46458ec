#!/usr/bin/env python3
"""Scores, on the TUNING sets only, WordNet as a second source of coverage for the words a nearest passage lacks
(issue 24, the twelfth turn; docs/search.md). Reads the file the benchmark writes:

    dotnet run -c Release --project bench/GsiPortal.Benchmarks -- lack-dump out.jsonl
    apt-get install wordnet-base && python3 bench/search/lack-wordnet.py out.jsonl [-v]

For every tuning query whose words find nothing and to which the site shows nothing by meaning, the model's nearest
passage is counted as shown when it holds at least the share of the query's weight given and every word of the subject
it lacks (not a light word; none typed with a capital) is related by WordNet — within `depth` steps of synonymy,
hypernymy, hyponymy, similarity, derivation or part/member/substance relations of its first `senses` senses — to a word
the passage holds, or (plusEmbedK) is covered as the site covers it (one of its three nearest words of the texts).
Prints, per setting, the right first answers and the no-answer queries that would be added.
"""
import json,re,collections,math,sys
import wordnet_data
WN=wordnet_data.WN
syn=wordnet_data.synsets()  # (pos,off) -> (words, ptrs[(sym,pos,off)])
idx=wordnet_data.senses()
exc={}
for name in ("noun","verb","adj","adv"):
    for line in open(f"{WN}/{name}.exc",encoding="latin-1"):
        a=line.split(); exc.setdefault(a[0],a[1])
def bases(w):
    out=[w]
    if w in exc: out.append(exc[w])
    for suf,rep in (("ies","y"),("es",""),("s",""),("ing",""),("ing","e"),("ed",""),("ed","e"),("ers","er")):
        if w.endswith(suf): out.append(w[:-len(suf)]+rep)
    return [b for b in out if b in idx]
def related(w, senses=3, depth=2):
    out=set()
    for b in bases(w):
        for key in idx[b][:senses]:
            out|=wordnet_data.near(syn, key, depth)
    return out
def instance(w):
    return any(any(sym=='@i' for sym,_,_ in syn[k][1]) for b in bases(w) for k in idx[b] if k[0]=='n')
rows=[json.loads(l) for l in open(sys.argv[1])]
def right(r,id): return r['kind']!='no-answer' and any(t.split(':')[0]==id for t in r['targets'])
def share(r):
    N=r['units']; n=r['near'][0]; cw=math.log(1+(N-0.25*N+0.5)/(0.25*N+0.5))
    mean=[c for c in n['clauses'] if not c['function']]
    light=lambda c: c['general'] or (c['df']==0 and c['english'])
    anyheavy=any(not light(c) for c in mean); tot=held=0
    for c in mean:
        w=math.log(1+(N-c['df']+0.5)/(c['df']+0.5))
        if anyheavy and light(c): w=min(w,cw)
        tot+=w; held+= w if c['held'] else 0
    return held/tot if tot else 0
def wncover(r, senses, depth, K=None):
    n=r['near'][0]; uw=set(n['words'])
    for c in n['clauses']:
        if c['function'] or c['held']: continue
        if any(ch.isupper() for ch in c['alone']): return False
        if c['general'] or (c['df']==0 and c['english']): continue
        a=c['alone'].strip('"').lower()
        rel={x for x in related(a,senses,depth)} - {a}
        ok = bool(rel & uw) or any('_' in x and all(p in uw for p in x.split('_')) for x in rel)
        if K is not None and c['cover'] and min(x['rank'] for x in c['cover'])<=K: ok=True
        if not ok: return False
    return True
for senses in (1,2,3):
  for depth in (1,2):
    for K in (None,2):
      for floor in (0.1,0.25):
        g=j=w=0; js=[]; gs=[]
        for r in rows:
            if r['byMeaning'] or share(r)<floor or not wncover(r,senses,depth,K): continue
            if r['kind']=='no-answer': j+=1; js.append(r['query'])
            elif right(r,r['near'][0]['id']): g+=1; gs.append(r['query'])
            else: w+=1
        print(f"senses={senses} depth={depth} plusEmbedK={K} share>={floor}: +{g} junk {j} wrong {w} {js}")
        if '-v' in sys.argv: print('    ', gs)
