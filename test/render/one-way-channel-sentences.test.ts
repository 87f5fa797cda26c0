/**
 * A one-way channel (`from`) prints no sentence that binds both Parties to what only the receiving
 * side does (treaty lawyer lr7, item 5): a purpose limitation written as an item of "The Parties
 * shall:" ("not use …", "use … only for …"; NATO 1997 Art. 1) read "The Parties shall not use …"
 * where only the receiver receives. It now reads "The receiving Party shall not use …", or the
 * receiver by name. Every other sentence of a one-way article is checked for the same error; near
 * miss: a mutual channel keeps "The Parties".
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';

const treaty = 'treaty "Agreement" {\n  status binding\n}\nparty EE "the Republic of Estonia" { kind state\n  contact Desk "Desk" email "a@b.ee" }\nparty LV "the Republic of Latvia" { kind state\n  contact Desk "Desk" email "a@b.lv" }\nparty FI "the Republic of Finland" { kind state }\nsecurity-agreement GSA between EE, LV, FI up to SECRET\n';
const mou = 'memorandum "MoU" {\n  status non-binding\n}\nparticipant EE "CERT-EE"\nparticipant LV "CERT.LV"\n';

function article(channelLines: string, head = treaty, members = 'EE, LV'): string[] {
  const service = createEntenteService({ readFile: () => undefined });
  const uri = 'file:///t/one-way.entente';
  service.open(uri, `${head}channel Intel between ${members} {\n${channelLines}}\n`);
  const doc = service.renderModel(uri)!;
  const articles = [...doc.articles, ...(doc.outside?.articles ?? [])].filter((a) => /^(?:Provision|Exchange) of (?:classified )?information$/.test(a.heading ?? ''));
  assert.equal(articles.length, 1, articles.map((a) => a.heading).join(', '));
  return articles[0].paragraphs.map((p) => (typeof p === 'string' ? p : p.text));
}

const notUse = '  purpose "not use the information for any purpose other than the prevention of terrorism"\n';

describe('a one-way channel binds the receiving side alone to what it does with what it receives (lr7 item 5)', () => {
  it('"not use …": the receiver by name, never "The Parties"', () => {
    const text = article(`  from LV\n  modality may\n  carries threat-assessments\n${notUse}`);
    assert.equal(text[1], 'The Republic of Estonia shall not use the information for any purpose other than the prevention of terrorism.');
    assert.equal(article('  from EE\n  carries indicators\n  purpose "use the information only for the protection of networks"\n')[1], 'The Republic of Latvia shall use the information only for the protection of networks.');
  });

  it('several receivers: "The receiving Party"; in an MoU "The receiving Participant will"', () => {
    assert.equal(article(`  from LV\n  carries indicators\n${notUse}`, treaty, 'EE, LV, FI')[1], 'The receiving Party shall not use the information for any purpose other than the prevention of terrorism.');
    assert.equal(article(`  from LV\n  carries indicators\n${notUse}`, `${mou}participant FI "NCSC-FI"\n`, 'EE, LV, FI')[1], 'The receiving Participant will not use the information for any purpose other than the prevention of terrorism.');
  });

  it('every sentence of a one-way article: none binds "the Parties" or speaks of an exchange', () => {
    const text = article([
      '  from LV',
      '  modality may',
      '  carries threat-assessments, personal-data',
      '  marking TLP:AMBER',
      '  handling official-secrecy',
      '  classification SECRET under GSA',
      '  exchange on-request',
      '  deadline "provide the information requested" within 10 working-days of request',
      '  deadline "acknowledge receipt" within 1 day of receipt',
      '  onward sharing none',
      notUse.trimEnd(),
      '  safeguards legally-binding-instrument',
      '  recipients "Head of the Desk"',
      '  contacts EE.Desk, LV.Desk',
      '  breach procedure "the receiving Party shall inform the originating Party without delay"',
      '',
    ].join('\n'));
    assert.ok(text.length >= 10, text.join('\n'));
    for (const sentence of text) {
      assert.doesNotMatch(sentence, /\bThe Parties\b|\bthe Parties shall\b|\bexchang|\beach other\b/, sentence);
    }
    assert.ok(text.includes('The Republic of Estonia shall not use the information for any purpose other than the prevention of terrorism.'), text.join('\n'));
  });

  it('near miss: a mutual channel keeps "The Parties shall not use …"', () => {
    assert.equal(article(`  carries indicators\n${notUse}`)[1], 'The Parties shall not use the information for any purpose other than the prevention of terrorism.');
  });
});
