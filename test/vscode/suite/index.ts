/**
 * Entry point the VS Code extension host calls (`extensionTestsPath`): runs the scenario files
 * with mocha and rejects when any fails, which makes runTests (and the command) fail.
 * Bundled to CommonJS with the scenarios; `mocha` and `vscode` stay external.
 */
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: true });
  // Give the scenario modules mocha's globals (describe, it), then load them: the dynamic
  // imports are evaluated only now, after the globals exist.
  mocha.suite.emit('pre-require', globalThis, 'entente-vscode-suite', mocha);
  await import('./diagnostics.vscode');
  await import('./editing.vscode');
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} VS Code scenario(s) failed`);
}
