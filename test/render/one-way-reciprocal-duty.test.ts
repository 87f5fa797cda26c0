/**
 * Treaty lawyer lr10, defect 9. (a) A contact duty worded for each member ("inform the other Parties
 * of any change in its point of contact") printed "The Parties shall inform the other Parties … its
 * point of contact": the subject now agrees with its words, "Each Party shall inform the other
 * Parties …". (b) On a one-way channel (`from EE`), "inform one another of incidents affecting them"
 * printed "The Parties shall inform one another …", making the receivers send: only a change of
 * contacts binds every member; otherwise the export leaves blank who owes the duty and
 * `channel-one-way-mutual-duty` reports the contradiction.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { diagnose } from '../helpers/fixture';

const treaty = 'treaty "Agreement" {\n  status binding\n}\nparty EE "the Republic of Estonia" { kind state\n  contact Desk "Desk" email "a@b.ee" }\nparty LV "the Republic of Latvia" { kind state\n  contact Desk "Desk" email "a@b.lv" }\nparty FI "the Republic of Finland" { kind state\n  contact Desk "Desk" email "a@b.fi" }\n';
const source = (channelLines: string, members = 'EE, LV, FI') => `${treaty}channel Intel between ${members} {\n${channelLines}}\n`;

function article(channelLines: string, members?: string): string[] {
  const service = createEntenteService({ readFile: () => undefined });
  const uri = 'file:///t/one-way-reciprocal.entente';
  service.open(uri, source(channelLines, members));
  const doc = service.renderModel(uri)!;
  const articles = [...doc.articles, ...(doc.outside?.articles ?? [])].filter((a) => /^(?:Provision|Exchange) of (?:classified )?information$/.test(a.heading ?? ''));
  assert.equal(articles.length, 1, articles.map((a) => a.heading).join(', '));
  return articles[0].paragraphs.map((p) => (typeof p === 'string' ? p : p.text));
}
const findings = (channelLines: string, members?: string) => diagnose(source(channelLines, members)).filter((d) => d.code === 'channel-one-way-mutual-duty');
const contacts = '  contacts EE.Desk, LV.Desk, FI.Desk\n';

describe('lr10 defect 9: the subject of a channel\'s time limit agrees with its words, and a one-way channel binds no receiver to send', () => {
  it('(a) "Each Party shall inform the other Parties of any change in its point of contact", one-way or mutual', () => {
    for (const from of ['  from EE\n', '']) {
      const text = article(`${from}  carries indicators\n${contacts}  deadline "inform the other Parties of any change in its point of contact" promptly\n`);
      assert.ok(text.includes('Each Party shall inform the other Parties of any change in its point of contact promptly.'), text.join('\n'));
      assert.ok(!text.some((p) => /The Parties shall inform the other Parties/.test(p)));
    }
    assert.deepEqual(findings(`  from EE\n  carries indicators\n${contacts}  deadline "inform the other Parties of any change in its point of contact" promptly\n`), []);
  });

  it('(a) members that are not all the Parties: "Each of …"', () => {
    const service = createEntenteService({ readFile: () => undefined });
    const uri = 'file:///t/subset.entente';
    service.open(uri, `${source(`  carries indicators\n  contacts EE.Desk, LV.Desk\n  deadline "notify the Depositary of any change in its point of contact" promptly\n`, 'EE, LV')}channel Other between EE, FI {\n  carries indicators\n}\n`);
    const md = service.render(uri, 'markdown')!;
    assert.match(md, /Each of the Republic of Estonia and the Republic of Latvia shall notify the Depositary of any change in its point of contact promptly\./u);
  });

  it('(b) one-way "inform one another of incidents": who owes it is left blank, and the finding says why', () => {
    const lines = '  from EE\n  carries incident-reports\n  deadline "inform one another of incidents affecting them" promptly\n';
    const text = article(lines);
    assert.ok(!text.some((p) => /(?:The Parties|Estonia) shall inform one another/.test(p)), text.join('\n'));
    assert.ok(text.some((p) => /who owes this: the channel is one-way.* shall inform one another of incidents affecting them promptly\.$/u.test(p)), text.join('\n'));
    const [finding, ...more] = findings(lines);
    assert.equal(more.length, 0);
    assert.equal(finding.severity, 'warning');
    assert.match(finding.message, /Channel Intel is one-way \(`from EE`\): only EE sends what it carries, but its time limit "inform one another of incidents affecting them" binds every member/u);
  });

  it('near misses: a change of contacts on a one-way channel, a reciprocal duty on a mutual one, a duty of the receivers', () => {
    const change = `  from EE\n  carries indicators\n${contacts}  deadline "inform each other of any change in their points of contact" promptly\n`;
    assert.ok(article(change).includes('The Parties shall inform each other of any change in their points of contact promptly.'));
    assert.deepEqual(findings(change), []);
    const mutual = '  carries incident-reports\n  deadline "inform one another of incidents affecting them" promptly\n';
    assert.ok(article(mutual).includes('The Parties shall inform one another of incidents affecting them promptly.'));
    assert.deepEqual(findings(mutual), []);
    const receivers = '  from EE\n  carries incident-reports\n  deadline "inform the originating Party of any unauthorised disclosure" promptly\n';
    assert.ok(article(receivers).some((p) => /^The receiving Party shall inform the originating Party/u.test(p)), article(receivers).join('\n'));
    assert.deepEqual(findings(receivers), []);
  });
});
