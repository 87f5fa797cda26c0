/** Core → LSP conversion: severities, tags, rule links, related places, snippets as plain text. */
import assert from 'node:assert/strict';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver/node';
import type { EntenteDiagnostic } from '../../server/src/language/rules/diagnostic';
import { stripSnippet, toLspDiagnostic } from '../../server/src/lsp/convert';

const range = { start: { line: 2, character: 4 }, end: { line: 2, character: 9 } };
const base: EntenteDiagnostic = {
  uri: 'file:///a.entente',
  range,
  severity: 'info',
  code: 'unused-definition',
  message: 'Remove the definition or use the term.',
  source: 'VCLT',
  related: [{ uri: 'file:///b.entente', range, message: 'declared here' }],
  fixes: [],
  tags: ['unnecessary'],
};

describe('core to LSP conversion', () => {
  it('maps each severity, info to Information', () => {
    const severity = (s: EntenteDiagnostic['severity']) => toLspDiagnostic({ ...base, severity: s }, 'file:///docs').severity;
    assert.deepEqual(
      (['error', 'warning', 'info', 'hint'] as const).map(severity),
      [DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Information, DiagnosticSeverity.Hint],
    );
  });

  it('links the rule documentation, keeps related places and tags, and carries data for fixes', () => {
    const d = toLspDiagnostic({ ...base, catalogueId: 'MC07' }, 'file:///ext/docs/');
    assert.equal(d.codeDescription?.href, 'file:///ext/docs/rules.md#unused-definition');
    assert.equal(d.code, 'unused-definition');
    assert.equal(d.message, 'Remove the definition or use the term. (MC07)');
    assert.deepEqual(d.tags, [DiagnosticTag.Unnecessary]);
    assert.deepEqual(d.relatedInformation, [{ location: { uri: 'file:///b.entente', range }, message: 'declared here' }]);
    assert.deepEqual(d.data, { code: 'unused-definition', uri: 'file:///a.entente' });
    assert.equal(toLspDiagnostic({ ...base, tags: [] }, 'x').tags, undefined);
  });

  it('turns snippet text into plain text for clients without snippets', () => {
    assert.equal(stripSnippet('contact ${1:Duty} "${2:desk}" \\$5$0'), 'contact Duty "desk" $5');
    assert.equal(stripSnippet('a ${1} b $2 c ${3:d\\}e} ${4:outer ${5:inner}}'), 'a  b  c d}e outer inner');
    assert.equal(stripSnippet('cost $ and {braces}'), 'cost $ and {braces}');
  });
});
