// One esbuild script for every bundle: the VS Code client, the language server and the
// command line, each a single CommonJS file in dist/, and the preview webview's script. `--watch` rebuilds on change,
// `--production` minifies. Types are checked separately by `tsc --noEmit` (npm run typecheck).
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const entries = [
  { in: 'client/src/extension.ts', out: 'client' },
  { in: 'server/src/lsp/main.ts', out: 'server' },
  { in: 'server/src/cli/bin.ts', out: 'cli' },
];
for (const entry of entries) {
  if (!existsSync(entry.in)) {
    console.error(`build: missing entry point ${entry.in}`);
    process.exit(1);
  }
}

const options = {
  entryPoints: entries,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Node 20 reads \p{…} in a regular expression literal; without this esbuild rewrites each such
  // literal as `new RegExp(…)`, which in a function body builds the pattern on every call through
  // V8's compilation cache, and that cache forgets a pattern after two full garbage collections:
  // an analysis after an idle spell then compiled dozens of patterns again (issue 11, pk40).
  supported: { 'regexp-unicode-property-escapes': true },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  external: ['vscode'],
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // import.meta.url is used by ESM-aware code paths; give CommonJS bundles a working value.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

// The preview webview's script runs in a browser page: one IIFE bundle with elkjs inside
// (its optional 'web-worker' dependency is never loaded: the layout runs in the page).
const webview = {
  entryPoints: ['client/src/preview/main.ts'],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  outfile: 'dist/preview.js',
  external: ['web-worker'],
  sourcemap: false,
  minify: production,
  logLevel: 'warning',
};

if (watch) {
  const contexts = [await esbuild.context(options), await esbuild.context(webview)];
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('build: watching for changes');
} else {
  await Promise.all([esbuild.build(options), esbuild.build(webview)]);
}
