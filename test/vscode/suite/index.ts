/**
 * Entry point the VS Code extension host calls (`extensionTestsPath`): runs the scenario files
 * with mocha and rejects when any fails, which makes runTests (and the command) fail.
 * Bundled to CommonJS with the scenarios; `mocha` and `vscode` stay external.
 */
import * as mochaModule from 'mocha';

type MochaConstructor = typeof import('mocha');

/**
 * The constructor, whatever shape `require('mocha')` has: mocha 12 exports an object with a
 * `Mocha` property, older versions the constructor itself (the default of an ESM namespace).
 */
const Mocha: MochaConstructor =
  (mochaModule as unknown as { Mocha?: MochaConstructor }).Mocha ?? (mochaModule as unknown as { default: MochaConstructor }).default;

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: true });
  // Give the scenario modules mocha's globals (describe, it), then load them: the dynamic
  // imports are evaluated only now, after the globals exist.
  mocha.suite.emit('pre-require', globalThis, 'entente-vscode-suite', mocha);
  await import('./diagnostics.vscode');
  await import('./editing.vscode');
  await import('./drafting.vscode');
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} VS Code scenario(s) failed`);
}
