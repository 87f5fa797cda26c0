/**
 * A party that is no State is not treated as one when a finding cites the law of treaties (lr8,
 * defect 7): the Government of the Hong Kong Special Administrative Region concluded the NL–HK
 * Agreement of 2002 "having been duly authorised by the Central People's Government of the People's
 * Republic of China" (preamble, read: BWBV0006154); the VCLT "applies to treaties between States"
 * (Art. 1) and, for agreements with other subjects of international law, leaves "the application to
 * them of any of the rules set forth in the present Convention to which they would be subject under
 * international law independently of the Convention" (Art. 3(b); read: BWBV0003441). The finding
 * says customary law and the agreement's own terms govern, in the text's words for the
 * authorisation — not "where the Vienna Convention does not bind the Parties", which treats the SAR
 * as a State that could be bound by it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createEntenteService, type EntenteDiagnostic } from '../../server/src/language';

function nlHk(edit: (text: string) => string = (t) => t): EntenteDiagnostic[] {
  const text = edit(readFileSync(new URL('../real-instruments/nl-hk-mutual-legal-assistance-2002.entente', import.meta.url), 'utf8'));
  const service = createEntenteService();
  service.open('file:///real/t.entente', text);
  return service.diagnostics('file:///real/t.entente');
}

const relation = (all: EntenteDiagnostic[]) => all.find((d) => d.code === 'missing-relation-to-other-obligations')?.message ?? '';

describe('the law of treaties where a party is no State', () => {
  it('NL–HK 2002: customary law and the agreement’s own terms, with the preamble’s words for the authorisation', () => {
    const said = relation(nlHk());
    assert.ok(
      // lr9, defect 8: under the entrustment the sovereign State may be the party; Art. 3(b) cited alone.
      said.includes("(the rule VCLT Art. 30 states for treaties between States (Art. 1): the Government of the Hong Kong Special Administrative Region of the People's Republic of China, which concluded it \"having been duly authorised by the Central People's Government of the People's Republic of China\", is not a State, and whether it or the State that entrusted it is the party is for the entrustment to say — if that State is, the Convention applies between the States it binds; if it is itself the party, the rule holds only so far as it binds under international law independently of the Convention (Art. 3(b)), and as the agreement's own terms provide; UN Charter Art. 103)"),
      said,
    );
    assert.doesNotMatch(said, /where the Vienna Convention does not bind the Parties|as between Parties that are bound by the Vienna Convention/);
  });

  it('without the authorisation in the text, it says only that the party is no State', () => {
    const said = relation(nlHk((t) => t.replace(/having been duly authorised by the Central People's Government of the People's Republic\s+of China,/g, '')));
    assert.match(said, /\(Art\. 1\): the Government of the Hong Kong Special Administrative Region of the People's Republic of China is not a State, and whether it/);
  });

  it('near misses: a State’s party (CN), a country of the Kingdom’s realm (AW) and a former State (CS) keep the citation for States', () => {
    for (const code of ['CN', 'AW', 'CS']) {
      const said = relation(nlHk((t) => t.replace(/^ {2}jurisdiction HK$/m, `  jurisdiction ${code}`)));
      assert.match(said, /\(VCLT Art\. 30, as between Parties that are bound by the Vienna Convention for this treaty \(Art\. 4\), otherwise only so far as (?:it states|they state) customary law; UN Charter Art\. 103\)/, code);
      assert.doesNotMatch(said, /is not a State/, code);
    }
  });
});
