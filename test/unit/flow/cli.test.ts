// The flow, strategy, creatives, task, pause and kaizen commands through the real CLI (dist/cli.js).
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { aicmo, ensureCliBuilt, jsonOf } from '../cli/runAicmo';

interface FlowJson {
  runId: string;
  status: string;
  subsystems: { name: string; status: string; version: number | null; durationMs: number; error?: string; message?: string }[];
}
interface CreativeJson {
  id: string;
  rank: number;
  channel: string;
  format: string;
  angle: string;
  headline: string;
  body: string;
  cta: string;
  status: string;
  violations: { severity: string; rule?: string }[];
  rankReason: string;
}

describe('aicmo flow / strategy / creatives / task / pause / kaizen (real CLI)', function () {
  this.timeout(120_000);
  let root: string;
  const run = (...args: string[]) => aicmo(args, { cwd: root });

  before(() => ensureCliBuilt());
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'aicmo-flow-cli-'));
    jsonOf(await run('project', 'add', '--name', 'Boot launch', '--industry', 'Outdoor footwear', '--goal', 'Sell 2,400 boots', '--goal-metric', 'sales', '--audience', 'Weekend hikers', '--budget', '85000', '--currency', 'USD', '--start', '2026-03-01', '--end', '2026-05-31',
      // The brief's facts: creatives are written from them (without any, every ad lacks copy and none may be approved).
      '--benefit', 'Waterproof for 12 hours', '--benefit', 'Light enough for long trails', '--proof', '4.8 stars from 2,000 hikers', '--offer', 'Free returns', '--landing-url', 'https://boots.example/launch', '--json'));
  });
  afterEach(async () => rm(root, { recursive: true, force: true }));

  it('runs the flow, gates creatives on the strategy approval, and records decisions', async () => {
    const first = jsonOf(await run('flow', 'run', 'boot-launch', '--json')) as FlowJson;
    assert.match(first.runId, /^r_/);
    assert.equal(first.status, 'partial');
    assert.deepEqual(first.subsystems.map((s) => s.name), ['strategy', 'brand', 'social', 'media', 'creatives', 'pm', 'analytics', 'portal']);
    const waiting = first.subsystems.find((s) => s.name === 'creatives')!;
    assert.deepEqual([waiting.status, waiting.version, waiting.message], ['waiting', null, 'creatives: waiting for strategy approval']);
    assert.ok(first.subsystems.filter((s) => s.status === 'completed').every((s) => s.version === 1 && s.durationMs >= 0));

    const noReason = await run('strategy', 'reject', 'boot-launch', '--by', 'Dana');
    assert.equal(noReason.code, 1);
    assert.equal(noReason.stderr, 'aicmo: Rejecting a strategy needs a reason (--reason TEXT).\n');
    const approved = jsonOf(await run('strategy', 'approve', 'boot-launch', '--by', 'Dana', '--json')) as { strategy: { version: number; status: string } };
    assert.deepEqual(approved.strategy, { ...approved.strategy, version: 1, status: 'approved' });

    const second = jsonOf(await run('flow', 'run', 'boot-launch', '--json')) as FlowJson;
    assert.equal(second.status, 'completed');
    const list = jsonOf(await run('creatives', 'list', 'boot-launch', '--json')) as CreativeJson[];
    assert.ok(list.length >= 6);
    for (const key of ['id', 'channel', 'format', 'angle', 'headline', 'body', 'cta', 'status', 'violations', 'rankReason']) assert.ok(key in list[0]!, key);
    assert.deepEqual(list.map((c) => c.rank), list.map((_, i) => i + 1));

    const [a, b, c] = list;
    const approvedTwo = jsonOf(await run('creatives', 'approve', a!.id, b!.id, '--by', 'Chris', '--client', '--json')) as { creatives: { status: string }[] };
    assert.deepEqual(approvedTwo.creatives.map((x) => x.status), ['approved', 'approved']);
    const rejectNoReason = await run('creatives', 'reject', c!.id, '--by', 'Chris');
    assert.equal(rejectNoReason.stderr, 'aicmo: Rejecting a creative needs a reason (--reason TEXT).\n');
    jsonOf(await run('creatives', 'reject', c!.id, '--by', 'Chris', '--reason', 'Too pushy', '--json'));
    const all = jsonOf(await run('creatives', 'approve', '--all', 'boot-launch', '--by', 'Dana', '--json')) as { creatives: unknown[]; needFixing: { id: string }[]; needConfirmation: unknown[] };
    // A creative over a platform's hard limit is never approved; the others are.
    const broken = list.filter((x) => x.violations.some((v) => v.severity === 'error' && ['max-length', 'count', 'short-item', 'forbidden-characters', 'cta-list', 'required', 'language'].includes(v.rule ?? '')) && ![a, b, c].includes(x));
    assert.deepEqual(all.needFixing.map((g) => g.id).sort(), broken.map((x) => x.id).sort());
    assert.equal(all.creatives.length + all.needFixing.length + all.needConfirmation.length, list.length - 3);
    const bad = await run('creatives', 'schedule', c!.id, '--date', '2026-03-09');
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /is rejected; only approved creatives can be scheduled/);
    jsonOf(await run('creatives', 'schedule', a!.id, '--date', '2026-03-09', '--json'));
    const after = jsonOf(await run('creatives', 'list', 'boot-launch', '--json')) as (CreativeJson & { scheduledDate: string | null })[];
    assert.deepEqual(after.find((x) => x.id === a!.id)?.scheduledDate, '2026-03-09');
    assert.equal(after.find((x) => x.id === c!.id)?.status, 'rejected');

    const done = jsonOf(await run('task', 'complete', 't-strategy-review', '--hours', '7.5', '--by', 'Dana', '--json')) as { actualHours: number; template: string };
    assert.deepEqual([done.actualHours, done.template], [7.5, 'strategy-review']);
    const insights = jsonOf(await run('kaizen', 'insights', '--project', 'boot-launch', '--json')) as { kinds: { kind: string; note: string }[]; insights: { id: string }[] };
    assert.equal(insights.kinds.find((k) => k.kind === 'channel-performance')?.note, 'no evidence yet');
    assert.ok(insights.insights.some((i) => i.id === `angle-approval:${c!.channel}:${c!.angle}`));
    assert.ok(insights.insights.some((i) => i.id === 'estimate-accuracy:strategy-review'));
  });

  it('refuses to run while paused, runs one subsystem with --only, and retries failures', async () => {
    jsonOf(await run('pause', 'on', '--json'));
    const refused = await run('flow', 'run', 'boot-launch');
    assert.equal(refused.code, 1);
    assert.equal(refused.stderr, 'aicmo: All runs are paused in the Control Tower; resume them to run.\nNext: aicmo pause off\n');
    jsonOf(await run('pause', 'off', '--json'));
    const media = await run('flow', 'run', 'boot-launch', '--only', 'media', '--json');
    assert.equal(media.code, 1, 'a failed run exits 1 after printing its result');
    const r = JSON.parse(media.stdout) as FlowJson;
    assert.deepEqual(r.subsystems.map((s) => [s.name, s.status, s.error]), [['media', 'failed', 'media needs the strategy artifact, and there is none yet: run strategy first.']]);
    jsonOf(await run('flow', 'run', 'boot-launch', '--only', 'strategy', '--json'));
    const retried = jsonOf(await run('flow', 'retry', 'boot-launch', '--json')) as FlowJson;
    assert.deepEqual(retried.subsystems.map((s) => [s.name, s.status, s.version]), [['media', 'completed', 2]]);
    const skip = jsonOf(await run('flow', 'run', 'boot-launch', '--skip-kaizen', '--only', 'media', '--json')) as FlowJson & { skipKaizen: boolean };
    assert.equal(skip.skipKaizen, true);
    const unknown = await run('flow', 'run', 'boot-launch', '--only', 'bogus');
    assert.match(unknown.stderr, /^aicmo: There is no subsystem named "bogus"; known: strategy, brand/);
  });
});
