/**
 * The thirty-third real-instrument run (test/real-instruments/THIRTY-THIRD-RUN.md), from the two
 * texts it transcribed: the NL–CTA seat Agreement 1984 (BWBV0002170) and the FCTC illicit-trade
 * Protocol 2012 (BWBV0006383); and the thirty-second run's item 2 (THIRTY-SECOND-RUN.md), from the
 * UN Convention against Corruption 2003 (BWBV0001830).
 *
 * Item 1: "Premises of the Centre" beside "Centre" is a sentence-case term (its other capital is
 * the defined name's), used as "the premises of the Centre" (Art. 3). Item 3: the Centre alone
 * issues the identity cards, and the text names the Ministry that authenticates them (Art.
 * 13(2)). Points 2–3: every unused-term finding of a concluded text says so; a definition ("“…”
 * means machinery … to be used solely for …") is not the text's rule on the use of information.
 * Thirty-second run, item 2: the `under` words of `assistance` settle the relation to mutual legal
 * assistance treaties (UNCAC Art. 46(6)–(7)); the note names what is left.
 */
import assert from 'node:assert/strict';
import { draftOf, findingsOf, wholeText } from '../helpers/fix-review';

const cta = wholeText('test/real-instruments/nl-cta-headquarters-agreement-1984.entente');
const fctc = wholeText('test/real-instruments/who-fctc-illicit-tobacco-trade-protocol-2012.entente');
const uncac = wholeText('test/real-instruments/un-convention-against-corruption-2003.entente');

const unusedTerms = (text: string) => findingsOf(text, 'unused-term').map((d) => d.message);
const isUnused = (text: string, term: string) => unusedTerms(text).some((m) => m.startsWith(`"${term}"`));

/** A seat agreement with the terms `defines` (`"X" means "…"` lines) and one article saying `words`. */
const seat = (defines: string[], words: string) =>
  'treaty "Agreement between the Kingdom of the Netherlands and the Technical Centre" {\n  status binding\n}\n' +
  'party NL "The Government of the Kingdom of the Netherlands" { kind state jurisdiction NL }\n' +
  'party CTA "The Technical Centre for Agricultural and Rural Co-operation" { kind international-organisation jurisdiction INT }\n' +
  defines.map((d) => `define ${d}\n`).join('') +
  `clause Art3 "Article 3" """\n  ${words}\n"""\n`;

const centre = '"Centre" means "the Technical Centre for Agricultural and Rural Co-operation"';
const premises = '"Premises of the Centre" means "the buildings and the land ancillary thereto used for the official purpose of the Centre"';
const art3 = 'The premises of the Centre shall be inviolable. The Centre shall enjoy the most extensive legal capacity.';

describe('thirty-third real-instrument run, item 1: a sentence-case term holding another defined term', () => {
  it('does not call "Premises of the Centre" unused in the CTA Agreement (Art. 3: "The premises of the Centre shall be inviolable")', () => {
    assert.ok(!isUnused(cta, 'Premises of the Centre'));
    assert.equal(findingsOf(cta, 'term-used-in-lower-case').length, 0);
  });

  it('reads "the premises of the Centre" as a use where "Centre" is defined', () => {
    assert.ok(!isUnused(seat([centre, premises], art3), 'Premises of the Centre'));
  });

  it('near miss: where "Centre" is no defined term, the capital may be the term\'s, and the lower-case form is not counted', () => {
    assert.ok(isUnused(seat([premises], art3), 'Premises of the Centre'));
  });

  it('near miss: a defined term that is the head of the term keeps it in Title Case ("Sending Party" beside "Party")', () => {
    const text = seat(['"Party" means "a Party to this Agreement"', '"Sending Party" means "the Party that sends"'], 'The sending Party shall inform the other Party.');
    assert.ok(isUnused(text, 'Sending Party'));
  });

  it('near miss: the term itself never written stays unused', () => {
    assert.ok(isUnused(seat([centre, premises], 'The Centre shall enjoy the most extensive legal capacity.'), 'Premises of the Centre'));
  });
});

