#!/usr/bin/env python3
"""Compare scripts-review/fixes-2.jsonl (this review) with scripts-review/fixes.jsonl and
fixes-fix-review-probes.jsonl (the first review, a59d0c7).
Each application is classed SAME (file, rule, title and diff body equal), CHANGED (file and rule
seen before, title or diff differ), NEW (file/rule pair never had a fix, incl. new instruments);
old applications with no counterpart are GONE. Prints a summary; writes compare-2.jsonl."""
import json, re, sys, collections
root = __file__.rsplit('/', 1)[0]
def load(p): return [json.loads(l) for l in open(p) if l.strip()]
old = load(f'{root}/fixes.jsonl') + load(f'{root}/fixes-fix-review-probes.jsonl'); new = load(f'{root}/fixes-2.jsonl')
def body(d): return '\n'.join(l for l in d.split('\n') if not l.startswith('@@'))
okey = collections.Counter((o['file'], o['rule'], o['title'], body(o['diff'])) for o in old)
ofr = {(o['file'], o['rule']) for o in old}
ofrt = {(o['file'], o['rule'], o['title']) for o in old}
oldfiles = {o['file'] for o in old}
used = collections.Counter()
out = []
for n in new:
    k = (n['file'], n['rule'], n['title'], body(n['diff']))
    if used[k] < okey[k]: used[k] += 1; cls = 'SAME'
    elif (n['file'], n['rule'], n['title']) in ofrt: cls = 'CHANGED-diff'
    elif (n['file'], n['rule']) in ofr: cls = 'CHANGED-title'
    else: cls = 'NEW'
    n['class'] = cls; out.append(n)
gone = []
for k, c in okey.items():
    for _ in range(c - used[k]): gone.append(k)
with open(f'{root}/compare-2.jsonl', 'w') as f:
    for n in out: f.write(json.dumps(n) + '\n')
    for g in gone: f.write(json.dumps({'class': 'GONE', 'file': g[0], 'rule': g[1], 'title': g[2], 'diff': g[3]}) + '\n')
print('old', len(old), 'new', len(new))
print(collections.Counter(n['class'] for n in out), 'GONE', len(gone))
print('effects', collections.Counter(n.get('effect') for n in out))
print('mechanical(LSP) vs effect mismatch', [(n['file'], n['line'], n['rule'], n['effect']) for n in out if n['mechanical'] != (n.get('effect') == 'mechanical')])
