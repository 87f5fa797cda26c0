/**
 * Export review 3, "After the review (engineers)", item 1 left open: a signed text whose date is not
 * stated (the Brawijaya–Wageningen Letter of Intent of 1979: no date, formula or signature block in
 * the series; the reply of 3 May 1980 calls it "the Letter of Intent signed by the two
 * universities"). `signed on unstated` says so; `concludedText` reads it as concluded, so no fix
 * rewrites the signed words, and the export dates nothing. Near misses: the same letter with no
 * signature statement, or with a planned date, stays a draft and keeps its fixes.
 */
import { strict as assert } from 'node:assert';
import { createEntenteService } from '../../server/src/language';
import { formatText } from '../../server/src/language/features/format';
import { parse } from '../../server/src/language/syntax/parse';
import { applyEdits, fixture, mainUri } from '../features/feature-fixture';
import { diagnose } from '../helpers/fixture';
import { repoText } from '../helpers/fix-review';

const concludedNote = /The text is concluded \(([^)]*)\): no fix that changes it is offered/;
const brawijaya = repoText('test/real-instruments/id-nl-brawijaya-wageningen-letter-of-intent-1979.entente');
const statement = '  signed on unstated without formula\n';

function withSignature(line: string): string {
  assert.ok(brawijaya.includes(statement), 'the transcription still says `signed on unstated without formula`');
  return brawijaya.replace(statement, line);
}

function readOf(text: string): { legalFixes: string[]; evidence: string[] } {
  const findings = diagnose(text);
  const legalFixes = findings.flatMap((d) => d.fixes.filter((f) => f.effect !== 'mechanical').map((f) => `${d.code}: ${f.title}`));
  const evidence = [...new Set(findings.map((d) => concludedNote.exec(d.message)?.[1]).filter((e): e is string => e !== undefined))];
  return { legalFixes, evidence };
}

function markdown(text: string): string {
  const service = createEntenteService({ readFile: () => undefined });
  const uri = 'file:///t/letter.entente';
  service.open(uri, text);
  return service.render(uri, 'markdown')!;
}

describe('a text signed on a date it does not state (`signed on unstated`)', () => {
  it('parses `on unstated` in the signature statement: no date, the word kept with its range', () => {
    const { ast, problems } = parse('memorandum "M" {\n  signed at "Malang" on unstated without formula\n}\n');
    assert.deepEqual(problems, []);
    const signature = ast.instrument?.signature;
    assert.equal(signature?.date, undefined);
    assert.equal(signature?.unstatedDate?.value, 'unstated');
    assert.deepEqual(signature?.unstatedDate?.range.start, { line: 1, character: 24 });
    assert.equal(signature?.without?.value, 'formula');
    assert.equal(parse('memorandum "M" {\n  signed at "Malang" on 2027-03-01\n}\n').ast.instrument?.signature?.unstatedDate, undefined);
  });

  it('is completed where the date goes, explained on hover, and kept by the formatter', () => {
    const { service, position } = fixture('memorandum "M" {\n  signed at "Malang" on $0\n}\n');
    assert.deepEqual(service.complete(mainUri, position).map((i) => i.label), ['unstated']);
    const hover = fixture('memorandum "M" {\n  signed on unst$0ated\n}\n');
    assert.match(JSON.stringify(hover.service.hover(mainUri, hover.position)?.contents), /`signed on unstated`: the text was signed and does not state when/);
    const messy = 'memorandum "M" {\nsigned   at "Malang"  on   unstated without formula\n}\n';
    assert.equal(applyEdits(messy, formatText(messy, { tabSize: 2, insertSpaces: true })), 'memorandum "M" {\n  signed at "Malang" on unstated without formula\n}\n');
  });

  it('Brawijaya–Wageningen 1979: concluded, and none of its findings offers a fix that rewrites the signed Letter', () => {
    const { legalFixes, evidence } = readOf(brawijaya);
    assert.deepEqual(legalFixes, []);
    assert.deepEqual(evidence, ['it was signed, on a date the text does not state']);
  });

  it('near miss: without the statement, or with a planned date, the same Letter is a draft and keeps its fixes', () => {
    for (const line of ['  signed without formula\n', '', '  signed on 2027-05-01 without formula\n']) {
      const { legalFixes, evidence } = readOf(withSignature(line));
      assert.deepEqual(evidence, [], line);
      assert.ok(legalFixes.some((f) => /Replace 'undertake to' with 'will'/.test(f)), `${line}: ${legalFixes.join('; ')}`);
    }
  });

  it('the export invents no date: no formula with `without formula`; "Signed at Malang" with no date and no blank for it otherwise', () => {
    const none = markdown(brawijaya);
    assert.doesNotMatch(none, /\bSigned at\b|date of signature|1979/);
    // Signed on a date it does not state, the Letter is concluded: no formula is generated from the header at all (ex11: a
    // concluded text prints the formula only as a clause holds it), and the note says the transcription holds none.
    const placed = markdown(withSignature('  signed at "Malang" on unstated\n'));
    assert.doesNotMatch(placed, /\bSigned at\b|date of signature|Malang on/);
    assert.match(placed, /final formula[^\n]* not transcribed/);
    // Near miss: a signature statement with no date at all is a draft's, and its date is a blank to fill.
    assert.match(markdown(withSignature('  signed at "Malang"\n')), /Signed at Malang on \*\*\\\[date of signature\\\]\*\*/);
  });
});
