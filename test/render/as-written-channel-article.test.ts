/**
 * An `as-written` channel is the text's own words: its heading asserts no exchange, and in a draft
 * of the text its words, which the numbered text already prints, are not printed a second time
 * under "Proposed from the declarations; not yet in the numbered text" (treaty lawyer lr7,
 * 2026-12-05, defect 5: Early Notification Art. 2, a duty to notify that runs one way, under
 * "Exchange of information", and printed twice; the concluded note's "(exchange of information)").
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { openRealInstrument } from './render-fixtures';

const art2 =
  'In the event of an accident specified in article 1, the State Party referred to in that article shall forthwith notify those States which are or may be physically affected and the Agency of the nuclear accident, its nature, the time of its occurrence and its exact location where appropriate';
const head = 'treaty "Convention" {\n  status binding\n}\nparty EE "the Republic of Estonia" { kind state }\nparty LV "the Republic of Latvia" { kind state }\n';

function render(body: string) {
  const service = createEntenteService({ readFile: () => undefined });
  service.open('file:///t/w.entente', `${head}${body}`);
  return service.renderModel('file:///t/w.entente')!;
}
const texts = (a: { paragraphs: readonly (string | { text: string })[] }) => a.paragraphs.map((p) => (typeof p === 'string' ? p : p.text));

describe('an as-written channel\'s article: a neutral heading, and the text\'s words printed once (treaty lawyer lr7)', () => {
  it('no `from`: "Information", never "Exchange of information"; with `from`, or with a generated sentence, as before (near misses)', () => {
    const headingOf = (lines: string) => render(`channel N between EE, LV {\n${lines}}\n`).articles.map((a) => a.heading).filter((h) => /information/i.test(h));
    assert.deepEqual(headingOf(`  modality as-written\n  exchange "${art2} (Article 2)"\n`), ['Information']);
    assert.deepEqual(headingOf(`  from EE\n  modality as-written\n  exchange "${art2} (Article 2)"\n`), ['Provision of information']);
    assert.deepEqual(headingOf('  modality may\n  carries indicators\n'), ['Exchange of information']);
  });

  it('in a draft, words a clause already prints are not reprinted as "not yet in the numbered text"; words cut with "…" are (near miss)', () => {
    const clause = `clause Art2 "Article 2 – Notification and information" """\n  ${art2}.\n"""\n`;
    const once = render(`${clause}channel N between EE, LV {\n  modality as-written\n  exchange "${art2} (Article 2)"\n}\n`);
    assert.equal((once.outside?.articles ?? []).filter((a) => /information/i.test(a.heading)).length, 0, JSON.stringify(once.outside));
    // What the clause does not print stays, beside the words that are dropped.
    const withPurpose = render(`${clause}channel N between EE, LV {\n  modality as-written\n  purpose "the protection of the population"\n  exchange "${art2} (Article 2)"\n}\n`);
    const kept = (withPurpose.outside?.articles ?? []).filter((a) => a.heading === 'Information').map(texts);
    assert.deepEqual(kept, [['Information communicated under this Article shall be used only for the purpose of the protection of the population.']]);
    const cut = render(`${clause}channel N between EE, LV {\n  modality as-written\n  exchange "In the event of an accident specified in article 1, the State Party … shall forthwith notify (Article 2)"\n}\n`);
    assert.equal((cut.outside?.articles ?? []).filter((a) => a.heading === 'Information').length, 1);
  });

  it('an as-written channel\'s onward-sharing rule is for the checks, not printed beside the words (UNCAC Art. 46(19), lr7 defect 2); a generated channel prints it (near miss)', () => {
    const words = 'The requesting State Party shall not transmit or use information or evidence furnished by the requested State Party for investigations other than those stated in the request without the prior consent of the requested State Party (Article 46(19))';
    const asWritten = render(`channel N between EE, LV {\n  modality as-written\n  exchange on-request "${words}"\n  onward sharing with-consent\n}\n`).articles.filter((a) => a.heading === 'Information').map(texts);
    assert.deepEqual(asWritten, [[`${words}.`]]);
    const generated = render('channel N between EE, LV {\n  modality may\n  carries indicators\n  onward sharing with-consent\n}\n').articles.filter((a) => /information$/.test(a.heading)).map(texts);
    assert.ok(generated[0].includes('Information shall be shared onward only with the prior consent of its originator.'), generated[0].join(' | '));
  });

  it('the concluded Early Notification Convention\'s note names the channel "(information)", not "(exchange of information)"', () => {
    const { service, uri } = openRealInstrument('iaea-early-notification-nuclear-accident-1986.entente');
    const note = service.renderModel(uri)!.unprinted;
    assert.ok(note, 'a concluded text has its note');
    assert.match(note.text, /Channel ‘Notification’ \(information\)/);
    assert.doesNotMatch(note.text, /exchange of information/);
  });
});
