/**
 * The twenty-third real-instrument run (test/real-instruments/TWENTY-THIRD-RUN.md): a citation of
 * an EU Directive's article is not an MoU's own wording, whatever words stand between "of the" and
 * its name, and its "Article" is never rewritten; "Preamble" is no treaty word; "are obliged to",
 * "must" and "are required to" are binding wording like "shall"; the full title that the defining
 * sentence abbreviates is not a use of the short term; and a library clause that puts every
 * activity under a funds condition, or a general costs clause beside the text's own payment rules,
 * is not offered as a fix. Built from the sentences of the DE–NL tax-rulings MoU 2015 and the
 * NL–Somalia letters 2008, each with the near miss that must stay reported.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const mou = (body: string, extra = '') =>
  `memorandum "Memorandum of Understanding" {\n  status non-binding\n}\nparticipant DE "The Federal Ministry of Finance of Germany"\nparticipant NL "The Ministry of Finance of the Netherlands"\n${extra}clause Text "Text" """\n  ${body}\n"""\n`;

const directive = 'define "Directive" means "Council Directive number 2011/16/EU of 15 February 2011 on administrative cooperation in the field of taxation"\n';
const preamble =
  'Having regard to, The provisions of Article 9 of the Council Directive number 2011/16/EU of 15 February 2011 on administrative cooperation in the field of taxation (hereinafter referred to as the ‘Directive’), Have decided the following:';

const found = (text: string, code: string) => diagnose(text).filter((d) => d.code === code);
const on = (text: string, code: string, word: string) => found(text, code).filter((d) => d.message.startsWith(`'${word}'`));

describe('twenty-third real-instrument run', () => {
  describe('items 1 and 3: a citation of another instrument’s article', () => {
    it('leaves "Article 9 of the Council Directive number 2011/16/EU" alone, the short name defined', () => {
      assert.deepEqual(on(mou(preamble, directive), 'mou-treaty-wording', 'Article'), []);
      assert.deepEqual(on(mou('The provisions of Article 9 of Council Directive 2011/16/EU apply.', directive), 'mou-treaty-wording', 'Article'), []);
    });

    it('never rewrites "Article N of …" to "Paragraph N of …" where the "of" is not this MoU', () => {
      const unknown = on(mou('The Participants will apply Article 9 of the rules of procedure of the committee.'), 'mou-treaty-wording', 'Article');
      assert.equal(unknown.length, 1);
      assert.deepEqual(unknown[0].fixes, []);
      assert.match(unknown[0].message, /may cite a provision of another instrument/);
    });

    it("still reports the MoU's own Articles, with the rewrite", () => {
      const own = on(mou('The information referred to in Article 2 of this Memorandum is provided electronically.'), 'mou-treaty-wording', 'Article');
      assert.equal(own.length, 1);
      assert.match(own[0].fixes?.[0]?.title ?? '', /with 'Paragraph'/);
      const bare = on(mou('This Memorandum will be applicable for the first time to information according to Article 2 in the calendar year 2015.'), 'mou-treaty-wording', 'Article');
      assert.equal(bare.length, 1);
      assert.equal(bare[0].fixes?.length, 1);
    });
  });

  describe("item 2: 'Preamble'", () => {
    it('is not treaty wording, as a heading or in prose', () => {
      const text = `memorandum "Memorandum of Understanding" {\n  status non-binding\n}\nparticipant DE "Germany"\nclause Preamble "Preamble" """\n  As the preamble says, the Participants will cooperate.\n"""\n`;
      assert.deepEqual(on(text, 'mou-treaty-wording', 'Preamble'), []);
      assert.deepEqual(on(text, 'mou-treaty-wording', 'preamble'), []);
    });

    it("still reports an 'Article' heading", () => {
      const text = `memorandum "Memorandum of Understanding" {\n  status non-binding\n}\nparticipant DE "Germany"\nclause Art1 "Article 1" """\n  The Participants will cooperate.\n"""\n`;
      assert.equal(on(text, 'mou-treaty-wording', 'Article').length, 1);
    });
  });

  describe('item 7: mandatory verbs other than "shall"', () => {
    it('reports "are obliged to", "must" and "are required to" in the MoU’s own voice as errors, with "will"', () => {
      for (const verb of ['are obliged to', 'must', 'are required to']) {
        const d = found(mou(`If it should appear that the provided information is incorrect or incomplete, the competent authorities ${verb} contact each other about this as soon as possible.`), 'mou-binding-wording');
        assert.equal(d.length, 1, verb);
        assert.equal(d[0].severity, 'error');
        assert.match(d[0].fixes?.[0]?.title ?? '', /with 'will'/);
      }
    });

    it('leaves what a cited Directive requires, and a denial, alone', () => {
      const cited = mou('Under Article 23 of Directive (EU) 2022/2555, essential and important entities are required to notify significant incidents.');
      assert.deepEqual(found(cited, 'mou-binding-wording'), []);
      assert.deepEqual(found(cited, 'mou-treaty-wording'), []);
      assert.deepEqual(found(mou('Neither Participant is obliged to provide information.'), 'mou-binding-wording'), []);
    });

    it('reports a framed use as a warning without a rewrite', () => {
      const framed = mou('Under Article 35 of the Convention on Cybercrime, the Participants must designate a point of contact.');
      assert.deepEqual(found(framed, 'mou-binding-wording'), []);
      const warning = on(framed, 'mou-treaty-wording', 'must');
      assert.equal(warning.length, 1);
      assert.deepEqual(warning[0].fixes, []);
    });
  });

  describe("item 8: the title the defining sentence abbreviates", () => {
    it('is not a use of the short term', () => {
      assert.equal(found(mou(preamble, directive), 'unused-term').length, 1);
    });

    it('a use after the formula, or in another sentence, still counts', () => {
      assert.deepEqual(found(mou(`${preamble} The Directive applies to the exchange.`, directive), 'unused-term'), []);
      assert.deepEqual(found(mou(preamble.replace('Have decided', 'the Directive being applicable, Have decided'), directive), 'unused-term'), []);
    });
  });

  describe('items 4 and 6: library costs clauses that would change what the text states', () => {
    const costsFixes = (text: string) => found(text, 'missing-costs').flatMap((d) => d.fixes ?? []).map((f) => f.title);
    // Since the twentieth run costs are asked only where the instrument sets up what costs money:
    // an exercise stands for it here, the question being which clause is offered.
    const exercise = 'exercise Review annually led by NL\n';

    it('offers no funds proviso where the MoU sets a firm time limit', () => {
      const text = mou('The information referred to in paragraph 1 will be forwarded to the competent authority of the other State as quickly as possible and no later than one month after it becomes available.', exercise);
      assert.equal(found(text, 'missing-costs').length, 1);
      assert.deepEqual(costsFixes(text), []);
    });

    it('offers none beside the text’s own payment rules, and says what they settle', () => {
      const text = `treaty "Agreement" {\n  status binding\n  form exchange-of-letters\n  effect on reply\n}\nparty SO "The Republic of Somalia"\nparty NL "The Kingdom of the Netherlands"\nexercise Escort annually led by NL\nclause Claims about liability """\n  In all events, the Republic of Somalia shall pay any compensation due as redress for prejudice caused. If the latter is attributable to Netherlands forces alone, the Kingdom of the Netherlands shall refund the amount of the compensation to the Republic of Somalia without delay.\n"""\n`;
      const costs = found(text, 'missing-costs');
      assert.equal(costs.length, 1);
      assert.deepEqual(costs[0].fixes, []);
      assert.match(costs[0].message, /already allocates some payments/);
      assert.match(costs[0].message, /refund/);
    });

    it('still offers the library clause where the text states no firm duty', () => {
      assert.deepEqual(costsFixes(mou('The Participants will cooperate in the field of taxation.', exercise)), ['Insert library clause "Costs" (costs/mou)']);
    });
  });
});
