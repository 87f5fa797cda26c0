/**
 * Seventy-second run, defect 3 (docs only): the profile table said `strict` makes "every info a
 * warning", while an `unused-term` on an excerpt stays info under it, rightly (an omitted part may
 * use the term). The rules page now lists what `strict` leaves lower, read from the tables the
 * analysis applies; these tests hold the page to the behaviour, with a near miss (a complete text).
 */
import assert from 'node:assert/strict';
import { rulesDocument } from '../../scripts/rules-doc';
import { diagnose } from '../helpers/fixture';

const treaty = (omitted: string) => `treaty "Agreement on Cyber Incidents" {\n  status binding\n${omitted}}\n`;
const body = 'define "Sharing Platform" means "the MISP instance"\nclause Art1 "Article 1" """\n  The Parties shall cooperate.\n"""\n';

describe('seventy-second run, defect 3: the rules page says which findings strict leaves lower', () => {
  const page = rulesDocument();
  const section = page.slice(page.indexOf('### What `strict` leaves lower'), page.indexOf('## Suppressing a finding'));

  it('the strict row no longer says "every info a warning" without its exceptions, and the section lists them', () => {
    assert.match(page, /every info a warning, save the findings whose ceiling keeps them lower under every profile/u);
    assert.match(section, /every \[unused-term\]\(#unused-term\) finding stays info/u);
    assert.match(section, /\[term-used-in-lower-case\]\(#term-used-in-lower-case\) stay notes/u);
    assert.match(section, /\[missing-registration\]\(#missing-registration\): at most info on a concluded text/u);
    assert.match(section, /\[channel-hedge-not-in-words\]\(#channel-hedge-not-in-words\): at most info on a concluded text/u);
  });

  it('as the analysis does: unused-term on an excerpt is info under strict; near miss: on a complete text it is an error', () => {
    const excerpt = diagnose(treaty('  omitted "Articles 2 to 9"\n') + body, { settings: { profile: 'strict' } }).filter((d) => d.code === 'unused-term');
    assert.deepEqual(excerpt.map((d) => d.severity), ['info']);
    const whole = diagnose(treaty('') + body, { settings: { profile: 'strict' } }).filter((d) => d.code === 'unused-term');
    assert.deepEqual(whole.map((d) => d.severity), ['error']);
  });
});
