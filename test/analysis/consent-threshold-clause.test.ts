/**
 * consent-threshold-unreachable on what a library clause states (eighteenth red team item 5): the
 * nordic-baltic probe's convention of four States "shall enter into force … following the date of
 * deposit of the fifth instrument", and admits other States only "After the entry into force".
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtInLibrary } from '../../server/src/language/library/builtin-library';
import { checkNoDiagnostics, diagnose } from '../helpers/fixture';

const probe = readFileSync('test/probes/eighteenth/nordic-baltic-convention-multilateral-clauses.entente', 'utf8');
const findings = (text: string) => diagnose(text).filter((d) => d.code === 'consent-threshold-unreachable');

describe('consent-threshold-unreachable: the threshold a library clause states', () => {
  it('reports the fifth instrument of four States, on the word, when accession opens only after entry into force', () => {
    const found = findings(probe);
    assert.equal(found.length, 1);
    const line = probe.split('\n')[found[0].range.start.line];
    assert.equal(line.slice(found[0].range.start.character, found[0].range.end.character), 'fifth');
    assert.match(line, /^ {2}1\. This Convention shall enter into force/);
    assert.match(found[0].message, /deposit of the fifth instrument, but at most 4 parties can consent \(EE, LV, LT, NO, and no other State may consent before it is in force\): it could never enter into force/);
    assert.equal(found[0].severity, 'warning');
  });

  it('near misses: a reachable threshold, accession before entry into force, a wider class, an edited copy, a blank by reference', () => {
    checkNoDiagnostics(probe.replaceAll('deposit of the fifth instrument', 'deposit of the fourth instrument'), ['consent-threshold-unreachable']);
    // The drafter's own accession clause may admit States before entry into force: not read, not reported.
    checkNoDiagnostics(probe.replace('After the entry into force of this Convention, any State', 'Any State'), ['consent-threshold-unreachable']);
    checkNoDiagnostics(probe.replace('party NO "The Kingdom of Norway" { kind state jurisdiction NO contact D "NorCERT" available 24/7 }', 'party NO "The Nordic States" { kind state class closed of 5 }'), ['consent-threshold-unreachable']);
    // An edited copy's words are the drafter's: the threshold is not read from them.
    checkNoDiagnostics(probe.replace('thirtieth day following the date of deposit of the fifth', 'thirtieth day after the date of deposit of the fifth'), ['consent-threshold-unreachable']);
    const start = probe.indexOf('clause EntryIntoForce');
    const end = probe.indexOf('"""', probe.indexOf('"""', start) + 3) + 3;
    checkNoDiagnostics(`${probe.slice(0, start)}clause EntryIntoForce from library "entry-into-force/treaty-multilateral"${probe.slice(end)}`, ['consent-threshold-unreachable']);
  });

  it('the header threshold is checked against accession the same way: accession "after the entry into force" adds no consent', () => {
    const header = 'treaty "Convention" {\n  status binding\n  consent by ratification, accession\n  effect 30 days after last ratification by 4 States\n}\nparty EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nparty LV "Latvia" { kind state }\n';
    checkNoDiagnostics(header, ['consent-threshold-unreachable']);
    assert.equal(findings(`${header}clause Accession from library "consent/treaty-accession"\n`).length, 1);
  });

  it('makes the number a visible blank in the library: no default count looks final', () => {
    const count = builtInLibrary().get('entry-into-force/treaty-multilateral')!.placeholders.find((p) => p.name === 'count')!;
    assert.match(count.default!, /^\[.*\]$/);
  });
});
