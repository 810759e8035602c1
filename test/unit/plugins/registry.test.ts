// The runtime subsystem registry: plugins' subsystems are checked when registered (each refusal is
// one sentence naming the plugin) and then run in the flow, show in the Unified View and add a
// section to the client report like a built-in, go stale when a newer strategy is approved; their
// failures stay theirs and reach the Command Center.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildPanelSnapshot } from '../../../src/extension/panels/descriptors/buildPanelSnapshot';
import { runOperation } from '../../../src/orchestrator/operations';
import { SubsystemRegistry } from '../../../src/orchestrator/plugins';
import { getProjectUnifiedView, serviceEnv, unwrap } from '../../../src/orchestrator/services';
import { allEvents, workspaceWithProject, type Fixture } from '../flow/helpers';

const origin = { id: 'acme.seo-plugin', label: 'Acme SEO' };

function seo(overrides: Record<string, unknown> = {}) {
  return {
    name: 'seo',
    description: 'Keyword ideas',
    needs: ['strategy'],
    run: (ctx: { inputs: Record<string, { version: number }>; project: { name: string } }) => ({ keywords: [`${ctx.project.name} ideas`], strategyVersion: ctx.inputs.strategy?.version }),
    validate: (c: unknown) => (Array.isArray((c as { keywords?: unknown }).keywords) ? [] : ['keywords is missing.']),
    render: (c: { keywords: string[] }) => c.keywords.map((k) => `- ${k}`).join('\n'),
    ...overrides,
  };
}

describe('SubsystemRegistry', () => {
  it('lists the built-ins, then a registered plugin in dependency order, and forgets it when disposed', () => {
    const r = new SubsystemRegistry();
    let changes = 0;
    r.onDidChange(() => changes++);
    const reg = r.register(seo({ uses: ['media'] }), origin);
    const names = r.list().map((s) => s.name);
    assert.ok(names.indexOf('seo') > names.indexOf('media'), names.join(', '));
    assert.equal(r.find('seo')?.plugin?.id, 'acme.seo-plugin');
    reg.dispose();
    assert.equal(r.find('seo'), undefined);
    assert.equal(changes, 2);
  });

  it('refuses a colliding name, unknown needs, a bad name, missing functions and a cycle, naming the plugin', () => {
    const r = new SubsystemRegistry();
    assert.throws(() => r.register(seo({ name: 'strategy' }), origin), /^AicmoError: The plugin Acme SEO cannot register "strategy": that name is already taken by a built-in subsystem\.$/);
    r.register(seo(), origin);
    assert.throws(() => r.register(seo(), { id: 'other.ext' }), /The plugin other\.ext cannot register "seo": that name is already taken by the plugin Acme SEO\./);
    assert.throws(() => r.register(seo({ name: 'links', needs: ['keywords'] }), origin), /The plugin Acme SEO cannot register "links": it needs "keywords", which no registered subsystem produces\./);
    assert.throws(() => r.register(seo({ name: 'Bad Name' }), origin), /The plugin Acme SEO cannot register a subsystem named "Bad Name": a name is 2 to 40 lowercase letters/);
    assert.throws(() => r.register(seo({ name: 'links', render: undefined }), origin), /cannot register "links": it has no render function\./);
    assert.throws(() => r.register(seo({ name: 'links', needs: ['strategy'], requiresApproved: ['media'] }), origin), /requiresApproved names media, which it does not need/);
    assert.throws(() => r.register(undefined, origin), /The plugin Acme SEO passed no subsystem to registerSubsystem/);
    r.register(seo({ name: 'audit', uses: ['links'] }), origin);
    assert.throws(() => r.register(seo({ name: 'links', needs: ['audit'] }), origin), /cannot register "links": subsystems depend on each other in a cycle: .*audit.*links/);
    assert.deepEqual(r.pluginSubsystems().map((s) => s.name), ['seo', 'audit'], 'nothing refused was registered');
  });

  it('drops a plugin subsystem whose need is disposed', () => {
    const r = new SubsystemRegistry();
    const a = r.register(seo(), origin);
    r.register(seo({ name: 'links', needs: ['seo'] }), origin);
    a.dispose();
    assert.deepEqual(r.pluginSubsystems().map((s) => s.name), []);
    assert.doesNotThrow(() => r.list());
  });
});

