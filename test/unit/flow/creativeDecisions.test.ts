// Decisions on creatives stay (issue 11 item 3): approve, schedule, reject, re-run with unchanged
// inputs → every decision intact; change one input → only the creatives that use it get new
// versions, linked to the ones they replace, which stay visible with their decisions; regenerate
// is explicit, and rejected copy is not proposed again. Real workspaces on disk, the real flow.
import assert from 'node:assert/strict';
import { runFlow } from '../../../src/orchestrator/flow';
import { runOperation } from '../../../src/orchestrator/operations';
import { getCreativesForProject, serviceEnv } from '../../../src/orchestrator/services';
import type { CreativeRow } from '../../../src/orchestrator/store/types';
import { value } from '../operations/helpers';
import { copyTexts } from '../../../src/orchestrator/subsystems/creatives/rules';
import { workspaceWithProject, type Fixture } from './helpers';

const BRIEF = {
  product: 'Spring Espresso Blend',
  benefits: ['Roasted to order every Monday', 'Chocolate notes, low acidity', 'Beans from two Colombian farms'],
  proofPoints: ['Rated 4.8 by 900 home baristas', 'Roasted in Leeds since 2009'],
  landingUrl: 'https://acme.example/spring',
};

async function runUntilCreatives(f: Fixture): Promise<void> {
  let r = await runFlow(f.store, f.slug, { actor: 'ci' });
  if (r.subsystems.find((s) => s.name === 'creatives')?.status === 'waiting') {
    await value(f.store, 'strategy.decide', { project: f.slug, decision: 'approve' }, 'Dana');
    r = await runFlow(f.store, f.slug, { actor: 'ci' });
  }
  assert.equal(r.subsystems.find((s) => s.name === 'creatives')?.status, 'completed', JSON.stringify(r.subsystems));
}

const current = (f: Fixture): Promise<CreativeRow[]> => f.store.readProject(f.slug, (tx) => tx.creatives.list());
const history = (f: Fixture): Promise<CreativeRow[]> => f.store.readProject(f.slug, (tx) => tx.creatives.list({ allVersions: true }));
const decisions = (rows: readonly CreativeRow[]) => rows.map((c) => [c.id, c.status, c.scheduledDate]).sort();

describe('creatives: decisions stay across re-runs', function () {
  this.timeout(60_000);
  let f: Fixture;
  beforeEach(async () => {
    f = await workspaceWithProject(BRIEF);
    await runUntilCreatives(f);
  });
  afterEach(() => f.cleanup());

  async function decide(): Promise<CreativeRow[]> {
    const rows = await current(f);
    const [a, b, c, d] = rows;
    await value(f.store, 'creatives.decide', { ids: [a!.id, b!.id], decision: 'approve' }, 'Dana');
    await value(f.store, 'creatives.schedule', { ids: [a!.id], date: '2026-04-02' }, 'Dana');
    await value(f.store, 'creatives.decide', { ids: [c!.id], decision: 'reject', reason: 'Too generic for the blend' }, 'Chris');
    await value(f.store, 'creatives.decide', { ids: [d!.id], decision: 'request_changes', reason: 'Say where it is roasted' }, 'Chris');
    return current(f);
  }

  it('keeps every creative, status, schedule and comment when the flow runs again on unchanged inputs', async () => {
    const before = await decide();
    const rowsBefore = (await history(f)).length;
    const actionsBefore = await f.store.readProject(f.slug, (tx) => tx.approvals.list());
    for (let i = 0; i < 3; i++) await runFlow(f.store, f.slug, { actor: 'ci' });
    const after = await current(f);
    assert.deepEqual(decisions(after), decisions(before));
    assert.equal((await history(f)).length, rowsBefore, 'no creative row was added');
    const byId = (rows: readonly CreativeRow[]) => Object.fromEntries(rows.map((c) => [c.id, c.fields]));
    assert.deepEqual(byId(after), byId(before), 'the copy is the copy people decided on');
    assert.deepEqual(await f.store.readProject(f.slug, (tx) => tx.approvals.list()), actionsBefore);
    const listed = (await getCreativesForProject(serviceEnv(f.store, 'ci'), f.slug));
    assert.ok(listed.ok);
    if (listed.ok) assert.deepEqual([listed.value.counts.approved, listed.value.counts.scheduled, listed.value.counts.rejected], [1, 1, 1]);
  });

  it('makes new versions only of the creatives that use a changed fact; the replaced ones keep their decisions, marked stale', async () => {
    const before = await decide();
    await f.store.updateProject(f.slug, { proofPoints: ['Rated 4.9 by 1,100 home baristas', 'Roasted in Leeds since 2009'] });
    await runUntilCreatives(f);
    const after = await current(f);
    const all = await history(f);
    const usedProof = before.filter((c) => c.facts.includes('proof:0'));
    const notProof = before.filter((c) => !c.facts.includes('proof:0'));
    assert.ok(usedProof.length > 0 && notProof.length > 0, 'some creatives use the proof point, some do not');
    for (const old of notProof) {
      const now = after.find((c) => c.id === old.id);
      assert.ok(now, `${old.id} is kept`);
      assert.deepEqual([now.status, now.scheduledDate, now.fields], [old.status, old.scheduledDate, old.fields]);
    }
    for (const old of usedProof) {
      const stored = all.find((c) => c.id === old.id)!;
      assert.equal(stored.current, false);
      assert.equal(stored.status, old.status, `${old.id} keeps its decision (${old.status})`);
      assert.match(stored.staleNote ?? '', /^Stale: replaced by .+ because a proof point it uses/);
      const next = after.find((c) => c.id === stored.replacedBy)!;
      assert.equal(next.parentId, old.id);
      assert.equal(next.status, 'in_review');
      assert.ok(copyTexts(next.fields).some((t) => t.includes('4.9 by 1,100')));
    }
    const env = serviceEnv(f.store, 'ci');
    const listed = await getCreativesForProject(env, f.slug);
    assert.ok(listed.ok);
    if (listed.ok) {
      const replacing = listed.value.creatives.filter((c) => c.replaces !== null);
      assert.equal(replacing.length, usedProof.length);
      for (const c of replacing) assert.equal(c.replaces!.status, before.find((b) => b.id === c.replaces!.id)!.status, 'the old decision is visible on the new version');
    }
  });

  it('regenerates only on request, never proposing rejected copy again; a decision on a replaced version is refused', async () => {
    const before = await decide();
    const rejected = before.find((c) => c.status === 'rejected')!;
    const env = serviceEnv(f.store, 'ci');
    const r = await runOperation(env, 'creatives.regenerate', { project: f.slug, ids: [rejected.id] });
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    const after = await current(f);
    const next = after.find((c) => c.parentId === rejected.id)!;
    assert.ok(next, 'a new version of the rejected creative');
    assert.equal(next.generation, 1);
    assert.notDeepEqual(next.fields, rejected.fields, 'not the rejected copy verbatim');
    assert.ok(next.body !== rejected.body || next.headline !== rejected.headline, 'its main text differs from the rejected one');
    assert.deepEqual(decisions(after.filter((c) => c.id !== next.id)), decisions(before.filter((c) => c.id !== rejected.id)), 'the other creatives are untouched');
    await assert.rejects(value(f.store, 'creatives.decide', { ids: [rejected.id], decision: 'approve' }, 'Dana'), /was replaced by .*; decide on the current version instead/);
    await runFlow(f.store, f.slug, { actor: 'ci' });
    assert.deepEqual(decisions(await current(f)), decisions(after), 'a later run keeps the regenerated creative');
  });
});
