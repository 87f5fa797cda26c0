/**
 * A one-way channel's duty on the points of contact binds every member whose contacts are listed
 * (treaty lawyer lr9, defect 10): samples/baltic-cyber-convention with `from EE` printed "[EE] shall
 * inform each other of any change in their points of contact promptly" — one subject with "each
 * other" — and with `from EE, FI` bound the senders only, though the article lists all five Parties'
 * contacts. It now reads "The Parties shall inform each other …". Near miss: a duty to send keeps its
 * senders.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';

const treaty = 'treaty "Agreement" {\n  status binding\n}\nparty EE "the Republic of Estonia" { kind state\n  contact Desk "Desk" email "a@b.ee" }\nparty LV "the Republic of Latvia" { kind state\n  contact Desk "Desk" email "a@b.lv" }\nparty FI "the Republic of Finland" { kind state\n  contact Desk "Desk" email "a@b.fi" }\n';

function article(channelLines: string, members = 'EE, LV, FI'): string[] {
  const service = createEntenteService({ readFile: () => undefined });
  const uri = 'file:///t/contact-change.entente';
  service.open(uri, `${treaty}channel Intel between ${members} {\n${channelLines}}\n`);
  const doc = service.renderModel(uri)!;
  const articles = [...doc.articles, ...(doc.outside?.articles ?? [])].filter((a) => /^(?:Provision|Exchange) of (?:classified )?information$/.test(a.heading ?? ''));
  assert.equal(articles.length, 1, articles.map((a) => a.heading).join(', '));
  return articles[0].paragraphs.map((p) => (typeof p === 'string' ? p : p.text));
}

const contacts = '  contacts EE.Desk, LV.Desk, FI.Desk\n  deadline "inform each other of any change in their points of contact" promptly\n';

describe('a duty on the points of contact binds every member (lr9 defect 10)', () => {
  it('one sender: "The Parties shall inform each other …", not the sender alone', () => {
    const text = article(`  from EE\n  carries indicators\n${contacts}`);
    assert.ok(text.includes('The Parties shall inform each other of any change in their points of contact promptly.'), text.join('\n'));
    assert.ok(!text.some((p) => /Estonia shall inform each other/.test(p)));
  });

  it('two senders of three: still every member', () => {
    const text = article(`  from EE, FI\n  carries indicators\n${contacts}`);
    assert.ok(text.includes('The Parties shall inform each other of any change in their points of contact promptly.'), text.join('\n'));
  });

  it('near miss: a time limit on sending keeps the sender as its subject', () => {
    const text = article('  from EE\n  carries indicators\n  deadline "provide the indicators" within 24 hours\n');
    assert.ok(text.some((p) => /^The Republic of Estonia shall provide the indicators within 24 hours/.test(p)), text.join('\n'));
    const notify = article('  from EE\n  carries indicators\n  deadline "notify the points of contact of the receiving Parties" within 24 hours\n');
    assert.ok(notify.some((p) => /^The Republic of Estonia shall notify the points of contact/.test(p)), notify.join('\n'));
  });

  it('a change of contacts without "each other" binds every member too', () => {
    const text = article('  from EE\n  carries indicators\n  deadline "notify any change of contact details" promptly\n');
    assert.ok(text.includes('The Parties shall notify any change of contact details promptly.'), text.join('\n'));
  });
});
