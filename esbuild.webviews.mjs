// Webview bundles (the panels' Lit apps): one browser bundle per folder of src/webviews that has
// a main.ts, into dist/webviews/<panel>.js, plus the codicon font and css into dist/codicons/.
// Always minified (the panels load them on every open); linked source maps for debugging.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export function webviewPanels(root = 'src/webviews') {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(root, d.name, 'main.ts')))
    .map((d) => d.name)
    .sort();
}

/** @returns {import('esbuild').BuildOptions[]} */
export function webviewBuilds() {
  const panels = webviewPanels();
  if (panels.length === 0) return [];
  return [
    {
      entryPoints: Object.fromEntries(panels.map((p) => [p, `src/webviews/${p}/main.ts`])),
      outdir: 'dist/webviews',
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      minify: true,
      sourcemap: 'linked',
      legalComments: 'none',
      logLevel: 'warning',
      metafile: true,
    },
  ];
}

/**
 * The campaign notebook's renderer (contributes.notebookRenderer): an ES module VS Code imports in
 * the notebook's webview, into dist/renderers/artifact.js. Built from the panels' Lit components.
 * @returns {import('esbuild').BuildOptions[]}
 */
export function rendererBuilds() {
  if (!existsSync('src/webviews/notebook-renderer/renderer.ts')) return [];
  return [
    {
      entryPoints: { artifact: 'src/webviews/notebook-renderer/renderer.ts' },
      outdir: 'dist/renderers',
      bundle: true,
      platform: 'browser',
      format: 'esm',
      target: 'es2022',
      minify: true,
      sourcemap: 'linked',
      legalComments: 'none',
      logLevel: 'warning',
    },
  ];
}

export function copyCodicons() {
  const dir = path.dirname(require.resolve('@vscode/codicons/dist/codicon.css'));
  mkdirSync('dist/codicons', { recursive: true });
  for (const f of ['codicon.css', 'codicon.ttf']) copyFileSync(path.join(dir, f), path.join('dist/codicons', f));
}
