// A channel new to the plan since it was approved (allowed since, or run by this project) enters at
// its prior share, held to the step limit, so it is measured; the approved channels make room in
// proportion, and the step limit is still measured from the approved plan.
import assert from 'node:assert/strict';
import { mediaSubsystem } from '../../../src/orchestrator/subsystems/media';
import type { MediaContent } from '../../../src/orchestrator/subsystems/media/types';
import { strategySubsystem } from '../../../src/orchestrator/subsystems/strategy';
import type { Project } from '../../../src/orchestrator/domain/project';
import { b2bSaasLeads, input, run, type RunOptions } from './fixtures';
import { perf } from './mediaEvidence';

async function plan(project: Project, o: RunOptions = {}): Promise<MediaContent> {
  const strategy = (await run(strategySubsystem, project)).content;
  return (await run(mediaSubsystem, project, { ...o, inputs: { strategy: input('strategy', strategy, 'in_review') } })).content;
}

const shareOf = (c: MediaContent, channel: string): number => c.allocations.find((a) => a.channel === channel)?.share ?? 0;
const approvedHalf = input('media', { allocations: [{ channel: 'google_search', share: 0.5 }, { channel: 'meta', share: 0.5 }] } as unknown as MediaContent, 'approved', 3);

describe('media re-planning: a channel new to the plan', () => {
  const three = b2bSaasLeads({ constraints: [], doNotDo: [], allowedChannels: ['google_search', 'meta', 'email'] });

  const cases: { name: string; maxStep?: number; insights: ReturnType<typeof perf>[]; method: MediaContent['method'] }[] = [
    { name: 'without results: it enters at its prior share, held to the 10-point limit', insights: [], method: 'approved-plan' },
    { name: 'without results, limit raised to 100 points: it enters at its full prior share', maxStep: 1, insights: [], method: 'approved-plan' },
    { name: 'with results for the others only: it enters and keeps that share while it is explored', insights: [perf('google_search', 61, 2000, 2000, { newest: [31, 1000, 1000] }), perf('meta', 59, 2000, 2000, { newest: [29, 1000, 1000] })], method: 'thompson-sampling' },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const prior = shareOf(await plan(three, { skipKaizen: true }), 'email');
      assert.ok(prior > 0, `email has a prior share for leads goals: ${prior}`);
      const step = c.maxStep ?? 0.1;
      const entry = Math.min(prior, step);
      const m = await plan(three, { insights: c.insights, approved: approvedHalf, version: 4, ...(c.maxStep ? { options: { media: { maxStep: c.maxStep } } } : {}) });
      assert.equal(m.method, c.method);
      assert.ok(Math.abs(shareOf(m, 'email') - entry) < 1e-3, `email enters at ${entry}: ${shareOf(m, 'email')}`);
      assert.ok(Math.abs(shareOf(m, 'google_search') - (1 - entry) / 2) < 1e-3, 'the approved channels make room in proportion');
      assert.ok(Math.abs(shareOf(m, 'meta') - (1 - entry) / 2) < 1e-3, 'the approved channels make room in proportion');
      const email = m.allocations.find((a) => a.channel === 'email')!;
      assert.match(email.rationale, new RegExp(`new in the plan at ${(Math.round(entry * 1000) / 10).toString().replace(".", "\\.")}%`));
      if (prior > step) assert.match(email.rationale, /held to the 10-point step limit/);
      const change = m.proposal!.changes.find((ch) => ch.channel === 'email')!;
      assert.equal(change.from, null);
      assert.match(change.why, /^new in the plan; /);
      assert.equal(m.allocations.reduce((t, a) => t + a.amountMinor, 0), three.budgetMinor);
    });
  }

  it('with results of its own that make it best: its share is still measured from 0 in the approved plan (at most the step limit)', async () => {
    const insights = [perf('google_search', 20, 2000, 2000, { newest: [10, 1000, 1000] }), perf('meta', 20, 2000, 2000, { newest: [10, 1000, 1000] }), perf('email', 200, 2000, 2000, { newest: [100, 1000, 1000] })];
    const m = await plan(three, { insights, approved: approvedHalf, version: 4 });
    assert.equal(m.method, 'thompson-sampling');
    assert.ok(shareOf(m, 'email') <= 0.1 + 1e-4, `the user's 10-point limit holds: ${shareOf(m, 'email')}`);
    assert.ok(m.unconstrained!.allocations.find((a) => a.channel === 'email')!.share > 0.5, 'without the limit it would get most of the budget');
  });

  it('a channel of the approved plan keeps its share when nothing enters', async () => {
    const two = b2bSaasLeads({ constraints: [], doNotDo: [], allowedChannels: ['google_search', 'meta'] });
    const m = await plan(two, { approved: approvedHalf, version: 4 });
    assert.deepEqual([shareOf(m, 'google_search'), shareOf(m, 'meta')], [0.5, 0.5]);
    assert.ok(!m.allocations.some((a) => /new in the plan/.test(a.rationale)));
  });
});
