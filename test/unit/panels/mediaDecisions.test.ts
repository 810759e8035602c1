// The media plan in the War Room and the Unified View over the real core (sql.js in a temp
// folder): the snapshot carries the latest plan as a diff against the approved one with human
// channel names; the panels' decisions run media.decide with the version seen, the fresh
// snapshot shows the new status and the notice offers the operation's next steps.
import assert from 'node:assert/strict';
import { runOperation } from '../../../src/orchestrator/operations';
import type { ProjectMediaPlan } from '../../../src/orchestrator/services';
import type { MediaContent } from '../../../src/orchestrator/subsystems/media/types';
import { mediaPlanView } from '../../../src/extension/panels/snapshots/mediaPlan';
import type { MediaPlanView } from '../../../src/protocol';
import { fixture, intake, value, type Fixture } from '../services/fixtures';
import { coreSession } from './coreSession';

const command = (method: string, params: unknown) => ({ type: 'command', method, params });

describe('media plan decisions in the panels, over the real core', function () {
  this.timeout(120_000);
  let f: Fixture;
  beforeEach(async () => {
    f = await fixture();
  });
  afterEach(() => f.cleanup());

  it('approves the media plan from the War Room with the version seen; a stale version is refused', async () => {
    const p = await f.store.createProject(intake({ name: 'Northwind Media', currency: 'USD' }));
    value(await runOperation(f.env, 'flow.run', { project: p.id }));
    const war = await coreSession(f.env, 'warroom', p.slug);
    const m = war.data<{ media: MediaPlanView | null }>().media;
    assert.ok(m, 'the War Room shows the media plan');
    assert.notEqual(m.status, 'approved');
    assert.equal(m.against, 'the starting split (priors)');
    assert.ok(m.changes.length > 0);
    for (const ch of m.changes) assert.doesNotMatch(ch.label, /_/, `a human channel name, not ${ch.channel}`);
    assert.ok(Math.abs(m.changes.reduce((s, ch) => s + ch.to, 0) - 1) < 0.01, 'the proposed shares add up to the budget');

    await war.send(command('warroom/approveMedia', { project: p.slug, version: m.version + 1, by: 'Dana' }));
    assert.deepEqual(war.notices().at(-1), { level: 'error', message: `Media plan v${m.version + 1} is no longer the current one (v${m.version} is); review v${m.version} before deciding (nothing was changed).` });
    await war.send(command('warroom/approveMedia', { project: p.slug, version: m.version, by: 'Dana' }));
    const notice = war.notices().at(-1)!;
    assert.equal(notice.level, 'info');
    assert.match(notice.message, new RegExp(`^Approved media plan v${m.version} of "Northwind Media"`));
    assert.ok((notice.steps ?? []).length > 0, 'the notice offers the next step');
    const after = war.data<{ media: MediaPlanView }>().media;
    assert.equal(after.status, 'approved', 'a fresh snapshot follows the notice');
    assert.equal(after.approvedVersion, m.version);
    assert.equal(after.inUse, m.version);
  });

  it('sends the media plan back from the Unified View with the reason; the reason is required', async () => {
    const p = await f.store.createProject(intake({ name: 'Contoso Media', currency: 'USD' }));
    value(await runOperation(f.env, 'flow.run', { project: p.id }));
    const unified = await coreSession(f.env, 'unified', p.slug);
    const m = unified.data<{ media: MediaPlanView }>().media;
    await unified.send(command('unified/requestMediaChanges', { project: p.slug, version: m.version, by: 'Dana', reason: '   ' }));
    assert.equal(unified.notices().length, 0, 'an empty reason never reaches the core');
    assert.equal(unified.data<{ media: MediaPlanView }>().media.status, m.status);
    await unified.send(command('unified/requestMediaChanges', { project: p.slug, version: m.version, by: 'Dana', reason: 'Less Meta, more search' }));
    const notice = unified.notices().at(-1)!;
    assert.equal(notice.level, 'info', notice.message);
    assert.match(notice.message, /^Sent media plan v\d+ of "Contoso Media" back \(Less Meta, more search\); no media plan is approved yet\./);
    assert.equal(unified.data<{ media: MediaPlanView }>().media.status, 'changes_requested');
  });

  it('offers the larger move only when the plan recommends it, with human names and the accepted decision', () => {
    const content = (recommend: boolean): MediaContent =>
      ({
        objective: { goalMetric: 'sales', objective: 'Online sales', optimizeFor: 'conversions' },
        budget: { amountMinor: 1_000_000, amount: 10_000, currency: 'USD', formatted: '$10,000.00' },
        flight: null,
        allocations: [
          { channel: 'google_search', label: 'google_search', amount: 5000, amountMinor: 500_000, share: 0.5, rationale: 'r1' },
          { channel: 'meta', label: 'meta', amount: 5000, amountMinor: 500_000, share: 0.5, rationale: 'r2' },
        ],
        method: 'thompson-sampling',
        methodNote: 'Thompson sampling.',
        kaizen: { mode: 'applied', note: '' },
        parameters: { draws: 1, explorationFloor: 0.05, maxStep: 0.1, caps: {}, baseline: 'approved' },
        posteriors: [],
        excludedChannels: [],
        proposal: {
          against: { kind: 'approved', version: 2 },
          changes: [
            { channel: 'google_search', label: 'google_search', from: 0.4, to: 0.5, change: 0.1, why: 'CPA $20.00 from 100 conversions.' },
            { channel: 'meta', label: 'meta', from: 0.5, to: 0.5, change: 0, why: 'Stayed.' },
            { channel: 'tiktok', label: 'tiktok', from: 0.1, to: 0, change: -0.1, why: 'Excluded by the brief.' },
          ],
          moved: true,
          summary: 'Google Search rose 10 points.',
        },
        unconstrained: { allocations: [{ channel: 'google_search', label: 'google_search', share: 0.7, amountMinor: 700_000, amount: 7000 }], gainOverApproved: 0.2, gainOverProposal: 0.1, pBetterThanProposal: 0.97, largestMove: 0.3 },
        guardrail: { maxStep: 0.1, binding: true, recommendLargerMove: recommend, sentence: 'The step limit held Google Search back.' },
      }) as MediaContent;
    const plan = (recommend: boolean): ProjectMediaPlan => ({
      project: { id: 'p_1', slug: 'x', name: 'X' },
      latest: { id: 'a_3', version: 3, status: 'in_review', statusNote: null, createdAt: '2026-11-24T10:00:00.000Z', content: content(recommend) },
      approved: { id: 'a_2', version: 2, status: 'approved' },
      inUse: 2,
    });
    const v = mediaPlanView(plan(true))!;
    assert.equal(v.against, 'approved v2');
    assert.deepEqual(v.changes.map((c) => [c.label, c.from, c.to, c.change]), [['Google Search', 0.4, 0.5, 0.1], ['Meta (Facebook)', 0.5, 0.5, 0], ['TikTok', 0.1, 0, -0.1]]);
    assert.equal(v.changes[0]!.why, 'CPA $20.00 from 100 conversions.');
    assert.equal(v.guardrail?.recommendLargerMove, true);
    assert.deepEqual(v.unconstrained, [{ label: 'Google Search', share: 0.7 }]);
    assert.equal(mediaPlanView(plan(false))!.guardrail?.recommendLargerMove, false);
    assert.equal(mediaPlanView({ ...plan(true), latest: null }), null, 'no plan before the first run');
  });
});
