import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { rulesDocument } from '../../scripts/rules-doc';
import { allRules } from '../../server/src/language/rules/registry';
import { catalogueIds } from '../analysis/rule-table.test';

const onDisk = () => readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');

describe('docs/rules.md', () => {
  it('is up to date with the rule table (run `npm run docs` if not)', () => {
    assert.ok(onDisk() === rulesDocument(), 'docs/rules.md is stale: run `npm run docs` and commit docs/rules.md');
  });

  it('has a section anchored on every code, and an index entry linking to it', () => {
    const text = rulesDocument();
    for (const rule of allRules) {
      assert.ok(text.includes(`<a id="${rule.code}"></a>\n\n### ${rule.code}`), `no section for ${rule.code}`);
      assert.ok(text.includes(`| [${rule.code}](#${rule.code}) |`), `no index entry for ${rule.code}`);
    }
  });

  it('shows each rule’s example and its fix as entente code blocks, and says plainly when a source is unconfirmed', () => {
    const text = rulesDocument();
    for (const rule of allRules) {
      const section = text.slice(text.indexOf(`<a id="${rule.code}"></a>`)).split('\n<a id=')[0];
      assert.ok(section.includes('```entente\n' + rule.example.trigger), `${rule.code}: trigger example missing`);
      assert.ok(section.includes('```entente\n' + rule.example.fix), `${rule.code}: fix example missing`);
      assert.ok(section.includes(rule.source.replace(/\|/g, '\\|')), `${rule.code}: source missing`);
      if (rule.sourceStatus === 'unconfirmed') assert.match(section, /\*\*Unconfirmed\*\*/, `${rule.code}: unconfirmed source not flagged`);
    }
  });

  it('names every catalogue id MC01–MC26 and CF01–CF24', () => {
    const text = onDisk();
    const missing = catalogueIds.filter((id) => !new RegExp(`\\| ${id} \\|`).test(text));
    assert.deepEqual(missing, [], `catalogue ids without a rule in docs/rules.md: ${missing.join(', ')}`);
  });
});
