// One build for everything: the extension host bundle, the CLI bundle, the test bundles,
// (later) one bundle per webview, and a copy of sql-wasm.wasm next to the bundles so the
// packaged extension and the CLI run without node_modules.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, chmodSync, existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { copyCodicons, rendererBuilds, webviewBuilds } from './esbuild.webviews.mjs';

const require = createRequire(import.meta.url);
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {esbuild.BuildOptions} */
const nodeDefaults = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  external: ['vscode'],
};

/** @type {esbuild.BuildOptions[]} */
export const builds = [
  { ...nodeDefaults, entryPoints: { extension: 'src/extension/extension.ts' }, outdir: 'dist' },
  // The extension's heavy half (orchestrator, sql.js), required on first use so activation stays small.
  { ...nodeDefaults, entryPoints: { 'extension-core': 'src/extension/core/index.ts' }, outdir: 'dist' },
  {
    ...nodeDefaults,
    entryPoints: { cli: 'src/cli/main.ts' },
    outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  },
];

// The sample plugin extension (examples/seo-subsystem), built beside its own package.json.
if (existsSync('examples/seo-subsystem/src/extension.ts')) {
  builds.push({ ...nodeDefaults, entryPoints: { extension: 'examples/seo-subsystem/src/extension.ts', 'cli-plugin': 'examples/seo-subsystem/src/cliPlugin.ts' }, outdir: 'examples/seo-subsystem/dist' });
}

// Integration test suites run inside the real extension host; bundle them too when present.
if (existsSync('test/integration/suite/index.ts')) {
  builds.push({
    ...nodeDefaults,
    entryPoints: { index: 'test/integration/suite/index.ts' },
    outdir: 'dist/test/integration',
    // mocha is loaded from node_modules at test time (the repo is the development path).
    external: ['vscode', 'mocha'],
  });
}

// Panels (browser bundles): see esbuild.webviews.mjs.
builds.push(...webviewBuilds());
// The campaign notebook's renderer (an ES module): see esbuild.webviews.mjs.
builds.push(...rendererBuilds());

function copyWasm() {
  mkdirSync('dist', { recursive: true });
  const wasm = require.resolve('sql.js/dist/sql-wasm.wasm');
  copyFileSync(wasm, path.join('dist', 'sql-wasm.wasm'));
}

// The demo's sample exports ship beside the bundles (the CLI and the extension core both read them: src/orchestrator/demo/sampleData.ts).
function copyDemoData() {
  const from = 'src/orchestrator/demo/data';
  if (!existsSync(from)) return;
  mkdirSync('dist/demo-data', { recursive: true });
  for (const f of readdirSync(from).filter((f) => f.endsWith('.csv'))) copyFileSync(path.join(from, f), path.join('dist/demo-data', f));
}

copyWasm();
copyDemoData();
copyCodicons();
if (watch) {
  for (const options of builds) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  }
  console.log('esbuild: watching');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
  if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755);
  const files = readdirSync('dist').filter((f) => !f.endsWith('.map'));
  console.log(`esbuild: built ${files.join(', ')}`);
}
