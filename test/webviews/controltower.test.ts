// Control Tower panel: pause switch, failed runs with retry, freshness flagged after a week.
import assert from 'node:assert/strict';
import { RetrySubsystemCommand, SetPausedCommand, type ControlTowerData } from '../../src/protocol';
import { openPanel } from './harness/fakeHost';
import { countImages, textOf, usePanelEnv } from './harness/suite';
import { AT, HOSTILE_NAME, ref, snapshot } from './fixtures';

function data(paused: boolean): ControlTowerData {
  const acme = ref('Acme Launch');
  return {
    paused,
    engine: { name: 'rules', detail: 'deterministic templates and benchmark tables' },
    timeline: Array.from({ length: 500 }, (_, i) => ({ at: AT, kind: i % 10 ? 'run' : 'failure', title: `Run ${i} completed`, actor: null, ref: `run:${i}`, project: acme })),
    failedRuns: [{ project: ref(HOSTILE_NAME, 'hostile'), subsystem: 'media', error: 'No channel fits the budget <b>cap</b>.', at: AT }],
    freshness: [
      { source: 'Google Ads', project: acme, lastImport: '2026-11-22T08:00:00.000Z' },
      { source: 'Meta Ads', project: acme, lastImport: '2026-11-10T08:00:00.000Z' },
      { source: 'Google Trends', project: acme, lastImport: null },
    ],
  };
}

describe('Control Tower panel', () => {
  const env = usePanelEnv();
  const open = async (paused = false) => {
    const p = await openPanel(env.browser, env.server, 'controltower', { snapshot: snapshot(data(paused)) });
    env.opened.push(p);
    await p.page.locator('.pause-state').waitFor();
    return p;
  };

  it('pauses and resumes all runs', async () => {
    const p = await open(false);
    await p.page.getByRole('button', { name: 'Pause all runs' }).click();
    assert.deepEqual((await p.waitForPosted(SetPausedCommand.method)).params, { on: true });
    const q = await open(true);
    assert.match(await textOf(q, '.pause-state'), /Paused/);
    await q.page.getByRole('button', { name: 'Resume runs' }).click();
    assert.deepEqual((await q.waitForPosted(SetPausedCommand.method)).params, { on: false });
  });

  it('shows a failed run with its error (as text) and retries it', async () => {
    const p = await open();
    assert.match(await textOf(p, '[data-failed="hostile:media"]'), /No channel fits the budget <b>cap<\/b>\./);
    assert.equal(await countImages(p), 0);
    await p.page.getByRole('button', { name: `Retry media for ${HOSTILE_NAME}` }).click();
    assert.deepEqual((await p.waitForPosted(RetrySubsystemCommand.method)).params, { project: 'hostile', name: 'media' });
  });

  it('flags data older than a week as stale and says "never imported" for a source never imported', async () => {
    const p = await open();
    assert.match(await textOf(p, '[data-source="Google Ads"]'), /fresh/);
    assert.match(await textOf(p, '[data-source="Meta Ads"] .freshness-status'), /older than a week/);
    const never = await textOf(p, '[data-source="Google Trends"] .freshness-status');
    assert.match(never, /never imported/);
    assert.doesNotMatch(never, /older than a week/, 'a source never imported is not "older than a week"');
  });

  it('shows pause and resume in the timeline', async () => {
    const d = data(false);
    d.timeline = [
      { at: '2026-11-24T10:05:00.000Z', kind: 'pause', title: 'Runs resumed', actor: 'Dana', ref: 'event:2' },
      { at: '2026-11-24T10:00:00.000Z', kind: 'pause', title: 'All runs paused', actor: 'Dana', ref: 'event:1' },
    ];
    const p = await openPanel(env.browser, env.server, 'controltower', { snapshot: snapshot(d) });
    env.opened.push(p);
    await p.page.locator('.entry').first().waitFor();
    const entries = await p.page.locator('.entry').allTextContents();
    assert.match(entries[0] ?? '', /Runs resumed by Dana/);
    assert.match(entries[1] ?? '', /All runs paused by Dana/);
    assert.deepEqual(await p.page.locator('.entry aicmo-status-badge').evaluateAll((els) => els.map((e) => e.getAttribute('status'))), ['resumed', 'paused']);
  });

  it('virtualizes the timeline: 500 entries, only a screenful in the DOM', async () => {
    const p = await open();
    await p.page.locator('.entry').first().waitFor();
    const rendered = await p.page.locator('.entry').count();
    assert.ok(rendered > 0 && rendered < 200, `rendered ${rendered} entries`);
  });
});
