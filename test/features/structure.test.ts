import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEntenteService } from '../../server/src/language/service';
import type { FileRead } from '../../server/src/language/util/file-read';
import { semanticTokenLegend } from '../../server/src/language/features/types';
import { base, fixture, mainUri, oddDocuments } from './feature-fixture';

const doc = `// A header comment
// over two lines
use "registry.entente"
use "more.entente"
memorandum "MoU" {
  status non-binding
  duration 5 years
}
participant EE "Estonia" {
  contact Duty "CERT-EE"
}
channel Intel between EE {
  marking TLP:AMBER
}
define "Incident" means "x"
clause Costs """
  Each Incident is costly.
"""
`;

describe('outline, folding, tokens and links', () => {
  it('lists the instrument and declarations as a hierarchy', () => {
    const { service } = fixture(doc);
    const symbols = service.documentSymbols(mainUri);
    assert.deepEqual(symbols.map((s) => `${s.kind} ${s.name}`), ['File registry.entente', 'File more.entente', 'Module MoU', 'Class EE', 'Interface Intel', 'Constant Incident', 'Key Costs']);
    assert.deepEqual(symbols[2].children.map((c) => c.name), ['status non-binding', 'duration 5 years']);
    assert.deepEqual(symbols[3].children.map((c) => `${c.kind} ${c.name} ${c.detail}`), ['Field Duty CERT-EE']);
  });

  it('finds workspace symbols by a fuzzy query over every known document', () => {
    const { service } = fixture(doc);
    service.indexWorkspaceFile(base + 'other.entente', 'channel IntelShare between EE\n');
    const found = service.workspaceSymbols('intl');
    assert.deepEqual(found.map((s) => `${s.name} ${s.location.uri.slice(base.length)}`).sort(), ['Intel main.entente', 'IntelShare other.entente']);
    assert.deepEqual(service.workspaceSymbols('zzz'), []);
  });

  it('finds a renamed symbol by its new name after an edit, and the old name no more (symbols kept per parse)', () => {
    const { service } = fixture(doc);
    service.indexWorkspaceFile(base + 'other.entente', 'channel IntelShare between EE\n');
    assert.deepEqual(service.workspaceSymbols('intelshare').map((s) => s.name), ['IntelShare']);
    service.indexWorkspaceFile(base + 'other.entente', 'channel IntelPool between EE\n');
    assert.deepEqual(service.workspaceSymbols('intelshare'), []);
    assert.deepEqual(service.workspaceSymbols('intelpool').map((s) => s.name), ['IntelPool']);
  });

  it('folds blocks, prose, comment runs and use lines', () => {
    const { service } = fixture(doc);
    const folds = service.foldingRanges(mainUri).map((f) => `${f.startLine}-${f.endLine}${f.kind ? ' ' + f.kind : ''}`);
    assert.deepEqual(folds.sort(), ['0-1 comment', '15-17', '2-3 imports', '4-6', '8-9', '11-12'].sort());
  });

  it('reads a closing brace or a comment alone on its line whatever the blanks and line breaks', () => {
    // CRLF breaks, a tab and a no-break space before the brace, blanks after it; a comment after
    // code is not part of a run of comments alone on their lines.
    const text = 'participant EE "Estonia" {\r\n  contact Duty "CERT-EE"\r\n\t\u00a0}  \r\n// one\r\n  // two\r\nchannel Intel between EE { marking TLP:AMBER } // not alone\r\n// three\r\n';
    const { service } = fixture(text);
    const folds = service.foldingRanges(mainUri).map((f) => `${f.startLine}-${f.endLine}${f.kind ? ' ' + f.kind : ''}`);
    assert.deepEqual(folds.sort(), ['0-1', '3-4 comment'].sort());
  });

  it('computes folding and tokens once per version and again after an edit', () => {
    const { service } = fixture(doc);
    const folds = service.foldingRanges(mainUri);
    const tokens = service.semanticTokens(mainUri);
    assert.equal(service.foldingRanges(mainUri), folds);
    assert.equal(service.semanticTokens(mainUri), tokens);
    service.update(mainUri, doc.replace('participant EE "Estonia" {', '\nparticipant EE "Estonia" {'), 2);
    assert.notEqual(service.foldingRanges(mainUri), folds);
    assert.deepEqual(service.foldingRanges(mainUri).map((f) => f.startLine).sort((a, b) => a - b), folds.map((f) => (f.startLine >= 8 ? f.startLine + 1 : f.startLine)).sort((a, b) => a - b));
    assert.equal(service.semanticTokens(mainUri).data[10], tokens.data[10] + 1, 'the first declaration token moved one line down');
  });

  it('after edits of every sample, colours as a service that read the edited text afresh (closed values are kept per declaration object)', () => {
    const dir = join(import.meta.dirname, '../../samples');
    let typedWithin = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.entente'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      const uri = `file:///tokens/${file}`;
      const editing = createEntenteService();
      editing.open(uri, text);
      editing.semanticTokens(uri);
      // Within a line (declarations keep their objects), a line added, a closed value changed.
      const within = text.replace('TLP:AMBER', 'TLP:AMBERx');
      const added = within.replace('\nchannel ', '\n\nchannel ');
      const changed = added.replace('TLP:GREEN', 'TLP:RED');
      if (within !== text) typedWithin++;
      let version = 1;
      for (const edited of [within, added, changed, text]) {
        editing.update(uri, edited, ++version);
        const fresh = createEntenteService();
        fresh.open(uri, edited);
        assert.deepEqual(editing.semanticTokens(uri).data, fresh.semanticTokens(uri).data, `${file}, version ${version}`);
      }
    }
    assert.ok(typedWithin >= 5, `${typedWithin} samples typed into`);
  });

  it('colours ids by kind, marks declarations and closed values', () => {
    const { service } = fixture(doc);
    const data = service.semanticTokens(mainUri).data;
    const decoded: string[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
      decoded.push(`${line}:${character}+${data[i + 2]} ${semanticTokenLegend.tokenTypes[data[i + 3]]}${data[i + 4] ? ' declaration' : ''}`);
    }
    assert.deepEqual(decoded, [
      '5:9+11 enumMember',
      '6:13+5 enumMember',
      '8:12+2 class declaration',
      '9:10+4 property declaration',
      '11:8+5 interface declaration',
      '11:22+2 class',
      '12:10+9 enumMember',
      '14:8+8 variable declaration',
      '15:7+5 type declaration',
      '16:7+8 variable',
    ]);
  });

  it('links use paths to the resolved file', () => {
    const { service } = fixture(doc);
    const links = service.documentLinks(mainUri);
    assert.deepEqual(links.map((l) => `${l.range.start.line}:${l.range.start.character}-${l.range.end.character} ${l.target}`), [
      `2:5-21 ${base}registry.entente`,
      `3:5-17 ${base}more.entente`,
    ]);
    const annex = fixture('annex "A" of "../parent.entente" { }').service.documentLinks(mainUri);
    assert.deepEqual(annex.map((l) => l.target), ['file:///parent.entente']);
  });

  it('links the file an instrument amends (`amends "….entente"`), not a title (eighty-fifth run, item 1)', () => {
    const file = fixture('treaty "Protocol amending the Agreement" {\n  amends "../agreement.entente"\n}\n').service.documentLinks(mainUri);
    assert.deepEqual(file.map((l) => l.target), ['file:///agreement.entente']);
    const title = fixture('treaty "Protocol amending the Agreement" {\n  amends "Agreement on Cyber Security Cooperation"\n}\n').service.documentLinks(mainUri);
    assert.deepEqual(title, []);
  });

  it('gives no link to a file the host refused to read, and keeps it to one not yet there', () => {
    const refusals: Record<string, FileRead> = {
      'file:///outside.entente': { ok: false, failure: 'outside-workspace' },
      [`${base}pipe.entente`]: { ok: false, failure: 'not-a-file' },
      [`${base}huge.entente`]: { ok: false, failure: 'too-large' },
    };
    const service = createEntenteService({ readFile: (uri) => refusals[uri] ?? (uri === `${base}ok.entente` ? 'participant EE "Estonia"\n' : undefined) });
    service.open(mainUri, 'use "../outside.entente"\nuse "pipe.entente"\nuse "huge.entente"\nuse "ok.entente"\nuse "later.entente"\n');
    assert.deepEqual(
      service.documentLinks(mainUri).map((l) => `${l.range.start.line} ${l.target}`),
      [`3 ${base}ok.entente`, `4 ${base}later.entente`],
    );
  });

  it('answers, without throwing, on odd documents', () => {
    for (const text of oddDocuments) {
      const { service } = fixture(text);
      assert.doesNotThrow(() => {
        service.documentSymbols(mainUri);
        service.foldingRanges(mainUri);
        service.semanticTokens(mainUri);
        service.documentLinks(mainUri);
        service.workspaceSymbols('');
      });
      const data = service.semanticTokens(mainUri).data;
      assert.equal(data.length % 5, 0);
    }
  });
});
