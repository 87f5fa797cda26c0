/**
 * The eighty-seventh real-instrument run (test/real-instruments/EIGHTY-SEVENTH-RUN.md), from its two
 * texts: the European Convention on the Adoption of Children (Revised) 2008 (BWBV0003426) and the
 * NL–Sweden Agreement on the reimbursement of the costs of unemployment benefits 2003 (BWBV0001614).
 *
 * Item 1: the Art. 15 requests for information state their purpose ("the enquiries made pursuant
 * to Articles 4 and 10 of this Convention"), and Art. 10(1) rules that the enquiry data "may only
 * be collected, processed and communicated according to the rules relating to professional
 * confidentiality and personal data protection" — a confidentiality rule, which the rule's own
 * reason counts as the onward rule. A clause tagged `about confidentiality for <channel>` now
 * counts as that channel's onward rule (not as its purpose); a confidentiality tag without `for`
 * does not (it does not say whose exchange it protects), but the finding names it and says how to
 * tie it. A channel that states its purpose is no longer said to "not limit the use" of what it
 * carries. Item 2: `missing-dispute-settlement` between Member States under a Union act names the
 * disputing sides as declared: the Parties where they are the States themselves.
 */
import assert from 'node:assert/strict';
import { findingsOf, repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';
import { replaced } from '../helpers/replaced-once';

const adoption = repoText('test/real-instruments/adoption-children-revised-2008.entente');
const nlse = repoText('test/real-instruments/nl-se-unemployment-benefits-2003.entente');
const ienl = repoText('test/real-instruments/ie-nl-unemployment-reimbursement-waiver-letters-1987.entente');

const purpose = (text: string) => findingsOf(text, 'missing-purpose-limitation');
const tied = 'clause Art10 "Article 10 – Preliminary enquiries" about data-protection about confidentiality for InformationRequests """';

describe('eighty-seventh real-instrument run, item 1: a confidentiality clause tied to the channel is its onward rule', () => {
  it('the Adoption Convention as transcribed (Art. 10 tied to the Art. 15 channel): nothing under any profile', () => {
    assert.ok(adoption.includes(tied));
    for (const profile of ['default', 'treaty-review', 'strict', 'mou-review'] as const) {
      const settings = profile === 'default' ? {} : { settings: { profile } };
      assert.deepEqual(diagnose(adoption, settings).filter((d) => d.code === 'missing-purpose-limitation'), [], profile);
    }
  });

  it('near miss: the same clause tagged without `for` ties it to no channel: the finding stays, says the purpose is stated, and names the clause', () => {
    const untied = replaced(adoption, tied, 'clause Art10 "Article 10 – Preliminary enquiries" about data-protection, confidentiality """');
    const [d] = purpose(untied);
    assert.equal(d?.severity, 'warning');
    assert.match(d.message, /^Channel InformationRequests states its purpose but no rule on onward sharing: add an `onward sharing …` rule/);
    assert.doesNotMatch(d.message, /does not limit the use/);
    assert.match(d.message, /The text has a rule on confidentiality \(clause Art10\) that does not say which exchange it protects: if it governs what this channel carries, tie it to the channel \(`about confidentiality for InformationRequests`\), and it counts as the onward rule\./);
  });

  it('near miss: a confidentiality clause tied to another channel does not count for this one', () => {
    const other = replaced(
      adoption.replace(tied, 'clause Art10 "Article 10 – Preliminary enquiries" about data-protection about confidentiality for Other """'),
      'clause Preamble "Preamble"',
      'channel Other between CoE-Members, Elaboration-States {\n  carries personal-data\n  purpose "other"\n  onward sharing with-consent\n}\n\nclause Preamble "Preamble"',
    );
    const found = purpose(other);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /^Channel InformationRequests states its purpose but no rule on onward sharing/);
    // Art. 22 (confidentiality of public records) is tagged without `for`: named as a clause that may reach it, never Art. 10.
    assert.match(found[0].message, /\(clause Art22\) that does not say which exchange it protects/);
    assert.doesNotMatch(found[0].message, /clause Art10/);
  });

  it('near miss: a tied confidentiality clause is no purpose — without `purpose` the channel is still asked for one', () => {
    const noPurpose = replaced(adoption, '  purpose "the enquiries made pursuant to Articles 4 and 10 of this Convention"\n', '');
    const [d] = purpose(noPurpose);
    assert.match(d?.message ?? '', /^Channel InformationRequests does not limit the use of what it carries: add `purpose "…"`\./);
    assert.doesNotMatch(d.message, /onward sharing/);
  });

  it('a draft with neither a purpose nor an onward rule is asked for both, as before', () => {
    const text = 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI { carries indicators }\n';
    assert.match(purpose(text)[0]?.message ?? '', /^Channel Intel does not limit the use of what it carries: add `purpose "…"` and an `onward sharing …` rule\./);
  });

  it('a draft whose confidentiality clause names the channel: purpose stated, nothing missing; the same clause untied keeps the finding', () => {
    const base = 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI {\n  carries indicators\n  purpose "network defence"\n}\n';
    const clause = (about: string) => `clause Conf "Confidentiality" about ${about} """\n  Each Participant will keep confidential the information received from the other.\n"""\n`;
    assert.deepEqual(purpose(base + clause('confidentiality for Intel')), []);
    assert.equal(purpose(base + clause('confidentiality')).length, 1);
  });
});

describe('eighty-seventh real-instrument run, item 2: the sides of a dispute between Member States under a Union act', () => {
  it('NL–Sweden 2003 (two Kingdoms, `kind state`): between the Parties, which are Member States', () => {
    const [d] = findingsOf(nlse, 'missing-dispute-settlement');
    assert.match(d.message, /^State how disputes are settled between the Parties, if the text is to say it: the Parties are Member States and the instrument is made under an act of Union law/);
    assert.doesNotMatch(d.message, /authorities|act for Member States/);
  });

  it('near miss: IE–NL 1987 (competent authorities, `kind government-agency`): between the authorities, which act for Member States', () => {
    const [d] = findingsOf(ienl, 'missing-dispute-settlement');
    assert.match(d.message, /^State how disputes are settled between the authorities, if the text is to say it: the parties act for Member States/);
  });

  it('near miss: one State and one authority: between the parties, which are Member States or act for them', () => {
    const mixed = replaced(nlse, /(party SE "The Kingdom of Sweden" \{\n  kind )state/, '$1government-agency');
    const [d] = findingsOf(mixed, 'missing-dispute-settlement');
    assert.match(d.message, /^State how disputes are settled between the parties, if the text is to say it: the parties are Member States or act for them/);
  });
});
