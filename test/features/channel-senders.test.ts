/**
 * The editor features on a channel's `from` (who sends): the senders are references to parties,
 * so definition, references, rename and colouring come from the channel's construct row; the
 * formatter puts `from` on its own line but leaves `classification from …` whole; hover says
 * what `from` means.
 */
import assert from 'node:assert/strict';
import { formatText } from '../../server/src/language/features/format';
import { semanticTokenLegend } from '../../server/src/language';
import { applyEdits, fixture, mainUri, slice } from './feature-fixture';

const options = { tabSize: 2, insertSpaces: true };
const formatted = (text: string) => applyEdits(text, formatText(text, options));

const doc = `participant OPCW "Organisation for the Prohibition of Chemical Weapons"
participant NL "Kingdom of the Netherlands"
security-agreement GSA between OPCW, NL up to SECRET

channel MedicalRecords between OPCW, NL {
  from OPCW
  carries personal-data
  classification from CONFIDENTIAL under GSA
}
`;

describe('channel senders (`from`) in the editor', () => {
  it('renames a party used in `from`, with its declaration and membership', () => {
    const { service, position, text } = fixture(doc.replace('  from OPCW', '  from OP$0CW'));
    const edit = service.rename(mainUri, position, 'IT');
    assert.ok(!('error' in edit), JSON.stringify(edit));
    assert.equal(
      applyEdits(text, edit.changes[mainUri]),
      doc.replace(/\bOPCW\b/g, 'IT'),
    );
  });

  it('goes from a sender to the party, and finds the sender among the party\'s references', () => {
    const { service, position, text } = fixture(doc.replace('  from OPCW', '  from OP$0CW'));
    const [target] = service.definition(mainUri, position);
    assert.equal(target.range.start.line, 0);
    assert.equal(slice(text, target.range), 'OPCW');
    const refs = service.references(mainUri, { line: 0, character: 13 }, false);
    assert.ok(refs.some((r) => r.range.start.line === 5 && slice(text, r.range) === 'OPCW'), JSON.stringify(refs));
  });

  it('colours a sender as a party', () => {
    const { service } = fixture(doc);
    const data = service.semanticTokens(mainUri).data;
    let line = 0;
    let character = 0;
    const found: string[] = [];
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
      if (line === 5) found.push(`${character}+${data[i + 2]} ${semanticTokenLegend.tokenTypes[data[i + 3]]}`);
    }
    // Members on line 4 are `class` too (structure.test.ts): the same colour.
    assert.deepEqual(found, ['7+4 class']);
  });

  it('formats `from` onto its own line, keeps `classification from` together, and round-trips', () => {
    const messy = 'channel C between EE ,FI { from EE ,FI carries indicators classification from CONFIDENTIAL }\n';
    const once = formatted(messy);
    assert.equal(once, 'channel C between EE, FI {\n  from EE, FI\n  carries indicators\n  classification from CONFIDENTIAL\n}\n');
    assert.equal(formatted(once), once);
    assert.equal(formatted(doc), doc);
  });

  it('explains `from` on hover, with its channel meaning and its other uses', () => {
    const { service, position } = fixture(doc.replace('  from OPCW', '  fr$0om OPCW'));
    const hover = service.hover(mainUri, position);
    assert.match(hover?.contents ?? '', /only these members send what the channel carries/);
    assert.match(hover?.contents ?? '', /classification from CONFIDENTIAL/);
  });
});
