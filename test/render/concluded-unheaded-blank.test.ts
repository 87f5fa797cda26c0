/**
 * lr14, D4: a concluded text whose provision has no heading and no topic was bannered "DRAFT — 1
 * blank to fill" (HTML title "DRAFT — …"), though the heading the renderer supplies is not printed
 * for a signed text (sixty-first run, defect 2) and no bracket stood anywhere in it: the blank was
 * counted in the supplied heading, not in what is printed. Near miss: the same text as a draft
 * prints the blank heading and keeps its banner.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';

const treaty = (done: string) =>
  `treaty "Agreement between the Kingdom of the Netherlands and the Republic of Finland on cyber cooperation" {\n  status binding\n  languages English authentic\n${done}  consent by signature\n  effect on signature\n  duration indefinite\n  termination with notice of 6 months\n  disputes by negotiation\n}\n` +
  'party NL "Kingdom of the Netherlands" { kind state jurisdiction NL }\nparty FI "Republic of Finland" { kind state jurisdiction FI }\n' +
  'clause Defs "Article 1" about definitions """\n  For the purposes of this Agreement, "incident" means an event compromising the security of network and information systems.\n"""\n' +
  'clause Coop """\n  The Parties shall cooperate in the handling of incidents through their CSIRTs.\n"""\n';

function rendered(text: string) {
  const service = createEntenteService();
  const uri = 'file:///lf27-unheaded.entente';
  service.open(uri, text, 1);
  return { doc: service.renderModel(uri)!, md: service.render(uri, 'markdown')!, html: service.render(uri, 'html')! };
}

describe('lr14 D4: a concluded text is not bannered DRAFT for a heading it does not print', () => {
  it('signed 2019: no blank counted, no DRAFT banner, no bracket', () => {
    const { doc, md, html } = rendered(treaty('  done at "Helsinki" on 2019-05-03\n'));
    assert.equal(doc.draft, undefined, JSON.stringify(doc.draft));
    assert.doesNotMatch(md, /DRAFT|\[/);
    assert.doesNotMatch(html, /<title>DRAFT/);
    assert.match(md, /The Parties shall cooperate in the handling of incidents through their CSIRTs\./);
  });

  it('near miss: the same text as a draft prints the blank heading and counts it', () => {
    const { doc, md } = rendered(treaty(''));
    assert.ok(doc.draft && doc.draft.blanks >= 1, JSON.stringify(doc.draft));
    assert.match(md, /DRAFT — .*blank/);
    assert.match(md, /\[/);
  });
});
