/**
 * "Whichever is later" (thirty-second run, item 3): "For each State … ratifying, accepting,
 * approving or acceding to this Convention after the deposit of the thirtieth instrument of such
 * action, this Convention shall enter into force on the thirtieth day after the date of deposit by
 * such State … of the relevant instrument or on the date this Convention enters into force pursuant
 * to paragraph 1 of this article, whichever is later" (UNCAC 2003 Art. 68(2), BWBV0001830). Plain
 * `subsequently` speaks of States that consent after the entry into force (VCLT Art. 24(3)), whose
 * own date is always the later; the rule differs for a State that deposits between the threshold
 * and the entry into force, so the language says it: `or on entry-into-force whichever is later`.
 */
import assert from 'node:assert/strict';
import { formatText } from '../../server/src/language/features/format';
import { parse } from '../../server/src/language/syntax/parse';
import { applyEdits, fixture, mainUri } from './feature-fixture';

const convention = (subsequently: string) => `treaty "United Nations Convention against Corruption" {
  status binding
  languages English, French authentic
  consent by ratification, acceptance, approval, accession
  effect 90 days after last consent-to-be-bound by 30 States
  ${subsequently}
  depositary "the Secretary-General of the United Nations"
}

party States "All States" {
  kind state
  class open
}
`;

const laterOf = convention('subsequently 30 days after consent-to-be-bound or on entry-into-force whichever is later');
const plain = convention('subsequently 30 days after consent-to-be-bound');

describe('`subsequently … or on entry-into-force whichever is later`', () => {
  it('reads the later-of rule into the header', () => {
    const later = parse(laterOf).ast.instrument?.subsequentEffect?.laterOf;
    assert.equal(later?.event?.value, 'entry-into-force');
    assert.equal(later?.which?.value, 'later');
    assert.equal(parse(plain).ast.instrument?.subsequentEffect?.laterOf, undefined);
  });

  it('renders it in the treaties\' words, in every export', () => {
    const sentence =
      'For each State that expresses its consent to be bound by this Convention after the date on which 30 States have expressed their consent to be bound by it, this Convention shall enter into force on the thirtieth day following the date of the expression of its consent to be bound or on the date this Convention enters into force in accordance with the preceding paragraph, whichever is later.';
    const { service } = fixture(laterOf);
    for (const format of ['markdown', 'html', 'akn'] as const) assert.ok(service.render(mainUri, format)!.includes(sentence), format);
  });

  it('near miss: plain `subsequently` keeps its wording, for States that consent after the entry into force', () => {
    const rendered = fixture(plain).service.render(mainUri, 'markdown')!;
    assert.match(rendered, /For any State that expresses its consent to be bound by this Convention after its entry into force, this Convention shall enter into force on the thirtieth day following the date of the expression of its consent to be bound\./);
    assert.doesNotMatch(rendered, /whichever/);
  });

  it('reports a word outside the form (`whichever is earlier`, `or on signature`) on the word, and raises nothing else', () => {
    const { service: clean } = fixture(laterOf);
    assert.deepEqual(clean.diagnostics(mainUri).filter((d) => d.code === 'syntax-error' || d.code === 'value-out-of-range'), []);
    for (const [wrong, word] of [
      ['whichever is earlier', 'earlier'],
      ['or on signature whichever', 'signature'],
    ] as const) {
      const text = laterOf.replace(wrong.startsWith('or') ? 'or on entry-into-force whichever' : 'whichever is later', wrong);
      const found = fixture(text).service.diagnostics(mainUri).filter((d) => d.code === 'value-out-of-range');
      assert.equal(found.length, 1, `${wrong}: ${JSON.stringify(found)}`);
      assert.match(found[0].message, new RegExp(word));
    }
  });

  it('explains its words on hover', () => {
    const { service, position } = fixture(laterOf.replace('whichever is later', 'which$0ever is later'));
    assert.match(service.hover(mainUri, position)?.contents ?? '', /of the State's own date and the entry into force, the later/);
  });

  it('formats as one statement and round-trips', () => {
    const options = { tabSize: 2, insertSpaces: true };
    const messy = laterOf.replace('or on entry-into-force whichever is later', 'or  on entry-into-force   whichever is  later');
    assert.equal(applyEdits(messy, formatText(messy, options)), laterOf);
  });

  it('hints the entry into force, not the earlier own date, for a State that would consent today', () => {
    const text = `treaty "T" {
  status binding
  effect on 2027-06-01
  subsequently on first day of month following 1 month after consent-to-be-bound or on entry-into-force whichever is later
}
`;
    const whole = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };
    const hint = (t: string) => fixture(t).service.inlayHints(mainUri, whole, '2027-01-10').map((h) => h.label);
    assert.ok(hint(text).includes('in force for it 2027-06-01 if a State consents today'), JSON.stringify(hint(text)));
    // Near miss: without the form, the State's own date (the first day of the month after a month).
    assert.ok(hint(text.replace(' or on entry-into-force whichever is later', '')).includes('in force for it 2027-03-01 if a State consents today'));
    // r102, defect 1: counted from ratification, the statement speaks of a State that ratifies.
    assert.ok(hint(text.replace('after consent-to-be-bound', 'after ratification')).includes('in force for it 2027-06-01 if a State ratifies today'));
  });
});
