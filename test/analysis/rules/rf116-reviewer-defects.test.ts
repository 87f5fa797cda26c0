/**
 * rf116: the defects the hundred-and-sixteenth and hundred-and-eighteenth runs found on real
 * instruments (NL–Mekong Committee contribution 1962, NL–Gibraltar TIEA 2010, NL–Denmark oil stocks
 * 2006, NL–ISNAR headquarters 1980), each with its near miss: what must still be raised.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../../helpers/fixture';

const codes = (text: string, code: string, options = {}) => diagnose(text, options).filter((d) => d.code === code);

const fiveGovernments = ['KH "The Government of Cambodia"', 'LA "The Government of Laos"', 'TH "The Government of Thailand"', 'VN "The Government of Vietnam"', 'NL "The Government of the Kingdom of the Netherlands"']
  .map((p) => `party ${p} {\n  kind government\n  jurisdiction ${p.slice(0, 2)}\n}\n`)
  .join('');
const art7 = 'clause Art7 "Article 7" about entry-into-force, consent """\n  This Agreement shall enter into force on the day on which it has been signed on behalf of each of the five Contracting Parties.\n"""\n';
const mekong = (header: string, rest = '') => `treaty "Agreement concerning the Netherlands contribution to the Mekong Committee" {\n  status binding\n${header}}\n${fiveGovernments}${art7}${rest}`;

describe('rf116 D1: missing-depositary where nothing is deposited (r116 defect 1)', () => {
  it('is silent on five Governments bound by signature alone, in force on the last signature, none able to accede (Mekong 1962, Art. 7)', () => {
    assert.deepEqual(codes(mekong('  done on unstated in 5 copies\n  consent by signature\n  effect after last signature\n'), 'missing-depositary'), []);
    assert.deepEqual(codes(mekong('  effect on signature\n'), 'missing-depositary'), []);
  });

  it('near miss: still asks a draft whose consent is by ratification, or that others may join', () => {
    assert.deepEqual(codes(mekong('  consent by signature, ratification\n  effect after last ratification\n'), 'missing-depositary').map((d) => d.severity), ['warning']);
    const joinable = mekong('  consent by signature\n  effect after last signature\n', 'clause Art8 "Article 8" """\n  Any other Government of the region may accede to this Agreement.\n"""\n');
    assert.deepEqual(codes(joinable, 'missing-depositary').map((d) => d.severity), ['warning']);
  });

  it('on a concluded text that does deposit, a note under every profile that states the law without a depositary and offers no fix', () => {
    const signed = mekong('  done at "Bangkok" on 1990-05-04\n  consent by signature, ratification\n  effect after last ratification\n');
    for (const profile of ['default', 'strict', 'treaty-review']) {
      const [finding] = codes(signed, 'missing-depositary', { settings: { profile } });
      assert.equal(finding?.severity, 'info', profile);
      assert.match(finding!.message, /names no depositary/);
      assert.match(finding!.message, /Arts\. 16\(a\), \(c\), 78\(a\)/);
      assert.match(finding!.message, /The text is concluded \([^)]*\): nothing in it is to be changed\./);
      assert.doesNotMatch(finding!.message, /^Designate/);
      assert.deepEqual(finding!.fixes, []);
    }
  });
});

const mandate = 'The Mekong Committee, created to act on behalf of the four Governments, shall determine, in consultation with the Government of the Kingdom of the Netherlands, and in accordance with the provisions contained in the following articles, how the sum shall be used.';
const withBody = (art1: string) =>
  mekong(
    '  consent by signature\n  effect after last signature\n',
    `body MekongCommittee "Mekong Committee" members KH, LA, TH, VN\nclause Art1 "Article 1" about costs """\n  The Government of the Kingdom of the Netherlands shall put at the disposal of the four Governments together a sum totalling f 500,000 (five hundred thousand guilders). ${art1}\n"""\n`,
  );

describe('rf116 D2: missing-body-costs on a body the text describes as created already (r116 defect 2)', () => {
  it('is silent on "The Mekong Committee, created to act on behalf of the four Governments, shall determine …" (Art. 1)', () => {
    assert.deepEqual(codes(withBody(mandate), 'missing-body-costs'), []);
    assert.deepEqual(codes(withBody(mandate), 'missing-costs'), []);
  });

  it('near miss: still raised where the appositive points at this instrument or its Parties, or the body is only named', () => {
    for (const words of [
      'The Mekong Committee, established under Article 5, shall determine how the sum shall be used.',
      'The Mekong Committee, set up by the Parties, shall determine how the sum shall be used.',
      'The Mekong Committee shall determine how the sum shall be used.',
    ]) {
      assert.equal(codes(withBody(words), 'missing-body-costs').length, 1, words);
    }
  });
});

const oilStocks = (implementsWhat: string) =>
  `treaty "Agreement between the Kingdom of the Netherlands and the Kingdom of Denmark on the reciprocal holding of stocks of crude oil and/or petroleum products" {\n  status binding\n  consent by signature\n  effect on signature\n  implements ${implementsWhat}\n}\nparty NL "The Kingdom of the Netherlands" { kind state jurisdiction NL }\nparty DK "The Kingdom of Denmark" { kind state jurisdiction DK }\n`;

describe('rf116 D5: an Union act implemented lends no final clauses (r118 defect 1)', () => {
  const directive = '"Council Directive 68/414/EEC of 20 December 1968 imposing obligations on Member States of the European Economic Community to maintain minimum stocks of crude oil and/or petroleum products, as amended by Council Directive 98/93/EC of 14 December 1998" article 6';

  it('asks for termination as without `implements` where the implemented instrument is a Directive', () => {
    const found = diagnose(oilStocks(directive));
    const without = diagnose(oilStocks(directive).replace(/\n  implements [^\n]*/u, ''));
    const finalClauses = (list: typeof found) => list.filter((d) => /^missing-(?:termination|duration|amendment|dispute-settlement)$/u.test(d.code)).map((d) => `${d.code}:${d.severity}`);
    assert.deepEqual(found.filter((d) => d.code === 'implementing-arrangement-final-clauses'), []);
    assert.ok(finalClauses(found).includes('missing-termination:error'));
    assert.deepEqual(finalClauses(found), finalClauses(without));
    for (const act of ['"Regulation (EU) 2016/679 of the European Parliament and of the Council"', '"Commission Implementing Decision (EU) 2021/1772"']) {
      assert.equal(codes(oilStocks(act), 'missing-termination').length, 1, act);
    }
  });

  it('near miss: a treaty implemented still lends its final clauses', () => {
    const found = diagnose(oilStocks('"Agreement between the Kingdom of the Netherlands and the Kingdom of Denmark of 1955"'));
    assert.equal(found.filter((d) => d.code === 'implementing-arrangement-final-clauses').length, 1);
    assert.deepEqual(found.filter((d) => d.code === 'missing-termination'), []);
  });
});

