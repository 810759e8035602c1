// What the bundles carry. The VS Code host's light half (dist/extension.js, loaded at activation)
// holds the glue and three data files — the operation and panel catalogs and the notebook's ids —
// and nothing of the core,
// the protocol's schemas, valibot or sql.js (dist/extension-core.js, loaded on first use). The
// webview bundles carry no stand-in host: a panel talks only to VS Code's.
import assert from 'node:assert/strict';
import path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.resolve(__dirname, '../../..');

describe('bundles', function () {
  this.timeout(120_000);

  it('the extension host bundle needs nothing of the core at activation', async () => {
    const r = await esbuild.build({ absWorkingDir: root, entryPoints: ['src/extension/extension.ts'], bundle: true, platform: 'node', format: 'cjs', external: ['vscode'], write: false, metafile: true, logLevel: 'silent' });
    const inputs = Object.keys(r.metafile.inputs);
    assert.deepEqual(inputs.filter((i) => /node_modules\/(valibot|sql\.js)\//.test(i)), [], 'no valibot, no sql.js');
    assert.deepEqual(inputs.filter((i) => /^src\/(orchestrator|protocol|cli)\//.test(i)).sort(), ['src/orchestrator/operations/catalog.ts', 'src/protocol/notebookIds.ts', 'src/protocol/panelCatalog.ts']);
  });

  it('the panel bundles carry no fake host', async () => {
    const { webviewBuilds } = (await import(path.join(root, 'esbuild.webviews.mjs'))) as { webviewBuilds: (dir?: string) => esbuild.BuildOptions[] };
    const [options] = webviewBuilds();
    const r = await esbuild.build({ ...options, absWorkingDir: root, write: false, sourcemap: false, metafile: false, logLevel: 'silent' });
    const bundles = r.outputFiles.filter((f) => f.path.endsWith('.js'));
    assert.ok(bundles.length >= 11, `${bundles.length} panel bundles`);
    for (const b of bundles) {
      assert.doesNotMatch(b.text, /\bposted\b|\bdeliver\b/, `${path.basename(b.path)} has no in-memory stand-in for the host`);
      assert.match(b.text, /acquireVsCodeApi/, `${path.basename(b.path)} talks to VS Code`);
    }
  });

  it('the notebook renderer is an ES module exporting activate, with no eval and no stand-in host', async () => {
    const { rendererBuilds } = (await import(path.join(root, 'esbuild.webviews.mjs'))) as { rendererBuilds: () => esbuild.BuildOptions[] };
    const [options] = rendererBuilds();
    const r = await esbuild.build({ ...options, absWorkingDir: root, write: false, sourcemap: false, logLevel: 'silent' });
    const js = r.outputFiles.find((f) => f.path.endsWith('artifact.js'))!.text;
    assert.match(js, /export\s*\{[^}]*\bactivate\b/);
    assert.doesNotMatch(js, /new Function|\beval\(/);
    assert.doesNotMatch(js, /acquireVsCodeApi/, 'a renderer talks through its context, not a webview API');
  });
});
