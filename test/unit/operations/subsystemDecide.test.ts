// subsystem.decide: a person approves, rejects or sends back the latest output of a plugin's
// subsystem (registered at runtime, run in a real workspace), like the strategy — an approval row,
// an artifact.* event naming the plugin, stale marking downstream — and the built-ins and unknown
// names are refused with one sentence.
import assert from 'node:assert/strict';
import { runOperation, type InputOf } from '../../../src/orchestrator/operations';
import { SubsystemRegistry } from '../../../src/orchestrator/plugins';
import { serviceEnv, unwrap, type ServiceEnv } from '../../../src/orchestrator/services';
import { INSIGHT_EVENT_TYPES } from '../../../src/orchestrator/kaizen/insightsEvents';
import { allEvents, intake, workspaceWithProject, type Fixture } from '../flow/helpers';

const origin = { id: 'acme.seo-plugin', label: 'Acme SEO' };

describe('operations: subsystem.decide (a plugin subsystem\'s output)', () => {
  let f: Fixture;
  let env: ServiceEnv;
  let tag: string;
  beforeEach(async () => {
    f = await workspaceWithProject();
    tag = 'first';
    const registry = new SubsystemRegistry();
    registry.register({ name: 'seo', needs: ['strategy'], run: () => ({ keywords: [`${tag} idea`] }), validate: () => [], render: () => '' }, origin);
    // links may run only on an approved seo output.
    registry.register({ name: 'links', needs: ['seo'], requiresApproved: ['seo'], run: (ctx: { inputs: { seo: { version: number } } }) => ({ from: ctx.inputs.seo.version }), validate: () => [], render: () => '' }, { id: 'acme.links' });
    env = serviceEnv(f.store, 'Dana', { subsystems: registry });
    unwrap(await runOperation(env, 'flow.run', { project: f.slug }));
  });
  afterEach(() => f.cleanup());

  const decide = async (input: Omit<InputOf<'subsystem.decide'>, 'project'>) => unwrap(await runOperation(env, 'subsystem.decide', { project: f.slug, ...input }));
  const refusal = async (input: Omit<InputOf<'subsystem.decide'>, 'project'>, e: ServiceEnv = env) => {
    const r = await runOperation(e, 'subsystem.decide', { project: f.slug, ...input });
    assert.equal(r.ok, false, 'refused');
    return r.ok ? '' : r.error.message;
  };
  const latest = () => f.store.readProject(f.slug, (tx) => tx.artifacts.latestByKind());

  it('approves the latest output: status, approval row, an artifact.approved event naming the plugin; a waiting subsystem then runs', async () => {
    const before = await latest();
    assert.equal(before.seo?.status, 'draft');
    assert.equal(before.links, undefined, 'links waits for the seo approval');
    const r = await decide({ subsystem: 'seo', decision: 'approve', version: 1 });
    assert.equal(r.message, `Approved seo v1 of "${intake().name}" (from Acme SEO).`);
    assert.deepEqual([r.value.subsystem, r.value.plugin, r.value.artifact.version, r.value.artifact.status], ['seo', { id: 'acme.seo-plugin', label: 'Acme SEO' }, 1, 'approved']);
    assert.equal((await latest()).seo?.status, 'approved');
    const actions = await f.store.readProject(f.slug, (tx) => tx.approvals.list());
    assert.deepEqual(actions.map((a) => [a.target.kind, a.action, a.actor.name]), [['seo', 'approve', 'Dana']]);
    const events = await allEvents(f.events, 'artifact.approved');
    assert.deepEqual(events.map((e) => [e.data.kind, e.data.plugin, e.data.version, e.actor]), [['seo', 'acme.seo-plugin', 1, 'Dana']]);
    assert.ok(!(INSIGHT_EVENT_TYPES as readonly string[]).includes('artifact.approved'), 'Kaizen does not count a plugin decision as a creative or strategy one');
    await assert.rejects(decide({ subsystem: 'seo', decision: 'approve' }), /^AicmoError: Seo output version 1 of .* is already approved\.$/);

    const run = unwrap(await runOperation(env, 'flow.run', { project: f.slug })).value;
    assert.equal(run.subsystems.find((s) => s.name === 'links')?.status, 'completed');
    const seo = run.subsystems.find((s) => s.name === 'seo');
    assert.match(seo?.message ?? '', /unchanged: version 1 is approved/, 'a re-run keeps the approval');
  });

  it('reject and request changes need a reason, and are recorded with it', async () => {
    assert.match(await refusal({ subsystem: 'seo', decision: 'reject' }), /^Rejecting the seo output needs a reason\.$/);
    assert.match(await refusal({ subsystem: 'seo', decision: 'request_changes', reason: '  ' }), /^Requesting changes to the seo output needs a reason\.$/);
    assert.equal((await latest()).seo?.status, 'draft', 'nothing changed');
    const r = await decide({ subsystem: 'seo', decision: 'request_changes', reason: 'Add local keywords', by: { name: 'Chris', kind: 'client' } });
    assert.equal(r.message, `Requested changes to seo v1 of "${intake().name}" (from Acme SEO): Add local keywords.`);
    await decide({ subsystem: 'seo', decision: 'reject', reason: 'Off brand' });
    assert.equal((await latest()).seo?.status, 'rejected');
    assert.deepEqual((await allEvents(f.events, 'artifact.changes_requested')).map((e) => [e.data.reason, e.data.actorKind]), [['Add local keywords', 'client']]);
    assert.deepEqual((await allEvents(f.events, 'artifact.rejected')).map((e) => e.data.reason), ['Off brand']);
    assert.match(await refusal({ subsystem: 'seo', decision: 'approve', version: 3 }), /^Seo output v3 is no longer the current one \(v1 is\)/);
  });

  it('approving a newer version marks what was built on the older one stale', async () => {
    await decide({ subsystem: 'seo', decision: 'approve' });
    unwrap(await runOperation(env, 'flow.run', { project: f.slug }));
    assert.deepEqual([(await latest()).links?.version, (await latest()).links?.inputs.seo], [1, 1]);
    // The intake changes, so seo runs again (an approved version with unchanged inputs is kept).
    tag = 'second';
    unwrap(await runOperation(env, 'project.update', { project: f.slug, patch: { product: 'trail boots' } }));
    unwrap(await runOperation(env, 'flow.run', { project: f.slug, only: 'seo' }));
    const v2 = (await latest()).seo!;
    assert.deepEqual([v2.version, v2.status], [2, 'draft']);
    assert.equal((await latest()).links?.status, 'draft', 'nothing is stale before the approval');
    const r = await decide({ subsystem: 'seo', decision: 'approve', version: 2 });
    assert.deepEqual(r.value.stale.map((m) => [m.kind, m.version]), [['links', 1]]);
    assert.equal(r.message, `Approved seo v2 of "${intake().name}" (from Acme SEO). Marked stale: links v1 (built on an older seo).`);
    const links = (await latest()).links!;
    assert.equal(links.status, 'stale');
    assert.equal(links.statusNote, 'Stale: built on seo version 1, superseded by approved seo version 2.');
    assert.deepEqual((await allEvents(f.events, 'artifact.stale')).map((e) => e.data.kind), ['links']);
  });

  it('refuses a built-in (pointing to its own decision) and an unknown subsystem (naming it), changing nothing', async () => {
    assert.equal(await refusal({ subsystem: 'strategy', decision: 'approve' }), 'strategy is a built-in subsystem with its own decisions: use strategy.decide (aicmo strategy approve|reject|request-changes <project>).');
    assert.match(await refusal({ subsystem: 'media', decision: 'approve' }), /^media is a built-in subsystem with its own decisions: use media\.decide/);
    assert.equal(await refusal({ subsystem: 'brand', decision: 'approve' }), "brand is a built-in subsystem that is not decided on (only the strategy, the media plan and creatives are); subsystem.decide is for a plugin's subsystem.");
    assert.equal(await refusal({ subsystem: 'keywords', decision: 'approve' }), 'There is no subsystem named "keywords" (a plugin that is not installed or not loaded, or a typo); the plugins\' subsystems here: seo, links.');
    // Without the plugin loaded (e.g. the CLI without --allow-plugins), seo is unknown too.
    assert.equal(await refusal({ subsystem: 'seo', decision: 'approve' }, serviceEnv(f.store, 'Dana')), 'There is no subsystem named "seo" (a plugin that is not installed or not loaded, or a typo); no plugin registered a subsystem here.');
    assert.equal((await latest()).strategy?.status, 'in_review');
    assert.equal((await latest()).seo?.status, 'draft');
    assert.deepEqual(await f.store.readProject(f.slug, (tx) => tx.approvals.list()), []);
  });
});
