/**
 * lg31, item 2: a protocol step whose text says "inform" printed "shall notify". OPRC 1990 Art.
 * 5(1)(c): "then, without delay, inform all States whose interests are affected or likely to be
 * affected by such oil pollution incident". `inform` is the same step as `notify`, kept for the
 * export; every check reads the two alike (as the checks read "inform" and "notify" alike in a
 * clause's text: passed-on.ts, contact-designations.ts), so no finding changes with the verb.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEntenteService } from '../../server/src/language';
import { formatText } from '../../server/src/language/features/format';
import { parse } from '../../server/src/language/syntax/parse';
import { applyEdits } from '../helpers/edits';
import { fixture, mainUri } from '../features/feature-fixture';
import { draftedVariant } from './drafted-variant';
import { repoRoot } from './render-fixtures';

const uri = 'file:///t/convention.entente';
const states = '"all States whose interests are affected or likely to be affected by such oil pollution incident"';
const party = '"a Party that receives a report referred to in article 4 or pollution information provided by other sources"';
const convention = (verb: string) => `treaty "International Convention on Oil Pollution Preparedness, Response and Co-operation" {
  status binding
}
party Parties "The Parties to this Convention" {
  kind state
  class open
}
protocol OilPollutionIncident {
  when category "oil pollution incident"
  ${verb} ${states} by ${party} without-delay
  content "details of its assessments and any action it has taken"
}
`;
function opened(text: string) {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, text);
  return service;
}

describe('`inform`: a notification step in the text\'s verb (lg31, item 2)', () => {
  it('parses as the same step as `notify`, with the verb kept', () => {
    const inform = parse(convention('inform'));
    const notify = parse(convention('notify'));
    assert.deepEqual(inform.problems, []);
    const [i] = inform.ast.protocols[0].notifications;
    const [n] = notify.ast.protocols[0].notifications;
    assert.equal(i.verb, 'inform');
    assert.equal(n.verb, 'notify');
    assert.deepEqual(i.describedRecipients.map((t) => t.value), n.describedRecipients.map((t) => t.value));
    assert.equal(i.deadline?.standard?.value, n.deadline?.standard?.value);
  });

  it('the export prints "shall inform" where the step says inform, "shall notify" where it says notify (OPRC Art. 5(1)(c))', () => {
    const md = opened(convention('inform')).render(uri, 'markdown')!.replace(/\s+/g, ' ');
    assert.match(md, /a Party that receives a report referred to in article 4 or pollution information provided by other sources shall inform all States whose interests are affected or likely to be affected by such oil pollution incident without delay/);
    assert.doesNotMatch(md, /shall notify all States/);
    assert.match(opened(convention('notify')).render(uri, 'markdown')!.replace(/\s+/g, ' '), /shall notify all States/);
  });

  it('every check reads the two alike: the same findings, codes and ranges but the verb\'s width', () => {
    const findings = (verb: string) => opened(convention(verb)).diagnostics(uri).map((d) => `${d.code}@${d.range.start.line}`).sort();
    assert.deepEqual(findings('inform'), findings('notify'));
  });

  it('the formatter keeps the word; completion in a protocol offers it; hover explains it', () => {
    const text = `protocol P {\n      inform FI   forthwith\n}\n`;
    assert.equal(applyEdits(text, formatText(text, { tabSize: 2, insertSpaces: true })), 'protocol P {\n  inform FI forthwith\n}\n');
    const { service, position } = fixture('protocol P {\n  $0\n}');
    const labels = service.complete(mainUri, position).map((i) => i.label);
    assert.ok(labels.some((l) => /^inform\b/.test(l)), labels.join(', '));
    const h = fixture('protocol P {\n  inf$0orm FI forthwith\n}');
    assert.match(JSON.stringify(h.service.hover(mainUri, h.position)?.contents ?? ''), /same step as `notify`/);
  });

  it('OPRC 1990 is restated with the text\'s verb', () => {
    const name = 'imo-oprc-oil-pollution-preparedness-1990';
    const source = readFileSync(join(repoRoot, 'test/real-instruments', `${name}.entente`), 'utf8');
    assert.match(source, /^ {2}inform "all States whose interests are affected/m);
    assert.ok(source.replace(/\s+/g, ' ').includes('then, without delay, inform all States whose interests are affected'));
    // Its Art. 5 clause (tagged incident-notification) is what the export prints, in the text's words;
    // the step is read by the checks, as the same notification as before.
    assert.deepEqual(parse(source).ast.protocols[0].notifications.map((n) => n.verb), ['inform']);
    assert.match(opened(draftedVariant(source, name)).render(uri, 'markdown')!, /then, without delay, inform all States/);
  });
});
