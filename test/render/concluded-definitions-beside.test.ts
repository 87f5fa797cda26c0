/**
 * A clause of a concluded text's definitions article stands for the definitions its words hold,
 * not for the others (render/concluded-definitions.ts).
 *
 * Seventy-first run, defect 1 (OSPAR 1992 Art. 1: the exclusions (g), (i), (o), "“Dumping” does not
 * include …", as a clause; sixteen definitions as `define`s) and seventy-third run, defect 1
 * (Istanbul 2011 Art. 3: (a) and (f) as the clause, (b)–(e) as `define`s): the export printed none
 * of the `define`s, without a mark, and the note said "the text's own provisions are printed as
 * transcribed". Seventy-second run, defect 2 (Joint Convention 1997): `define "Agency"`, written
 * before Art. 37, whose words introduce "the Agency", was printed inside Art. 2's insertion.
 */
import assert from 'node:assert/strict';
import { aknProblems } from './akn-structure';
import { openRealInstrument, concludedTreaty, renderText } from './render-fixtures';

const render = renderText;

const treaty = (body: string) => concludedTreaty(body);

const art1 = (words: string) => `clause Art1 "Article 1 – Definitions" about definitions """\n${words}\n"""\n`;
const art2 = 'clause Art2 "Article 2 – Obligations" """\n  The Parties shall prevent Dumping.\n"""\n';

describe('a clause holding part of the definitions article stands for those only (seventy-first and seventy-third runs, defect 1)', () => {
  const exclusions = art1('  g) “Dumping” does not include the disposal of wastes incidental to the normal operations of vessels.');
  const defines = 'define "Maritime area" means "the internal waters and the territorial seas of the Parties"\ndefine "Dumping" means "any deliberate disposal in the maritime area of wastes"\n';

  it('OSPAR: the `define`s before a clause of exclusions are printed before its words, marked; the note does not say they are printed as transcribed', () => {
    const md = render(treaty(defines + exclusions + art2));
    assert.match(md, /printed before the article’s own words as transcribed, which hold its other definitions/);
    assert.match(md, /“Maritime area”: the internal waters/);
    assert.match(md, /“Dumping”: any deliberate disposal/);
    assert.ok(md.indexOf('“Maritime area”:') < md.indexOf('g) “Dumping” does not include') || md.indexOf('“Maritime area”:') < md.indexOf('“Dumping” does not include'));
    assert.match(md, /Its 2 definitions, which the transcription holds as declarations/);
    assert.doesNotMatch(md, /Definitions ‘Maritime area’/);
    for (const format of ['html', 'akn'] as const) assert.match(render(treaty(defines + exclusions + art2), format), /Maritime area/);
    assert.deepEqual(aknProblems(render(treaty(defines + exclusions + art2), 'akn')), []);
  });

  it('Istanbul: `define`s after a clause holding (a) are printed after its words; the one it holds is not printed twice', () => {
    const clause = art1('  For the purpose of this Convention:\n  a) “violence against women” shall mean all acts of gender-based violence against women;\n  f) “women” includes girls under the age of 18.');
    const after = 'define "violence against women" means "all acts of gender-based violence against women"\ndefine "gender" means "the socially constructed roles"\n';
    const md = render(treaty(clause + after + art2));
    assert.match(md, /printed after the article’s own words as transcribed/);
    assert.match(md, /“gender”: the socially constructed roles/);
    assert.doesNotMatch(md, /“violence against women”: /);
  });

  it('near miss: a clause that defines every term by "means" stands for them all — nothing inserted, nothing noted', () => {
    const clause = art1('  “Maritime area” means the internal waters and the territorial seas of the Parties;\n  “Dumping” means any deliberate disposal in the maritime area of wastes.');
    const md = render(treaty(defines + clause + art2));
    assert.doesNotMatch(md, /Definitions as transcribed|Definitions? ‘/);
  });
});

describe('a `define` written beside another article is not the definitions article’s (seventy-second run, defect 2)', () => {
  const defs = art1('  For the purposes of this Convention:') + 'define "storage" means "the holding of spent fuel"\n';
  const secretariat = 'clause Art37 "Article 37 – Secretariat" """\n  1. The International Atomic Energy Agency (hereinafter referred to as “the Agency”) shall provide the secretariat.\n"""\n';

  it('Joint Convention: "Agency", before Art. 37 whose words introduce it, is not in Art. 1’s insertion; the note says where the text defines it', () => {
    const md = render(treaty(defs + art2 + 'define "Agency" means "The International Atomic Energy Agency"\n' + secretariat));
    assert.match(md, /“storage”: the holding of spent fuel/);
    assert.doesNotMatch(md, /“Agency”: /);
    assert.match(md, /Definition ‘Agency’ is not printed from its declaration: the text’s own words define it, in Article 37 – Secretariat\./);
  });

  it('near miss: a `define` beside another article that no clause defines is printed there, its place said not known — not in Art. 1', () => {
    const plain = 'clause Art37 "Article 37 – Secretariat" """\n  1. The Agency shall provide the secretariat.\n"""\n';
    const md = render(treaty(defs + art2 + 'define "Agency" means "The International Atomic Energy Agency"\n' + plain));
    const at = md.indexOf('“Agency”: ');
    assert.ok(at > md.indexOf('## Article 2') && at < md.indexOf('## Article 37'));
    assert.match(md, /printed where the transcription puts them: where the text has them is not known/);
  });

  it('the real instruments: Joint Convention Art. 2 without "Agency"; Istanbul Art. 3 with (b)–(e); OSPAR Art. 1 with its sixteen', () => {
    const joint = openRealInstrument('joint-convention-spent-fuel-1997.entente');
    const jointMd = joint.service.render(joint.uri, 'markdown') ?? '';
    assert.doesNotMatch(jointMd, /“Agency”: /);
    assert.match(jointMd, /“transboundary movement”: /);
    const istanbul = openRealInstrument('istanbul-convention-2011.entente');
    const istanbulMd = istanbul.service.render(istanbul.uri, 'markdown') ?? '';
    for (const term of ['domestic violence', 'gender', 'gender-based violence against women', 'victim']) assert.match(istanbulMd, new RegExp(`“${term}”: `));
    assert.doesNotMatch(istanbulMd, /“GREVIO”: |the text’s own provisions are printed as transcribed\): Definitions/);
    const ospar = openRealInstrument('ospar-convention-1992.entente');
    const osparMd = ospar.service.render(ospar.uri, 'markdown') ?? '';
    assert.equal((osparMd.match(/^> “[^”]+”: /gmu) ?? []).length, 16);
  });
});
