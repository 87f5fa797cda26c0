/**
 * The sixty-fifth real-instrument run (test/real-instruments/SIXTY-FIFTH-RUN.md), item 1:
 * missing-incident-notification-terms asked MARPOL 1973's relay step for its content, at warning.
 * "Whenever a Party receives a report under the provisions of the present Article, that Party shall
 * relay the report without delay to: (a) the Administration of the ship involved; and (b) any other
 * State which may be affected" (Art. 8(3), BWBV0003241) sends the report received, whose content
 * the text fixes where it is made ("Reports shall in any case include: …", Protocol I Art. III).
 * Near misses: a step on an event of its own, whose Party received a report (OPRC 1990 Art.
 * 5(1)(c): it informs "together with (i) details of its assessments …", its own content), and a
 * fresh notification with no content words, are still asked; a relay step keeps the other terms'
 * findings. On a concluded text the finding stays a warning and says what a reviewer can do.
 * lr15, D4: only a report the instrument fixes (made under it or one of its provisions, referred to
 * in it, or received from another Party) is exempt; a report under national law is not.
 * lr16, D2: nor is a report under another instrument, which binds its own addressees and not the
 * Parties towards each other ("under that law", "under Article 4 of the NIS2 Directive", "referred
 * to in Article 23 of Directive (EU) 2022/2555", "from a State Party to the Budapest Convention").
 */
import assert from 'node:assert/strict';
import { draftOf, findingsOf, repoText } from '../helpers/fix-review';
import { replaced } from '../helpers/replaced-once';

const marpol = repoText('test/real-instruments/marpol-1973.entente');
const terms = (text: string) => findingsOf(text, 'missing-incident-notification-terms');

const protocol = (trigger: string, step = 'notify "any other State which may be affected" by States without-delay') =>
  `treaty "Convention" {\n  status binding\n}\nprotocol Relay {\n  when category "${trigger}"\n  ${step}\n}\n`;

describe('missing-incident-notification-terms: a step that relays a report received', () => {
  it('MARPOL 1973 Art. 8(3): the relay of the report is not asked its content', () => {
    assert.deepEqual(terms(marpol), []);
    assert.deepEqual(terms(draftOf(marpol)), []);
  });

  for (const trigger of ['a report under the provisions of the present Article', 'the receipt of a report from the master under Article 8', 'a report received from another Party', 'any report made under Article 4', 'reports referred to in paragraph 1']) {
    it(`"${trigger}": no content asked`, () => {
      assert.deepEqual(terms(protocol(trigger)), []);
    });
  }

  // lr15, D4: a report under national law (from an operator, the master, reports "submitted to it")
  // is not one whose content the instrument fixes: the Party's notification is asked its content.
  for (const trigger of ['the receipt of a report from an operator of essential services in its territory', 'the receipt of a report from the master', 'reports submitted to it by operators', 'a report received from a service provider']) {
    it(`near miss: "${trigger}": a report the text does not fix, content asked`, () => {
      const [finding] = terms(protocol(trigger));
      assert.ok(finding);
      assert.match(finding.message, /the content \(`content "…"`\)/);
    });
  }

  // lr16, D2: a report under another instrument or under national law, in the words that cite them.
  for (const trigger of [
    'the receipt of a report under that law',
    'the receipt of a report under Article 4 of the NIS2 Directive',
    'the receipt of a report referred to in Article 23 of Directive (EU) 2022/2555',
    'the receipt of a report from a State Party to the Budapest Convention',
    'the receipt of a report made pursuant to the national law of that Party',
    'a report received under paragraph 2 of Article 23 of the NIS2 Directive',
    'a report received under Annex I to Directive (EU) 2022/2555',
    'a report received under Article 35 of the Convention on Cybercrime',
  ]) {
    it(`near miss: "${trigger}": a report this text does not fix, content asked`, () => {
      const [finding] = terms(protocol(trigger));
      assert.ok(finding, trigger);
      assert.match(finding.message, /the content \(`content "…"`\)/);
    });
  }

  // lr16, D2: this text's own provisions, however cited, stay exempt.
  for (const trigger of [
    'a report received under that Article',
    'a report received under paragraph 2 of Article 8',
    'a report received under Article 8 of this Convention',
    'a report received under Article 8 of the Convention',
    'a report received under Article III of Protocol I',
    'a report received from a Party to this Convention',
  ]) {
    it(`"${trigger}": a report this text fixes, no content asked`, () => {
      assert.deepEqual(terms(protocol(trigger)), []);
    });
  }

  it('near miss: a relay step that states no deadline is still asked for one, not for content', () => {
    const [finding, ...rest] = terms(protocol('a report under the provisions of the present Article', 'notify "any other State which may be affected" by States'));
    assert.ok(finding);
    assert.equal(rest.length, 0);
    assert.match(finding.message, /a deadline/);
    assert.doesNotMatch(finding.message, /content/);
  });

  it('near miss: a fresh notification of an incident with no content words is still asked its content', () => {
    for (const trigger of ['an incident referred to in Article II of this Protocol', 'an incident to be reported under Article 8', 'a reportable incident']) {
      const [finding] = terms(protocol(trigger));
      assert.ok(finding, trigger);
      assert.match(finding.message, /the content \(`content "…"`\)/);
    }
  });

  it('near miss: OPRC 1990 Art. 5(1)(c) without its content — the Party that received a report informs of the incident, with its own content: asked', () => {
    const text = protocol('oil pollution incident', 'inform "all States whose interests are affected" by "a Party that receives a report referred to in article 4" without-delay');
    const [finding] = terms(text);
    assert.ok(finding);
    assert.match(finding.message, /the content/);
  });

  it('near miss: a trigger with a report and an event of its own is asked its content', () => {
    const text = protocol('a report under the provisions of the present Article').replace('  when category', '  when category "an incident involving harmful substances"\n  when category');
    const [finding] = terms(text);
    assert.ok(finding);
    assert.match(finding.message, /the content/);
  });

  it('on a concluded text a fresh notification without content stays a warning and says what a reviewer can do', () => {
    const signed = replaced(marpol, 'protocol RelayReport {\n  when category "a report under the provisions of the present Article"', 'protocol RelayReport {\n  when category "an incident involving harmful substances"');
    const [finding] = terms(signed);
    assert.ok(finding);
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /The text is concluded \(it was adopted on 1973-11-02\): where the text states the term in words the transcription left out, transcribe them; otherwise the gap is for an amending instrument or the next draft\./);
    const [draft] = terms(draftOf(signed));
    assert.ok(draft);
    assert.doesNotMatch(draft.message, /concluded/);
  });
});
