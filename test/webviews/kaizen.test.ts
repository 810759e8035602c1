// Kaizen panel: insights with evidence, "no evidence yet" kinds, event stream with filters.
import assert from 'node:assert/strict';
import type { KaizenData } from '../../src/protocol';
import { openPanel } from './harness/fakeHost';
import { countImages, textOf, usePanelEnv } from './harness/suite';
import { AT, HOSTILE_MARKUP, ref, snapshot } from './fixtures';

const acme = ref('Acme Launch');
const beta = ref('Beta Shop');
const data: KaizenData = {
  insights: [{ id: 'angle-approval:meta:benefit', kind: 'angle-approval', summary: 'Benefit angles are approved 80% of the time on Meta.', evidence: { count: 10, window: { from: '2026-10-01', to: '2026-11-20' }, projects: [acme.id], source: 'creative approvals and rejections' } }],
  kinds: [
    { kind: 'angle-approval', insights: 1, evidence: 10, note: '10 creative approvals and rejections' },
    { kind: 'estimate-accuracy', insights: 0, evidence: 0, note: 'no evidence yet' },
  ],
  events: [
    { id: 'e3', ts: '2026-11-23T09:00:00.000Z', type: 'creative.rejected', project: acme.id, actor: 'Dana', summary: `reason: ${HOSTILE_MARKUP}` },
    { id: 'e2', ts: '2026-11-20T09:00:00.000Z', type: 'metrics.imported', project: beta.id, actor: 'ci', summary: '28 rows' },
    { id: 'e1', ts: '2026-09-01T09:00:00.000Z', type: 'creative.rejected', project: beta.id, actor: 'Dana', summary: 'reason: off brand' },
  ],
};

describe('Kaizen panel', () => {
  const env = usePanelEnv();

  it('shows insights with evidence and kinds with no evidence yet', async () => {
    const p = await openPanel(env.browser, env.server, 'kaizen', { snapshot: snapshot(data, { projects: [acme, beta], at: AT }) });
    env.opened.push(p);
    await p.page.locator('[data-insight]').waitFor();
    assert.match(await textOf(p, '[data-insight]'), /80% of the time on Meta.*10 creative approvals/);
    assert.match(await textOf(p, '[data-kind="estimate-accuracy"]'), /no evidence yet/);
    assert.match(await textOf(p, '[data-event="e3"]'), /<script>alert\(2\)<\/script>/);
    assert.equal(await countImages(p), 0);
  });

  it('filters the event stream by project, type and time', async () => {
    const p = await openPanel(env.browser, env.server, 'kaizen', { snapshot: snapshot(data, { projects: [acme, beta], at: AT }) });
    env.opened.push(p);
    await p.page.locator('[data-event]').first().waitFor();
    assert.equal(await textOf(p, '.event-count'), '3 of 3 events');
    await p.page.getByLabel('Filter events by type').selectOption('creative.rejected');
    assert.equal(await textOf(p, '.event-count'), '2 of 3 events');
    await p.page.getByLabel('Filter events by time').selectOption('30d');
    assert.equal(await textOf(p, '.event-count'), '1 of 3 events');
    await p.page.getByLabel('Filter events by project').selectOption(beta.id);
    assert.equal(await textOf(p, '.event-count'), '0 of 3 events');
  });
});