describe('thirty-third real-instrument run, item 2 and point 2: "its official activities"; one wording for a concluded text', () => {
  // After rt33 the lead read the possessive as a use (term-forms.ts): a wrong "never used" is
  // reported to the drafter (an error under `strict`), a missed one only leaves a definition.
  it('does not call "Official activities of the Centre" unused: the text writes "its official activities" (Arts. 5(1), 6(1), 6(2), 7)', () => {
    assert.ok(!isUnused(cta, 'Official activities of the Centre'));
  });

  const official = '"Official activities of the Centre" means "the Centre\'s activities pursuant to the Convention"';
  it('reads "its official activities" and "the Centre’s official activities" as uses', () => {
    assert.ok(!isUnused(seat([centre, official], 'Within the scope of its official activities, the Centre shall be exempt.'), 'Official activities of the Centre'));
    assert.ok(!isUnused(seat([centre, official], 'The Centre’s official activities shall be exempt.'), 'Official activities of the Centre'));
  });

  it('near miss: "activities" alone, or "its other activities", is no use', () => {
    assert.ok(isUnused(seat([centre, official], 'The Centre shall report on its activities and on its other activities.'), 'Official activities of the Centre'));
  });

  it('still says the text is concluded on the unused-term findings of the CTA Agreement', () => {
    const ctaUnused = findingsOf(cta.replace(/its official activities/g, 'its activities'), 'unused-term').map((d) => d.message);
    const [message] = ctaUnused.filter((m) => m.startsWith('"Official activities of the Centre"'));
    assert.match(message, /The text is concluded \(the signature date is 1984-08-07\)/);
  });

  it('says the FCTC Protocol is concluded on every unused-term finding, with or without a deletion withheld', () => {
    const messages = unusedTerms(fctc);
    assert.deepEqual(
      messages.map((m) => /^"([^"]+)"/.exec(m)![1]),
      ['Confiscation', 'Controlled delivery', 'Licence', 'Any part thereof'],
    );
    for (const m of messages) assert.match(m, /The text is concluded \(it was opened for signature on 2013-01-10\)/, m);
  });

  it('near miss: the same Protocol as a draft says nothing of a conclusion', () => {
    for (const m of unusedTerms(draftOf(fctc))) assert.doesNotMatch(m, /concluded/, m);
  });
});

describe('thirty-third real-instrument run, item 3: an organisation sending alone to a desk the text names', () => {
  const contactGaps = (text: string) => findingsOf(text, 'missing-points-of-contact').map((d) => d.message);

  it('does not ask the Centre for a contact on the identity cards (Art. 13(2): "authenticated by the Ministry of Foreign Affairs")', () => {
    const gaps = contactGaps(cta);
    assert.ok(!gaps.some((m) => m.includes('IdentityCards')), gaps.join('\n'));
  });

  it('near miss: still asks on the staff reporting, whose receiving desk the text does not name (Art. 16(2): "to the Government")', () => {
    assert.ok(contactGaps(cta).some((m) => m.includes('for CTA on channel StaffReporting')));
  });

  const cards = (sender: string, kind: string, from: string) =>
    'treaty "Agreement" {\n  status binding\n}\n' +
    'party NL "The Government of the Kingdom of the Netherlands" {\n  kind state\n  jurisdiction NL\n  contact MFA "Ministry of Foreign Affairs of the Kingdom of the Netherlands"\n}\n' +
    `party ${sender} "The sender" { kind ${kind} jurisdiction ${kind === 'state' ? 'BE' : 'INT'} }\n` +
    `channel IdentityCards between ${sender}, NL {\n${from}  carries personal-data, "a personal identity card issued by the Centre stating names, date and place of birth, nationality"\n  contacts NL.MFA\n}\n`;

  it('is silent for an organisation that alone sends to the named Ministry', () => {
    assert.equal(contactGaps(cards('CTA', 'international-organisation', '  from CTA\n')).length, 0);
  });

  it('near miss: a State sending to the named Ministry is still asked for its contact', () => {
    assert.equal(contactGaps(cards('BE', 'state', '  from BE\n')).length, 1);
  });

  it('near miss: an organisation on a channel both ways is still asked for its contact', () => {
    assert.equal(contactGaps(cards('CTA', 'international-organisation', '')).length, 1);
  });
});

