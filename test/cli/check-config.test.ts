import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from '../../server/src/cli/main';
import type { AnalysisSettings } from '../../server/src/language/config/settings';
import { validateSettings } from '../../server/src/language/config/validate-settings';
import { createEntenteService } from '../../server/src/language/service';

const documentText = `memorandum "MoU" {
  status non-binding
  signed at "Tallinn" on 2027-03-01
  effect on signature
  duration 1 year
}
participant EE "Estonia" {
  jurisdiction UK
}
participant FI "Finland"
define "Incident" means "an event"
channel Intel between EE, FI {
  marking TLP:WHITE
}
exercise Shield annually led by EE with FI {
  first 2029-01-01
}
clause Costs from library "costs/mou"
clause Secrecy from library "confidentiality/mu"
`;

interface Shown {
  line: number;
  character: number;
  severity: string;
  code: string;
  message: string;
}

describe('entente check: profiles and configuration files', () => {
  let folder: string;
  let file: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'entente-config-'));
    file = join(folder, 'mou.entente');
    writeFileSync(file, documentText);
  });

  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  function cli(args: string[]): { status: number; out: string; err: string } {
    let out = '';
    let err = '';
    const status = run(['check', file, '--format', 'json', ...args], { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n'), cwd: folder }) as number;
    return { status, out, err };
  }

  function viaCli(args: string[]): Shown[] {
    const { out } = cli(args);
    return (JSON.parse(out) as { range: { start: { line: number; character: number } }; severity: string; code: string; message: string }[]).map((d) => ({
      line: d.range.start.line,
      character: d.range.start.character,
      severity: d.severity,
      code: d.code,
      message: d.message,
    }));
  }

  /** What the LSP layer does: hand the service the settings object validated from the same JSON. */
  function viaService(settings: AnalysisSettings): Shown[] {
    const service = createEntenteService({ settings });
    const uri = pathToFileURL(file).href;
    service.open(uri, documentText);
    return service.diagnostics(uri).map((d) => ({ line: d.range.start.line, character: d.range.start.character, severity: d.severity, code: d.code, message: d.message }));
  }

  const configs: Record<string, unknown> = {
    'no settings': {},
    'the strict profile': { profile: 'strict' },
    'per-rule overrides over a profile': { profile: 'strict', rules: { 'unknown-jurisdiction': 'off', 'unused-term': 'hint', 'exercise-outside-term': 'info' } },
    'the mou-review profile': { profile: 'mou-review', rules: { 'value-out-of-range': 'warning' } },
  };

  for (const [name, raw] of Object.entries(configs)) {
    it(`gives the same diagnostics through the CLI's .entente.json and the service with ${name}`, () => {
      writeFileSync(join(folder, '.entente.json'), JSON.stringify(raw));
      const fromCli = viaCli([]);
      const fromService = viaService(validateSettings(raw).settings);
      assert.deepEqual(fromCli, fromService);
      assert.ok(fromCli.length > 0);
    });
  }

  it('applies the overrides it reads (not only agrees with the service)', () => {
    writeFileSync(join(folder, 'review.json'), JSON.stringify({ profile: 'strict', rules: { 'unknown-jurisdiction': 'off', 'unused-term': 'hint' } }));
    const shown = viaCli(['--config', 'review.json']);
    const severity = (code: string) => shown.find((d) => d.code === code)?.severity;
    assert.equal(severity('unknown-jurisdiction'), undefined);
    assert.equal(severity('unused-term'), 'hint');
    assert.equal(severity('exercise-outside-term'), 'error');
    assert.equal(severity('value-out-of-range'), 'error');
  });

  it('lets --profile override the profile of the file, keeping its rule overrides', () => {
    writeFileSync(join(folder, '.entente.json'), JSON.stringify({ profile: 'default', rules: { 'unused-term': 'off' } }));
    assert.deepEqual(viaCli(['--profile', 'strict']), viaService({ profile: 'strict', rules: { 'unused-term': 'off' } }));
  });

  it('prints what it ignored in a broken configuration, and still checks', () => {
    writeFileSync(join(folder, '.entente.json'), JSON.stringify({ profile: 'strict', rules: { 'no-such-rule': 'off', 'unused-term': 'loud' } }));
    const { status, err, out } = cli([]);
    assert.equal(status, 1);
    assert.match(err, /\.entente\.json: unknown rule no-such-rule; ignored/);
    assert.match(err, /\.entente\.json: the severity of unused-term must be one of/);
    assert.ok(JSON.parse(out).some((d: { code: string; severity: string }) => d.code === 'unused-term' && d.severity === 'error'));
  });

  it('refuses an unknown --profile with exit status 2 and names the known ones', () => {
    const { status, err } = cli(['--profile', 'lenient']);
    assert.equal(status, 2);
    assert.match(err, /unknown profile "lenient"; known: default, strict, mou-review, treaty-review/);
  });

  it('reports a configuration file that is not JSON with exit status 2', () => {
    writeFileSync(join(folder, '.entente.json'), '{ "profile": ');
    const { status, err } = cli([]);
    assert.equal(status, 2);
    assert.match(err, /is not valid JSON/);
  });
});
