// Unified View panel: eight outputs with status and insights used; re-run any one.
import assert from 'node:assert/strict';
import { RunSubsystemCommand, type UnifiedData } from '../../src/protocol';
import { openPanel } from './harness/fakeHost';
import { textOf, usePanelEnv } from './harness/suite';
import { ref, snapshot } from './fixtures';

const NAMES = ['strategy', 'brand', 'social', 'media', 'creatives', 'pm', 'analytics', 'portal'];
const data: UnifiedData = {
  artifacts: NAMES.map((name, i) => ({
    name,
    status: i < 5 ? 'approved' : 'missing',
    version: i < 5 ? 1 : null,
    highlights: i < 5 ? [`${name} highlight`] : [],
    insights: name === 'media' ? [{ id: 'channel-performance:meta', sentence: 'Meta converted 2× better: its share rose to 35%.' }] : [],
    skipKaizen: false,
    statusNote: null,
    createdAt: i < 5 ? '2026-11-20T09:00:00.000Z' : null,
    lastError: name === 'pm' ? 'No team members: add the team first.' : null,
  })),
  media: null,
};

describe('Unified View panel', () => {
  const env = usePanelEnv();
  const project = ref('Acme Launch');

  it('shows the eight outputs with status, insights and errors, and re-runs one', async () => {
    const p = await openPanel(env.browser, env.server, 'unified', { snapshot: snapshot(data, { project, projects: [project] }) });
    env.opened.push(p);
    await p.page.locator('[data-subsystem="strategy"]').waitFor();
    assert.equal(await p.page.locator('[data-subsystem]').count(), 8);
    assert.match(await textOf(p, '[data-subsystem="media"] .insights'), /Meta converted 2× better/);
    assert.match(await textOf(p, '[data-subsystem="pm"]'), /missing.*Last run failed: No team members/);
    await p.page.getByRole('button', { name: 'Re-run pm' }).click();
    assert.deepEqual((await p.waitForPosted(RunSubsystemCommand.method)).params, { project: 'acme-launch', name: 'pm' });
  });
});
