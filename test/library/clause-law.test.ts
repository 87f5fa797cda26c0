/**
 * The law in the built-in clauses (legal review §2.1–2.2, issue 9): each test pins one
 * correction so that the mistake cannot come back, and each can fail on the old text. The
 * texts are judged as the drafter receives them: rendered, placeholders at their defaults.
 */
import assert from 'node:assert/strict';
import { builtInLayer, builtInLibrary } from '../../server/src/language/library/builtin-library';
import type { LibraryClause } from '../../server/src/language/library/library-types';
import { renderClause } from '../../server/src/language/library/render-clause';

const clauses = builtInLayer().clauses;
const library = builtInLibrary();
const rendered = (c: LibraryClause) => renderClause(c, undefined, { snippet: false });
const clause = (id: string) => {
  const found = library.get(id);
  assert.ok(found, `no built-in clause ${id}`);
  return found;
};
const mouClauses = clauses.filter((c) => c.wording === 'mou');
const treatyClauses = clauses.filter((c) => c.wording === 'treaty');

describe('built-in clauses: MoU clauses claim no legal effect', () => {
  /** A default allocation of property ("held jointly", "will be owned by") in a non-binding text. */
  const allocatesProperty = /\b(?:held|owned)\s+jointly\b|\b(?:will|shall)\s+be\s+(?:held|owned)\b|\bwill\s+(?:belong|vest)\b|\bremain(?:s)?\s+with\s+the\s+(?:providing|transferring)/i;

  it('no MoU clause allocates property rights (intellectual property goes to a binding arrangement or contract)', () => {
    assert.deepEqual(mouClauses.filter((c) => allocatesProperty.test(rendered(c))).map((c) => c.id), []);
    assert.match(rendered(clause('intellectual-property/mou')), /separate legally binding arrangement or contract/);
    // The check recognises the old default allocation.
    assert.ok(allocatesProperty.test('In the absence of such a decision, intellectual property generated jointly will be held jointly.'));
  });

  it('no MoU clause confers privileges or immunities; secondment clauses settle the status of personnel', () => {
    const confers = /\b(?:will|shall)\s+(?:enjoy|be\s+accorded|have)\b[^.]*\b(?:privileges|immunit)/i;
    assert.deepEqual(mouClauses.filter((c) => confers.test(rendered(c))).map((c) => c.id), []);
    const mou = rendered(clause('capacity-building/mou'));
    assert.match(mou, /confers no privileges or immunities/);
    assert.match(mou, /status of forces \(such as the NATO SOFA or the PfP SOFA\)/);
    const treaty = rendered(clause('capacity-building/treaty'));
    assert.match(treaty, /status of personnel of a sending Party[^.]*shall be governed by the Agreement between the Parties to the North Atlantic Treaty regarding the Status of their Forces/);
    assert.match(treaty, /privileges and immunities as the Parties concerned agree in writing/);
  });

  it('an MoU restates no classification equivalence table unless it is the implementing arrangement of the security instrument', () => {
    const table = /\[TOP SECRET\]|\[SECRET\]|\[CONFIDENTIAL\]|\[RESTRICTED\]/;
    const withTable = mouClauses.filter((c) => table.test(rendered(c))).map((c) => c.id);
    assert.deepEqual(withTable, ['classification-equivalence/mou-implementing']);
    assert.match(rendered(clause('classification-equivalence/mou-implementing')), /^1\. In implementation of /);
    const byReference = rendered(clause('classification-equivalence/mou'));
    assert.match(byReference, /is that set out in the instrument on the mutual protection of classified information in force/);
    assert.match(byReference, /does not itself establish any equivalence/);
  });

  it('central authorities and Budapest 24/7 points are designated by States, never by the MoU Participants', () => {
    const participantDesignates = /\bParticipant\s+will\s+designate\s+(?:a|its)\s+central\s+authority|designated\s+by\s+each\s+Participant/i;
    assert.deepEqual(mouClauses.filter((c) => participantDesignates.test(rendered(c))).map((c) => c.id), []);
    assert.match(rendered(clause('central-authority/mou')), /designated by the State of each Participant under the applicable treaties/);
    assert.match(rendered(clause('contact-24-7/mou')), /distinct from the 24\/7 points of contact that States designate for criminal investigations/);
    assert.ok(participantDesignates.test('through the central authority designated by each Participant for that purpose'));
  });
});

