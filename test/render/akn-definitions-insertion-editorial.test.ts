/**
 * lr15, D5: the Akoma Ntoso export of a concluded text's definitions insertion put its lead in an
 * `<omissis>` (which marks text left out) inside an ordinary `<paragraph eId="art_1__para_2">`, so a
 * consumer that keeps what is not editorial, or cites by eId, read a paragraph 2 of Article 1 that
 * the signed text does not have. The insertion is now a container of its own, `status="editorial"`
 * as a whole (`<hcontainer name="definitionsAsTranscribed">`), its lead a plain `<p
 * class="editorialNote">`; the text's own sub-units keep the eIds of their places. Checked on the
 * XML parsed back: no numbered unit of the text (article, paragraph, subparagraph) holds any of the
 * insertion unless through an editorial container, and nothing says text is left out.
 * Near miss: a draft prints its definitions as its own article, with nothing editorial.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { aknProblems, all, attrs, elements, parser, tag, textOf, type Node } from './akn-structure';

const concluded = (keyword: 'treaty' | 'memorandum', signed = true) =>
  `${keyword} "Agreement between Estonia and Finland on Cyber Incident Cooperation" {\n  status ${keyword === 'treaty' ? 'binding' : 'non-binding'}\n  languages English authentic\n` +
  `${signed ? '  signed at "Tallinn" on 2019-05-01\n' : ''}}\n\nparty EE "Republic of Estonia"\nparty FI "Republic of Finland"\n\n` +
  'clause Definitions "Article 1 – Definitions" """\n  For the purposes of this Agreement:\n"""\n\n' +
  'define "Incident" means "an event that compromises the security of a network and information system"\n' +
  'define "Competent Authority" means "the authority designated by each Party under Article 3"\n\n' +
  'clause Cooperation "Article 2 – Cooperation" """\n  The Parties shall cooperate in the handling of any Incident through their Competent Authority.\n"""\n';

function akn(text: string): string {
  const service = createEntenteService();
  service.open('file:///t.entente', text);
  return service.render('file:///t.entente', 'akn') ?? '';
}

/** The body's elements that are not inside (or themselves) an editorial container. */
function outsideEditorial(n: Node, out: Node[] = []): Node[] {
  if (attrs(n).status === 'editorial') return out;
  out.push(n);
  for (const k of elements(n)) outsideEditorial(k, out);
  return out;
}

function body(xml: string): Node {
  const root = (parser.parse(xml) as Node[]).find((n) => tag(n) === 'akomaNtoso')!;
  return all(root).find((n) => tag(n) === 'body' || tag(n) === 'mainBody')!;
}

describe('lr15 D5: the definitions insertion in Akoma Ntoso is editorial as a whole, not a numbered paragraph of the text', () => {
  for (const keyword of ['treaty', 'memorandum'] as const) {
    it(`${keyword}: the insertion is an editorial hcontainer; no article, paragraph or subparagraph of the text holds it`, () => {
      const xml = akn(concluded(keyword));
      assert.deepEqual(aknProblems(xml), []);
      const units = all(body(xml)).filter((n) => ['article', 'paragraph', 'subparagraph'].includes(tag(n)));
      // The text has Article 1 (its chapeau, one unit) and Article 2: the insertion adds no unit of the text.
      const own = units.filter((n) => /Definitions as transcribed|Incident”: an event/.test(textOf(n)) && !elements(n).some((k) => attrs(k).status === 'editorial'));
      assert.deepEqual(own.map((n) => attrs(n).eId), [], 'a unit of the text holds the insertion directly');
      const insertion = all(body(xml)).filter((n) => tag(n) === 'hcontainer' && attrs(n).name === 'definitionsAsTranscribed');
      assert.equal(insertion.length, 1);
      assert.equal(attrs(insertion[0]).status, 'editorial');
      assert.match(textOf(insertion[0]), /^\[Definitions as transcribed, not in the text’s own wording/);
      // What a consumer keeps when it drops the editorial: the text's words only.
      const kept = outsideEditorial(body(xml)).filter((n) => tag(n) === 'p').map(textOf).join(' ');
      assert.doesNotMatch(kept, /Definitions as transcribed|an event that compromises|designated by each Party/);
      assert.match(kept, /For the purposes of this Agreement:/);
      assert.ok(all(body(xml)).filter((n) => tag(n) === 'def').every((d) => !outsideEditorial(body(xml)).includes(d)), 'a def outside the editorial container');
      // Nothing is left out of this text: no omissis; and no second paragraph of Article 1.
      assert.doesNotMatch(xml, /<omissis>/);
      const sub = keyword === 'treaty' ? 'art_1__para_2' : 'para_1__subpara_2';
      assert.doesNotMatch(xml, new RegExp(`eId="${sub}"`));
    });
  }

  it('near miss: a draft prints its definitions as its own provision, with nothing editorial', () => {
    const xml = akn(concluded('treaty', false));
    assert.deepEqual(aknProblems(xml), []);
    assert.doesNotMatch(xml, /status="editorial"|definitionsAsTranscribed|Definitions as transcribed/);
    assert.match(xml, /<paragraph eId="art_1__para_2"><content><p>“<term refersTo="#incident">Incident<\/term>” means an event/);
  });
});
