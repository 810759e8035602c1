import assert from 'node:assert/strict';
import { runOperation } from '../../../src/orchestrator/operations';
import { getProjectsPipeline, openAicmoWorkspace, listProjectLeads, serviceEnv, type ProjectsPipeline } from '../../../src/orchestrator/services';
import { openWorkspace } from '../../../src/orchestrator/store/openWorkspace';
import { addCreatives, addStrategy, fixture, intake, value, type Fixture } from './fixtures';

function find(p: ProjectsPipeline, name: string) {
  for (const c of p.columns) for (const x of c.projects) if (x.name === name) return x;
  throw new Error(`${name} not in the pipeline`);
}

describe('getProjectsPipeline', function () {
  this.timeout(30_000);
  let f: Fixture;
  beforeEach(async () => {
    f = await fixture();
  });
  afterEach(() => f.cleanup());

  it('puts each project in its stage column with badges, counts and what blocks it', async () => {
    const { store } = f;
    await store.createProject(intake({ name: 'A no strategy' }));
    const b = await store.createProject(intake({ name: 'B in review' }));
    await store.writeProject(b.id, (tx) => addStrategy(tx, 'in_review'));
    const c = await store.createProject(intake({ name: 'C creatives waiting' }));
    await store.writeProject(c.id, (tx) => {
      addStrategy(tx, 'approved');
      addCreatives(tx, ['approved', 'in_review', 'draft', 'rejected']);
    });
    const d = await store.createProject(intake({ name: 'D scheduled' }));
    await store.writeProject(d.id, (tx) => {
      addStrategy(tx, 'approved');
      addCreatives(tx, ['scheduled', 'approved']);
      tx.artifacts.insert({ kind: 'media', status: 'draft', content: null, error: 'no channels left after caps' });
    });
    const e = await store.createProject(intake({ name: 'E on hold' }));
    await store.updateProject(e.id, { lifecycle: 'on_hold' });
    const done = await store.createProject(intake({ name: 'F done' }));
    await store.updateProject(done.id, { lifecycle: 'done' });
    await store.createProject(intake({ name: 'G no budget', budgetMinor: 0 }));

    const p = value(await getProjectsPipeline(f.env));
    assert.deepEqual(
      p.columns.map((col) => [col.stage, col.count, col.projects.map((x) => x.name)]),
      [
        ['INTAKE', 1, ['G no budget']],
        ['STRATEGY', 3, ['A no strategy', 'B in review', 'E on hold']],
        ['CREATIVE', 1, ['C creatives waiting']],
        ['EXECUTION', 1, ['D scheduled']],
        ['DONE', 1, ['F done']],
      ],
    );
    assert.deepEqual(find(p, 'G no budget').blockers.map((x) => x.message), ['The intake is missing budget.']);
    assert.deepEqual(find(p, 'A no strategy').blockers.map((x) => x.code), ['strategy-missing']);
    assert.deepEqual(find(p, 'B in review').blockers.map((x) => x.message), ['The strategy is waiting for approval.']);
    assert.deepEqual(find(p, 'C creatives waiting').blockers.map((x) => x.message), ['2 creatives are waiting for a decision.']);
    assert.equal(find(p, 'C creatives waiting').creativesAwaiting, 2);
    const dRow = find(p, 'D scheduled');
    assert.deepEqual(dRow.badges, ['failed run']);
    assert.deepEqual(dRow.blockers.map((x) => x.message), ['The last run of media failed; retry it.', 'No results imported yet.']);
    assert.deepEqual(find(p, 'E on hold').badges, ['on hold']);
    assert.deepEqual(find(p, 'E on hold').blockers.map((x) => x.code), ['on-hold', 'strategy-missing']);
    assert.deepEqual(find(p, 'F done').blockers, []);
    assert.equal(p.totals.projects, 7);
    assert.equal(p.totals.onHold, 1);
    // Waiting for a strategy or creative decision is not being blocked.
    assert.equal(p.totals.blocked, 4);
    assert.equal(p.totals.awaitingApproval, 2);
    assert.deepEqual(find(p, 'B in review').blockers.map((x) => x.waiting), [true]);
    assert.deepEqual(dRow.blockers.map((x) => x.waiting), [false, false]);
  });

  it('says when the global pause is on', async () => {
    await f.store.createProject(intake());
    value(await runOperation(f.env, 'pause.set', { on: true }));
    const p = value(await getProjectsPipeline(f.env));
    assert.equal(p.paused, true);
    assert.ok(p.columns[1]!.projects[0]!.blockers.some((b) => b.code === 'paused'));
  });

  it('moves an approved project from CREATIVE to EXECUTION when outreach starts, and counts leads and outreach', async () => {
    const c = await f.store.createProject(intake({ name: 'Leads campaign', goalMetric: 'leads' }));
    await f.store.writeProject(c.id, (tx) => {
      addStrategy(tx, 'approved');
      addCreatives(tx, ['approved', 'in_review']);
    });
    value(await runOperation(f.env, 'leads.import', { project: c.id, file: f.file('leads.csv', 'name,email\nAda,ada@x.test\nGrace,grace@x.test\n') }));
    let p = value(await getProjectsPipeline(f.env));
    let row = find(p, 'Leads campaign');
    assert.equal(row.stage, 'CREATIVE');
    assert.equal(row.leads, 2);
    assert.equal(row.outreach, 0);

    const ada = value(await listProjectLeads(f.env, c.id)).leads.find((l) => l.email === 'ada@x.test')!;
    value(await runOperation(f.env, 'outreach.log', { lead: ada.id, channel: 'email', status: 'sent' }));
    p = value(await getProjectsPipeline(f.env));
    row = find(p, 'Leads campaign');
    assert.equal(row.stage, 'EXECUTION');
    assert.equal(row.outreach, 1);
    assert.deepEqual(row.blockers.map((b) => b.message), ['1 creative still waits for a decision.', 'No results imported yet.']);
    assert.equal(p.totals.leads, 2);
    assert.equal(p.totals.outreach, 1);
  });

  it('re-derives index rows written by another version of the stage rule when opened through openAicmoWorkspace', async () => {
    f.store.close();
    // An older AICMO's rule (another version): everything in STRATEGY.
    const older = { version: 0, derive: () => ({ stage: 'STRATEGY' as const, flags: {} }) };
    const plain = await openWorkspace(f.root, { deriveSummary: older });
    const x = await plain.createProject(intake({ name: 'Written by plain store' }));
    await plain.writeProject(x.id, (tx) => {
      addStrategy(tx, 'approved');
      addCreatives(tx, ['scheduled']);
    });
    assert.equal((await plain.listProjects())[0]!.stage, 'STRATEGY', 'the older rule');
    plain.close();
    f.store = await openAicmoWorkspace(f.root);
    f.env = serviceEnv(f.store, 'Dana');
    const p = value(await getProjectsPipeline(f.env));
    assert.equal(find(p, 'Written by plain store').stage, 'EXECUTION');
  });
});
