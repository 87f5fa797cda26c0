/**
 * lg50: when accession opens, where the text says — "Any State not represented at the Tenth Session
 * of the Hague Conference on Private International Law may accede to the present Convention after it
 * has entered into force in accordance with the first paragraph of article 27" (Hague Service
 * Convention 1965, Art. 28; read: BWBV0002015) — is `accession after entry-into-force`. The export
 * prints it in those words where the blank "[conditions of accession, if any, in the text’s words]"
 * stood (lr26 D7), and keeps the blank where the header states nothing. The consent checks read the
 * means as before; a fix that removes a means beside it keeps the opening with its accession.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language/index';
import { diagnose } from '../helpers/fixture';

const classes = 'party Session-States "The States represented at the Tenth Session" { kind state class closed }\nparty Acceding-States "Any State not represented at the Tenth Session" { kind state class open }\n';
const convention = (consent: string, effect = '  effect 60 days after last ratification by 3 States\n', more = '') =>
  `treaty "Convention on cyber incident cooperation" {\n  status binding\n  opened for signature\n${consent}\n${effect}  depositary "the Ministry of Foreign Affairs of the Netherlands"\n  duration indefinite\n  denunciation with notice of 6 months\n  amendment by written agreement\n  disputes by negotiation\n}\n${classes}${more}`;
const render = (text: string): string => {
  const service = createEntenteService({ readFile: () => undefined });
  service.open('file:///t/lg50-accession.entente', text);
  return service.render('file:///t/lg50-accession.entente', 'markdown')!;
};
const found = (text: string, code: string) => diagnose(text).filter((d) => d.code === code);

describe('lg50: `accession after entry-into-force` in the export', () => {
  it('a class that accedes: "may accede to this Convention after it has entered into force", then a blank for further conditions (lr30, D4)', () => {
    const md = render(convention('  consent by ratification for Session-States, accession after entry-into-force for Acceding-States'));
    assert.ok(md.includes('2. Any State not represented at the Tenth Session may accede to this Convention after it has entered into force **\\[further conditions of accession, if any, in the text’s words\\]**.'), md);
    assert.ok(md.includes('1. The consent of the States represented at the Tenth Session to be bound by this Convention shall be expressed by ratification.'));
  });

  it('near miss: without `after`, the blank stays', () => {
    const md = render(convention('  consent by ratification for Session-States, accession for Acceding-States'));
    assert.ok(md.includes('Any State not represented at the Tenth Session may accede to this Convention **\\[conditions of accession, if any, in the text’s words\\]**.'));
    assert.doesNotMatch(md, /after it has entered into force/u);
  });

  it('one list: the consent by accession is expressed after the entry into force; who accedes stays a blank beside a class', () => {
    const md = render(convention('  consent by ratification, accession after entry-into-force'));
    assert.match(md, /The consent of \*\*\\\[the States that may accede, in the text’s words\\\]\*\* to be bound by this Convention shall be expressed by accession after it has entered into force \*\*\\\[further conditions of accession, if any, in the text’s words\\\]\*\*\./u);
    const named = render(convention('  consent by ratification, accession after entry-into-force').replace(classes, 'party EE "Estonia" { kind state jurisdiction EE }\nparty FI "Finland" { kind state jurisdiction FI }\nparty LV "Latvia" { kind state jurisdiction LV }\n').replace('by 3 States', 'by 2 States'));
    assert.match(named, /The consent of a State that has not signed this Convention to be bound by it shall be expressed by accession after it has entered into force \*\*\\\[further conditions of accession, if any, in the text’s words\\\]\*\*\./u);
  });

  it('a misspelt event is value-out-of-range on the word, and the export leaves when accession opens a blank', () => {
    const text = convention('  consent by ratification for Session-States, accession after entry-in-force for Acceding-States');
    const out = found(text, 'value-out-of-range');
    assert.equal(out.length, 1);
    assert.match(out[0].message, /'entry-in-force' is not a final-clause event: write entry-into-force/u);
    assert.match(render(text), /may accede to this Convention \*\*\\\[when accession opens, in the text’s words\\\]\*\* \*\*\\\[further conditions of accession, if any, in the text’s words\\\]\*\*\./u);
  });
});

describe('lg50: the consent checks read `accession after entry-into-force` as accession', () => {
  it('signature-not-counted: dropping signature keeps the opening with its accession, before or after it', () => {
    for (const [consent, left] of [
      ['  consent by ratification, accession after entry-into-force, signature', '  consent by ratification, accession after entry-into-force'],
      ['  consent by accession after entry-into-force, signature, ratification', '  consent by accession after entry-into-force, ratification'],
    ]) {
      const text = convention(consent, '  effect 60 days after last ratification by 3 States\n');
      const d = found(text, 'signature-not-counted');
      assert.equal(d.length, 1, consent);
      const drop = d[0].fixes.find((f) => /^Drop signature/u.test(f.title));
      assert.ok(drop, d[0].fixes.map((f) => f.title).join('\n'));
      const lines = text.split('\n');
      const line = lines.findIndex((l) => l.startsWith('  consent by'));
      const edit = drop.edits[0];
      assert.equal(edit.range.start.line, line);
      const fixed = lines[line].slice(0, edit.range.start.character) + edit.newText + lines[line].slice(edit.range.end.character);
      assert.equal(fixed, left);
    }
  });

  it('consent-means-unstated still names a Party with no list; the classes with lists are not reported', () => {
    const text = convention('  consent by ratification for Session-States, accession after entry-into-force for Acceding-States', undefined, 'party Observers "The observer States" { kind state class closed }\n');
    const d = found(text, 'consent-means-unstated');
    assert.equal(d.length, 1);
    assert.match(d[0].message, /Observers/u);
    assert.deepEqual(found(convention('  consent by ratification for Session-States, accession after entry-into-force for Acceding-States'), 'consent-means-unstated'), []);
  });

  it('duplicate-header-statement: a second `consent` is still reported, the form counts as one statement', () => {
    const text = convention('  consent by ratification for Session-States, accession after entry-into-force for Acceding-States\n  consent by ratification');
    assert.equal(found(text, 'duplicate-header-statement').length, 1);
    assert.deepEqual(found(convention('  consent by ratification for Session-States, accession after entry-into-force for Acceding-States'), 'duplicate-header-statement'), []);
  });
});
