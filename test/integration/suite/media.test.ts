// Media plan decisions through the extension's commands in a real VS Code: after a run the
// latest media plan waits for a decision; "Approve Media Plan" approves it (the files on disk say
// so, and the learning event is written); approving it again is refused with one sentence;
// "Request Media Plan Changes…" sends it back with the reason.
import * as assert from 'node:assert/strict';
import { getProjectMediaPlan, openAicmoWorkspace, serviceEnv } from '../../../src/orchestrator/services';
import { aicmoApi, eventsOnDisk, run, workspaceRoot } from './helpers';

async function mediaOnDisk(slug: string): Promise<{ version: number; status: string } | null> {
  // Read with a store of its own, as another process would: what is on disk.
  const store = await openAicmoWorkspace(workspaceRoot(), { create: false });
  try {
    const r = await getProjectMediaPlan(serviceEnv(store, 'test'), slug);
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    return r.value.latest ? { version: r.value.latest.version, status: r.value.latest.status } : null;
  } finally {
    store.close();
  }
}

describe('Media plan decisions', () => {
  const slug = 'litware-media-plan';
  let projectId = '';

  before(async () => {
    await aicmoApi();
    const created = await run('aicmo.newProject', {
      name: 'Litware Media Plan', industry: 'b2b software', goal: 'Qualified demo requests', goalMetric: 'leads',
      audiences: ['IT managers'], budget: '20000', currency: 'USD', startDate: '2026-10-01', endDate: '2026-12-31',
      benefits: ['Set up in a day'], proofPoints: ['Used by 300 IT teams'], offer: 'Free 30-day trial', landingUrl: 'https://litware.example/trial',
    });
    assert.equal(created.ok, true, created.message);
    projectId = (created.value as { id: string }).id;
    const flow = await run('aicmo.runFullFlow', slug);
    assert.equal(flow.ok, true, flow.message);
  });

  it('"AICMO: Approve Media Plan" approves the latest media plan, refuses a second approval, and "Request Media Plan Changes…" sends it back with the reason', async () => {
    const before = await mediaOnDisk(slug);
    assert.ok(before, 'the run made a media plan');
    assert.notEqual(before.status, 'approved');
    const outcome = await run('aicmo.approveMediaPlan', slug, false);
    assert.equal(outcome.ok, true, outcome.message);
    assert.match(outcome.message, new RegExp(`^Approved media plan v${before.version} of "Litware Media Plan"`));
    assert.deepEqual(await mediaOnDisk(slug), { version: before.version, status: 'approved' });
    assert.ok(eventsOnDisk().some((e) => e.type === 'media.approved' && e.project === projectId), 'media.approved on disk');
    const again = await run('aicmo.approveMediaPlan', slug, false);
    assert.equal(again.ok, false);
    assert.match(again.message, /already approved/);
    const back = await run('aicmo.requestMediaPlanChanges', slug, 'More search');
    assert.equal(back.ok, true, back.message);
    assert.match(back.message, /^Sent media plan v\d+ of "Litware Media Plan" back \(More search\)/);
    assert.equal((await mediaOnDisk(slug))?.status, 'changes_requested');
  });
});
