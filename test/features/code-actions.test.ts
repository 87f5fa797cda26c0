import assert from 'node:assert/strict';
import { codeActions, snippetToPlain } from '../../server/src/language/features/code-actions';
import type { FeatureHost } from '../../server/src/language/features/host';
import type { EntenteDiagnostic } from '../../server/src/language/rules/diagnostic';
import { applyEdits, fixture, mainUri } from './feature-fixture';

const text = `channel A between EE { marking TLP:PURPLE }
  channel B between EE { marking TLP:PINK }
`;

function diag(line: number, start: number, end: number, replacement: string): EntenteDiagnostic {
  const range = { start: { line, character: start }, end: { line, character: end } };
  return {
    uri: mainUri, range, severity: 'error', code: 'value-out-of-range', message: 'm', source: 's', related: [], tags: [],
    fixes: [{ title: `Change to ${replacement}`, edits: [{ range, newText: replacement }], effect: 'mechanical', preferred: true }],
  };
}

/** A host over a real service whose diagnostics are the ones given (rules change; these do not). */
function host(diagnostics: EntenteDiagnostic[]): FeatureHost {
  const { service } = fixture(text);
  return { model: (u) => service.model(u), parse: (u) => service.parse(u), text: (u) => service.text(u), knownUris: () => service.knownUris(), diagnostics: () => diagnostics };
}

describe('code actions', () => {
  const first = diag(0, 31, 41, 'TLP:RED');
  const second = diag(1, 33, 41, 'TLP:AMBER');

  it('offers the quick fixes a diagnostic carries, preferred flag included, and hands back the given diagnostic', () => {
    const given = { range: first.range, code: first.code, extra: 42 };
    const actions = codeActions(host([first, second]), mainUri, first.range, [given]);
    const fix = actions.find((a) => a.title === 'Change to TLP:RED');
    assert.ok(fix?.isPreferred);
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.diagnostics?.[0], given);
    assert.equal(applyEdits(text, fix.edit.changes[mainUri]).split('\n')[0], 'channel A between EE { marking TLP:RED }');
  });

  it('suppresses on the next line, indented like the line, with a reason placeholder', () => {
    const actions = codeActions(host([first, second]), mainUri, second.range, [{ range: second.range, code: second.code }]);
    const suppress = actions.find((a) => a.title === 'Suppress value-out-of-range on the next line with a reason');
    assert.ok(suppress);
    assert.equal(applyEdits(text, suppress.edit.changes[mainUri]).split('\n')[1], '  // entente-disable-next-line value-out-of-range -- reason');
    assert.equal(suppress.snippetEdit?.changes[mainUri][0].newText, '  // entente-disable-next-line value-out-of-range -- ${1:reason}\n');
  });

  it('offers one source action that fixes every finding of every rule, for the Source Action menu and on save', () => {
    const other = { ...diag(1, 2, 9, 'channel'), code: 'other-rule', fixes: [{ title: 'Write channel', edits: [{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 9 } }, newText: 'channel' }], effect: 'mechanical' as const, preferred: true }] };
    for (const only of [['source'], ['source.fixAll'], ['source.fixAll.entente']]) {
      const actions = codeActions(host([first, second, other]), mainUri, first.range, [], only);
      assert.deepEqual(actions.map((a) => [a.kind, a.title]), [['source.fixAll.entente', 'Fix all Entente problems that have a mechanical fix (3)']], String(only));
      assert.equal(applyEdits(text, actions[0].edit.changes[mainUri]), 'channel A between EE { marking TLP:RED }\n  channel B between EE { marking TLP:AMBER }\n');
    }
  });

  it('offers, beside the quick fix, fix all of the rule at hand and fix everything, never a fix all per rule', () => {
    const other = { ...diag(1, 2, 9, 'channel'), code: 'other-rule' };
    const actions = codeActions(host([first, second, other]), mainUri, first.range, [{ range: first.range, code: first.code }]);
    // The light bulb shows no source action: there "fix everything" is a quick fix.
    assert.deepEqual(actions.map((a) => `${a.kind}: ${a.title}`), [
      'quickfix: Change to TLP:RED',
      'quickfix: Suppress value-out-of-range on the next line with a reason',
      'quickfix: Fix all value-out-of-range in this file (2)',
      'quickfix: Fix all Entente problems that have a mechanical fix (3)',
    ]);
    assert.deepEqual(actions[3].edit, codeActions(host([first, second, other]), mainUri, first.range, [], ['source'])[0].edit);
    // When it would do no more than the rule's own fix all, it is not offered twice.
    const same = codeActions(host([first, second]), mainUri, first.range, [{ range: first.range, code: first.code }], ['quickfix']);
    assert.deepEqual(same.map((a) => a.title).filter((t) => t.startsWith('Fix all')), ['Fix all value-out-of-range in this file (2)']);
    assert.equal(applyEdits(text, actions[2].edit.changes[mainUri]), 'channel A between EE { marking TLP:RED }\n  channel B between EE { marking TLP:AMBER }\n');
    // A rule with a single finding gets no "fix all" of its own: it would repeat the quick fix.
    const single = codeActions(host([first, other]), mainUri, first.range, [{ range: first.range, code: first.code }], ['quickfix']);
    assert.deepEqual(single.map((a) => a.title), ['Change to TLP:RED', 'Suppress value-out-of-range on the next line with a reason', 'Fix all Entente problems that have a mechanical fix (2)']);
  });

  it('skips overlapping fixes when fixing all', () => {
    const clash = diag(0, 31, 41, 'TLP:GREEN');
    const [action] = codeActions(host([first, clash]), mainUri, first.range, [], ['source']);
    assert.equal(action.title, 'Fix all Entente problems that have a mechanical fix (1)');
  });

  it('ignores diagnostics the core does not know, and filters by kind', () => {
    assert.deepEqual(codeActions(host([first]), mainUri, first.range, [{ range: first.range, code: 'other' }], ['quickfix']), []);
    assert.deepEqual(codeActions(host([first]), mainUri, first.range, [{ range: first.range, code: first.code }], ['refactor']), []);
  });

  it('offers suppression for a real diagnostic through the service', () => {
    const { service } = fixture('participant EE "E"\nchannel C between EE, SE\n');
    const d = service.diagnostics(mainUri).find((x) => x.code === 'unknown-reference')!;
    const actions = service.codeActions(mainUri, d.range, [d]);
    assert.ok(actions.some((a) => a.title === 'Suppress unknown-reference on the next line with a reason'));
    assert.deepEqual(service.codeActions('file:///nothing', d.range, [d]), []);
  });

  it('turns snippets into plain text', () => {
    assert.equal(snippetToPlain('a ${1:reason} b $2 ${3|x,y|} \\$5 ${4:{nested\\}}'), 'a reason b  x $5 {nested}');
  });
});