describe('built-in clauses: statutes bind whom they bind', () => {
  it('no rationale says NIS2 (or any statute) holds the Participants or Parties to its deadlines', () => {
    const claim = /held to a looser rule than its statute|(?:binds?|bound\s+by)\s+(?:the\s+)?(?:Participants?|Part(?:y|ies))\b/i;
    assert.deepEqual(clauses.filter((c) => claim.test(c.rationale)).map((c) => c.id), []);
    for (const id of ['incident-notification/mou', 'incident-notification/treaty', 'incident-notification/treaty-multilateral']) {
      const c = clause(id);
      assert.match(c.rationale, /NIS2 does not govern notifications between|not States towards each other|as a model only/, id);
      assert.match(c.source, /used as a model/, id);
      assert.match(rendered(c), /does not affect any duty|without prejudice to the obligations/, id);
    }
    assert.ok(claim.test('the default deadlines follow NIS2 Art. 23(4) so no Participant is held to a looser rule than its statute'));
  });

  it('"cyber incident" is defined in the words of NIS2 Art. 6(6), authenticity included', () => {
    // research/sources/nis2-2022-2555.md, Art. 6(6), verbatim from the EUR-Lex consolidated text.
    const nis2 = 'an event compromising the availability, authenticity, integrity or confidentiality of stored, transmitted or processed data or of the services offered by, or accessible via, network and information systems';
    const defining = clauses.filter((c) => /"cyber incident" means/.test(c.text));
    assert.deepEqual(defining.map((c) => c.id).sort(), ['definitions/mou', 'definitions/treaty']);
    for (const c of defining) assert.ok(c.text.includes(`"cyber incident" means ${nis2};`), c.id);
  });

  it('Convention 108 is cited as in force and its amending Protocol only once in force', () => {
    for (const c of clauses) assert.ok(!/108\+/.test(c.text) && !/Convention 108\+/.test(c.source), `${c.id} cites Convention 108+ as a standard`);
    const text = rendered(clause('data-protection/treaty'));
    assert.match(text, /\(ETS No\. 108\) and, once it has entered into force for them, the Protocol amending that Convention \(CETS No\. 223\)/);
  });

  it('dual-use export control is EU law for EU Member States, with end-use assurances and licence conditions', () => {
    for (const id of ['technology-transfer/mou', 'technology-transfer/treaty']) {
      const text = rendered(clause(id));
      assert.match(text, /Regulation \(EU\) 2021\/821/, id);
      assert.match(text, /cyber-surveillance items/, id);
      assert.match(text, /end-user and (?:the )?end use/, id);
      assert.match(text, /internal repression/, id);
      assert.match(text, /conditions of any export authorisation/, id);
      assert.match(text, /not an export authorisation|shall constitute an export authorisation/, id);
    }
  });

  it('evidence powers of Budapest Art. 35 appear only with the Art. 15 conditions and safeguards', () => {
    const evidence = /locating of suspects|collection of evidence, the provision of legal information/;
    const withEvidence = clauses.filter((c) => evidence.test(c.text));
    assert.deepEqual(withEvidence.map((c) => c.id), ['contact-24-7/treaty-criminal-justice']);
    for (const c of withEvidence) {
      assert.match(c.text, /principle of proportionality/);
      assert.match(c.text, /judicial or other independent supervision/);
    }
    const csirt = rendered(clause('contact-24-7/treaty'));
    assert.match(csirt, /does not provide for assistance in the investigation or prosecution of criminal offences or in the collection of evidence/);
  });
});

