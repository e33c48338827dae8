#!/usr/bin/env python3
"""Sets each verified person's Wikidata id in people.json from lexicon-sources/wikidata-*.json.

An id already in people.json that differs from its record is reported and left alone; the
`WikidataSources` test then fails until one of them is corrected. Lines are edited in place, so the
file's one-person-a-line layout stays as it is."""
import glob, json, re, sys

root = __file__.rsplit('/scripts/', 1)[0]
records = {}
for f in sorted(glob.glob(root + '/lexicon-sources/wikidata-*.json')):
    for r in json.load(open(f, encoding='utf-8'))['verified']:
        records[r['person']] = r['wikidata']
path = root + '/Sources/DiplographExtraction/Lexicon/people.json'
lines = open(path, encoding='utf-8').read().split('\n')
changed, conflicts = 0, []
for i, line in enumerate(lines):
    m = re.match(r'\{"id": "([^"]+)", "name": "[^"]*", "wikidata": "([^"]*)"', line)
    if not m or m.group(1) not in records:
        continue
    person, old = m.group(1), m.group(2)
    if old and old != records[person]:
        conflicts.append(f'{person}: people.json has {old}, its record {records[person]}')
    elif not old:
        lines[i] = line.replace('"wikidata": ""', f'"wikidata": "{records[person]}"', 1)
        changed += 1
open(path, 'w', encoding='utf-8').write('\n'.join(lines))
print(f'{changed} ids set, {len(records)} records')
for c in conflicts:
    print('conflict:', c, file=sys.stderr)
sys.exit(1 if conflicts else 0)
