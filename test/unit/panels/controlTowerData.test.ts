// The Control Tower's timeline: newest first, bulk creative decisions grouped into one line with
// who decided, pause and resume from the workspace's events among the projects' entries.
import assert from 'node:assert/strict';
import { controlTowerData, type ProjectTimeline } from '../../../src/extension/panels/snapshots/controlTower';

const acme = { id: 'p_1', slug: 'acme', name: 'Acme Launch' };
const engine = { name: 'rules', detail: 'rules' };
const approval = (i: number, at: string, actor = 'Dana', action = 'approve') => ({
  at,
  kind: 'approval',
  title: `${actor}: ${action} creative cr_${i}`,
  actor,
  ref: `approval:${i}`,
  data: { action, target: { kind: 'creative', id: `cr_${i}` } },
});

describe('Control Tower data', () => {
  it('lists the timeline newest first, with 30 creative approvals by one person as one entry', () => {
    const entries: ProjectTimeline['entries'] = [
      { at: '2026-11-24T09:00:00.000Z', kind: 'run', title: 'Run started', actor: null, ref: 'run:1', data: {} },
      ...Array.from({ length: 30 }, (_, i) => approval(i, `2026-11-24T10:00:0${i % 10}.000Z`)),
      approval(99, '2026-11-24T10:00:05.000Z', 'Chris', 'reject'),
      { at: '2026-11-24T11:00:00.000Z', kind: 'approval', title: 'Dana: approve strategy', actor: 'Dana', ref: 'approval:s', data: { action: 'approve', target: { kind: 'strategy', id: 'v1' } } },
    ];
    const d = controlTowerData([{ project: acme, entries, failed: [] }], false, engine, 2000, [
      { at: '2026-11-24T12:00:00.000Z', paused: true, actor: 'Dana', ref: 'event:1' },
      { at: '2026-11-24T12:30:00.000Z', paused: false, actor: 'Dana', ref: 'event:2' },
    ]);
    assert.deepEqual(
      d.timeline.map((e) => e.title),
      ['Runs resumed', 'All runs paused', 'Dana: approve strategy', '30 creatives approved', 'Chris: reject creative cr_99', 'Run started'],
    );
    assert.equal(d.timeline[3]!.actor, 'Dana', 'who decided is the entry\'s actor (the panel adds "by Dana" once)');
    assert.equal(d.timeline[0]!.kind, 'pause');
    assert.ok(d.timeline.every((e) => !('data' in e)), 'the snapshot carries no raw event data');
  });

  it('keeps a single decision as it is and the newest entries when cut to the limit', () => {
    const entries = [approval(1, '2026-11-24T10:00:00.000Z'), approval(2, '2026-11-24T10:05:00.000Z'), approval(3, '2026-11-24T10:10:00.000Z')];
    const d = controlTowerData([{ project: acme, entries, failed: [] }], false, engine, 2);
    assert.deepEqual(d.timeline.map((e) => e.title), ['Dana: approve creative cr_3', 'Dana: approve creative cr_2']);
  });
});
