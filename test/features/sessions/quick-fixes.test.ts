/**
 * Applying every quick fix offered on samples/review-me.entente, one at a time, then "fix all"
 * per code: the finding targeted goes away and no new error appears; a suppression adds only a
 * comment, never a word of the instrument's text.
 */
import assert from 'node:assert/strict';
import { ententeLexer } from '../../../server/src/language/syntax/lexer';
import { applyEdits } from '../../helpers/edits';
import { diskService, read, uriOf } from './session-helpers';

const path = 'samples/review-me.entente';
const uri = uriOf(path);
const text = read(path);

function diagnosticsOf(source: string) {
  const service = diskService();
  service.open(uri, source);
  return service.diagnostics(uri);
}

const words = (source: string) => ententeLexer.tokenize(source).tokens.map((t) => t.image);
const sameSpot = (a: { code: string; range: { start: { line: number; character: number } } }, line: number, character: number, code: string) => a.code === code && a.range.start.line === line && a.range.start.character === character;

describe('editing session: quick fixes on review-me', function () {
  this.timeout(20000);
  const service = diskService();
  service.open(uri, text);
  const before = service.diagnostics(uri);
  const errorsBefore = new Set(before.filter((d) => d.severity === 'error').map((d) => d.code));

  it('has findings with fixes to try', () => {
    assert.ok(before.length >= 20 && before.some((d) => d.fixes.length > 0));
  });

  it('each quick fix removes the finding it targets and brings no new error', () => {
    let tried = 0;
    for (const d of before) {
      for (const action of service.codeActions(uri, d.range, [d], ['quickfix'])) {
        tried++;
        const edits = action.edit.changes?.[uri] ?? [];
        assert.deepEqual(Object.keys(action.edit.changes ?? {}), [uri], action.title);
        const fixed = applyEdits(text, edits);
        const after = diagnosticsOf(fixed);
        const label = `${d.code} line ${d.range.start.line + 1}: ${action.title}`;
        assert.ok(after.filter((x) => x.code === d.code).length < before.filter((x) => x.code === d.code).length, `${label} left the finding`);
        const newErrors = after.filter((x) => x.severity === 'error' && !errorsBefore.has(x.code)).map((x) => x.code);
        assert.deepEqual(newErrors, [], label);
        if (action.title.startsWith('Suppress')) {
          assert.deepEqual(words(fixed), words(text), `${label} changed the text, not only comments`);
          const edited = edits.map((e) => e.range.start.line);
          // Where the finding was, an equivalent one is gone: its line moved down by the inserted comment(s).
          assert.ok(!after.some((x) => sameSpot(x, d.range.start.line + edited.filter((l) => l <= d.range.start.line).length, d.range.start.character, d.code)), label);
        }
      }
    }
    assert.ok(tried >= 40, String(tried));
  });

  it('suppresses a finding inside prose around the prose block, not inside it (regression)', () => {
    const inProse = before.find((d) => d.code === 'mou-binding-wording' && text.split('\n')[d.range.start.line].startsWith('  The Parties'));
    assert.ok(inProse);
    const [suppress] = service.codeActions(uri, inProse.range, [inProse], ['quickfix']).filter((a) => a.title.startsWith('Suppress'));
    assert.match(suppress.title, /in this prose/);
    const fixed = applyEdits(text, suppress.edit.changes![uri]);
    assert.match(fixed, /\/\/ entente-disable mou-binding-wording -- reason\nclause Cooperation "Cooperation" """\n {2}The Parties shall[\s\S]*?\n"""\n\/\/ entente-enable mou-binding-wording\n/);
    assert.equal(diagnosticsOf(fixed).filter((d) => d.code === 'mou-binding-wording').length, 0);
  });

  it('fix all of the rule at hand clears every finding of that rule without a new error, for mechanical fixes only', () => {
    // review-me's only mechanical fix is the misspelt TLP label; a label TLP 2.0 renamed and a
    // jurisdiction written UK give value-out-of-range two findings with a mechanical fix.
    const variant = text.replace('marking TLP:RED', 'marking TLP:WHITE').replace('jurisdiction GB', 'jurisdiction UK');
    const session = diskService();
    session.open(uri, variant);
    const found = session.diagnostics(uri);
    const errorsThen = new Set(found.filter((d) => d.severity === 'error').map((d) => d.code));
    let tried = 0;
    for (const code of new Set(found.filter((d) => d.fixes.length > 0).map((d) => d.code))) {
      const d = found.find((x) => x.code === code)!;
      const action = session.codeActions(uri, d.range, [d], ['quickfix']).find((a) => a.title.startsWith(`Fix all ${code} `));
      const mechanical = found.filter((x) => x.code === code && x.fixes.some((f) => f.preferred && f.effect === 'mechanical'));
      if (mechanical.length < 2) {
        // One finding: its quick fix is enough; legal or factual fixes (mou-treaty-wording's
        // rewording, missing clauses): never all at once.
        assert.equal(action, undefined, `${code} offers a fix all`);
        continue;
      }
      assert.ok(action, code);
      tried++;
      const after = diagnosticsOf(applyEdits(variant, action.edit.changes?.[uri] ?? []));
      assert.equal(after.filter((x) => x.code === code).length, found.filter((x) => x.code === code).length - mechanical.length, action.title);
      assert.deepEqual(after.filter((x) => x.severity === 'error' && !errorsThen.has(x.code)).map((x) => x.code), [], action.title);
    }
    assert.equal(tried, 1);
  });

  it('"Fix all Entente problems" applies the mechanical fixes and nothing that changes the legal text (issue #12 item 5)', () => {
    const all = service.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
    assert.deepEqual(all.map((a) => a.kind), ['source.fixAll.entente']);
    assert.match(all[0].title, /^Fix all Entente problems that have a mechanical fix \(1\)$/);
    const fixed = applyEdits(text, all[0].edit.changes?.[uri] ?? []);
    // The one mechanical fix: the misspelt label. Arbitration, Art. 102 registration, the
    // office-hours contact, the treaty wording and the missing clauses stay for the drafter.
    assert.equal(fixed, text.replace('marking TLP:AMBRE', 'marking TLP:AMBER'));
    const after = diagnosticsOf(fixed);
    for (const code of ['mou-third-party-disputes', 'mou-treaty-procedure', 'mou-binding-wording', 'mou-treaty-wording', 'missing-survival', 'preservation-under-60-days', 'prevailing-language-not-listed']) {
      assert.equal(after.filter((x) => x.code === code).length, before.filter((x) => x.code === code).length, code);
    }
    assert.deepEqual(after.filter((x) => x.severity === 'error' && !errorsBefore.has(x.code)).map((x) => x.code), []);
  });
});
