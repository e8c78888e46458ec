#!/usr/bin/env python3
# A traced start (bench/profile/startup-trace.sh's speedscope JSON) as a tree per thread: each frame's inclusive
# milliseconds on that thread and when the thread first entered it (milliseconds from the trace's start).
# The sample profiler samples waiting threads too, so a frame's time is wall time on its thread (CPU, waiting for a
# core, waiting for a lock or the GC alike); on a loaded machine every figure stretches.
#   python3 startup-tree.py TRACE.speedscope.json THREAD [MIN_MS [DEPTH]]
# THREAD: MAIN (the process's first thread), a thread id, or ALL (every thread, its name and span only).
import json, sys

trace = json.load(open(sys.argv[1]))
frames = [f['name'] for f in trace['shared']['frames']]
which = sys.argv[2]
min_ms = float(sys.argv[3]) if len(sys.argv) > 3 else 40
depth_max = int(sys.argv[4]) if len(sys.argv) > 4 else 30
# Frames that only carry their one child (the runtime's async and thread plumbing) are not printed.
plumbing = ('ExecutionContext.Run', 'Task.Execute', 'Thread.StartCallback', 'InnerInvoke', 'AsyncMethodBuilderCore.Start',
            'AsyncTaskMethodBuilder.Start', 'AsyncStateMachineBox', 'MoveNext()', 'CallSiteRuntimeResolver', 'CallSiteVisitor',
            'Threads', 'Non-Activities', 'Process64')
profiles = trace['profiles']
main = min(profiles, key=lambda p: p['startValue'])['name']
for profile in profiles:
    if which == 'ALL':
        print(f"{profile['name']:50} {profile['startValue']:8.0f} - {profile['endValue']:8.0f} ms")
        continue
    if (which == 'MAIN' and profile['name'] != main) or (which != 'MAIN' and f"({which})" not in profile['name']):
        continue
    root = {'name': profile['name'], 'ms': 0.0, 'kids': {}, 'at': profile['startValue']}
    stack, opened = [root], []
    for event in profile['events']:
        if event['type'] == 'O':
            kids = stack[-1]['kids']
            node = kids.setdefault(event['frame'], {'name': frames[event['frame']], 'ms': 0.0, 'kids': {}, 'at': event['at']})
            stack.append(node)
            opened.append(event['at'])
        else:
            stack.pop()['ms'] += event['at'] - opened.pop()

    def show(node, depth, indent):
        for kid in sorted(node['kids'].values(), key=lambda k: -k['ms']):
            if kid['ms'] < min_ms:
                continue
            shown = not any(p in kid['name'] for p in plumbing)
            if shown:
                print(f"{'  ' * indent}{kid['ms']:6.0f} @{kid['at']:6.0f} {kid['name'][:160]}")
            if depth < depth_max:
                show(kid, depth + 1, indent + 1 if shown else indent)
    print(f"== {profile['name']} {profile['startValue']:.0f}-{profile['endValue']:.0f} ms")
    show(root, 0, 0)
