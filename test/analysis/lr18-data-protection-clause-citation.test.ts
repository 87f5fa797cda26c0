/**
 * lr18, D8: possible-transfer-without-safeguards names the clause on data protection as the text
 * numbers it ("Article 20"), not by the transcription's id ("Art20"), as the costs findings do
 * (support/clause-citation.ts); its related information quotes the heading whole ("Article 20 –
 * Confidentiality of Information"). Near misses: a heading with no
 * article number is quoted as it stands; a clause with no heading has only its id to go by.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { repoText } from '../helpers/fix-review';
import { nlIndiaTransferHeader } from '../helpers/nl-india-transfer';

const header = nlIndiaTransferHeader;
const clause = (id: string, heading: string | undefined) =>
  `clause ${id}${heading === undefined ? '' : ` "${heading}"`} about data-protection """\n  Information transmitted under this Agreement shall be used exclusively for implementing it.\n"""\n`;
const pointer = (text: string) => {
  const found = diagnose(text).filter((d) => d.code === 'possible-transfer-without-safeguards');
  assert.equal(found.length, 1);
  return / Its clause on data protection is (.*?)\.(?: |$)/u.exec(found[0].message ?? '')?.[1];
};

describe('lr18, D8: the clause on data protection is named as the text numbers it', () => {
  it('"Article 20 – Confidentiality of Information" with id DP: Article 20, not DP; the heading in the related information', () => {
    assert.equal(pointer(header + clause('DP', 'Article 20 – Confidentiality of Information')), 'Article 20');
    const [finding] = diagnose(header + clause('DP', 'Article 20 – Confidentiality of Information')).filter((d) => d.code === 'possible-transfer-without-safeguards');
    assert.ok((finding.related ?? []).some((r) => r.message.startsWith('"Article 20 – Confidentiality of Information": where the instrument would state the safeguards')));
  });
  it('the real NL–India file: Article 20, not Art20', () => {
    assert.equal(pointer(repoText('test/real-instruments/nl-in-social-security-2009.entente')), 'Article 20');
  });
  it('near misses: a bare designation, a heading with no number, no heading', () => {
    assert.equal(pointer(header + clause('DP', 'Article 7')), 'Article 7');
    assert.equal(pointer(header + clause('DP', 'Data Protection')), '"Data Protection"');
    assert.equal(pointer(header + clause('Clause7', undefined)), 'Clause7');
    assert.equal(pointer(header + clause('Para18', '18')), 'the clause numbered 18');
    assert.equal(pointer(header + clause('Art12', 'Artikel 12 – Gegevensbescherming')), 'Artikel 12');
  });
});
