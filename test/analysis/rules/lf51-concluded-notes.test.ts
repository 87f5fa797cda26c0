/**
 * lf51, treaty lawyer lr29 defect D9: three findings on concluded texts where the law fills the
 * silence or nothing is wrong with the text are notes there, each saying why; on a draft they stay.
 *
 * - missing-language-clause: NL–US education exchange 1972 (BWBV0003425), an English and a Dutch
 *   text each with its own signed final formula — authenticated by signature, equally authoritative
 *   unless the treaty says otherwise (VCLT Arts. 10(b), 33(1), read: BWBV0003441).
 * - missing-central-authority: CPPNM 1980 Art. 13(1)–(2) (read: BWBV0003800), "The law of the State
 *   requested shall apply in all cases", other MLA treaties unaffected.
 * - undefined-term: "Chain of Custody", NL–SCSL archives notes 2010 (read: BWBV0004843), Art. 2.
 */
import assert from 'node:assert/strict';
import { repoText } from '../../helpers/fix-review';
import { diagnose } from '../../helpers/fixture';

const codes = (text: string, code: string) => diagnose(text).filter((d) => d.code === code);
const info = 'info';
const warning = 'warning';

describe('lf51 D9: missing-language-clause on a concluded treaty states VCLT Arts. 10(b), 33(1) at info', () => {
  const treaty = (done: string) => `treaty "Agreement for the financing of certain education exchange programs" {\n  status binding\n  languages English, Dutch\n  ${done}\n}\n`;
  it('the real file: a note citing Arts. 10(b) and 33(1)', () => {
    const found = codes(repoText('test/real-instruments/nl-us-education-exchange-1972.entente'), 'missing-language-clause');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, info);
    assert.match(found[0].message, /equally authoritative/);
    assert.match(found[0].message, /Arts\. 10\(b\), 33\(1\)–\(2\)/);
  });

  it('the real words: a signed treaty in English and Dutch without `authentic` is a note', () => {
    const found = codes(treaty('done at "The Hague" on 1972-10-16'), 'missing-language-clause');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, info);
  });

  it('near miss: the same treaty as a draft keeps the warning and the request for `authentic`', () => {
    const found = codes(treaty('effect on signature'), 'missing-language-clause');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, warning);
    assert.match(found[0].message, /add `authentic` after the list/);
  });

  it('near miss: a signed memorandum (no rule of law behind it) keeps the warning', () => {
    const mou = 'memorandum "MoU on education" {\n  status non-binding\n  languages English, Dutch\n  done at "The Hague" on 1972-10-16\n}\n';
    const found = codes(mou, 'missing-language-clause');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, warning);
  });
});

describe('lf51 D9: missing-central-authority on a concluded text that names neither treaty nor authority is a note', () => {
  const text = (done: string) =>
    `treaty "Convention on the Physical Protection of Nuclear Material" {\n  status binding\n  ${done}\n}\nparty A "State A" { kind state\n jurisdiction NL }\nparty B "State B" { kind state\n jurisdiction BE }\nassistance {\n  basis mutual-legal-assistance\n}\nclause Art13 "Article 13" about mutual-assistance, other-obligations """\n  1. States Parties shall afford one another the greatest measure of assistance in connection with criminal proceedings brought in respect of the offences set forth in article 7, including the supply of evidence at their disposal necessary for the proceedings. The law of the State requested shall apply in all cases.\n"""\n`;
  it('the real file: info, leaving the channel to the parties\' law and other treaties', () => {
    const found = codes(repoText('test/real-instruments/iaea-physical-protection-nuclear-material-1980.entente'), 'missing-central-authority');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, info);
    assert.match(found[0].message, /leaves where requests go to the parties' law/);
  });

  it('the real words, signed: info; as a draft (near miss): the warning that asks for a central authority', () => {
    const signed = codes(text('done at "Vienna" on 1980-03-03'), 'missing-central-authority');
    assert.equal(signed.length, 1);
    assert.equal(signed[0].severity, info);
    const draft = codes(text('effect on signature'), 'missing-central-authority');
    assert.equal(draft.length, 1);
    assert.equal(draft[0].severity, warning);
    assert.match(draft[0].message, /designate a central authority/);
  });
});

describe('lf51 D9: undefined-term on a concluded text is a note (ordinary meaning)', () => {
  const text = (done: string) =>
    `treaty "Agreement on the archives" {\n  status binding\n  ${done}\n}\nclause Art2 "Article 2" """\n  During the Transportation and Storage of the Special Court’s archives, the Special Court shall at all times retain exclusive ownership of the archives and remain exclusively responsible for the “Chain of Custody” of the archives.\n"""\n`;
  it('the real file: "Chain of Custody" at info', () => {
    const found = codes(repoText('test/real-instruments/nl-scsl-archives-notes-2010.entente'), 'undefined-term');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, info);
    assert.match(found[0].message, /ordinary meaning/);
  });

  it('the real words signed: info; in a draft (near miss): a warning asking for a definition', () => {
    const signed = codes(text('done at "The Hague" on 2010-12-14'), 'undefined-term');
    assert.equal(signed.length, 1);
    assert.equal(signed[0].severity, info);
    const draft = codes(text('effect on signature'), 'undefined-term');
    assert.equal(draft.length, 1);
    assert.equal(draft[0].severity, warning);
    assert.match(draft[0].message, /add `define "Chain of Custody" means/);
  });
});
