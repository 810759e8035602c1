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

  it('weighs rows by similarity and recency: this project ×1, same vertical and goal ×0.5, other industries set aside unless cross-industry is on', async () => {
    const drinks = await f.store.createProject(intake({ name: 'Oat milk launch', industry: 'Plant-based drinks' }));
    const bank = await f.store.createProject(intake({ name: 'Bank app', industry: 'Financial services' }));
    await pastResults(f.store, f.projectId, { meta: 40 });
    await pastResults(f.store, drinks.id, { meta: 10 });
    await pastResults(f.store, bank.id, { meta: 1 });
    const report = await deriveInsights(f.store, { project: f.slug });
    assert.deepEqual(report.scoping, { crossIndustry: false, halfLifeWeeks: 8 });
    const [meta, ...rest] = insightsOfKind(report.insights, 'channel-performance');
    assert.equal(rest.length, 0);
    assert.equal(meta!.id, 'channel-performance:meta:GBP');
    assert.deepEqual(meta!.payload.scopes.map((s) => [s.label, s.weight, s.projects, s.rows]), [
      ['this project', 1, [f.projectId], 8],
      ['same vertical (Consumer packaged goods) and goal', 0.5, [drinks.id], 8],
      ['another industry, same goal', 0, [bank.id], 8],
    ]);
    assert.equal(meta!.payload.raw.conversions, 8 * 40 + 8 * 10, "the bank's rows do not count");
    // Week k before the newest counts 0.5^(k/8); the oat-milk rows count half of that.
    const decay = [0, 1, 2, 3, 4, 5, 6, 7].reduce((t, k) => t + Math.pow(0.5, k / 8), 0);
    assert.ok(Math.abs(meta!.payload.conversions - decay * (40 + 0.5 * 10)) < 1e-3, String(meta!.payload.conversions));
    assert.deepEqual(meta!.evidence.window, { from: '2025-01-06', to: '2025-02-24' });
    assert.match(meta!.summary, /weighted to the last 8 weeks; this project ×1 \(8 rows\); same vertical \(Consumer packaged goods\) and goal ×0\.5 \(1 project, 8 rows\)/);
    assert.match(meta!.summary, /Set aside: another industry, same goal \(1 project, 8 rows; turn on cross-industry learning to use them\)\./);

    const cross = insightsOfKind((await deriveInsights(f.store, { project: f.slug, crossIndustry: true, halfLifeWeeks: 4 })).insights, 'channel-performance')[0]!;
    assert.equal(cross.payload.raw.conversions, 8 * 41 + 8 * 10);
    assert.equal(cross.payload.scopes.find((s) => s.projects.includes(bank.id))?.weight, 0.1);
    assert.equal(cross.payload.recency?.halfLifeWeeks, 4);
    // Without a project to plan for, all rows count alike.
    const all = insightsOfKind((await deriveInsights(f.store)).insights, 'channel-performance');
    assert.deepEqual(all.map((i) => [i.id, i.payload.raw.conversions, i.payload.scopes.map((s) => s.weight)]), [['channel-performance:meta:GBP', 8 * 51, [1]]]);
    await assert.rejects(deriveInsights(f.store, { project: f.slug, halfLifeWeeks: 0 }), /The half-life must be a number of weeks from 0\.5 to 520, not "0"\./);
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
    assert.deepEqual(angle?.payload, { channel: 'meta', angle: 'offer-urgency', approved: 1, rejected: 2, copies: { approved: 1, rejected: 2 }, decisions: 3, scopes: [{ label: 'this project', weight: 1, projects: [f.projectId], rows: 3 }] });
    assert.equal(angle?.evidence.count, 3);
    assert.match(angle?.summary ?? '', /^offer-urgency on Meta \(Facebook\): 1 approved, 2 rejected copies/, 'the channel by its human name');
    assert.deepEqual(angle?.evidence.projects, [f.projectId]);
    const [estimate] = insightsOfKind(report.insights, 'estimate-accuracy');
    assert.deepEqual(estimate?.payload, { template: 'creative-production', estimated: 12, actual: 18, ratio: 1.5, n: 2 });
    const reasons = insightsOfKind(report.insights, 'rejection-reason');
    assert.deepEqual(reasons.map((r) => r.payload), [{ reason: 'Too generic', count: 2 }]);
    assert.equal(report.kinds.find((k) => k.kind === 'channel-performance')?.note, NO_EVIDENCE_YET);
    // Each kind's note counts its facts in words, without event jargon.
    assert.equal(report.kinds.find((k) => k.kind === 'rejection-reason')?.note, '1 insight from 2 reasons given for strategy rejections and change requests.');
    assert.equal(report.kinds.find((k) => k.kind === 'estimate-accuracy')?.note, '1 insight from 2 completed tasks.');
  });
});
