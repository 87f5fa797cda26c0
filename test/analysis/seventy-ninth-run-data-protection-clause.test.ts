/**
 * Seventy-ninth run (NL–India social security agreement 2009, BWBV0003812), defect 2:
 * possible-transfer-without-safeguards named Art. 11 ("Identification") as the text's clause on
 * data protection, because the transcriber had tagged it `about data-protection` and it came first;
 * the clause that states the use limit and the receiving State's privacy law is Art. 20
 * ("Confidentiality of Information"). Of several clauses tagged for data protection the message now
 * names the one most plainly the safeguard: headed as on data protection, then tagged for transfer
 * safeguards, then headed as on confidentiality or privacy, then tagged for confidentiality or
 * purpose limitation too, then the first. Near misses: a clause headed "Confidentiality" but not
 * tagged for data protection is not a candidate; a heading on data protection still comes before
 * one on confidentiality; one tagged clause alone is named whatever its heading.
 */
import assert from 'node:assert/strict';
import { repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';
import { nlIndiaTransferHeader } from '../helpers/nl-india-transfer';

const header = nlIndiaTransferHeader;
const clause = (id: string, heading: string, about: string, body: string) => `clause ${id} "${heading}"${about ? ` about ${about}` : ''} """\n  ${body}\n"""\n`;
const identification = (about = 'data-protection') =>
  clause('Art11', 'Article 11 – Identification', about, 'An applicant shall identify himself to the competent institution by submitting an official proof of identity.');
const confidentiality = (about = 'data-protection') =>
  clause('Art20', 'Article 20 – Confidentiality of Information', about, 'Information about an individual which is transmitted in accordance with this Agreement shall be used exclusively for purposes of implementing this Agreement.');

const named = (text: string) => {
  const found = diagnose(text).filter((d) => d.code === 'possible-transfer-without-safeguards');
  assert.equal(found.length, 1, found.map((d) => d.message).join('\n'));
  // The clause as the text numbers it (lr18, D8): "Article 20 ("Confidentiality of Information")"; the number is compared.
  return /Its clause on data protection is Article (\w+)\b/u.exec(found[0].message ?? '')?.[1];
};

describe('seventy-ninth run, defect 2: the clause on data protection a transfer finding names', () => {
  it('"Confidentiality of Information" before an earlier clause on identification, both tagged for data protection', () => {
    assert.equal(named(header + identification() + confidentiality()), '20');
  });

  it('without the heading, a clause tagged for confidentiality or purpose limitation too comes first', () => {
    const untitled = clause('Art20', 'Article 20', 'data-protection, purpose-limitation', 'Information shall be used exclusively for purposes of implementing this Agreement.');
    assert.equal(named(header + identification() + untitled), '20');
  });

  it('a clause tagged for transfer safeguards comes before one headed on confidentiality', () => {
    const rights = clause('Art21', 'Article 21 – Rights of the person concerned', 'transfer-safeguards', 'The person concerned shall be informed on request of the data supplied.');
    assert.equal(named(header + confidentiality() + rights), '21');
  });

  it('near miss: a heading on data protection still comes before one on confidentiality', () => {
    const protection = clause('Art22', 'Article 22 – Protection of personal data', 'data-protection', 'Personal data shall be protected.');
    assert.equal(named(header + confidentiality() + protection), '22');
  });

  it('near miss: a clause headed "Confidentiality" not tagged for data protection is no candidate', () => {
    assert.equal(named(header + identification() + confidentiality('confidentiality')), '11');
    assert.equal(named(header + confidentiality('confidentiality')), undefined);
  });

  it('the real file names Article 20, and its related information points there', () => {
    const text = repoText('test/real-instruments/nl-in-social-security-2009.entente');
    assert.equal(named(text), '20');
    const [finding] = diagnose(text).filter((d) => d.code === 'possible-transfer-without-safeguards');
    assert.ok((finding.related ?? []).some((r) => r.message.startsWith('"Article 20 – Confidentiality of Information": where the instrument would state the safeguards')));
  });
});
