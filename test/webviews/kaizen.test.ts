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
  // The host names an event's project by its slug.
  events: [
    { id: 'e3', ts: '2026-11-23T09:00:00.000Z', type: 'creative.rejected', project: acme.slug, actor: 'Dana', summary: `reason: ${HOSTILE_MARKUP}` },
    { id: 'e2', ts: '2026-11-20T09:00:00.000Z', type: 'metrics.imported', project: beta.slug, actor: 'ci', summary: '28 rows' },
    { id: 'e1', ts: '2026-09-01T09:00:00.000Z', type: 'creative.rejected', project: beta.slug, actor: 'Dana', summary: 'reason: off brand' },
  ],
};

describe('Kaizen panel', () => {
  const env = usePanelEnv();

  it('shows insights with evidence and kinds with no evidence yet', async () => {
    const p = await openPanel(env.browser, env.server, 'kaizen', { snapshot: snapshot(data, { projects: [acme, beta], at: AT }) });
    env.opened.push(p);
    await p.page.locator('[data-insight]').waitFor();
    assert.match(await textOf(p, '[data-insight]'), /80% of the time on Meta.*10 creative approvals/);
    assert.equal(await textOf(p, '.no-evidence'), 'No evidence yet for estimate accuracy.', 'said once, for every kind without evidence');
    assert.equal(await p.page.locator('[data-kind="estimate-accuracy"]').count(), 0);
    assert.match(await textOf(p, '[data-event="e3"]'), /<script>alert\(2\)<\/script>/);
    assert.equal(await countImages(p), 0);
  });

  it("speaks people's words: kinds by name with their note once, events without type ids, projects by name", async () => {
    const p = await openPanel(env.browser, env.server, 'kaizen', { snapshot: snapshot(data, { projects: [acme, beta], at: AT }) });
    env.opened.push(p);
    await p.page.locator('[data-event="e2"]').waitFor();
    assert.equal(await textOf(p, '[data-kind="angle-approval"] h3'), 'Creative angle approvals (10 creative approvals and rejections)');
    const e2 = await textOf(p, '[data-event="e2"]');
    assert.match(e2, /^20 Nov 2026, 09:00 UTC 28 rows · Beta Shop · by ci$/, 'the time as a date, in UTC');
    assert.doesNotMatch(e2, /metrics\.imported|beta-shop/);
    const types = await p.page.getByLabel('Filter events by type').locator('option').allTextContents();
    assert.deepEqual(types.map((t) => t.trim()), ['All types', 'Creative rejected', 'Results imported']);
    const projects = await p.page.getByLabel('Filter events by project').locator('option').allTextContents();
    assert.deepEqual(projects.map((t) => t.trim()), ['All projects', 'Acme Launch', 'Beta Shop']);
  });

  it('ranks insights by evidence within their kind, folds one-fact insights and says which come from several clients', async () => {
    const insight = (id: string, count: number, projects: string[]) => ({ id, kind: 'angle-approval', summary: `Insight ${id}.`, evidence: { count, window: { from: '2026-10-01', to: '2026-11-20' }, projects, source: 'creative approvals and rejections' } });
    const many: KaizenData = { ...data, insights: [insight('a', 3, [acme.id]), insight('b', 1, [acme.id]), insight('c', 12, [acme.id, beta.id])] };
    const p = await openPanel(env.browser, env.server, 'kaizen', { snapshot: snapshot(many, { projects: [acme, beta], at: AT }) });
    env.opened.push(p);
    await p.page.locator('[data-insight]').first().waitFor();
    const shown = await p.page.locator('[data-kind="angle-approval"] > .grid [data-insight]').evaluateAll((els) => els.map((e) => e.getAttribute('data-insight')));
    assert.deepEqual(shown, ['c', 'a'], 'strongest first; the weak one is folded');
    assert.match(await textOf(p, '[data-kind="angle-approval"] details.weak summary'), /Weak evidence: 1 insight rests on one fact/);
    assert.equal(await p.page.locator('[data-insight="b"]').isVisible(), false);
    assert.match(await textOf(p, '[data-insight="c"]'), /from 2 clients' data \(Acme.*Beta/);
    assert.match(await textOf(p, '[data-insight="c"]'), /1 October – 20 November 2026/);
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
    await p.page.getByLabel('Filter events by project').selectOption(beta.slug);
    assert.equal(await textOf(p, '.event-count'), '0 of 3 events');
  });
});
