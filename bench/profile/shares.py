#!/usr/bin/env python3
# Where a distinct search's whole request spends its CPU, from a perf profile of the site under load.sh's rotate.lua:
#   DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 DOTNET_ReadyToRun=0 <the site> ...   (then 30 s of rotate.lua)
#   perf record --proc-map-timeout 5000 -e cpu-clock -F 999 -g -p PID -- sleep 10   (under more of rotate.lua)
#   perf script -i perf.data -F comm,tid,ip,sym > x.script; python3 bench/profile/shares.py x.script
# Each sample is given to the innermost frame on its stack that one of the parts below names (the search, the JSON,
# each middleware, Kestrel, the thread pool); "other (.NET Tiered Com)" is the JIT still compiling.
import sys,re,collections
import sys,re,collections
# samples from `perf script -F comm,tid,ip,sym`: header line, then frames innermost first
def samples(path):
    cur=None
    for line in open(path,errors='replace'):
        if not line.strip():
            if cur: yield cur
            cur=None; continue
        if not line.startswith('\t') and not line.startswith(' '):
            if cur: yield cur
            cur={'comm':line.strip(),'frames':[]}; continue
        parts=line.strip().split(' ',1)
        cur['frames'].append(parts[1] if len(parts)>1 else parts[0])
    if cur: yield cur
def short(n):
    n=re.sub(r'\[OptimizedTier1\]|\[Optimized\]|\[QuickJitted\]|\[Tier0\]|\[Tier1\]','',n)
    m=re.search(r'\]\s*([^\[\]]*?)\(',n)
    if m: return m.group(1)
    return n[:120]
cats=[
 ('the search (PortalIndex.Search)', r'PortalIndex::Search$'),
 ('the answer\'s JSON', r'SearchAnswerJson::|JsonWriting::Write|JsonAnswer'),
 ('the endpoint, its filter and parameter binding', r'SearchApi::|GeneratedRouteBuilderExtensions|ReaderErrors|ResolveJsonBodyOrService|EndpointMiddleware::Invoke'),
 ('HttpCachingHeaders (the ETag, the body\'s write into Kestrel)', r'HttpCachingHeaders'),
 ('SecurityHeaders (its OnStarting callback)', r'SecurityHeaders'),
 ('the request log', r'RequestLogMiddleware|RequestLog::'),
 ('the output cache\'s admission and PortalCaching', r'OutputCache|PortalCaching|SearchAdmission'),
 ('EditionScope', r'EditionScope'),
 ('CanonicalRedirects', r'CanonicalRedirects'),
 ('PageNegotiation', r'PageNegotiation'),
 ('EditionLinks', r'EditionLinks'),
 ('TrimmedPages', r'TrimmedPages'),
 ('RequestBodies', r'RequestBodies'),
 ('PageMethods', r'UsePageMethods'),
 ('CORS', r'Cors'),
 ('routing', r'EndpointRoutingMiddleware|Routing\.Matching|DfaMatcher'),
 ('FixedEditions', r'FixedEditions'),
 ('HeadAsGet', r'UseHeadAsGet'),
 ('ArticleBody', r'ArticleBody'),
 ('ScriptCharset', r'ScriptCharset'),
 ('RenderedPages', r'RenderedPages'),
 ('RequestBudget', r'RequestBudget'),
 ('AddressLength', r'AddressLength'),
 ('the error handlers and status pages (UseWhen, ExceptionHandler, StatusCodePages)', r'UseWhen|ExceptionHandler|StatusCodePages|ApiStatusProblems|ApiProblems'),
 ('the middleware binder (services per request)', r'ReflectionMiddlewareBinder|UseExtensions|UseMiddlewareExtensions'),
 ('hosting (the request\'s context, scope)', r'HostingApplication|DefaultHttpContextFactory|ServiceProvider|ServiceProviderEngineScope'),
 ('Kestrel\'s request loop (parse, reset, NullInAddress)', r'HttpProtocol|Http1Connection|NullInAddress|KestrelConnection|ConnectionDispatcher'),
 ('the sends (SocketConnection.DoSend, IOQueue)', r'DoSend|IOQueue|SocketSender'),
 ('the receives (DoReceive)', r'DoReceive|SocketReceiver'),
 ('the epoll thread', r'SocketAsyncEngine|SocketAsyncContext'),
 ('the thread pool waiting (semaphore, spinning)', r'LowLevelLifoSemaphore|LowLevelSpinWaiter|WorkerThread|PortableThreadPool|ThreadPoolWorkQueue|Semaphore'),
 ('the GC', r'gc_heap|GCHeap|WKS::|SVR::|GarbageCollect'),
]
ss=list(samples(sys.argv[1])); N=len(ss)
c=collections.Counter()
comp=[(n,re.compile(p)) for n,p in cats]
for s in ss:
    ks=[short(f) for f in s['frames']]
    got=None
    for k in ks:
        for n,p in comp:
            if p.search(k): got=n; break
        if got: break
    if not got:
        got='other: '+('stack cut short' if len(ks)>=120 else s['comm'].split()[0]+' '+(ks[0][:40] if ks else ''))
        if not got.startswith('other: stack'): got='other ('+s['comm'].rsplit(' ',1)[0]+')'
    c[got]+=1
for k,v in c.most_common(): print(f"{100*v/N:5.1f}% {k}")
print('samples',N)
