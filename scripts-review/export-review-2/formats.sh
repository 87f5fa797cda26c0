#!/bin/sh
# Render one .entente file to md, html, docx and akn; extract the text of each (html and akn by
# stripping tags, docx by reading word/document.xml with python's zipfile) and diff the word
# streams of html/docx/akn against md. Usage: scripts-review/export-review-2/formats.sh file.entente outdir
set -e
f=$1; out=$2; n=$(basename "$f" .entente); mkdir -p "$out"
for t in md html akn; do node dist/cli.cjs render "$f" --to $t -o "$out/$n.$t" 2>/dev/null || true; done
node dist/cli.cjs render "$f" --to docx -o "$out/$n.docx" 2>/dev/null || true
python3 - "$out/$n" <<'PY'
import sys, re, zipfile, html
b = sys.argv[1]
def words(s):
    s = html.unescape(s)
    s = s.replace('\\', '')
    s = re.sub(r'[*_#>|`]', ' ', s)
    s = re.sub(r'[“”"]', '"', s).replace('’', "'")
    return re.findall(r"[\w'\"\-–—.,;:()\[\]…/%€$]+", s)
md = open(b + '.md').read()
h = open(b + '.html').read()
h = re.sub(r'(?s)<(style|script|head)[^>]*>.*?</\1>', ' ', h)
h = re.sub(r'<[^>]+>', ' ', h)
a = open(b + '.akn').read()
a = re.sub(r'(?s)<meta>.*?</meta>', ' ', a)
a = re.sub(r'<[^>]+>', ' ', a)
z = zipfile.ZipFile(b + '.docx')
d = z.read('word/document.xml').decode()
d = re.sub(r'</w:p>', '\n', d)
d = re.sub(r'<w:tab/>', ' ', d)
d = re.sub(r'<[^>]+>', '', d)
open(b + '.docx.txt', 'w').write(html.unescape(d))
open(b + '.html.txt', 'w').write(html.unescape(h))
open(b + '.akn.txt', 'w').write(html.unescape(a))
import difflib
W = words(md)
for name, txt in (('html', h), ('docx', d), ('akn', a)):
    V = words(txt)
    sm = difflib.SequenceMatcher(None, W, V, autojunk=False)
    print(f'== {b.split("/")[-1]} md vs {name}: {len(W)} / {len(V)} words')
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op != 'equal':
            print(f'  {op}: md[{" ".join(W[i1:i2])[:200]}] {name}[{" ".join(V[j1:j2])[:200]}]')
PY
