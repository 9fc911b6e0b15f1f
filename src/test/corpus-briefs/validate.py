#!/usr/bin/env python3
"""validate.py DIR [--real]: checks every .md answer file under DIR against the corpus format."""
import sys, os, json, glob, re
ap = json.load(open('/work/briefs/applies.json'))
pts = {}
for f in glob.glob('/work/main/prompts/p*.json'):
    for p in json.load(open(f))['prompts']:
        pts[p['id']] = ([t['id'] for t in p.get('talkingPoints', [])], p['track'], p['kind'])
KINDS_FOR_REAL = {'PM': {'system-design', 'prioritization'}, 'PMM': {'launch-plan', 'battle-card', 'pricing', 'exec-explainer', 'positioning'}}
MISTAKES = {'marketing-fluff', 'ignores-open-source', 'ignores-enterprise', 'role-drift', 'unexplained-jargon'}
real = '--real' in sys.argv
d = sys.argv[1]
bad = 0; n = 0
for f in sorted(glob.glob(os.path.join(d, '**', '*.md'), recursive=True)):
    if os.path.basename(f) == 'README.md':
        continue
    n += 1
    t = open(f, encoding='utf-8').read().replace('\r\n', '\n')
    errs = []
    if '\n---\n' not in t:
        print(f, ': no --- line'); bad += 1; continue
    head, body = t.split('\n---\n', 1)
    h = {}
    for line in head.split('\n'):
        if ':' not in line: continue
        k, v = line.split(':', 1)
        k = k.strip()
        if k in h: errs.append('header twice: ' + k)
        h[k] = v.strip()
    for k in h:
        if k not in ('track', 'kind', 'prompt', 'flag', 'clear', 'only', 'points', 'class', 'why', 'source'):
            errs.append('unknown header ' + k)
    lst = lambda k: [x.strip() for x in h.get(k, '').split(',') if x.strip()]
    flag, clear = lst('flag'), lst('clear')
    if set(flag) & set(clear): errs.append('in flag and clear: %s' % (set(flag) & set(clear)))
    for m in flag + clear:
        if m not in MISTAKES: errs.append('unknown mistake ' + m)
    if h.get('track') not in ('PM', 'PMM'): errs.append('track must be PM or PMM')
    if not h.get('why'): errs.append('no why')
    if not body.strip(): errs.append('empty answer')
    if real:
        if 'source' not in h: errs.append('no source:')
        only = lst('only')
        if not only: errs.append('no only:')
        if 'role-drift' in only: errs.append('real texts do not label role-drift')
        if set(flag) | set(clear) != set(only): errs.append('flag+clear %s != only %s' % (sorted(set(flag) | set(clear)), sorted(only)))
        if h.get('kind') in ('launch-plan', 'positioning') and 'marketing-fluff' in only: errs.append('marketing-fluff does not apply to ' + h.get('kind'))
        if h.get('kind') not in KINDS_FOR_REAL.get(h.get('track'), ()): errs.append('kind %s not usable for real texts of %s' % (h.get('kind'), h.get('track')))
    else:
        p = h.get('prompt')
        if p not in pts: errs.append('unknown prompt %s' % p)
        else:
            ids, tr, kind = pts[p]
            if tr != h.get('track') or kind != h.get('kind'): errs.append('track/kind must be %s/%s for %s' % (tr, kind, p))
            if set(flag) | set(clear) != set(ap[p]) or len(flag) + len(clear) != len(ap[p]):
                errs.append('flag+clear must name exactly %s' % ap[p])
            got = {}
            for pair in lst('points'):
                if '=' not in pair: errs.append('point not id=level: ' + pair); continue
                k, v = [x.strip() for x in pair.split('=', 1)]
                if v not in ('developed', 'touched', 'missing'): errs.append('bad level ' + pair)
                got[k] = v
            if set(got) != set(ids): errs.append('points must be exactly %s' % ids)
        if not h.get('class'): errs.append('no class')
    if errs:
        bad += 1
        print(f + ': ' + '; '.join(errs))
print('%d files, %d with problems' % (n, bad))
sys.exit(1 if bad else 0)
