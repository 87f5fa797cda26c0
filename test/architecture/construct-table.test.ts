/**
 * The construct and slot tables agree with the grammar, in both directions: every rule and
 * `rule.label` they name exists, every value position of the grammar has a slot, every block's
 * statements are rows, and the keywords' recovery roles (tokens.ts) match the constructs and
 * statements they start. A construct added to the grammar without its rows fails here by name.
 */
import assert from 'node:assert/strict';
import type { TokenType } from 'chevrotain';
import { constructRows, slotTable, statementsOf } from '../../server/src/language/constructs/table';
import { sharedDocs, sharedSlots } from '../../server/src/language/constructs/shared';
import { roleOf } from '../../server/src/language/features/completion-context';
import { grammarIndex } from '../../server/src/language/syntax/grammar-index';
import * as T from '../../server/src/language/syntax/tokens';

const grammar = grammarIndex();
const valueTypes: ReadonlySet<TokenType> = new Set([T.Identifier, T.AnyWord, T.StringLiteral, T.TripleString, T.DateLiteral, T.NumberLiteral, T.TlpLabel, T.TwentyFourSeven]);
const keywordOf = (word: string) => T.keywords.find((k) => k.LABEL === `'${word}'`);
const wordOf = (type: TokenType) => String(type.LABEL).slice(1, -1);

describe('architecture: the construct and slot tables match the grammar', () => {
  it('every rule a row names is a rule of the grammar', () => {
    const named = constructRows.flatMap((row) => [row.rule, ...(row.statements ? [row.statements.rule] : []), ...statementsOf(row).flatMap((s) => (s.rule ? [s.rule] : []))]);
    assert.ok(named.length > 30);
    assert.deepEqual(named.filter((rule) => !grammar.rules.has(rule)), []);
  });

  it('every construct the grammar knows at top level has a row, and no row more', () => {
    const topLevel = grammar.calls.filter((c) => c.rule === 'topLevel').map((c) => c.callee).sort();
    assert.deepEqual(constructRows.map((row) => row.rule).sort(), topLevel);
  });

  it('each block’s statements are the rows of its construct: same first keywords, each once', () => {
    for (const row of constructRows) {
      if (!row.statements) continue;
      const firsts = grammar.expected(row.statements.rule, []).map((e) => wordOf(e.type)).sort();
      const starts = statementsOf(row).flatMap((s) => s.starts);
      assert.equal(new Set(starts).size, starts.length, `${row.rule}: a keyword starts two statements`);
      assert.deepEqual([...starts].sort(), firsts, `${row.rule}: the statements of ${row.statements.rule}`);
    }
  });

  it('every slot names a labelled position of the grammar, and no slot is written twice', () => {
    const positions = new Set([...grammar.terminals, ...grammar.calls].filter((p) => p.label).map((p) => `${p.rule}.${p.label}`));
    const keys = [...Object.keys(sharedSlots), ...constructRows.flatMap((row) => Object.keys(row.slots))];
    assert.equal(keys.length, Object.keys(slotTable).length, 'a slot is defined by two rows');
    assert.deepEqual(keys.filter((key) => !positions.has(key)), []);
    for (const slot of Object.values(slotTable)) if (slot.kind === 'listed') assert.ok(slotTable[slot.from], slot.from);
  });

  it('every value position of the grammar has a slot: its own, or the one of each place that calls its rule', () => {
    const missing: string[] = [];
    for (const t of grammar.terminals) {
      const labelledKeyword = t.label !== undefined && t.tokenType.name.startsWith('Kw_');
      if (!valueTypes.has(t.tokenType) && !labelledKeyword) continue;
      if (t.label && slotTable[`${t.rule}.${t.label}`]) continue;
      const callers = grammar.calls.filter((c) => c.callee === t.rule);
      const uncovered = callers.filter((c) => !(c.label && slotTable[`${c.rule}.${c.label}`]));
      if (callers.length === 0 || uncovered.length > 0) missing.push(`${t.rule}.${t.label ?? '(no label)'} ${t.tokenType.name}${uncovered.map((c) => ` from ${c.rule}.${c.label ?? '(no label)'}`).join('')}`);
    }
    assert.deepEqual([...new Set(missing)], []);
  });

  it('keywords play the role of what they start: constructs are top-level, statements items', () => {
    const wrong: string[] = [];
    for (const row of constructRows) {
      for (const word of row.starts) if (roleOf(keywordOf(word)!) !== 'top') wrong.push(`${word} starts ${row.display} but is not a top-level keyword`);
      for (const statement of statementsOf(row)) {
        for (const word of statement.starts) if (roleOf(keywordOf(word)!) !== 'item') wrong.push(`${word} starts a statement of ${row.display} but is not an item keyword`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('every meaning the table gives is for a keyword of the language, and each keyword has one home', () => {
    const statements = [...new Set(constructRows.flatMap((row) => statementsOf(row)))];
    const documented = [...constructRows.flatMap((row) => Object.keys(row.docs)), ...statements.flatMap((s) => Object.keys(s.docs)), ...Object.keys(sharedDocs)];
    assert.deepEqual(documented.filter((word) => !keywordOf(word)), []);
    assert.deepEqual(documented.filter((word, i) => documented.indexOf(word) !== i), [], 'documented twice (shared words go to shared.ts)');
  });
});
