// The CLI's plugins (the real dist/cli.js): .aicmo/plugins.json's modules load only with
// --allow-plugins or after `aicmo plugins allow` on this machine (remembered outside the repo, for
// exactly the allowed bytes), paths must stay inside the workspace, and the sample plugin's seo
// subsystem then runs in the flow like a built-in.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { aicmo, ensureCliBuilt, jsonOf, repoRoot } from './runAicmo';

const sample = path.join(repoRoot, 'examples', 'seo-subsystem', 'dist', 'cli-plugin.js');

describe('aicmo plugins', function () {
  this.timeout(120_000);
  let temp: string;
  let ws: string;
  let env: NodeJS.ProcessEnv;
  const run = (args: string[]) => aicmo(['--workspace', ws, '--by', 'dana', ...args], { cwd: temp, env });

  before(() => {
    ensureCliBuilt();
    if (!existsSync(sample)) assert.equal(spawnSync(process.execPath, ['esbuild.mjs'], { cwd: repoRoot }).status, 0);
  });

  beforeEach(async () => {
    temp = mkdtempSync(path.join(os.tmpdir(), 'aicmo-plugins-'));
    ws = path.join(temp, 'campaigns');
    mkdirSync(path.join(ws, 'tools'), { recursive: true });
    env = { AICMO_CONFIG_DIR: path.join(temp, 'config') };
    copyFileSync(sample, path.join(ws, 'tools', 'seo.js'));
    jsonOf(await run(['init', '--json']));
    jsonOf(await run(['project', 'add', '--name', 'Acme Boots', '--industry', 'retail', '--goal', 'Sell boots', '--goal-metric', 'sales', '--audience', 'hikers', '--budget', '5000', '--currency', 'USD', '--product', 'trail boots', '--json']));
    writeFileSync(path.join(ws, '.aicmo', 'plugins.json'), JSON.stringify({ plugins: [{ module: 'tools/seo.js' }] }));
  });
  afterEach(() => rmSync(temp, { recursive: true, force: true }));

  const seoOf = (r: { stdout: string }) => (JSON.parse(r.stdout) as { subsystems: { name: string; status: string }[] }).subsystems.find((s) => s.name === 'seo');

  it('does not load a workspace plugin unless allowed, and says how to allow it', async () => {
    const r = await run(['flow', 'run', 'acme-boots', '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(seoOf(r), undefined, 'no plugin ran');
    assert.equal(r.stderr.trim(), 'aicmo: warning: .aicmo/plugins.json lists 1 plugin, not loaded: loading runs their code, so allow them on this machine with `aicmo plugins allow` (or pass --allow-plugins).');
    const list = jsonOf<{ permission: string; plugins: { module: string; subsystems: unknown[] }[] }>(await run(['plugins', 'list', '--json']));
    assert.deepEqual([list.permission, list.plugins[0]!.module, list.plugins[0]!.subsystems], ['not allowed', 'tools/seo.js', []]);
  });

  it('--allow-plugins loads it for one command: seo runs after the strategy, its ideas labelled "idea — not measured"', async () => {
    const r = await run(['flow', 'run', 'acme-boots', '--allow-plugins', '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(seoOf(r)?.status, 'completed');
    const unified = jsonOf<{ artifacts: Record<string, { content: { keywords: { keyword: string; label: string }[] } }> }>(await run(['dashboard', 'unified', 'acme-boots', '--allow-plugins', '--json']));
    const keywords = unified.artifacts.seo!.content.keywords;
    assert.ok(keywords.some((k) => k.keyword === 'trail boots' && k.label === 'idea — not measured'), JSON.stringify(keywords));
  });

  it('`plugins allow` is remembered outside the repo for these bytes; a changed module needs a new allow; `deny` undoes it', async () => {
    const allowed = jsonOf<{ file: string; subsystems: string[] }>(await run(['plugins', 'allow', '--json']));
    assert.deepEqual(allowed.subsystems, ['seo']);
    assert.ok(allowed.file.startsWith(path.join(temp, 'config')), 'kept in the config dir, not the workspace');
    assert.doesNotMatch(readFileSync(allowed.file, 'utf8'), /tools\/seo\.js"[\s\S]*subsystems/);
    assert.equal(seoOf(await run(['flow', 'run', 'acme-boots', '--json']))?.status, 'completed');
    appendFileSync(path.join(ws, 'tools', 'seo.js'), '\n// changed by a git pull\n');
    const changed = await run(['flow', 'run', 'acme-boots', '--json']);
    assert.equal(seoOf(changed), undefined);
    assert.match(changed.stderr, /not loaded: they changed since you allowed them/);
    jsonOf(await run(['plugins', 'allow', '--json']));
    const denied = await run(['plugins', 'deny']);
    assert.match(denied.stdout, /^Denied the plugins of .* on this machine; they are no longer loaded\.$/m);
    assert.equal(seoOf(await run(['flow', 'run', 'acme-boots', '--json'])), undefined);
  });

  it('`subsystem approve|reject|request-changes` decides on the plugin\'s seo output; a built-in and an unloaded plugin are refused', async () => {
    jsonOf(await run(['flow', 'run', 'acme-boots', '--allow-plugins', '--json']));
    let r = await run(['subsystem', 'reject', 'acme-boots', 'seo', '--allow-plugins']);
    assert.equal(r.code, 1);
    assert.equal(r.stderr.trim(), 'aicmo: Rejecting the seo output needs a reason (--reason TEXT).');
    r = await run(['subsystem', 'request-changes', 'acme-boots', 'seo', '--reason', 'Add local keywords', '--allow-plugins']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Requested changes to seo v1 of "Acme Boots" \(from .+\): Add local keywords\.$/m);
    r = await run(['flow', 'run', 'acme-boots', '--allow-plugins', '--json']);
    assert.equal(seoOf(r)?.status, 'completed');
    const approved = jsonOf<{ subsystem: string; artifact: { version: number; status: string }; stale: unknown[] }>(await run(['subsystem', 'approve', 'acme-boots', 'seo', '--allow-plugins', '--json']));
    assert.deepEqual([approved.subsystem, approved.artifact.status, approved.stale], ['seo', 'approved', []]);
    const unified = jsonOf<{ artifacts: Record<string, { version: number; status: string }> }>(await run(['dashboard', 'unified', 'acme-boots', '--allow-plugins', '--json']));
    assert.deepEqual([unified.artifacts.seo!.version, unified.artifacts.seo!.status], [approved.artifact.version, 'approved']);
    const events = jsonOf<{ type: string; data: { kind: string; reason?: string } }[]>(await run(['events', '--type', 'artifact.', '--json']));
    assert.deepEqual(events.filter((e) => e.type !== 'artifact.created').map((e) => [e.type, e.data.kind]), [['artifact.changes_requested', 'seo'], ['artifact.approved', 'seo']]);
    r = await run(['subsystem', 'approve', 'acme-boots', 'strategy']);
    assert.equal(r.code, 1);
    assert.equal(r.stderr.trim().split('\n').pop(), 'aicmo: strategy is a built-in subsystem with its own decisions: use strategy.decide (aicmo strategy approve|reject|request-changes <project>).');
    r = await run(['subsystem', 'approve', 'acme-boots', 'seo']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /not loaded: loading runs their code/, 'the warning says the plugin was not loaded');
    assert.match(r.stderr, /aicmo: There is no subsystem named "seo" \(a plugin that is not installed or not loaded, or a typo\); no plugin registered a subsystem here\.\n$/);
  });

  it('refuses a module outside the workspace, a symlink out of it, and a plugin whose subsystem collides', async () => {
    const outside = path.join(temp, 'outside.js');
    copyFileSync(sample, outside);
    writeFileSync(path.join(ws, '.aicmo', 'plugins.json'), JSON.stringify({ plugins: [{ module: '../outside.js' }] }));
    let r = await run(['plugins', 'allow']);
    assert.equal(r.code, 1);
    assert.equal(r.stderr.trim(), 'aicmo: .aicmo/plugins.json plugins[0] ("../outside.js") is outside the workspace (or a symbolic link out of it); a plugin module must be inside the workspace.');
    symlinkSync(outside, path.join(ws, 'tools', 'link.js'));
    writeFileSync(path.join(ws, '.aicmo', 'plugins.json'), JSON.stringify({ plugins: [{ module: 'tools/link.js' }] }));
    r = await run(['flow', 'run', 'acme-boots', '--allow-plugins']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /plugins\[0\] \("tools\/link\.js"\) is outside the workspace \(or a symbolic link out of it\)/);
    writeFileSync(path.join(ws, 'tools', 'dup.js'), "exports.subsystems = [{ name: 'media', needs: [], run: () => ({}), validate: () => [], render: () => '' }];");
    writeFileSync(path.join(ws, '.aicmo', 'plugins.json'), JSON.stringify({ plugins: [{ module: 'tools/dup.js', label: 'Dup' }] }));
    r = await run(['flow', 'run', 'acme-boots', '--allow-plugins']);
    assert.equal(r.code, 1);
    assert.equal(r.stderr.trim(), 'aicmo: The plugin Dup cannot register "media": that name is already taken by a built-in subsystem.');
    writeFileSync(path.join(ws, '.aicmo', 'plugins.json'), '{"plugins": [{"module": "tools/seo.js", "run": "rm -rf /"}]}');
    r = await run(['plugins', 'list']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^aicmo: \.aicmo\/plugins\.json is not valid: plugins\.0\.run: .*; no plugin was loaded\.\n$/);
  });
});
