# For each rendered md (given as md-dir and the .entente files): every list item "- (x) text" of the
# export is looked up in the source; the label the source puts before the same text (a), a., a),
# (i), i., ...) is compared with the exported label. Reports relabelled items.
# Usage: python3 scripts-review/export-review-2/item-labels.py MD_DIR file.entente...
import re, sys, os
mddir, files = sys.argv[1], sys.argv[2:]
def norm(s):
    s = re.sub(r'\\([\[\]().*_-])', r'\1', s)
    s = s.replace('“', '"').replace('”', '"').replace('‘', "'").replace('’', "'")
    return re.sub(r'\s+', ' ', s).strip()
for f in files:
    name = os.path.basename(f)[:-len('.entente')]
    md = open(os.path.join(mddir, name + '.md')).read()
    src = norm('\n'.join(l for l in open(f).read().split('\n') if not re.match(r'\s*//', l)))
    out = []
    for line in md.split('\n'):
        m = re.match(r'\s*- \(([a-z]{1,4}|\d+)\) (.{15,})', line)
        if not m: continue
        lab, text = m.group(1), norm(m.group(2))[:35]
        labels = []
        for mm in re.finditer(re.escape(text), src):
            before = src[max(0, mm.start() - 8):mm.start()]
            sm = re.search(r'(?:^|[\s"(:;])\(?([a-z]{1,4}|\d+)[.)]\)?\s?$', before)
            labels.append(sm.group(1) if sm else None)
        if not labels or lab in labels: continue
        out.append(f'  exported "({lab})" where the source has {"/".join(str(x) for x in labels)}: {text}')
    print(f'## {name}: {len(out)} relabelled items')
    print('\n'.join(out))
