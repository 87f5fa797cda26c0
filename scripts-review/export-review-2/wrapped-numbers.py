# Source lines of a clause body that begin with a number ("1998.", "1.", "14)") although the
# previous line does not end a sentence or a chapeau: the number belongs to the running text (a
# year, "paragraph 1", "(LHW 14)"). Reports each, with whether the export keeps the number in the
# running text or turns it into a paragraph number.
# Usage: python3 scripts-review/export-review-2/wrapped-numbers.py MD_DIR file.entente...
import re, sys, os
mddir, files = sys.argv[1], sys.argv[2:]
for f in files:
    name = os.path.basename(f)[:-len('.entente')]
    md = re.sub(r'\s+', ' ', open(os.path.join(mddir, name + '.md')).read())
    src = open(f).read()
    hits = []
    for body in re.findall(r'"""(.*?)"""', src, flags=re.S):
        lines = body.split('\n')
        for prev, line in zip(lines, lines[1:]):
            m = re.match(r'\s*(\d+)([.)])\s+(.*)', line)
            if not m: continue
            p = prev.rstrip()
            if not p or re.search(r'[.:;]$|["”]$', p): continue
            tail = ' '.join(p.split()[-3:])
            kept = (tail + ' ' + m.group(1) + m.group(2)) in md or (tail + ' ' + m.group(1)) in md
            hits.append(f'  "…{tail}" / "{m.group(1)}{m.group(2)} {m.group(3)[:40]}" — number {"kept in the text" if kept else "NOT kept in the running text"}')
    print(f'## {name}: {len(hits)}')
    print('\n'.join(hits))