describe('built-in clauses: treaty law cited right', () => {
  it('no clause cites VCLT Art. 13 for consent or entry into force by notification', () => {
    const citesArt13 = /VCLT Arts?\.\s*(?:[\d()a-z–]+,\s*)*(?:\d+\s+and\s+)?13\b/;
    assert.deepEqual(clauses.filter((c) => citesArt13.test(c.source)).map((c) => c.id), []);
    for (const id of ['entry-into-force/treaty', 'consent/treaty']) {
      const c = clause(id);
      assert.match(c.source, /VCLT Arts\. 11, 16\(c\) and 24\(1\)/, id);
      assert.match(c.rationale, /Art\. 13 is not the authority/, id);
    }
    assert.ok(citesArt13.test('VCLT Arts. 11 and 13; UN Treaty Handbook (2012) 3.3'));
    assert.ok(citesArt13.test('VCLT Arts. 13 and 24'));
  });

  it('a treaty clause in bilateral words ("either Party", "the other Party", "in duplicate") is tagged bilateral', () => {
    const bilateralWords = /\beither\s+\{\{party\}\}|\bthe\s+other\s+\{\{party\}\}|\bin duplicate\b/;
    const untagged = treatyClauses.filter((c) => c.scope !== 'bilateral' && bilateralWords.test(c.text)).map((c) => c.id);
    assert.deepEqual(untagged, []);
    for (const id of ['purpose/treaty', 'incident-notification/treaty', 'governance/treaty', 'central-authority/treaty']) {
      assert.equal(clause(id).scope, 'bilateral', id);
      const variant = clause(`${id}-multilateral`);
      assert.equal(variant.scope, 'multilateral', `${id}-multilateral`);
      assert.ok(!bilateralWords.test(variant.text), `${id}-multilateral`);
    }
  });

  it('a multilateral treaty gets the multilateral variant of each topic first', () => {
    const fit = { kind: 'treaty' as const, multilateral: true };
    for (const topic of ['purpose', 'incident-notification', 'governance', 'central-authority'] as const) {
      assert.equal(library.forTopic(topic, 'treaty', fit)[0].id, `${topic}/treaty-multilateral`);
      assert.equal(library.forTopic(topic, 'treaty', { kind: 'treaty', multilateral: false })[0].id, `${topic}/treaty`);
    }
    assert.notEqual(library.forTopic('disputes', 'treaty', fit)[0].scope, 'bilateral');
  });

  it('the depositary and the circle of signatories are placeholders to fill, not the UN Secretary-General and "all States"', () => {
    const universal = /Secretary-General of the United Nations|^all States$/;
    const defaults = clauses.flatMap((c) => c.placeholders.filter((p) => p.default && universal.test(p.default)).map((p) => `${c.id}: ${p.name}`));
    assert.deepEqual(defaults, []);
    assert.match(rendered(clause('depositary/treaty')), /^1\. The \[depositary: a State, an international organisation or the chief administrative officer/);
    assert.match(rendered(clause('consent/treaty-ratification')), /open for signature by \[the States entitled to sign\] from \[date\]/);
  });

  it('the multilateral amendment clause says which model it is, and text and rationale agree', () => {
    const c = clause('amendment/treaty-multilateral');
    assert.match(c.text, /after all \{\{Parties\}\} have informed the Depositary of its acceptance/);
    assert.match(c.rationale, /unanimity model/);
    assert.doesNotMatch(c.rationale, /binds only (?:the )?Parties that accepted/);
  });

  it('a multilateral dispute clause that provides for arbitration states the procedure', () => {
    for (const c of clauses.filter((x) => x.topics.includes('disputes') && /\barbitra/.test(x.text))) {
      assert.match(c.text, /three members/, c.id);
      assert.match(c.text, /President of the International Court of Justice/, c.id);
      assert.match(c.text, /final and binding/, c.id);
    }
    assert.equal(clause('disputes/treaty-multilateral').scope, 'multilateral');
  });
});

describe('built-in clauses: transfer safeguards complete per EDPB Guidelines 2/2020', () => {
  /** Each element of EDPB 2/2020 a DPO looks for, and the words that state it. */
  const elements: readonly [string, RegExp][] = [
    ['purpose limitation (¶15–17)', /Purpose limitation\. The receiving (?:Participant|Party) (?:will|shall) process the personal data only for/],
    ['further use only if compatible and notified (¶17)', /compatible with the original/],
    ['data minimisation', /adequate, relevant and limited to what is necessary/],
    ['accuracy', /accurate and up to date/],
    ['storage limitation', /Storage limitation\.[^.]*no longer than necessary[^.]*no longer than \[maximum retention period\]/],
    ['security and confidentiality', /technical and organisational measures/],
    ['breach notification', /personal data breach/],
    ['special categories of data', /racial or ethnic origin[^.]*strictly necessary[^.]*additional safeguards/],
    ['automated decisions (¶36)', /based solely on automated processing/],
    ['onward transfers and sharing (¶38–40)', /prior and express written authorisation[^.]*same (?:data protection )?principles and safeguards/],
    ['transparency: general notice (¶28)', /general (?:information )?notice/],
    ['transparency: publication (¶30)', /publicly available/],
    ['transparency: individual information (¶29)', /Articles 13 and 14 of Regulation \(EU\) 2016\/679/],
    ['access', /access to them/],
    ['rectification, erasure, restriction', /rectif[^.]*erase?[^.]*restrict/],
    ['objection', /object(?:ion)? to their processing/],
    ['restrictions only by law, necessary and proportionate (¶26)', /necessary and proportionate/],
    ['complaint handling (¶46)', /complaints/],
    ['administrative redress before an independent body (¶46)', /\[the independent data protection authority or other independent oversight body/],
    ['judicial remedy with compensation (¶47)', /judicial remedy, including compensation/],
    ['independent oversight (¶51)', /supervised by an independent authority|which acts independently/],
    ['internal review and inquiries (¶52–53)', /review[^.]*periodic|periodic[^.]*review/],
    ['suspension (¶53)', /suspend transfers/],
    ['protection after the end of the instrument', /continue to be protected/],
  ];

  for (const id of ['transfer-safeguards/mou', 'transfer-safeguards/treaty']) {
    it(`${id} states every element`, () => {
      const text = rendered(clause(id));
      const missing = elements.filter(([, pattern]) => !pattern.test(text)).map(([name]) => name);
      assert.deepEqual(missing, []);
    });
  }

  it('the MoU version is an Art. 46(3)(b) arrangement: supervisory-authority authorisation and the ¶68 assurance', () => {
    const text = rendered(clause('transfer-safeguards/mou'));
    assert.match(text, /Article 46\(3\)\(b\) of Regulation \(EU\) 2016\/679, and only after the competent supervisory authority of the transferring Participant has authorised them/);
    assert.match(text, /confirms that the means of access, rectification, erasure, restriction, objection and redress[^.]*are provided by its domestic law and can be used by the data subjects concerned, including persons in the European Economic Area/);
  });

  it('the treaty version is an Art. 46(2)(a) instrument with enforceable rights', () => {
    const text = rendered(clause('transfer-safeguards/treaty'));
    assert.match(text, /within the meaning of Article 46\(2\)\(a\) of Regulation \(EU\) 2016\/679/);
    assert.match(text, /enforceable right to obtain confirmation/);
  });

  it('the element list catches the old, incomplete text', () => {
    const old = 'The receiving Participant will: (a) process the data only for the purposes for which they were transferred; (b) enable data subjects to obtain information on the processing, access to their data, and the rectification or erasure of inaccurate or unlawfully processed data; (c) not transfer the data onward without the prior written authorisation of the transferring Participant; (d) inform the transferring Participant of any personal data breach without undue delay.';
    const missing = elements.filter(([, pattern]) => !pattern.test(old)).map(([name]) => name);
    for (const name of ['storage limitation', 'security and confidentiality', 'special categories of data', 'automated decisions (¶36)', 'transparency: publication (¶30)', 'independent oversight (¶51)']) {
      assert.ok(missing.includes(name), name);
    }
  });
});
