/**
 * `note … with terms` outside an exchange (export review 3, "After the review", item 5): the
 * header does not make the instrument an exchange, so the terms are printed as articles and the
 * note without them — `with terms` does nothing, silently. Reported at `terms`, as a warning.
 * Near misses: the same notes with `form exchange-of-notes` or `exchange-of-letters`, and notes
 * without `with terms` (a header that forgets the form is another matter).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEntenteService } from '../../server/src/language';
import { diagnose } from '../helpers/fixture';
import { repoRoot } from '../render/render-fixtures';

const sample = readFileSync(join(repoRoot, 'samples', 'ee-fi-exchange-of-notes.entente'), 'utf8');
const letters = readFileSync(join(repoRoot, 'samples', 'cert-letters-arrangement.entente'), 'utf8');
const found = (text: string) => diagnose(text).filter((d) => d.code === 'terms-outside-exchange');

describe('terms-outside-exchange: a note that carries the terms of an instrument that is not an exchange', () => {
  it('reports `terms` of the EE–FI proposal once the header loses its form, with the code, severity, message and source', () => {
    const text = sample.replace('  form exchange-of-notes\n', '');
    assert.notEqual(text, sample);
    const findings = found(text);
    assert.equal(findings.length, 1);
    const [finding] = findings;
    assert.equal(finding.severity, 'warning');
    assert.equal(text.split('\n')[finding.range.start.line].slice(finding.range.start.character, finding.range.end.character), 'terms');
    assert.match(finding.message, /^Proposal is said to carry the terms, but the header does not make the instrument an exchange/);
    // What the finding says happens does happen: the terms are articles, and the note has none of them.
    const service = createEntenteService({ readFile: () => undefined });
    service.open('file:///t/n.entente', text);
    const md = service.render('file:///t/n.entente', 'markdown')!;
    assert.doesNotMatch(md, /^1\\\. Capacity building$/m);
  });

  it('reports it in a file with notes and no header at all', () => {
    assert.equal(found('party A "Alpha"\nparty B "Beta"\nnote P from A to B on 2027-01-01 with terms """\n  I propose:\n"""\n').length, 1);
  });

  it('near misses: the exchanges as written (notes, letters), and notes that carry nothing', () => {
    assert.deepEqual(found(sample), []);
    assert.deepEqual(found(letters), []);
    assert.deepEqual(found(sample.replace('  form exchange-of-notes\n', '').replace(' with terms """', ' """')), []);
  });
});
