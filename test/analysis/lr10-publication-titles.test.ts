/**
 * Treaty lawyer lr10, defect 6: undefined-term and the quoted title of a publication.
 *
 * CTBT 1996, Annex 2 cites "Table 1 of the International Atomic Energy Agency's April 1996 edition
 * of “Nuclear Power Reactors in the World”" (read: BWBV0004747). The same citation written
 * otherwise — "the publication “…” of April 1996", "Table 1 of “…” (IAEA, April 1996)", "the April
 * 1996 edition of the publication “…”" — is still a citation: a text dates and attributes the works
 * it cites, it defines its own terms. Near misses: the title with none of these marks, a
 * parenthesis without a year (an alias), "publication of the “…”".
 *
 * On a concluded text the message never asks to "add `define …`, or drop the quotation marks":
 * it says what the undefined term bears, then the concluded-text note (as lr9, defect 8).
 */
import assert from 'node:assert/strict';
import { repoText } from '../helpers/fix-review';
import { diagnose } from '../helpers/fixture';
import { replaced } from '../helpers/replaced-once';

const ctbt = repoText('test/real-instruments/ctbt-comprehensive-nuclear-test-ban-1996.entente');
const cited = 'April 1996 edition of “Nuclear Power Reactors in the World”';
const findings = (text: string, profile?: string) => diagnose(text, profile ? { settings: { profile } } : {}).filter((d) => d.code === 'undefined-term');
const terms = (text: string, profile?: string) => findings(text, profile).map((d) => /^"([^"]+)"/u.exec(d.message ?? '')?.[1]);
const draft = (text: string) => replaced(text, '  signed on unstated without formula', '  signed without formula');

describe('lr10, defect 6: a quoted publication title is a citation', () => {
  const citations: [string, string][] = [
    ['probe ctbt-p1: the publication “…” of April 1996', 'publication “Nuclear Power Reactors in the World” of April 1996'],
    ['probe ctbt-v: the April 1996 edition of the publication “…”', 'April 1996 edition of the publication “Nuclear Power Reactors in the World”'],
    ['“…” (IAEA, April 1996)', 'list “Nuclear Power Reactors in the World” (IAEA, April 1996)'],
    ['“…” dated 1 April 1996', 'list “Nuclear Power Reactors in the World” dated 1 April 1996'],
  ];
  for (const [name, words] of citations) {
    for (const profile of [undefined, 'strict']) {
      it(`${name} (${profile ?? 'default'}; concluded and as a draft): not reported`, () => {
        const text = replaced(ctbt, cited, words);
        assert.deepEqual(terms(text, profile), []);
        assert.deepEqual(terms(draft(text), profile), []);
      });
    }
  }

  it('near misses: no date, publisher or "publication" next to the title; an alias in parentheses; "publication of the “…”"', () => {
    for (const words of ['list “Nuclear Power Reactors in the World”', 'list “Nuclear Power Reactors in the World” (the Register)', 'publication of the “Nuclear Power Reactors in the World”', 'list “Nuclear Power Reactors in the World” of the Agency']) {
      assert.deepEqual(terms(replaced(ctbt, cited, words)), ['Nuclear Power Reactors in the World'], words);
    }
  });

  it('on the concluded text: no "add `define …`, or drop the quotation marks"; the concluded-text note', () => {
    const text = replaced(ctbt, cited, 'list of “Nuclear Power Reactors in the World”');
    for (const profile of [undefined, 'strict', 'treaty-review']) {
      const [finding] = findings(text, profile);
      const message = finding?.message ?? '';
      assert.doesNotMatch(message, /drop the quotation marks|add `define/u);
      assert.match(message, /^"Nuclear Power Reactors in the World" reads as a defined term but the text does not define it: it bears the ordinary meaning of its words in their context, unless it is the title or a term of a work the text cites\. The text is concluded \(it was signed, on a date the text does not state\): no fix that changes it is offered; the point is for an amending instrument or the next draft\.$/u);
      assert.deepEqual(finding.fixes ?? [], []);
    }
  });

  it('near miss: a draft keeps the drafting advice and its fix', () => {
    const [finding] = findings(draft(replaced(ctbt, cited, 'list of “Nuclear Power Reactors in the World”')));
    assert.match(finding?.message ?? '', /add `define "Nuclear Power Reactors in the World" means "…"`, or drop the quotation marks\.$/u);
    assert.ok((finding.fixes ?? []).length > 0);
  });
});
