// Learning is scoped, on real workspaces: another industry's results and decisions do not move a
// plan unless cross-industry learning is on, and repeated decisions on the same copy count once.
import assert from 'node:assert/strict';
import { runFlow } from '../../../src/orchestrator/flow';
import { deriveInsights } from '../../../src/orchestrator/kaizen/insights';
import { insightsOfKind } from '../../../src/orchestrator/kaizen/types';
import type { MediaContent } from '../../../src/orchestrator/subsystems/media/types';
import { intake, workspaceWithProject, type Fixture } from '../flow/helpers';
import { pastResults } from './helpers';

describe('Kaizen scoping', () => {
  let f: Fixture;
  afterEach(() => f.cleanup());

  it("does not move a B2B SaaS plan with a shoe shop's purchase data unless cross-industry learning is on", async () => {
    f = await workspaceWithProject({ name: 'Shoe shop', industry: 'Online shoe store', goalMetric: 'sales' });
    await pastResults(f.store, f.projectId, { meta: 80, search: 4, linkedin: 2, email: 4 });
    const saas = await f.store.createProject(intake({ name: 'Ledger SaaS', industry: 'B2B SaaS', goal: 'Book demos', goalMetric: 'leads', constraints: [], doNotDo: [] }));
    await runFlow(f.store, saas.id, { actor: 'ci', only: 'strategy' });
    await runFlow(f.store, saas.id, { actor: 'ci', only: 'media' });
    const off = await f.store.readProject(saas.id, (tx) => tx.artifacts.latestByKind().media!);
    assert.equal((off.content as MediaContent).kaizen.mode, 'no-evidence');
    assert.deepEqual(off.insights, []);
    const offInsights = insightsOfKind((await deriveInsights(f.store, { project: saas.id })).insights, 'channel-performance');
    assert.ok(offInsights.every((i) => i.payload.raw.rows === 0 && /Set aside: another industry and goal \(1 project, 8 rows/.test(i.summary)), offInsights.map((i) => i.summary).join('\n'));

    const r = await runFlow(f.store, saas.id, { actor: 'ci', only: 'media', kaizen: { crossIndustry: true } });
    assert.equal(r.subsystems[0]?.version, 2, 'the evidence changed, so a new proposal is made');
    const on = (await f.store.readProject(saas.id, (tx) => tx.artifacts.latestByKind().media!)).content as MediaContent;
    assert.equal(on.method, 'thompson-sampling');
    assert.ok(on.evidence!.notes.some((n) => /another industry and goal ×0\.05 \(1 project, 32 rows\)/.test(n)), on.evidence!.notes.join('\n'));
  });

  it("does not demote a SaaS client's angles with a restaurant's rejections, and counts the same three copies rejected in three rounds three times", async () => {
    f = await workspaceWithProject({ name: 'Ledger SaaS', industry: 'B2B SaaS', goalMetric: 'leads' });
    const restaurant = await f.store.createProject(intake({ name: 'Trattoria', industry: 'Italian restaurant', goalMetric: 'leads' }));
    const reject = (project: string, copy: string, round: number) => f.events.append({ type: 'creative.rejected', project, actor: 'Chris', data: { channel: 'meta', angle: 'offer-urgency', copy, creativeId: `trattoria-v${round + 1}-${copy}` } });
    for (let round = 0; round < 3; round++) for (const copy of ['c1', 'c2', 'c3']) await reject(restaurant.id, copy, round);
    const forSaas = insightsOfKind((await deriveInsights(f.store, { project: f.slug })).insights, 'angle-approval');
    assert.deepEqual(forSaas, [], "the restaurant's decisions are set aside for the SaaS plan");
    const cross = insightsOfKind((await deriveInsights(f.store, { project: f.slug, crossIndustry: true })).insights, 'angle-approval');
    assert.deepEqual(cross.map((i) => [i.payload.copies, i.payload.decisions, i.payload.rejected]), [[{ approved: 0, rejected: 3 }, 9, 0.3]]);
    const forRestaurant = insightsOfKind((await deriveInsights(f.store, { project: restaurant.id })).insights, 'angle-approval');
    assert.deepEqual(forRestaurant.map((i) => [i.payload.copies.rejected, i.payload.rejected]), [[3, 3]]);
    assert.match(forRestaurant[0]!.summary, /0 approved, 3 rejected copies, smoothed approval rate 20%; this project ×1 \(3 copies\); 6 repeated decisions on the same copy counted once\./);
  });
});