describe('thirty-third real-instrument run, point 3: a definition is not the text\'s rule on the use of information', () => {
  /** Probe fb: the Protocol without the purpose-limitation topics of Arts. 21 and 29. */
  const untagged = fctc
    .replace('clause Art21 "Article 21 — Enforcement information sharing" about purpose-limitation for EnforcementInformation', 'clause Art21 "Article 21 — Enforcement information sharing"')
    .replace('about mutual-assistance, central-authority about purpose-limitation, points-of-contact for LegalAssistance', 'about mutual-assistance, central-authority about points-of-contact for LegalAssistance');
  const purposeGaps = (text: string) => findingsOf(text, 'missing-purpose-limitation').map((d) => d.message);

  it('names Art. 21(2) ("shall be used exclusively to meet the objectives of this Protocol"), not Art. 1 ("Use of terms")', () => {
    assert.notEqual(untagged, fctc);
    const gaps = purposeGaps(untagged);
    assert.ok(gaps.some((m) => m.startsWith('Channel LawEnforcementInformation')), gaps.join('\n'));
    for (const m of gaps) {
      assert.match(m, /its own rule on the use of information \(clause Art21\)/, m);
      assert.doesNotMatch(m, /clause Art1\b/, m);
    }
  });

  const exchange = (clauses: string) =>
    'treaty "Protocol" {\n  status binding\n}\n' +
    'party A "State A" { kind state jurisdiction NO }\nparty B "State B" { kind state jurisdiction CH }\n' +
    'channel Enforcement between A, B {\n  carries personal-data\n}\n' +
    clauses;
  const definitions = 'clause Art1 "Article 1 — Use of terms" """\n  a) “Manufacturing equipment” means machinery which is designed, or adapted, to be used solely for the manufacture of tobacco products.\n"""\n';
  const art21 = 'clause Art21 "Article 21" """\n  2. Information received from Parties under this Article shall be used exclusively to meet the objectives of this Protocol.\n"""\n';

  it('does not take a definitions article for a use rule', () => {
    const [message] = purposeGaps(exchange(definitions));
    assert.doesNotMatch(message, /own rule on the use of information/);
  });

  it('near miss: a definition outside a definitions article is not one either', () => {
    const [message] = purposeGaps(exchange(definitions.replace('Article 1 — Use of terms', 'Article 1')));
    assert.doesNotMatch(message, /own rule on the use of information/);
  });

  it('near miss: the use rule of Art. 21(2) is named', () => {
    const [message] = purposeGaps(exchange(definitions + art21));
    assert.match(message, /own rule on the use of information \(clause Art21\)/);
  });
});

describe('thirty-second real-instrument run, item 2: the relation to mutual legal assistance treaties is the one the text settles', () => {
  it('no longer gives "a mutual legal assistance treaty applies beside it" as the reason, and names what is left', () => {
    const [note] = findingsOf(uncac, 'missing-relation-to-other-obligations');
    assert.doesNotMatch(note.message, /applies beside it/);
    assert.match(note.message, /its own words settle its relation to mutual legal assistance treaties, not that of the rest of the cooperation it provides for/);
  });

  const mla = (channel: string) =>
    'treaty "Convention" {\n  status binding\n}\n' +
    'party A "State A" { kind state jurisdiction NO }\nparty B "State B" { kind state jurisdiction CH }\n' +
    'assistance {\n  basis mutual-legal-assistance\n  under "any other treaty, bilateral or multilateral, that governs or will govern, in whole or in part, mutual legal assistance"\n}\n' +
    channel;

  it('near miss: with no cooperation beyond the requests, nothing is left to relate and no note is given', () => {
    assert.equal(findingsOf(mla(''), 'missing-relation-to-other-obligations').length, 0);
  });

  it('near miss: with a police channel beside the requests, the note stays', () => {
    assert.equal(findingsOf(mla('channel LawEnforcement between A, B {\n  carries personal-data\n}\n'), 'missing-relation-to-other-obligations').length, 1);
  });
});

describe('thirty-third real-instrument run, point 7: registration of a treaty in force on signature', () => {
  it('does not say "once in force" of the CTA Agreement, in force on signature in 1984 (Art. 22(1))', () => {
    const [note] = findingsOf(cta, 'missing-registration');
    assert.match(note.message, /is to be registered with the UN Secretariat \(it entered into force on signature\)/);
    assert.doesNotMatch(note.message, /once in force/);
  });

  it('near miss: the same Agreement as a draft will be registered once in force', () => {
    const [note] = findingsOf(draftOf(cta), 'missing-registration');
    assert.match(note.message, /will be registered with the UN Secretariat once in force/);
  });
});
