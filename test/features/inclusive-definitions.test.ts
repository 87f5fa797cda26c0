/**
 * Inclusive definitions — "the term “nationals” includes: (a) … (b) …" (NL–Thailand 1973 Art. I
 * style), "shall include" (ETS 20, 1955, Art. 1), "shall comprise" (NL–Hungary 1987, Art. 1), "includes,
 * but is not limited to" — read against "means" (lg44, item 4). What was wrong, and is fixed:
 * - hover and completion said "“X” means …" for a term the text defines inclusively (ETS 20's
 *   "cripples", NL–CTA 1984's "archives"; NATO 1997's transcribed meaning "includes documents …" read
 *   "means includes"): they now quote the text's connector and say the definition is not exhaustive;
 * - undefined-term read "“Dependants” shall comprise spouses" as an undefined term (it knew "includes"
 *   and "shall include" but not "comprise"): the connectors have one home (util/definition-connectors.ts).
 * What was right, and is pinned: the export prints the clause's connector as written, draft or
 * concluded, and never rewrites it into "means".
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, mainUri } from './feature-fixture';
import { diagnose } from '../helpers/fixture';
import fc from 'fast-check';
import { readDefinitions } from '../../server/src/language/util/definition-connectors';

const treaty = (connector: string, signed = false) => `treaty "Agreement between A and B on the protection of nationals" {
  status binding
${signed ? '  signed at "Bangkok" on 1973-06-04\n' : ''}}
party A "Kingdom of A" { kind state }
party B "Kingdom of B" { kind state }
define "Nationals" means "(a) all natural persons possessing the nationality of a Party; (b) all legal persons constituted under its law"
clause Art1 "Article I" about definitions """
  For the purposes of this Agreement the term “Nationals” ${connector}:
  (a) all natural persons possessing the nationality of a Party;
  (b) all legal persons constituted under its law.
"""
clause Art2 "Article II" """
  Nationals of either Party shall enjoy the protection of the other.
"""
`;
const hoverOf = (text: string) => {
  const { service } = fixture(text);
  const line = text.split('\n').findIndex((l) => l.startsWith('define "Nationals"'));
  return String(service.hover(mainUri, { line, character: 10 })?.contents);
};

describe('inclusive definitions are not presented as exhaustive', () => {
  for (const connector of ['includes', 'shall include', 'shall comprise', 'shall also include', 'shall be deemed to include', 'includes, but is not limited to']) {
    it(`hover quotes the text's “${connector}” and says the definition is not exhaustive`, () => {
      const shown = hoverOf(treaty(connector));
      const written = connector.replace(/, but is not limited to$/u, '');
      assert.ok(shown.startsWith(`**“Nationals”** ${written} (a) all natural persons`), shown);
      assert.match(shown, new RegExp(`An inclusive definition \\(the text’s “${written}”\\): it says what the term includes, not all it means\\.`, 'u'));
      assert.doesNotMatch(shown, /\bmeans\s+\(a\)/u);
    });
  }

  it('near miss: a text that says “means” is hovered with “means”, and nothing more', () => {
    assert.equal(hoverOf(treaty('means')), '**“Nationals”** means (a) all natural persons possessing the nationality of a Party; (b) all legal persons constituted under its law');
  });

  it('a transcribed meaning that opens with “includes” is not read “means includes” (NATO 1997, Annex I(c))', () => {
    const text = 'define "Material" means "includes documents and also any item of machinery or equipment"\nclause C """\n  Material shall be protected.\n"""\n';
    const shown = hoverOf(text.replace('"Material" means', '"Nationals" means').replace('Material shall', 'Nationals shall'));
    assert.ok(shown.startsWith('**“Nationals”** includes documents and also any item'), shown);
  });

  it('completion documents the term the same way', () => {
    const text = treaty('shall include').replace('  Nationals of either Party', '  $0');
    const { service, position } = fixture(text);
    const items = service.complete(mainUri, position);
    const item = items.find((i) => i.label === 'Nationals');
    assert.match(String(item?.documentation), /^“Nationals” shall include \(a\)/u);
  });

  it('ETS 20 (1955) “cripples”: hover says “shall include”, as Art. 1 does', () => {
    const path = join(import.meta.dirname, '../real-instruments/coe-ets20-war-cripples-exchange-1955.entente');
    const text = readFileSync(path, 'utf8');
    const { service } = fixture(text);
    const line = text.split('\n').findIndex((l) => l.startsWith('define "cripples"'));
    assert.match(String(service.hover(mainUri, { line, character: 10 })?.contents), /^\*\*“cripples”\*\* shall include all persons/u);
  });

  it('undefined-term: a term the text defines in place with “shall comprise” is defined; near miss: a quoted term with no connector is not', () => {
    const clause = (words: string) => `clause C """\n  For the purposes of this Agreement, “Dependants” ${words} spouses and children.\n"""\n`;
    for (const words of ['shall comprise', 'comprises', 'shall be deemed to include', 'includes, but is not limited to']) {
      assert.deepEqual(diagnose(clause(words)).filter((d) => d.code === 'undefined-term'), [], words);
    }
    assert.equal(diagnose(clause('receive benefits for')).filter((d) => d.code === 'undefined-term').length, 1);
  });

  describe('only a general inclusive definition is inclusive (lr22 D4)', () => {
    const incident = (article1: string, article5: string) => `treaty "Agreement between A and B on cyber incidents" {
  status binding
}
party A "Kingdom of A" { kind state }
party B "Kingdom of B" { kind state }
define "Incident" means "an event that disrupts the security of network and information systems"
clause Art1 "Article 1 – Definitions" about definitions """
  ${article1}
"""
clause Art5 "Article 5 – Notification" """
  1. ${article5}
  2. Each Party shall notify the other of any Incident within 24 hours.
"""
`;
    const hoverIncident = (text: string) => {
      const { service } = fixture(text);
      const line = text.split('\n').findIndex((l) => l.startsWith('define "Incident"'));
      return String(service.hover(mainUri, { line, character: 10 })?.contents);
    };
    const means = '**“Incident”** means an event that disrupts the security of network and information systems';
    const general = 'For the purposes of this Agreement, “Incident” means an event that disrupts the security of network and information systems.';

    const art5 = (sentence: string) => `${means}\n\nFor a part of the text only: “${sentence}” (Article 5 – Notification)`;
    it('the probe: a general “means” definition and an article-limited “includes only” — hover says “means”, and quotes the Article’s with its scope', () => {
      const limited = 'For the purposes of this Article, “Incident” includes only an event that disrupts an essential service.';
      assert.equal(hoverIncident(incident(general, limited)), art5(limited));
    });
    it('an article-limited inclusive definition alone, or “includes only” alone, is not the general definition', () => {
      const limited = 'For the purposes of this Article, “Incident” includes an event that disrupts an essential service.';
      assert.equal(hoverIncident(incident('The Parties shall cooperate.', limited)), art5(limited));
      const paragraph = '“Incident”, for the purposes of this paragraph, includes an event that disrupts an essential service.';
      assert.equal(hoverIncident(incident('The Parties shall cooperate.', paragraph)), art5(paragraph));
      assert.equal(hoverIncident(incident('For the purposes of this Agreement, “Incident” includes only an event that disrupts the security of network and information systems.', 'The Parties shall cooperate.')), means);
    });
    it('a general “means” in one article outweighs a general “includes” in another (a definition elsewhere)', () => {
      assert.equal(hoverIncident(incident(general, 'For the purposes of this Agreement, “Incident” includes an event that disrupts an essential service.')), means);
    });
    it('near miss: a general “includes” with no “means” definition beside it stays inclusive', () => {
      const shown = hoverIncident(incident('For the purposes of this Agreement, “Incident” includes an event that disrupts the security of network and information systems.', 'For the purposes of this Article, “Incident” includes only an event that disrupts an essential service.'));
      assert.match(shown, /^\*\*“Incident”\*\* includes an event that disrupts the security/u);
      assert.match(shown, /An inclusive definition \(the text’s “includes”\): it says what the term includes, not all it means\.\n\nFor a part of the text only: “For the purposes of this Article, “Incident” includes only an event that disrupts an essential service\.” \(Article 5 – Notification\)$/u);
    });

    const committee = (sentence: string) => `treaty "Agreement between A and B on cyber cooperation" {
  status binding
}
party A "Kingdom of A" { kind state }
party B "Kingdom of B" { kind state }
define "Joint Committee" means "the committee established under Article 5"
clause Art5 "Article 5" """
  The Parties hereby establish a Joint Committee. ${sentence}
"""
`;
    const hoverCommittee = (text: string) => {
      const { service } = fixture(text);
      const line = text.split('\n').findIndex((l) => l.startsWith('define "Joint Committee"'));
      return String(service.hover(mainUri, { line, character: 10 })?.contents);
    };
    it('“The “Joint Committee” shall comprise three representatives” is the body’s composition, not a definition', () => {
      assert.equal(hoverCommittee(committee('The "Joint Committee" shall comprise three representatives of each Party.')), '**“Joint Committee”** means the committee established under Article 5');
      assert.equal(hoverCommittee(committee('“Joint Committee” shall comprise 3 representatives of each Party.')), '**“Joint Committee”** means the committee established under Article 5');
    });
    it('near miss: “the term “Joint Committee” shall comprise …” is an inclusive definition', () => {
      assert.match(hoverCommittee(committee('The term "Joint Committee" shall comprise the committee established under Article 5 and its working groups.')), /^\*\*“Joint Committee”\*\* shall comprise the committee/u);
    });
  });

  it('property: a definition limited to a part of the text, or "includes only", is never read as a general inclusive one; the same words for the whole Agreement are', () => {
    const term = fc.stringMatching(/^[A-Z][a-z]{2,12}(?: [a-z]{3,10})?$/u);
    const part = fc.constantFrom('Article', 'paragraph', 'Annex', 'Part', 'Chapter', 'sub-paragraph');
    const connector = fc.constantFrom('includes', 'shall include', 'comprises', 'shall be deemed to include');
    fc.assert(
      fc.property(term, part, connector, fc.boolean(), (t, p, c, before) => {
        const limited = before ? `For the purposes of this ${p}, “${t}” ${c} any event.` : `“${t}”, for the purposes of this ${p}, ${c} any event.`;
        const key = t.toLowerCase();
        const reading = readDefinitions(limited);
        if (reading.inclusive.has(key) || !reading.limited.has(key)) return false;
        if (readDefinitions(`For the purposes of this Agreement, “${t}” ${c} only any event.`).inclusive.has(key)) return false;
        return readDefinitions(`For the purposes of this Agreement, “${t}” ${c} any event.`).inclusive.get(key) === c;
      }),
    );
  });

  it('the export prints the connector as written, draft or concluded, never “means”', () => {
    for (const signed of [false, true]) {
      for (const connector of ['includes', 'shall comprise']) {
        const { service } = fixture(treaty(connector, signed));
        const markdown = service.render(mainUri, 'markdown') ?? '';
        assert.match(markdown, new RegExp(`the term “Nationals” ${connector}:`, 'u'), `${connector}, signed ${signed}`);
        assert.doesNotMatch(markdown, /“Nationals” means/u, `${connector}, signed ${signed}`);
      }
    }
  });
});
