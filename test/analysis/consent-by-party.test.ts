/**
 * Hundred-and-third run, defect 4: `consent by` was one list for every Party, so the NL–US American
 * Military Cemeteries Agreement 1970 — in force "on the date on which the Government of the Kingdom
 * of the Netherlands shall have notified the Government of the United States of America that the
 * formalities constitutionally required in the Kingdom of the Netherlands have been fulfilled"
 * (Art. VII; read: BWBV0004383), no act of the United States named after its signature — was written
 * `consent by approval`, and a draft's export said "The consent of each Party … shall be expressed by
 * approval". Now each Party's means may be stated (`consent by notification for NL, signature for
 * US`): parsed, linked, rendered per Party, and read list by list by the checks; and one list beside
 * an entry into force on one named Party's notification prints a blank, not one means for all.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { createEntenteService } from '../../server/src/language/index';
import { parse } from '../../server/src/language/syntax/parse';
import { diagnose } from '../helpers/fixture';
import { draftedVariant } from '../render/drafted-variant';

const parties = 'party NL "The Government of the Kingdom of the Netherlands" {\n  kind government\n  jurisdiction NL\n}\nparty US "The Government of the United States of America" {\n  kind government\n  jurisdiction US\n}\n';
const treaty = (header: string) => `treaty "Agreement" {\n  status binding\n${header}}\n${parties}`;
const render = (text: string): string => {
  const service = createEntenteService({ readFile: () => undefined });
  service.open('file:///t/consent-by-party.entente', text);
  return service.render('file:///t/consent-by-party.entente', 'markdown')!;
};
const consentArticle = (md: string): string => /## Article \d+ — Consent to be bound\n\n(.*)\n/u.exec(md)?.[1] ?? '';
const found = (text: string, code: string) => diagnose(text).filter((d) => d.code === code);
const cemeteries = readFileSync(new URL('../real-instruments/nl-us-american-military-cemeteries-1970.entente', import.meta.url), 'utf8');

describe('consent by party: `consent by notification for NL, signature for US` (r103 defect 4)', () => {
  it('parses each Party’s list, keeps every means in `means`, and one list stays one list', () => {
    const per = parse(treaty('  consent by signature, ratification for NL, signature for US\n')).ast.instrument!.consent!;
    assert.deepEqual(per.byParty.map((l) => [l.party?.text, l.means.map((m) => m.text)]), [['NL', ['signature', 'ratification']], ['US', ['signature']]]);
    assert.deepEqual(per.means.map((m) => m.text), ['signature', 'ratification', 'signature']);
    const one = parse(treaty('  consent by ratification, accession\n')).ast.instrument!.consent!;
    assert.deepEqual(one.byParty, []);
    assert.deepEqual(one.means.map((m) => m.text), ['ratification', 'accession']);
  });

  it('a Party named twice has one list of alternatives, not two rules (treaty lawyer lr25, defect 3)', () => {
    const text = consentArticle(render(treaty('  consent by signature for NL, ratification for US, accession for US\n')));
    assert.equal(text, 'The consent of the Government of the Kingdom of the Netherlands to be bound by this Agreement shall be expressed by signature; that of the Government of the United States of America, by ratification or accession.');
  });

  it('links the Party ids: an undeclared one is an unknown reference', () => {
    assert.deepEqual(found(treaty('  consent by notification for NL, signature for US\n'), 'unknown-reference'), []);
    const [d] = found(treaty('  consent by notification for NL, signature for XX\n'), 'unknown-reference');
    assert.match(d?.message ?? '', /Unknown party 'XX'/u);
  });

  it('renders each Party’s own means, never "each Party"', () => {
    const text = consentArticle(render(treaty('  consent by notification for NL, signature for US\n  effect after notification by NL\n')));
    assert.equal(text, 'The consent of the Government of the Kingdom of the Netherlands to be bound by this Agreement shall be expressed by notification; that of the Government of the United States of America, by signature.');
  });

  it('property: whatever each Party’s alternatives, the sentence names each Party with its own, in VCLT order', () => {
    const order = ['signature', 'ratification', 'acceptance', 'approval', 'notification'];
    const list = fc.uniqueArray(fc.constantFrom(...order), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(list, list, (nl, us) => {
        const text = consentArticle(render(treaty(`  consent by ${nl.join(', ')} for NL, ${us.join(', ')} for US\n`)));
        const words = (means: string[]) => {
          const sorted = order.filter((m) => means.includes(m));
          return sorted.length === 1 ? sorted[0] : `${sorted.slice(0, -1).join(', ')} or ${sorted[sorted.length - 1]}`;
        };
        assert.equal(text, `The consent of the Government of the Kingdom of the Netherlands to be bound by this Agreement shall be expressed by ${words(nl)}; that of the Government of the United States of America, by ${words(us)}.`);
      }),
      { numRuns: 25 },
    );
  });

  it('one list beside an entry into force on one Party’s notification: a blank, not one means for every Party', () => {
    const md = render(treaty('  consent by approval\n  effect after notification by NL\n'));
    assert.doesNotMatch(md, /consent of each Party/u);
    assert.match(consentArticle(md), /^\*\*\\\[each Party’s means of consent to be bound: the entry into force follows the notification of the Government of the Kingdom of the Netherlands alone\\\]\*\*$/u);
    // Near miss: one list and an entry into force on every Party's notification reads as before.
    assert.equal(consentArticle(render(treaty('  consent by approval\n  effect after last notification\n'))), 'The consent of each Party to be bound by this Agreement shall be expressed by approval.');
  });

  it('the cemeteries Agreement as a draft (the run’s probe p3): each Party’s means, not "approval" for both', () => {
    assert.match(cemeteries, /^ {2}consent by notification for NL, signature for US$/mu);
    // As a draft: every date that concludes it taken out, the final formula's in words too (rf103 reads those).
    const md = render(draftedVariant(cemeteries));
    assert.match(md, /The consent of the Government of the Kingdom of the Netherlands to be bound by this Agreement shall be expressed by notification; that of the Government of the United States of America, by signature\./u);
    assert.doesNotMatch(md, /consent of each Party/u);
  });

  it('signature-and-ratification: reports the Party that ratifies, and offers only entry into force on the last consent', () => {
    const [d, ...more] = found(treaty('  consent by ratification for NL, signature for US\n  effect on signature\n'), 'signature-and-ratification');
    assert.deepEqual(more, []);
    assert.match(d?.message ?? '', /^The instrument takes effect on signature but NL's consent is by ratification: let it enter into force once each Party has consented \(`effect after last consent-to-be-bound`\), or let NL consent by signature;/u);
    assert.deepEqual(d.fixes.map((f) => f.edits.map((e) => e.newText)), [['effect after last consent-to-be-bound']]);
  });

  it('signature-not-counted: silent on one Party’s sole signature beside the other’s ratification, raised on signature among one Party’s alternatives', () => {
    assert.deepEqual(found(treaty('  consent by ratification for NL, signature for US\n  effect after ratification by NL\n'), 'signature-not-counted'), []);
    const [d] = found(treaty('  consent by signature, ratification for NL, ratification for US\n  effect after last ratification\n'), 'signature-not-counted');
    assert.equal(d?.severity, 'warning');
  });

  it('missing-amendment proposes amendment by ratification only where every Party ratifies', () => {
    const fixes = (header: string) => found(treaty(header), 'missing-amendment').flatMap((d) => d.fixes.flatMap((f) => f.edits.map((e) => e.newText)));
    assert.ok(fixes('  consent by ratification\n  effect after last ratification\n').some((t) => /amendment by ratification/u.test(t)));
    const per = fixes('  consent by ratification for NL, signature for US\n  effect after ratification by NL\n');
    assert.ok(per.length > 0 && !per.some((t) => /amendment by ratification/u.test(t)), per.join(' | '));
  });
});
