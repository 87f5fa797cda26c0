/**
 * lr17, D2: missing-relation-to-other-obligations cited VCLT Art. 59(1)(a) for the parties' other
 * obligations, and for replacements Art. 59 does not govern. Art. 59(1)(a) (read: BWBV0003441)
 * terminates a treaty where "all the parties to it conclude a later treaty relating to the same
 * subject-matter": it is cited only in the sentence about the replaced agreement, as certain only for
 * a bilateral text; a replacement "as between the Contracting Parties" is Art. 30(4); one of "the
 * provisions of Article 5 of the Agreement" is an amendment (Art. 39). The other obligations stay on
 * Art. 30 and Charter Art. 103.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const relation = (text: string) => diagnose(text).filter((d) => d.code === 'missing-relation-to-other-obligations');
const two = 'treaty "Agreement" { status binding }\nparty EE "Estonia" { kind state jurisdiction EE }\nparty UA "Ukraine" { kind state jurisdiction UA }\n';
const three = 'treaty "Convention" { status binding }\nparty EE "Estonia" { kind state jurisdiction EE }\nparty FI "Finland" { kind state jurisdiction FI }\nparty LV "Latvia" { kind state jurisdiction LV }\n';
const clause = (words: string) => `clause Final "Article 9" """\n  ${words}\n"""\n`;
const message = (text: string) => {
  const [finding, ...rest] = relation(text);
  assert.deepEqual(rest, []);
  return finding.message;
};

describe('lr17, D2: the law of a replacement clause, and Art. 59 only for the replaced agreement', () => {
  it('a replacement "as between the Contracting Parties" of a multilateral convention: Art. 30(4), not termination', () => {
    const m = message(three + clause('Upon its entry into force, this Convention shall replace the Oslo Convention of 1972 as between the Contracting Parties.'));
    assert.match(m, /replaces an earlier agreement as between its own parties only, leaving it in force for that agreement’s other parties[^(]*\("Upon[^"]*"; VCLT Art\. 30\(4\)/u);
    assert.doesNotMatch(m, /59/u);
  });

  it('a replacement of "the provisions of Article 5 of the Agreement" between the two Parties: an amendment (Art. 39), the agreement stays in force', () => {
    const m = message(two + clause('This Agreement shall replace the provisions of Article 5 of the Agreement between Estonia and Ukraine on Police Cooperation signed at Tallinn on 3 March 2005.'));
    assert.match(m, /amends the agreement whose provisions it replaces, which otherwise stays in force \("This Agreement[^"]*"; VCLT Art\. 39,/u);
    assert.doesNotMatch(m, /59|terminated|41/u);
  });

  it('lr18, D7: provisions of an agreement not named as one between these Parties alone: an amendment only if all its parties are parties here, else a modification as between them (Arts. 39, 41)', () => {
    const m = message(two + clause('This Agreement shall replace the provisions of Article 5 of the Agreement on Police Cooperation signed at Tallinn on 3 March 2005.'));
    // lr19, D12: Art. 41's conditions and notice stated as such, not as an unconditional effect.
    assert.match(m, /amends the agreement whose provisions it replaces if all that agreement’s parties are parties to this text; otherwise it modifies it as between them only, where that agreement provides for such a modification, or does not prohibit it and the modification neither affects the other parties’ rights or obligations nor relates to a provision derogation from which is incompatible with its object and purpose, the other parties to be notified; it otherwise stays in force \("This Agreement[^"]*"; VCLT Arts\. 39, 41,/u);
    assert.doesNotMatch(m, /59|terminated/u);
  });

  it('lr18, D7: a bilateral text replacing an agreement named as one with a third State: not terminated as certain', () => {
    const ee = 'treaty "Agreement" { status binding }\nparty EE "the Republic of Estonia" { kind state jurisdiction EE }\nparty FI "the Republic of Finland" { kind state jurisdiction FI }\n';
    const third = message(ee + clause('This Agreement replaces the Agreement between the Republic of Estonia, the Republic of Latvia and the Republic of Finland on Cooperation in Civil Emergencies of 2005.'));
    assert.match(third, /terminated if the two Parties are its only parties, and otherwise stays in force for its other parties/u);
    // Near miss: the same two alone, in the State's style, is terminated as certain.
    const alone = message(ee + clause('This Agreement replaces the Agreement between the Government of the Republic of Estonia and the Government of the Republic of Finland on Cooperation in Civil Emergencies of 2005.'));
    assert.match(alone, /which is terminated \("This/u);
  });

  it('a whole agreement between the same two Parties replaced by a bilateral text: terminated, Art. 59(1)(a) in that sentence only', () => {
    const m = message(two + clause('This Agreement shall replace the Agreement between the Republic of Estonia and Ukraine on cyber cooperation signed at Tallinn on 3 March 2005.'));
    assert.match(m, /which is terminated \("This Agreement[^"]*"; VCLT Art\. 59\(1\)\(a\),/u);
    assert.match(m, /or which prevails \(VCLT Art\. 30, [^;]*; UN Charter Art\. 103\)/u);
    const contracting = message(two + clause('This Agreement shall replace the Agreement between the Contracting Parties on cyber cooperation of 2005.'));
    assert.match(contracting, /which is terminated \("This/u);
  });

  it('a bilateral text replacing an agreement not named as one between its two Parties (it may be multilateral): terminated only if they are its only parties', () => {
    const unnamed = message(two + clause('This Agreement shall replace the Agreement on cyber cooperation signed at Tallinn on 3 March 2005.'));
    assert.match(unnamed, /which is terminated if the two Parties are its only parties, and otherwise stays in force for its other parties \("This Agreement[^"]*"; VCLT Arts\. 59\(1\)\(a\), 30\(4\)/u);
    // Near miss: one of the two named, a third State with it — not the same two Parties.
    const other = message(two + clause('This Agreement shall replace the Agreement between the Republic of Estonia and the Republic of Latvia on cyber cooperation of 2005.'));
    assert.match(other, /terminated if the two Parties are its only parties/u);
  });

  it('near miss: a whole agreement replaced by a multilateral text: terminated only if all its parties are parties to this one', () => {
    const m = message(three + clause('This Convention shall replace the Convention on cyber cooperation of 3 March 2005.'));
    assert.match(m, /which is terminated if all that agreement’s parties are parties to this text, and otherwise stays in force for those that are not \("This Convention[^"]*"; VCLT Arts\. 59\(1\)\(a\), 30\(4\)/u);
  });

  it('near misses: "replace the provisional list", "as between them" in a bilateral whole replacement stays a replacement of the whole', () => {
    const list = message(two + clause('This Agreement shall replace the provisional Agreement on cyber cooperation of 3 March 2005.'));
    assert.match(list, /which is terminated/u);
    const none = message(two + clause('The Parties shall replace the list of contact points each year.'));
    assert.doesNotMatch(none, /59|30\(4\)|Art\. 39/u);
  });
});
