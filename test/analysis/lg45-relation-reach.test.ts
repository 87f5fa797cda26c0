/**
 * lg45, item 1 (ninety-seventh run, defect 1): a savings clause narrowed to one subject ("as regards
 * the protection of industrial property, … without prejudice to the rights provided by relevant
 * international conventions binding the two Contracting Parties", NL–Thailand 1972, Art. VI) counted
 * as a general one and silenced missing-relation-to-other-obligations. It now counts as general only
 * where its other agreements are not narrowed to a subject (or are narrowed to the text's own); a
 * narrowed one is named in the finding with its subject. The Thailand text's Protocol, whose
 * most-favoured-nation terms yield to an economic union's advantages, is what settles its relation to
 * Community law (the reviewer's reading).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { EntenteDiagnostic } from '../../server/src/language';
import { limitedRelations } from '../../server/src/language/rules/support/relation-in-words';
import { diagnose } from '../helpers/fixture';

const relation = (all: readonly EntenteDiagnostic[]) => all.filter((d) => d.code === 'missing-relation-to-other-obligations');
const thailand = readFileSync(new URL('../real-instruments/nl-th-economic-cooperation-1972.entente', import.meta.url), 'utf8');
const withoutProtocol = thailand.slice(0, thailand.indexOf('clause Protocol "Protocol"'));
const draft = (words: string, title = 'Agreement') =>
  `treaty "${title}" {\n  status binding\n}\nparty NL "Netherlands" { kind state jurisdiction NL }\nparty SY "Syria" { kind state jurisdiction SY }\nclause Art9 "Article 9" """\n  ${words}\n"""\n`;

describe('lg45: a savings or conflict clause narrowed to a subject is not a general one', () => {
  it('NL–Thailand 1972 without its Protocol: Art. VI is named as covering industrial property only, and the finding stays a note', () => {
    assert.notEqual(withoutProtocol, thailand);
    for (const profile of ['default', 'strict'] as const) {
      const [d, ...rest] = relation(diagnose(withoutProtocol, { settings: { profile } }));
      assert.deepEqual(rest, []);
      assert.equal(d?.severity, 'info', profile);
      assert.match(d.message, /^The treaty says how it relates to other agreements as regards "the protection of industrial property" only, in clause ArtVI \("Article VI"\) \("Nationals of either Contracting Party shall, as regards/u);
      assert.match(d.message, /it does not say how it relates to the parties’ other obligations \(NL was a Member State of the European Communities/u);
    }
  });

  it('NL–Thailand 1972 as signed: the Protocol’s economic-union carve-out settles the relation to Community law, with or without Art. VI’s proviso', () => {
    assert.deepEqual(relation(diagnose(thailand, { settings: { profile: 'strict' } })), []);
    const noProviso = thailand.replace(', without prejudice to the rights provided by relevant international conventions binding the two Contracting Parties', '');
    assert.notEqual(noProviso, thailand);
    assert.deepEqual(relation(diagnose(noProviso, { settings: { profile: 'strict' } })), []);
  });

  it('a clause narrowed to a subject leaves the finding, naming the subject (draft)', () => {
    for (const [words, subject] of [
      ['This Agreement shall be without prejudice to the rights and obligations of the Parties under other international agreements concerning extradition.', 'extradition'],
      ['In the event of a conflict between this Agreement and any other international agreement relating to extradition, the latter shall prevail.', 'extradition'],
      ['As regards extradition, this Agreement shall not affect the obligations of the Parties under other international agreements.', 'extradition'],
      ['Each Party shall, in the field of aviation security, assist the other, without prejudice to the rights provided by relevant international conventions binding the two Parties.', 'aviation security'],
    ]) {
      const [d] = relation(diagnose(draft(words)));
      assert.match(d?.message ?? '', new RegExp(`; clause Art9 \\("Article 9"\\) covers other agreements only as regards "${subject}" \\("`, 'u'), words);
      assert.match(d.message, /and says nothing of the rest: add a clause/u, words);
    }
  });

  it('near misses: a general clause that names a subject elsewhere, or a subject that is none, still settles it', () => {
    for (const words of [
      'The provisions of this Agreement shall not affect the rights and obligations of the Parties under other international agreements.',
      'This Agreement, concluded in the field of aviation security, shall not affect the rights and obligations of the Parties under other international agreements.',
      'This Agreement shall be without prejudice to the rights and obligations of the Parties under other international agreements, including those concerning extradition.',
      'This Agreement does not affect the rights and undertakings derived from international multilateral instruments concerning special matters.',
      'This Agreement shall not affect the obligations of the Parties under existing international agreements relating to the matters covered by this Agreement.',
      // Relevant conventions with no subject named in the sentence: those relevant to the text.
      'This Agreement shall be without prejudice to the rights provided by relevant international conventions binding the two Parties.',
    ]) assert.deepEqual(relation(diagnose(draft(words))), [], words);
  });

  it('a clause narrowed to the text’s own subject reaches every agreement that could conflict (NATO 1997, Art. 5)', () => {
    const words = 'The present Agreement in no way prevents the Parties from making other Agreements relating to the exchange of classified information originated by them.';
    assert.deepEqual(relation(diagnose(draft(words, 'Agreement for the security of information'))), []);
    assert.match(relation(diagnose(draft(words, 'Agreement on economic co-operation')))[0]?.message ?? '', /only as regards "the exchange of classified information"/u);
  });

  it('property: a subject tied to the other agreements narrows the clause; the same subject after a comma does not', () => {
    const subject = fc.array(fc.constantFrom('customs', 'maritime', 'transport', 'taxation', 'aviation', 'fisheries', 'pensions'), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(subject, fc.constantFrom('concerning', 'relating to', 'in the field of', 'with respect to'), (s, limiter) => {
        const saving = 'This Agreement shall be without prejudice to the rights and obligations of the Parties under other international agreements';
        assert.deepEqual(limitedRelations(`${saving} ${limiter} ${s}.`), [{ subject: s, words: `${saving} ${limiter} ${s}` }]);
        assert.equal(limitedRelations(`${saving}, including those ${limiter} ${s}.`), 'general');
      }),
    );
  });
});
