# Text of the source file that does not reach the export: every line inside a triple-quoted clause
# body (without its leading paragraph/item label) is looked up in the md export (labels, Markdown
# markup and whitespace normalised away). Reports lines that are missing.
# Usage: python3 scripts-review/export-review-2/lost-text.py MD_DIR file.entente...
import re, sys, os
mddir, files = sys.argv[1], sys.argv[2:]
LABEL = r'^(?:\(?[0-9]{1,3}[.)]\)?|\(?[a-z]{1,4}[.)]|\([a-z]{1,4}\)|[A-Z][.)]|[–—-])\s+'
def norm(s):
    s = re.sub(r'\\([\[\]().*_#|>-])', r'\1', s)
    s = s.replace('“', '"').replace('”', '"').replace('‘', "'").replace('’', "'").replace('**', '')
    return re.sub(r'\s+', ' ', s).strip().lower()
for f in files:
    name = os.path.basename(f)[:-len('.entente')]
    md = open(os.path.join(mddir, name + '.md')).read()
    mdl = []
    for l in md.split('\n'):
        l = re.sub(r'^\s*(#+|>|-)\s+', '', l)
        l = re.sub(r'^\d+\.\s+', '', l)
        l = re.sub(r'^\([a-z0-9]{1,4}\)\s+', '', l)
        mdl.append(l)
    nmd = norm(' '.join(mdl))
    nmd_nolabels = re.sub(r'\(?\b[a-z0-9]{1,4}[.)]\)?\s', ' ', nmd)
    src = open(f).read()
    missing = []
    for body in re.findall(r'"""(.*?)"""', src, flags=re.S):
        for line in body.split('\n'):
            t = line.strip()
            while re.match(LABEL, t): t = re.sub(LABEL, '', t, count=1)
            if len(t) < 12: continue
            n = norm(t)
            if n in nmd: continue
            if re.sub(r'\(?\b[a-z0-9]{1,4}[.)]\)?\s', ' ', n + ' ').strip() in nmd_nolabels: continue
            missing.append(line.strip())
    print(f'## {name}: {len(missing)} source lines not found in the export')
    for m in missing: print('  ' + m[:150])
