/**
 * The voice analysis behind the wording checks (issue 9 item 2): which spans of prose cite,
 * quote or report another instrument, whether a verb is operative, and that no quick fix of the
 * wording checks ever rewrites such a span.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { findReferences } from '../../server/src/language/model/instrument-references';
import { analyseVoice, isSubordinate } from '../../server/src/language/model/prose-voice';
import { citationRanges } from '../../server/src/language/rules/support/conflict-prose';
import { createEntenteService } from '../../server/src/language/service';
import type { Range } from '../../server/src/language/ast/positions';

const context = { selfNouns: ['Memorandum', 'MoU'], signatories: ['EE', 'FI', 'Republic of Estonia'] };
const foreign = (text: string) => analyseVoice(text, context).foreign.map((f) => `${f.kind}: ${text.slice(f.start, f.end)}`);
const refs = (text: string) => findReferences(text, context).map((r) => `${r.to}: ${text.slice(r.start, r.end)}`);

describe('prose voice', () => {
  describe('references to instruments', () => {
    it('tells this instrument from others by the grammar of the phrase', () => {
      assert.deepEqual(refs('This Memorandum, the present agreement and these arrangements'), ['self: Memorandum', 'self: agreement', 'self: arrangements']);
      assert.deepEqual(refs('Article 23 of Directive (EU) 2022/2555 and Article 46(2)(a) GDPR'), ['other: Article 23 of Directive (EU) 2022/2555', 'other: Article 46(2)(a) GDPR']);
      assert.deepEqual(refs('the Convention on Cybercrime, done at Budapest on 23 November 2001, and the North Atlantic Treaty'), [
        'other: Convention on Cybercrime, done at Budapest on 23 November 2001',
        'other: North Atlantic Treaty',
      ]);
      assert.deepEqual(refs('existing agreements between them, the agreement on classified information, the security instrument'), [
        'other: agreements between them',
        'other: agreement on classified information',
        'other: instrument',
      ]);
      assert.deepEqual(refs('the NATO Status of Forces Agreement and the Agreement Between the Parties to the North Atlantic Treaty Regarding the Status of Their Forces'), [
        'other: NATO Status of Forces Agreement',
        'other: Agreement Between the Parties to the North Atlantic Treaty Regarding the Status of Their Forces',
      ]);
      assert.deepEqual(refs('the agreement'), ['unknown: agreement']);
    });

    it('does not take an organisation or a committee for an instrument', () => {
      assert.deepEqual(refs('the North Atlantic Treaty Organization and the Convention Committee'), []);
    });
  });

  describe('foreign spans', () => {
    it('fp-mou: legal effect of other instruments and reported speech', () => {
      assert.deepEqual(foreign('Pending the entry into force of the agreement on the mutual protection of classified information, nothing is exchanged.'), [
        'legal-effect: entry into force of the agreement on the mutual protection of classified information',
        'citation: agreement on the mutual protection of classified information',
      ]);
      assert.deepEqual(foreign('Each Participant will take into account that, under Article 23 of Directive (EU) 2022/2555, essential entities shall submit an early warning.'), [
        'reported: that, under Article 23 of Directive (EU) 2022/2555, essential entities shall submit an early warning',
        'citation: Article 23 of Directive (EU) 2022/2555',
      ]);
      assert.deepEqual(foreign('in accordance with their international obligations, including their obligations as States Parties to the Convention on Cybercrime'), [
        'legal-effect: their international obligations',
        'legal-effect: obligations as States Parties to the Convention on Cybercrime',
        'legal-effect: States Parties to the Convention on Cybercrime',
        'citation: Convention on Cybercrime',
      ]);
      assert.deepEqual(foreign('The Convention provides that each Party shall designate a point of contact.'), [
        'citation: Convention',
        'reported: provides that each Party shall designate a point of contact',
      ]);
    });

    it('leaves the instrument\'s own voice alone (near misses)', () => {
      assert.deepEqual(foreign('This Memorandum will enter into force on signature. The Participants shall meet.'), []);
      assert.deepEqual(foreign('Under this Memorandum, the Participants shall fulfil the obligations under this Memorandum.'), []);
      // A citation with a signatory as subject is undetermined, not foreign.
      const framed = analyseVoice('Under Article 35 of the Convention, the Participants shall designate a contact.', context);
      assert.equal(framed.framed.length, 1);
      assert.ok(!framed.foreign.some((f) => f.kind === 'reported'));
    });
  });

  describe('operative verbs', () => {
    const cases: [string, boolean][] = [
      ['The Parties shall exchange the information that will be needed.', true],
      ['Where the requested Party believes that preservation will not ensure the availability of the data or will threaten it', true],
      ['Classified information that is to be transmitted from one country to the other will be marked', false],
      ['the Government of the United States of America, which will notify all signatory States', false],
      ['Each Party will share indicators.', false],
      ['\ne. All visitors will comply with the security regulations.', false],
      ['Before exercising such right the Government of Egypt will inform the Government.', false],
      ['If such enterprise will be established or is run, that Contracting Party will adopt a lenient attitude', false],
      ['Member states agree that atomic information so received will not be transferred', false],
      ['Convinced that working together will further expand cooperation', true],
      ['dues which have been or will be standardised', true],
      ['The Government of Zimbabwe, after consulting with the Netherlands Government, will have the right', false],
      ['the date on which this Convention will come into force', true],
    ];
    for (const [text, subordinate] of cases) {
      it(`${subordinate ? 'subordinate' : 'operative'}: ${text.trim()}`, () => {
        assert.equal(isSubordinate(text, text.lastIndexOf('will')), subordinate);
      });
    }
  });

  describe('quick fixes never rewrite what the instrument cites', () => {
    const codes = new Set(['mou-binding-wording', 'mou-treaty-wording', 'treaty-mou-wording', 'mou-binding-commitment']);
    const overlaps = (a: Range, b: Range) => before(a.start, b.end) && before(b.start, a.end);
    const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);

    /** Every fix edit of the wording checks on a document, and the citation ranges it must avoid. */
    function check(uri: string, text: string, files: Record<string, string> = {}): number {
      const service = createEntenteService({ readFile: (u) => files[u] });
      service.open(uri, text);
      const model = service.model(uri)!;
      const citations = citationRanges(model);
      let fixes = 0;
      for (const d of service.diagnostics(uri).filter((x) => codes.has(x.code))) {
        for (const fix of d.fixes) {
          for (const edit of fix.edits) {
            fixes++;
            const hit = citations.find((c) => overlaps(edit.range, c) || (edit.range.start.line === edit.range.end.line && edit.range.start.character === edit.range.end.character && overlaps({ start: edit.range.start, end: { ...edit.range.start, character: edit.range.start.character + 1 } }, c)));
            assert.equal(hit, undefined, `${uri}: ${d.code} '${fix.title}' edits a citation`);
          }
        }
      }
      return fixes;
    }

    it('on an MoU and a treaty full of citations, where it still offers fixes for the own voice', () => {
      const mou = `memorandum "MoU" { status non-binding }
participant EE "Estonia"
participant FI "Finland"
clause A """Pending the entry into force of the agreement on classified information, the Parties shall meet."""
clause B """Under Article 23 of Directive (EU) 2022/2555, essential entities shall report; the Participants shall cooperate."""
clause C """The Convention provides that each Party shall designate a contact, and this agreement shall enter into force on signature."""
clause D """Their obligations as States Parties to the Convention on Cybercrime remain; the obligations under this Memorandum too."""
clause E """The host Participant will pay the travel costs under the NATO Status of Forces Agreement, and will pay the fees."""
`;
      const treaty = `treaty "Agreement" { status binding }
party EE "Estonia"
party FI "Finland"
clause A """Each Party will honour its commitments under the Paris Call and its commitments under this Agreement."""
clause B """The Memorandum of Understanding between the Participants provides that each Participant will share indicators."""
`;
      assert.ok(check('file:///fixture/mou.entente', mou) >= 6, 'the MoU keeps fixes for its own voice');
      assert.ok(check('file:///fixture/treaty.entente', treaty) >= 2, 'the treaty keeps fixes for its own voice');
    });

    it('on the samples and the independent fixtures', () => {
      for (const folder of ['samples', 'test/independent/fixtures']) {
        const root = new URL(`../../${folder}/`, import.meta.url);
        const entries = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.entente'));
        const files = Object.fromEntries(entries.map((f) => [`file:///${folder}/${f.replace(/\\/g, '/')}`, readFileSync(new URL(f, root), 'utf8')]));
        for (const [uri, text] of Object.entries(files)) check(uri, text, files);
      }
    });
  });
});