describe('A plugin subsystem in the flow', () => {
  let f: Fixture;
  beforeEach(async () => {
    f = await workspaceWithProject();
  });
  afterEach(() => f.cleanup());

  it('runs after its need, is versioned, shows in the Unified View and adds a report section', async () => {
    const registry = new SubsystemRegistry();
    registry.register(seo(), origin);
    const env = serviceEnv(f.store, 'Dana', { subsystems: registry });
    const run = unwrap(await runOperation(env, 'flow.run', { project: f.slug }));
    const names = run.value.subsystems.map((s) => s.name);
    assert.ok(names.indexOf('seo') > names.indexOf('strategy'));
    assert.equal(run.value.subsystems.find((s) => s.name === 'seo')?.status, 'completed');
    const view = unwrap(await getProjectUnifiedView(env, f.slug));
    assert.equal(view.artifacts.seo?.version, 1);
    assert.deepEqual(view.artifacts.seo?.content, { keywords: [`${(await f.store.getProject(f.slug)).name} ideas`], strategyVersion: 1 });
    const again = unwrap(await runOperation(env, 'flow.run', { project: f.slug }));
    assert.match(again.value.subsystems.find((s) => s.name === 'seo')?.message ?? '', /unchanged/, 'a re-run with unchanged inputs keeps the version');
    const report = unwrap(await runOperation(env, 'report.export', { project: f.slug }));
    assert.deepEqual(report.value.sections.slice(-3), ['Creatives awaiting your decision', 'seo (Acme SEO)', 'History'], 'the plugin section comes after the built-in ones');
    assert.match(readFileSync(report.value.file, 'utf8'), /## seo \\?\(Acme SEO\\?\)\n\n- .* ideas/);
    // Approving a newer strategy marks the plugin's output built on v1 stale, like a built-in's.
    const v1 = unwrap(await getProjectUnifiedView(env, f.slug)).artifacts.strategy!;
    unwrap(await runOperation(env, 'strategy.saveEdit', { project: f.slug, baseVersion: 1, content: { ...(v1.content as object), executiveSummary: 'Edited.' } }));
    unwrap(await runOperation(env, 'strategy.decide', { project: f.slug, decision: 'approve', version: 2 }));
    const stale = unwrap(await getProjectUnifiedView(env, f.slug)).artifacts.seo!;
    assert.deepEqual([stale.version, stale.status], [1, 'stale']);
    const rerun = unwrap(await runOperation(env, 'flow.run', { project: f.slug, only: 'seo' }));
    assert.equal(rerun.value.subsystems.find((s) => s.name === 'seo')?.status, 'completed');
    assert.deepEqual(unwrap(await getProjectUnifiedView(env, f.slug)).artifacts.seo?.content, { keywords: [`${(await f.store.getProject(f.slug)).name} ideas`], strategyVersion: 2 });
  });

  it('a plugin that throws or returns content its validator refuses fails alone, named after the plugin', async () => {
    const registry = new SubsystemRegistry();
    registry.register(seo({ run: () => { throw new Error('quota exceeded'); } }), origin);
    registry.register(seo({ name: 'links', needs: [], run: () => ({ nope: true }) }), { id: 'acme.links' });
    const env = serviceEnv(f.store, 'Dana', { subsystems: registry });
    const run = unwrap(await runOperation(env, 'flow.run', { project: f.slug })).value;
    const by = new Map(run.subsystems.map((s) => [s.name, s]));
    assert.equal(by.get('seo')?.status, 'failed');
    assert.equal(by.get('seo')?.error, 'The plugin Acme SEO failed in seo: quota exceeded.');
    assert.equal(by.get('links')?.error, "The plugin acme.links's subsystem links produced content that fails its own checks: keywords is missing.");
    assert.equal(by.get('strategy')?.status, 'completed', 'the built-ins still ran');
    assert.equal(by.get('portal')?.status, 'completed');
    const failed = (await allEvents(f.events, 'subsystem.failed')).map((e) => e.data.subsystem);
    assert.deepEqual(failed.sort(), ['links', 'seo']);
    // The Command Center lists the plugin's failure with its sentence, pointing at the Control Tower.
    const command = (await buildPanelSnapshot(env, 'command')).data as { items: { kind: string; title: string; panel: string }[] };
    const seoItem = command.items.find((i) => i.kind === 'failed-run' && i.title.startsWith('seo failed for '));
    assert.ok(seoItem, command.items.map((i) => i.title).join(' | '));
    assert.match(seoItem.title, /: The plugin Acme SEO failed in seo: quota exceeded\.$/);
    assert.equal(seoItem.panel, 'controltower');
  });
});
