/**
 * A concluded text's `define` is left out of the export only where another article's words are its
 * definition (render/own-definitions.ts); the definitions article's words count as holding
 * definitions wherever they define a quoted term; the mark at a gap says only what the file says.
 *
 * The treaty lawyer's seventeenth check (lr17):
 * - D6: "For the purposes of this Article, “Incident” includes only …" in Art. 5, or "… (the
 *   Incident)", dropped the general definition of "Incident" from the insertion, and the note said
 *   Art. 5 defines it.
 * - D7: Istanbul Art. 3 transcribed as (a) and (f) in the clause's words and (b)–(e) as `define`s,
 *   without repeating (a) as a `define`, lost (b)–(e); the beside placements were said "where the
 *   text has them".
 * - D8: "[The wording of Articles 2 and 3 is not printed; their definitions follow, as transcribed.]"
 *   said both untranscribed articles hold definitions.
 */
import assert from 'node:assert/strict';
import { openRealInstrument, concludedTreaty, renderText } from './render-fixtures';

const render = renderText;

const treaty = (body: string) => concludedTreaty(body);

const art1 = 'clause Art1 "Article 1 – Definitions" about definitions """\n  For the purposes of this Convention:\n  g) “Dumping” does not include the disposal of wastes incidental to the normal operations of vessels.\n"""\n';
const defines = 'define "Dumping" means "any deliberate disposal in the maritime area of wastes"\ndefine "Incident" means "any event having an actual adverse effect on the security of network and information systems"\n';
const art2 = 'clause Art2 "Article 2 – Obligations" """\n  The Parties shall prevent Dumping and notify each Incident.\n"""\n';
const art5 = (first: string) => `clause Art5 "Article 5 – Notification of major incidents" """\n  1. ${first}\n  2. Each Party shall notify the other of any Incident without delay.\n"""\n`;
const incident = '“Incident”: any event having an actual adverse effect';

describe('a `define` is carried by another article only where its words are the declaration’s (lr17, D6)', () => {
  it('"For the purposes of this Article, “Incident” includes only …": the general definition is printed; the note says what Art. 5 does', () => {
    const md = render(treaty(art1 + defines + art2 + art5('For the purposes of this Article, “Incident” includes only an event that disrupts an essential service for more than twenty-four hours.')));
    assert.match(md, new RegExp(incident));
    assert.doesNotMatch(md, /Definition ‘Incident’ is not printed|the text’s own words define it/);
    assert.match(md, /Article 5 – Notification of major incidents also says in its own words what ‘Incident’ includes, limited by “For the purposes of this Article”; the definition the transcription declares is printed as well\./);
  });

  it('"(the Incident)" naming one event: the general definition is printed; the note says Art. 5 uses the term in brackets', () => {
    const md = render(treaty(art1 + defines + art2 + art5('Where a Party detects an attack on the other Party’s election systems (the Incident), it shall inform the other Party at once.')));
    assert.match(md, new RegExp(incident));
    assert.match(md, /also uses ‘Incident’ in brackets for what its own words describe; the definition the transcription declares is printed as well/);
  });

  it('"“Incident” means" in other words, for the whole text: both printed, the note says Art. 5 also defines it', () => {
    const md = render(treaty(art1 + defines + art2 + art5('“Incident” means an event that disrupts an essential service.')));
    assert.match(md, new RegExp(incident));
    assert.match(md, /also defines ‘Incident’ in its own words; the definition the transcription declares is printed as well/);
  });

  it('near miss: Art. 5’s words are the declaration’s ("“Incident” means any event having …"): carried, not printed twice', () => {
    const md = render(treaty(art1 + defines + art2 + art5('“Incident” means any event having an actual adverse effect on the security of network and information systems.')));
    assert.doesNotMatch(md, new RegExp(incident));
    assert.match(md, /Definition ‘Incident’ is not printed from its declaration: the text’s own words define it, in Article 5 – Notification of major incidents\./);
  });

  it('near miss: the declaration’s words limited to Art. 5 are Art. 5’s definition: carried, and the note quotes the limit', () => {
    const md = render(treaty(art1 + defines + art2 + art5('For the purposes of this Article, “Incident” means any event having an actual adverse effect on the security of network and information systems.')));
    assert.doesNotMatch(md, new RegExp(incident));
    assert.match(md, /the text’s own words define it, in Article 5 – Notification of major incidents, limited by “For the purposes of this Article”\./);
  });

  it('a text the renderer numbers: a `define` whose term another clause only names "(the Incident)" is named in the note, not dropped without a word', () => {
    const plain = (id: string, heading: string, words: string) => `clause ${id} "${heading}" """\n  ${words}\n"""\n`;
    const body = plain('Defs', 'Definitions', 'For the purposes of this Convention, “Dumping” means any deliberate disposal of wastes.').replace('"Definitions"', '"Definitions" about definitions')
      + 'define "Dumping" means "any deliberate disposal of wastes"\n' + defines.split('\n')[1] + '\n'
      + plain('Duties', 'Obligations', 'The Parties shall notify each Incident.')
      + plain('Notice', 'Notification of major incidents', 'Where a Party detects an attack on the other Party’s election systems (the Incident), it shall inform the other Party at once.');
    const md = render(treaty(body));
    assert.match(md, /Definition ‘Incident’, which the transcription holds as a declaration \(\\`define\\`\), is not printed: this export does not know its place in the text\./);
  });

  it('the real instruments: Lanzarote Arts. 19(2), 20(2) and WHO FCTC Protocol Art. 38 carried with their limits quoted; Joint Convention "Agency" and Montserrat unchanged', () => {
    const note = (file: string) => {
      const { service, uri } = openRealInstrument(file);
      return service.render(uri, 'markdown') ?? '';
    };
    assert.match(note('coe-lanzarote-child-protection-2007.entente'), /‘child prostitution’ in Article 19 – Offences concerning child prostitution, limited by “For the purpose of the present article”/);
    assert.match(note('who-fctc-illicit-tobacco-trade-protocol-2012.entente'), /Definition ‘Parties present and voting’ is not printed from its declaration: the text’s own words define it, in Article 38 — Amendments to this protocol, limited by “For purposes of this Article”\./);
    assert.match(note('joint-convention-spent-fuel-1997.entente'), /Definition ‘Agency’ is not printed from its declaration: the text’s own words define it, in Article 37 – Secretariat\./);
    assert.match(note('nl-montserrat-tiea-2009.entente'), /Definitions ‘Agreement’, ‘the receiving authority’ and ‘the supplying authority’ are not printed from their declarations: the text’s own words define them/);
  });
});

