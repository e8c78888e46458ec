#!/usr/bin/env python3
# Where a profiled request spends its time: reads a Speedscope file written by
#   dotnet-trace collect -p PID --profile dotnet-sampled-thread-time --format Speedscope --duration 00:00:00:12 -o x.nettrace
# (taken while wrk loads the site; see docs/performance.md) and prints, for every frame whose name matches FILTER, the
# share of the sampled time spent under ROOT (default: Kestrel's request loop) that had that frame on the stack.
# A middleware's own cost is its share minus the share of the next one inside it.
#   python3 bench/profile/breakdown.py x.speedscope.json [ROOT] [FILTER-REGEX]
import json,sys,collections,re
d=json.load(open(sys.argv[1]))
root=sys.argv[2] if len(sys.argv)>2 else 'HttpProtocol.ProcessRequests'
frames=[f['name'] for f in d['shared']['frames']]
incl=collections.Counter(); self_=collections.Counter(); total=0
for p in d['profiles']:
    if p['type']!='evented': continue
    stack=[]; last=None
    for e in p['events']:
        t=e['at']
        if last is not None and stack:
            dt=t-last
            names=[frames[i] for i in stack]
            if any(root in n for n in names):
                total+=dt
                # find root index
                seen=set()
                for n in names:
                    if n not in seen: incl[n]+=dt; seen.add(n)
                self_[names[-1]]+=dt
        last=t
        if e['type']=='O': stack.append(e['frame'])
        else:
            if stack: stack.pop()
print('total under root ms', round(total,1))
pat=re.compile(sys.argv[3]) if len(sys.argv)>3 else None
for n,v in incl.most_common(400):
    if pat is None or pat.search(n):
        print(f"{100*v/total:5.1f}% {n[:160]}")
print('--- self')
for n,v in self_.most_common(25): print(f"{100*v/total:5.1f}% {n[:160]}")
