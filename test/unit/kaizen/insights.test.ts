// Deriving insights from events and metric rows: evidence, weights, and "no evidence yet".
import assert from 'node:assert/strict';
import { deriveInsights, NO_EVIDENCE_YET } from '../../../src/orchestrator/kaizen/insights';
import { insightsOfKind } from '../../../src/orchestrator/kaizen/types';
import { workspaceWithProject, intake, type Fixture } from '../flow/helpers';
import { pastResults } from './helpers';

describe('Kaizen insights', () => {
  let f: Fixture;
  beforeEach(async () => (f = await workspaceWithProject()));
  afterEach(() => f.cleanup());

  it('says "no evidence yet" for every kind in a workspace with no results and no decisions', async () => {
    const report = await deriveInsights(f.store, { project: f.slug });
    assert.deepEqual(report.insights, []);
    assert.deepEqual(report.kinds.map((k) => [k.kind, k.note]), [
      ['channel-performance', NO_EVIDENCE_YET],
      ['angle-approval', NO_EVIDENCE_YET],
      ['estimate-accuracy', NO_EVIDENCE_YET],
      ['rejection-reason', NO_EVIDENCE_YET],
    ]);
  });

  it('weighs metric rows of other industries at half, and gives each insight its evidence', async () => {
    const other = await f.store.createProject(intake({ name: 'Bank app', industry: 'Financial services' }));
    await pastResults(f.store, f.projectId, { meta: 40 });
    await pastResults(f.store, other.id, { meta: 10 });
    const report = await deriveInsights(f.store, { project: f.slug });
    const channel = insightsOfKind(report.insights, 'channel-performance');
    assert.deepEqual(channel.map((i) => [i.id, i.payload.sameIndustryWeight, i.payload.conversions, i.payload.clicks, i.evidence.count, i.evidence.projects]), [
      ['channel-performance:meta:other-industries:GBP', 0.5, 80, 3200, 8, [other.id]],
      ['channel-performance:meta:same-industry:GBP', 1, 320, 3200, 8, [f.projectId]],
    ]);
    assert.deepEqual(channel[1]!.evidence.window, { from: '2025-01-06', to: '2025-02-24' });
    assert.equal(report.kinds[0]!.note, '2 insights from 16 metric rows.');
    // Without a project to plan for, all rows count alike.
    const all = insightsOfKind((await deriveInsights(f.store)).insights, 'channel-performance');
    assert.deepEqual(all.map((i) => [i.id, i.payload.sameIndustryWeight, i.payload.conversions]), [['channel-performance:meta:all-projects:GBP', 1, 400]]);
  });

  it('derives angle rates, estimate accuracy and rejection reasons from events only', async () => {
    const ev = (type: 'creative.approved' | 'creative.rejected' | 'task.completed' | 'strategy.rejected' | 'strategy.changes_requested', data: Record<string, unknown>) =>
      f.events.append({ type, project: f.projectId, actor: 'Chris', data });
    await ev('creative.rejected', { channel: 'meta', angle: 'offer-urgency', reason: 'pushy' });
    await ev('creative.rejected', { channel: 'meta', angle: 'offer-urgency', reason: 'pushy' });
    await ev('creative.approved', { channel: 'meta', angle: 'offer-urgency' });
    await ev('task.completed', { template: 'creative-production', estimatedHours: 8, actualHours: 12 });
    await ev('task.completed', { template: 'creative-production', estimatedHours: 4, actualHours: 6 });
    await ev('strategy.rejected', { reason: 'Too generic.' });
    await ev('strategy.changes_requested', { reason: 'too  generic' });
    const report = await deriveInsights(f.store, { project: f.slug });
    const [angle] = insightsOfKind(report.insights, 'angle-approval');
    assert.deepEqual(angle?.payload, { channel: 'meta', angle: 'offer-urgency', approved: 1, rejected: 2 });
    assert.equal(angle?.evidence.count, 3);
    assert.deepEqual(angle?.evidence.projects, [f.projectId]);
    const [estimate] = insightsOfKind(report.insights, 'estimate-accuracy');
    assert.deepEqual(estimate?.payload, { template: 'creative-production', estimated: 12, actual: 18, ratio: 1.5, n: 2 });
    const reasons = insightsOfKind(report.insights, 'rejection-reason');
    assert.deepEqual(reasons.map((r) => r.payload), [{ reason: 'Too generic', count: 2 }]);
    assert.equal(report.kinds.find((k) => k.kind === 'channel-performance')?.note, NO_EVIDENCE_YET);
  });
});