describe('the definitions article holds definitions wherever its words define a quoted term (lr17, D7)', () => {
  const istanbul = 'clause Art3 "Article 3 – Definitions" about definitions """\n  For the purpose of this Convention:\n  a) “violence against women” shall mean all acts of gender-based violence against women;\n  f) “women” includes girls under the age of 18.\n"""\n';
  const after = 'define "domestic violence" means "all acts of physical, sexual, psychological or economic violence that occur within the family"\ndefine "gender" means "the socially constructed roles"\n';
  const art4 = 'clause Art4 "Article 4 – Obligations" """\n  The Parties shall prevent violence against women and domestic violence, having regard to gender.\n"""\n';

  it('Istanbul Art. 3 without (a) repeated as a `define`: (b)–(e) printed after its words; the note says "in the article that has them, beside its words"', () => {
    const md = render(treaty(istanbul + after + art4));
    assert.match(md, /printed after the article’s own words as transcribed, which hold its other definitions/);
    assert.match(md, /“domestic violence”: all acts/);
    assert.match(md, /“gender”: the socially constructed roles/);
    assert.match(md, /printed from them as a marked insertion in the article that has them, beside its words:/);
    assert.doesNotMatch(md, /this export does not know their place|where the text has them/);
  });

  it('OSPAR’s exclusions alone ("“Dumping” does not include …"): the others printed beside them', () => {
    const md = render(treaty(art1 + 'define "Maritime area" means "the internal waters and the territorial seas of the Parties"\n' + art2));
    assert.match(md, /“Maritime area”: the internal waters/);
    assert.match(md, /in the article that has it, beside its words:/);
  });

  it('near miss: words that quote a term without defining it hold no definition — the place is not known, and said so', () => {
    const quoting = 'clause Art3 "Article 3 – Definitions" about definitions """\n  The terms “domestic violence” and “gender” are used in this Convention as in the Annex.\n"""\n';
    const md = render(treaty(quoting + 'define "victim" means "any natural person who is subject to violence"\n' + art4));
    assert.doesNotMatch(md, /“victim”: /);
    assert.match(md, /Definition ‘victim’, which the transcription holds as a declaration \(\\`define\\`\), is not printed: this export does not know its place in the text\./);
  });
});

describe('the mark at a gap says only that the transcription places the definitions there (lr17, D8)', () => {
  const purpose = 'clause Art1 "Article 1 – Purpose" """\n  The purpose of this Convention is to protect networks.\n"""\n';
  const two = 'define "Incident" means "any event having an actual adverse effect"\ndefine "Operator" means "a provider of an essential service"\n';
  const art4 = 'clause Art4 "Article 4 – Obligations" """\n  Each Operator shall notify each Incident.\n"""\n';

  it('two articles skipped: "[Articles 2 and 3 are not printed; the definitions the transcription places between Articles 1 and 4 follow.]"; the note names the gap', () => {
    const md = render(treaty(purpose + two + art4));
    assert.match(md, /> \*\\\[Articles 2 and 3 are not printed; the definitions the transcription places between Articles 1 and 4 follow\.\\\]\*/);
    assert.match(md, /as a marked insertion where the transcription puts them, in the gap of Articles 2–3:/);
    assert.doesNotMatch(md, /their definitions follow|where the text has them/);
  });

  it('the first articles skipped, the definitions after the preamble: "… places before Article 3 follow."', () => {
    const preamble = 'clause Preamble "Preamble" """\n  The Parties, Desiring to protect networks, Have agreed as follows:\n"""\n';
    const art3 = 'clause Art3 "Article 3 – Obligations" """\n  Each Operator shall notify each Incident.\n"""\n';
    const md = render(treaty(preamble + two + art3));
    assert.match(md, /> \*\\\[Articles 1 and 2 are not printed; the definitions the transcription places before Article 3 follow\.\\\]\*/);
    assert.match(md, /in the gap of Articles 1–2:/);
  });

  it('a text numbered in Roman numerals: the note names the gap in them (Caribbean LBS Protocol 1999: "in the gap of Article I")', () => {
    const { service, uri } = openRealInstrument('caribbean-lbs-protocol-1999.entente');
    assert.match(service.render(uri, 'markdown') ?? '', /as a marked insertion where the transcription puts them, in the gap of Article I:/);
  });

  it('near miss: one article skipped keeps "Article 2’s wording is not printed; the definitions the transcription places here follow."', () => {
    const art3 = 'clause Art3 "Article 3 – Obligations" """\n  Each Operator shall notify each Incident.\n"""\n';
    const md = render(treaty(purpose + two + art3));
    assert.match(md, /> \*\\\[Article 2’s wording is not printed; the definitions the transcription places here follow\.\\\]\*/);
    assert.match(md, /where the transcription puts them, in the gap of Article 2:/);
  });
});
