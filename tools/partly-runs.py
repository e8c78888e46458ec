import re, glob, collections, sys
import os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# How long a run of a text's words must be before the quote check names it in words that quote no text
# (docs/quote-check.md, "Partly a quotation"): the texts' stock n-grams, and the longest run in 1,347 sequences that
# quote no text (the judged paraphrases and made-up quotations, the readers' questions, and a query file if given).
# python3 tools/partly-runs.py [queries.txt]
def words(t): return [w.lower().replace("’","'") for w in re.findall(r"[\w]+(?:['’\-][\w]+)*", t)]
docs = {}
for f in glob.glob(ROOT+'/content/*.md'):
    name=f.split('/')[-1][:-3]
    if name in ('changes','glossary'): continue
    t=open(f).read()
    t=t.split('---',2)[2] if t.startswith('---') else t
    paras=[p for p in re.split(r'\n\s*\n', t) if p.strip() and not p.strip().startswith('#')]
    docs[name]=[words(p) for p in paras]
stop=set("a an the of and or to in on for with by at as is are be been was were that this it its their our we they all any from which who not no".split())
# stock phrases: n-grams used by 3+ of the 5 documents
for n in range(3,9):
    seen=collections.defaultdict(set)
    for d,ps in docs.items():
        for p in ps:
            for i in range(len(p)-n+1): seen[tuple(p[i:i+n])].add(d)
    stock=[k for k,v in seen.items() if len(v)>=3]
    two=[k for k,v in seen.items() if len(v)>=2]
    print(n, "in 3+ texts:", len(stock), [' '.join(k) for k in stock][:8], "| in 2+:", len(two))
grams=collections.defaultdict(set)
def longest(q):
    best=(0,None,None)
    for d,ps in docs.items():
        for p in ps:
            # LCSubstring
            prev=[0]*(len(p)+1)
            for i in range(len(q)):
                cur=[0]*(len(p)+1)
                for j in range(len(p)):
                    if q[i]==p[j]:
                        cur[j+1]=prev[j]+1
                        if cur[j+1]>best[0]: best=(cur[j+1],d,' '.join(q[i-cur[j+1]+1:i+1]))
                prev=cur
    return best
negs=[]
for l in open(ROOT+'/tests/Shared/quote-judgements.tsv'):
    if l.startswith('#'): continue
    f=l.rstrip('\n').split('\t')
    if f[1] in ('paraphrase','invented'): negs.append(('judged '+f[0],f[5]))
for l in open(ROOT+'/content/reader-questions.yml'):
    if l.startswith('  - '): negs.append(('question',l[4:].strip()))
for l in (open(sys.argv[1]) if len(sys.argv) > 1 else []):
    if l.strip(): negs.append(('review query',l.strip()))
hist=collections.Counter(); hist_c=collections.Counter(); examples=collections.defaultdict(list)
for src,t in negs:
    n,d,run=longest(words(t))
    c=sum(1 for w in (run or '').split() if w not in stop)
    hist[n]+=1; hist_c[(n,c)]+=1
    if n>=4: examples[n].append((src,run,c))
print("negatives:",len(negs))
for n in sorted(hist): print(n, hist[n])
for n in sorted(examples):
    print(n, len(examples[n]), examples[n][:25])