const isnar = (words: string) =>
  `treaty "Agreement between the Kingdom of the Netherlands and the International Service for National Agricultural Research" {\n  status binding\n}\nparty NL "The Kingdom of the Netherlands" { kind state jurisdiction NL }\nparty ISNAR "ISNAR" { kind international-organisation }\nclause Art6 "Article 6" """\n  1. ISNAR, its assets, income and other property shall be exempt from all direct taxes. ${words}\n"""\n`;

describe('rf116 D6: treaty-mou-wording after "It is understood, however, that" (r118 defect 2)', () => {
  it('leaves the will of a recorded understanding alone (NL–ISNAR 1980, Art. 6(1))', () => {
    const words = 'It is understood, however, that ISNAR will not claim exemption from taxes which are, in fact, no more than charges for public utility services.';
    assert.deepEqual(codes(isnar(words), 'treaty-mou-wording'), []);
  });

  it('near miss: the same will as a signatory\'s operative verb is still noted', () => {
    assert.equal(codes(isnar('ISNAR will not claim exemption from taxes which are, in fact, no more than charges for public utility services.'), 'treaty-mou-wording').length, 1);
    assert.equal(codes(isnar('It is understood, however. ISNAR will not claim exemption from taxes.'), 'treaty-mou-wording').length, 1);
  });
});

const gibraltar = (date: string) =>
  `treaty "Agreement between the Kingdom of the Netherlands and Gibraltar for the exchange of information with respect to taxes" {\n  status binding\n  done at "London" on ${date} in duplicate\n  effect on first day of second month after last notification\n  duration indefinite\n  termination with notice of 6 months\n}\nparty NL "The Government of the Kingdom of the Netherlands" {\n  kind government\n  jurisdiction NL\n  regimes GDPR\n}\nparty GI "The Government of Gibraltar" {\n  kind government\n  jurisdiction GI\n}\nchannel Exchange between NL, GI {\n  carries personal-data\n}\n`;

describe('rf116 D4–D5: Gibraltar was inside the Union while the United Kingdom was a Member State (r116 defects 4–5)', () => {
  it('names Gibraltar as bound by Union law on a treaty of 2010, beside the Netherlands', () => {
    const [relation] = codes(gibraltar('2010-04-23'), 'missing-relation-to-other-obligations');
    assert.match(relation!.message, /NL acts for or in its State, an EU Member State bound by Union law; GI acts for Gibraltar, a European territory for whose external relations GB, a Member State of the European Union when this treaty was signed \(2010-04-23\), was responsible/);
    assert.match(relation!.message, /TFEU Art\. 355\(3\)/);
  });

  it('never calls the 2010 treaty one "with a third country", and says when Gibraltar left the Union', () => {
    const found = diagnose(gibraltar('2010-04-23'));
    const union = found.find((d) => d.code === 'missing-union-law-clause');
    const transfer = found.find((d) => d.code === 'possible-transfer-without-safeguards');
    assert.ok(union && transfer);
    assert.doesNotMatch(union.message, /with a third country/);
    assert.match(union.message, /GI \(Gibraltar, to which the Treaties applied while GB was a Member State, TFEU Art\. 355\(3\), and outside the Union since GB withdrew on 31 January 2020/);
    assert.match(transfer.message, /outside the Union since GB withdrew on 31 January 2020/);
  });

  it('near miss: after the withdrawal only the Netherlands is named as bound, and the transfer still needs its Chapter V basis', () => {
    const found = diagnose(gibraltar('2024-04-23'));
    const relation = found.find((d) => d.code === 'missing-relation-to-other-obligations');
    assert.doesNotMatch(relation!.message, /GI acts for Gibraltar/);
    assert.equal(found.filter((d) => d.code === 'possible-transfer-without-safeguards').length, 1);
  });
});
