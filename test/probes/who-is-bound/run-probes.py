# Runs `node dist/cli.cjs check <file> --format json` (findings) and `--format sarif` (quick fixes with
# their declared effect) on each probe and prints the findings of the statute-applying rules in full,
# the others counted. Usage (from the repository root, after npm run build):
#   python3 test/probes/who-is-bound/run-probes.py test/probes/who-is-bound/*.entente
import json, subprocess, sys, collections
REL = {'transfer-without-safeguards','possible-transfer-without-safeguards','mou-as-binding-instrument','missing-transfer-safeguards','missing-union-law-clause','missing-relation-to-other-obligations','regime-not-binding-on-party','statutory-reporting-not-reserved','foreign-access-without-agreement','budapest-state-not-party','budapest-35-without-24-7','missing-24-7-contact','treaty-party-capacity','treaty-registration-none','evidence-on-cert-channel','channel-member-not-signatory','missing-central-authority'}
for f in sys.argv[1:]:
    j = json.loads(subprocess.run(['node','dist/cli.cjs','check',f,'--format','json'],capture_output=True,text=True).stdout)
    s = json.loads(subprocess.run(['node','dist/cli.cjs','check',f,'--format','sarif'],capture_output=True,text=True).stdout)
    fixes = {}
    for r in s['runs'][0]['results']:
        loc = r['locations'][0]['physicalLocation']['region']
        fixes.setdefault((r['ruleId'], loc['startLine'], r['message']['text']), []).extend(
            [(x['description']['text'], x.get('properties',{}).get('effect'), ' | '.join(rep['insertedContent']['text'] if 'insertedContent' in rep else '<del>' for ch in x['artifactChanges'] for rep in ch['replacements'])) for x in r.get('fixes',[])])
    print('=====', f)
    other = collections.Counter()
    for d in j:
        ln = d['range']['start']['line']+1
        if d['code'] in REL:
            print(f"L{ln}:{d['range']['start']['character']+1} {d['severity']} {d['code']}\n   {d['message']}")
            for fx in fixes.get((d['code'], ln, d['message']), []):
                print(f"   FIX[{fx[1]}] {fx[0]} :: {fx[2][:400]!r}")
        else:
            other[(d['severity'], d['code'])] += 1
    print('   other:', dict(other))
