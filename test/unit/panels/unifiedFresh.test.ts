// The Unified View reads the store on every snapshot: after creatives are approved and scheduled,
// tasks done and results imported elsewhere (another panel, a command, the CLI), the open panel's
// next snapshot — the one the host posts when the tree reloads — shows where things stand, without
// a Re-run; a version that does not reflect what arrived since says so, with what changed, until it is re-run.
import assert from 'node:assert/strict';
import { cpSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildPanelSnapshot } from '../../../src/extension/panels/descriptors/buildPanelSnapshot';
import { openAicmoWorkspace, serviceEnv } from '../../../src/orchestrator/services';
import { runOperation } from '../../../src/orchestrator/operations';
import type { UnifiedData } from '../../../src/protocol';
import { fixture, intake, value, type Fixture } from '../services/fixtures';
import { tempWorkspace } from '../store/helpers';
import { coreSession } from './coreSession';

const SAMPLE = path.resolve(__dirname, '../../../src/orchestrator/demo/data/google-ads-campaign-daily.csv');
const command = (method: string, params: unknown) => ({ type: 'command', method, params });

describe('Unified View stays fresh', function () {
  this.timeout(120_000);
  let f: Fixture;
  beforeEach(async () => {
    f = await fixture();
  });
  afterEach(() => f.cleanup());

  it('shows decisions, schedules, done tasks and imports made elsewhere on its next snapshot, and says what a version has not taken in', async () => {
    const p = await f.store.createProject(intake({ name: 'Acme Boots', currency: 'USD' }));
    value(await runOperation(f.env, 'flow.run', { project: p.id }));
    value(await runOperation(f.env, 'strategy.decide', { project: p.slug, decision: 'approve', by: 'Dana' }));
    value(await runOperation(f.env, 'flow.run', { project: p.id }));

    const unified = await coreSession(f.env, 'unified', p.slug);
    const card = (name: string) => unified.data<UnifiedData>().artifacts.find((a) => a.name === name)!;
    const total = Number(/^(\d+) creatives?:/.exec(card('creatives').highlights[0] ?? '')?.[1]);
    assert.ok(total > 0, card('creatives').highlights.join(' | '));
    assert.equal(card('creatives').status, 'in_review');
    assert.deepEqual([card('pm').label, card('portal').label], ['Project plan', 'Client review pack'], 'each card carries the subsystem\'s name');
    assert.equal(card('creatives').highlights[0], `${total} creatives: 0 approved, ${total} awaiting a decision`);
    assert.deepEqual(card('analytics').highlights, ['No data: no metric rows have been imported for this project yet.']);
    for (const a of unified.data<UnifiedData>().artifacts) assert.equal(a.outOfDate, undefined, `${a.name} is up to date right after the run`);

    // The Gallery approves; the Unified View's next snapshot (posted when the tree reloads) counts them.
    const gallery = await coreSession(f.env, 'gallery', p.slug);
    const ids = gallery.data<{ creatives: { id: string }[] }>().creatives.map((c) => c.id);
    await gallery.send(command('gallery/approveCreatives', { project: p.slug, ids, by: 'Dana', confirm: true }));
    const approved = gallery.data<{ counts: { approved: number; awaiting: number } }>().counts;
    assert.ok(approved.approved > 0, gallery.notices().at(-1)?.message);
    await unified.session.refresh();
    assert.equal(card('creatives').highlights[0], `${total} creatives: ${approved.approved} approved, ${approved.awaiting} awaiting a decision`);
    assert.equal(card('creatives').status, approved.awaiting === 0 ? 'approved' : 'in_review');
    assert.match(card('portal').highlights[0] ?? '', new RegExp(`^${approved.awaiting} awaiting a decision now \\(strategy approved; ${approved.awaiting} of ${total} creatives\\)$`));
    assert.match(card('portal').outOfDate ?? '', new RegExp(`^${approved.approved} decisions? since this version — Re-run to bring it up to date\\.$`));

    // Scheduling and a done task, run as commands would.
    const first = gallery.data<{ creatives: { id: string; status: string }[] }>().creatives.find((c) => c.status === 'approved')!;
    value(await runOperation(f.env, 'creatives.schedule', { ids: [first.id], date: '2026-03-10' }));
    const pm = await coreSession(f.env, 'pm', p.slug);
    const task = pm.data<{ tasks: { id: string; status: string }[] }>().tasks.find((t) => t.status !== 'done')!;
    const tasks = pm.data<{ tasks: unknown[] }>().tasks.length;
    const doneBefore = pm.data<{ progress: { done: number } }>().progress.done;
    value(await runOperation(f.env, 'task.complete', { project: p.slug, id: task.id, hours: 2 }));
    await unified.session.refresh();
    assert.match(card('creatives').highlights[0] ?? '', new RegExp(`^${total} creatives: ${approved.approved - 1} approved, 1 scheduled, `));
    if (approved.awaiting === 0) assert.equal(card('creatives').status, 'scheduled');
    assert.match(card('pm').highlights[0] ?? '', new RegExp(`^${tasks} tasks: ${doneBefore + 1} done`));

    // An import: the analytics card shows the data at once, and says its stored version predates it.
    value(await runOperation(f.env, 'metrics.import', { project: p.slug, file: SAMPLE, format: 'google-ads' }));
    await unified.session.refresh();
    assert.match(card('analytics').highlights[0] ?? '', /^63 metric rows, 1–21 October 2026: \$54,253\.68 spent, [\d,.]+ conversions$/);
    assert.equal(card('analytics').outOfDate, '1 import of results (google-ads-campaign-daily.csv) since this version — Re-run to bring it up to date.');

    // Re-running analytics takes the import in: the sentence goes.
    await unified.send(command('unified/runSubsystem', { project: p.slug, name: 'analytics' }));
    assert.equal(card('analytics').outOfDate, undefined, unified.notices().at(-1)?.message);
    assert.match(card('analytics').highlights[0] ?? '', /^63 metric rows/);
  });

  it('shows what a git pull brought: a dump rewritten under an open store is read on the next snapshot', async () => {
    const p = await f.store.createProject(intake({ name: 'Acme Boots', currency: 'USD' }));
    value(await runOperation(f.env, 'flow.run', { project: p.id }));
    const before = (await buildPanelSnapshot(f.env, 'unified', { project: p.slug })).data as UnifiedData;
    assert.equal(before.artifacts.find((a) => a.name === 'strategy')?.status, 'in_review');

    // A colleague's clone (the dumps, as git carries them) approves the strategy and imports results.
    const other = tempWorkspace();
    try {
      cpSync(path.join(f.root, '.aicmo'), path.join(other.root, '.aicmo'), { recursive: true });
      const theirs = await openAicmoWorkspace(other.root, { create: false });
      const env = serviceEnv(theirs, 'Sam');
      value(await runOperation(env, 'strategy.decide', { project: p.slug, decision: 'approve', by: 'Sam' }));
      value(await runOperation(env, 'metrics.import', { project: p.slug, file: SAMPLE, format: 'google-ads' }));
      theirs.close();
      // git pull: the dump is replaced by rename; this copy's .db (not in git) is left as it was.
      const dump = path.join('.aicmo', 'projects', `${p.slug}.sql`);
      writeFileSync(path.join(f.root, `${dump}.pulled`), readFileSync(path.join(other.root, dump)));
      renameSync(path.join(f.root, `${dump}.pulled`), path.join(f.root, dump));
    } finally {
      other.cleanup();
    }

    const after = (await buildPanelSnapshot(f.env, 'unified', { project: p.slug })).data as UnifiedData;
    const card = (name: string) => after.artifacts.find((a) => a.name === name)!;
    assert.equal(card('strategy').status, 'approved');
    assert.match(card('analytics').highlights[0] ?? '', /^63 metric rows/);
    assert.equal(card('analytics').outOfDate, '1 import of results (google-ads-campaign-daily.csv) since this version — Re-run to bring it up to date.');
  });
});
