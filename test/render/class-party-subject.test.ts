/**
 * Independent lawyer's review lr1, point 2b: the exports of transcribed conventions said "All
 * States shall exchange …" (UNCAC) and "Any State shall exchange …" (OPRC 1990): the label of a
 * class party as the subject of a duty, which puts the duty on States not Party (VCLT Art. 34). A
 * class party stands for the States answering its description (grammar/README.md), and binds them
 * as Parties: the generated sentence names "the Parties" (every signatory), "the Parties that are
 * States" (the only class of States, beside a class of organisations), or leaves a blank where it
 * cannot tell which Parties are meant. Near misses: named parties keep their names.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEntenteService } from '../../server/src/language';
import { readDocx, type DocxParagraph } from './docx-reader';
import { repoRoot } from './render-fixtures';

const uri = 'file:///t/convention.entente';
function opened(text: string) {
  const service = createEntenteService({ readFile: () => undefined });
  service.open(uri, text);
  return service;
}

const header = `treaty "Convention on the Exchange of Incident Information" {
  status binding
  languages English authentic
  consent by signature, ratification, accession
  effect 30 days after last consent-to-be-bound by 5 States
  depositary "the Secretary-General of the United Nations"
}
`;
const anyState = `party States "Any State" {
  kind state
  class open
}
`;
const reios = `party REIOs "Regional economic integration organizations" {
  kind international-organisation
  class open
}
`;
const channel = (members: string, extra = '') => `channel Incidents between ${members} {
  carries incident-reports
${extra}}
`;
const classLabelAsSubject = /\b(?:Any State|All States|Regional economic integration organizations|The member States of the Council of Europe) (?:shall|will) (?:exchange|provide)\b/i;

describe('a class party is never the subject of a generated duty (lr1, point 2b)', () => {
  it('a convention open to "any State", its only party a class: "The Parties shall exchange" (OPRC 1990 Art. 5(1) as modelled)', () => {
    const md = opened(header + anyState + channel('States')).render(uri, 'markdown')!;
    assert.match(md, /^1?\.? ?The Parties shall exchange incident reports\./m);
    assert.doesNotMatch(md, classLabelAsSubject);
  });

  it('a class of States beside a class of organisations, the channel between the States: "The Parties that are States" (UNCAC Art. 56 as modelled)', () => {
    const md = opened(header + anyState.replace('"Any State"', '"All States"') + reios + channel('States')).render(uri, 'markdown')!;
    assert.match(md, /The Parties that are States shall exchange incident reports\./);
    assert.doesNotMatch(md, classLabelAsSubject);
  });

  it('one class of States among two (Budapest: member States, States of the elaboration): a blank for the drafter, never the label', () => {
    const budapest = `${header}party CoE-Members "The member States of the Council of Europe" {
  kind state
  class open
}
party Elaboration-States "The non-member States which have participated in its elaboration" {
  kind state
  class closed
}
`;
    const md = opened(budapest + channel('CoE-Members')).render(uri, 'markdown')!;
    assert.match(md, /^\*\*\\\[the Parties meant among the member States of the Council of Europe\\\]\*\* shall exchange incident reports\./m);
    assert.doesNotMatch(md, classLabelAsSubject);
    // Both classes are every Party.
    assert.match(opened(budapest + channel('CoE-Members, Elaboration-States')).render(uri, 'markdown')!, /The Parties shall exchange incident reports\./);
  });

  it('one-way (ENC 1986 Art. 2 as modelled, States to the Agency): the class that sends is "the Parties that are States", the Agency is named', () => {
    const sends = `${header}${anyState}party Agency "the International Atomic Energy Agency" {
  kind international-organisation
}
${channel('States, Agency', '  from States\n')}`;
    const md = opened(sends).render(uri, 'markdown')!;
    assert.match(md, /^The Parties that are States shall provide incident reports to the International Atomic Energy Agency\./m);
    assert.doesNotMatch(md, classLabelAsSubject);
  });

  it('the drafted multilateral sample (Baltic preservation protocol): "The Parties shall exchange traffic data" in Markdown, HTML, Akoma Ntoso and Word', async () => {
    const service = opened(readFileSync(join(repoRoot, 'samples/baltic-preservation-protocol.entente'), 'utf8'));
    for (const format of ['markdown', 'html', 'akn'] as const) {
      const text = service.render(uri, format)!;
      assert.match(text, /The Parties shall exchange traffic data, on request and subject to national law\./, format);
      assert.doesNotMatch(text, /(?:Any State which has acceded|States Parties to the Convention signatory hereto) shall exchange/i, format);
    }
    const word = (await readDocx((await service.renderDocx(uri))!)).body.filter((b): b is DocxParagraph => b.kind === 'p').map((p) => p.text);
    assert.ok(word.some((p) => p.includes('The Parties shall exchange traffic data, on request and subject to national law.')), word.join('\n'));
  });

  it('near miss: named parties keep their names ("Estonia and Finland"), and a bilateral text its "the Parties"', () => {
    const named = `${header}party EE "the Republic of Estonia" {
  kind state
}
party FI "the Republic of Finland" {
  kind state
}
party LV "the Republic of Latvia" {
  kind state
}
${channel('EE, FI')}`;
    assert.match(opened(named).render(uri, 'markdown')!, /The Republic of Estonia and the Republic of Finland shall exchange incident reports\./);
    assert.match(opened(named.replace('between EE, FI', 'between EE, FI, LV')).render(uri, 'markdown')!, /The Parties shall exchange incident reports\./);
  });
});
