/**
 * The template wizard's moves (client/src/commands/template-wizard.ts), with the questions the
 * server really lists: progress, skip, back, skip the rest, answers checked against what parses,
 * and an end state whose values fill the template without a syntax error.
 */
import assert from 'node:assert/strict';
import { TemplateWizard } from '../../client/src/commands/template-wizard';
import { parse } from '../../server/src/language/syntax/parse';
import { getTemplate, instantiateTemplate, placeholderInput } from '../../server/src/language/templates/templates';

/** The questions of a template as `entente.listTemplates` sends them. */
function questions(id: string) {
  return getTemplate(id)!.placeholders.map((p) => ({ name: p.name, description: p.description, default: p.default, sample: p.sample, input: placeholderInput(p) }));
}

describe('template wizard', () => {
  it('counts its progress, "1 of 19" to "19 of 19"', () => {
    const wizard = new TemplateWizard(questions('bilateral-mou'));
    assert.deepEqual(wizard.progress, { step: 1, total: 19 });
    wizard.move({ kind: 'answer', value: 'MoU on Cyber Security' });
    wizard.move({ kind: 'skip' });
    assert.deepEqual(wizard.progress, { step: 3, total: 19 });
    assert.equal(wizard.current?.name, 'date');
  });

  it('goes back to an answered question with its answer, and keeps answers when skipping the rest', () => {
    const wizard = new TemplateWizard(questions('bilateral-mou'));
    wizard.move({ kind: 'answer', value: '  MoU on Cyber Security ' });
    wizard.move({ kind: 'back' });
    assert.equal(wizard.current?.name, 'title');
    assert.equal(wizard.initialValue, 'MoU on Cyber Security');
    wizard.move({ kind: 'back' });
    assert.deepEqual(wizard.progress, { step: 1, total: 19 }, 'back from the first question stays there');
    wizard.move({ kind: 'skipRest' });
    assert.ok(wizard.done);
    assert.deepEqual(wizard.values(), { title: 'MoU on Cyber Security' });
    assert.equal(wizard.unanswered().length, 18);
  });

  it('treats an empty answer as a skip, and skipping forgets an earlier answer', () => {
    const wizard = new TemplateWizard(questions('bilateral-mou'));
    wizard.move({ kind: 'answer', value: 'T' });
    wizard.move({ kind: 'back' });
    assert.ok(wizard.move({ kind: 'answer', value: '   ' }));
    assert.equal(wizard.current?.name, 'place');
    assert.deepEqual(wizard.values(), {});
  });

  it('refuses answers that would not parse where they stand, with the reason', () => {
    const wizard = new TemplateWizard(questions('bilateral-mou'));
    assert.match(wizard.problem('The "Tallinn" MoU') ?? '', /double quotes/);
    assert.equal(wizard.move({ kind: 'answer', value: 'The "Tallinn" MoU' }), false);
    assert.equal(wizard.current?.name, 'title', 'a refused answer does not move on');
    wizard.move({ kind: 'skip' });
    wizard.move({ kind: 'skip' });
    assert.equal(wizard.current?.name, 'date');
    assert.match(wizard.problem('1 March 2027') ?? '', /YYYY-MM-DD/);
    assert.equal(wizard.problem('2027-03-01'), undefined);
    assert.equal(wizard.problem(''), undefined, 'empty is a skip, never a problem');
  });

  it('shows a default as the initial value', () => {
    const wizard = new TemplateWizard(questions('multilateral-treaty'));
    while (wizard.current && wizard.current.name !== 'consentsNeeded') wizard.move({ kind: 'skip' });
    assert.equal(wizard.initialValue, 'third');
  });

  for (const id of ['bilateral-mou', 'bilateral-treaty', 'multilateral-treaty', 'cert-arrangement', 'annex']) {
    it(`${id}: whatever mix of answers and skips, the instrument parses`, () => {
      const all = questions(id);
      for (let pattern = 0; pattern < 8; pattern++) {
        const wizard = new TemplateWizard(all);
        let i = 0;
        while (!wizard.done) {
          const q = wizard.current!;
          if (pattern === 7 && i === 3) wizard.move({ kind: 'skipRest' });
          else if ((i + pattern) % 3 === 0) wizard.move({ kind: 'skip' });
          else assert.ok(wizard.move({ kind: 'answer', value: q.sample ?? '' }), q.name);
          i++;
        }
        const text = instantiateTemplate(id, wizard.values())!.text;
        assert.deepEqual(parse(text).problems.map((p) => p.message), [], `${id}, pattern ${pattern}`);
      }
    });
  }
});
