// Bundles the @vscode/test-electron suite (test/vscode/suite) into out/vscode-test/suite.cjs:
// the extension host loads CommonJS, and our sources are ESM TypeScript. `vscode` is provided
// by the host; `mocha` is resolved from the repository's node_modules at run time.
import * as esbuild from 'esbuild';

await esbuild.build({
  entryPoints: ['test/vscode/suite/index.ts'],
  outfile: 'out/vscode-test/suite.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['vscode', 'mocha'],
  sourcemap: true,
  logLevel: 'warning',
});
