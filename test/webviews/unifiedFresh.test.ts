// Unified View panel: a card whose version predates what arrived since says so, with what changed,
// beside the Re-run button; an up-to-date card says nothing of the kind.
import assert from 'node:assert/strict';
import type { UnifiedData } from '../../src/protocol';
import { openPanel } from './harness/fakeHost';
import { textOf, usePanelEnv } from './harness/suite';
import { ref, snapshot } from './fixtures';

const card = (name: string, outOfDate?: string) => ({
  name, label: `${name} label`, status: 'draft', version: 1, highlights: [`${name} highlight`], insights: [], skipKaizen: false, statusNote: null,
  createdAt: '2026-11-20T09:00:00.000Z', lastError: null, ...(outOfDate ? { outOfDate } : {}),
});

describe('Unified View out-of-date cards', () => {
  const env = usePanelEnv();
  const project = ref('Acme Launch');

  it('shows what changed since a version, only on that card', async () => {
    const sentence = '1 import of results (google-ads-campaign-daily.csv) since this version — Re-run to bring it up to date.';
    // `media: null`: the media card's decisions (another branch) add it to the schema; unknown keys are ignored until then.
    const data = { artifacts: [card('analytics', sentence), card('brand')], media: null } as unknown as UnifiedData;
    const p = await openPanel(env.browser, env.server, 'unified', { snapshot: snapshot(data, { project, projects: [project] }) });
    env.opened.push(p);
    await p.page.locator('[data-subsystem="analytics"] .out-of-date').waitFor();
    assert.equal(await textOf(p, '[data-subsystem="analytics"] .out-of-date'), `Out of date: ${sentence}`);
    assert.equal(await p.page.locator('[data-subsystem="brand"] .out-of-date').count(), 0);
  });
});
