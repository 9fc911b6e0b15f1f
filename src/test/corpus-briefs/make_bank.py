#!/usr/bin/env python3
"""make_bank.py OUTDIR: the cue-free prompt bank a labeller reads (bank-pm.md, bank-pmm.md) and applies.json.

applies.json (which of the five corpus mistakes apply to each prompt) is read from the checker itself:
run `app.debrief.rubric.Applies` from the test class path (like ExplainHits), or write it by hand from the
corpus README's table. The bank lists each prompt's question and talking-point labels, never the
checker's terms.
"""
import json, glob, sys, os
out = sys.argv[1]
root = os.path.join(os.path.dirname(__file__), '..', '..', '..', 'prompts')
ap = json.load(open(os.path.join(out, 'applies.json')))
banks = {'PM': [], 'PMM': []}
for f in sorted(glob.glob(os.path.join(root, 'p*.json'))):
    for p in json.load(open(f))['prompts']:
        s = [f"### {p['id']}", f"track: {p['track']}  kind: {p['kind']}  ({p['minutes']} min)", f"title: {p['title']}", "",
             p['question'], "", "talking points (id: what the expert looks for):"]
        s += [f"- {t['id']}: {t['label']}" for t in p.get('talkingPoints', [])]
        s.append("mistakes that apply (name each in flag or clear): " + ", ".join(ap[p['id']]))
        banks[p['track']].append("\n".join(s) + "\n")
for track, items in banks.items():
    with open(os.path.join(out, f'bank-{track.lower()}.md'), 'w') as w:
        w.write(f"# Prompt bank, {track} track\n\n" + "\n".join(items))
