// Portal panel: approval requests with their history, and the review pack export request.
import assert from 'node:assert/strict';
import { ExportReportRequest, OpenPanelCommand, type PortalData } from '../../src/protocol';
import { openPanel } from './harness/fakeHost';
import { countImages, textOf, usePanelEnv } from './harness/suite';
import { HOSTILE_MARKUP, ref, snapshot } from './fixtures';

const action = { id: 'aa_1', at: '2026-11-21T09:00:00.000Z', actor: { name: 'Client Carla', kind: 'client' }, action: 'request_changes', target: { kind: 'strategy', id: 's2', label: 'Strategy v2' }, comment: HOSTILE_MARKUP };
const data: PortalData = {
  requests: [{ target: { kind: 'strategy', id: 's2', label: 'Strategy v2' }, status: 'changes_requested', submittedAt: '2026-11-20T09:00:00.000Z', history: [action] }],
  history: [action],
};

describe('Portal panel', () => {
  const env = usePanelEnv();
  const project = ref('Acme Launch');
  const open = async () => {
    const p = await openPanel(env.browser, env.server, 'portal', { snapshot: snapshot(data, { project, projects: [project] }) });
    env.opened.push(p);
    await p.page.locator('[data-target="strategy:s2"]').waitFor();
    return p;
  };

  it('lists approval requests with their history, comments as text', async () => {
    const p = await open();
    assert.match(await textOf(p, '[data-target="strategy:s2"]'), /Strategy v2.*changes requested.*· Sent back for changes by Client Carla \(client\)/);
    assert.match(await textOf(p, '.history'), /· Strategy v2 sent back for changes by Client Carla \(client\) — “<script>alert\(2\)<\/script>/);
    assert.equal(await countImages(p), 0);
    await p.page.getByRole('button', { name: 'Open', exact: true }).click();
    assert.deepEqual((await p.waitForPosted(OpenPanelCommand.method)).params, { panel: 'warroom', project: 'acme-launch' });
  });

  it('exports the review pack and shows where it went', async () => {
    const p = await open();
    p.answer(ExportReportRequest, (q) => ({ exported: true, message: `Wrote .aicmo/reports/acme-launch.${q.format === 'html' ? 'html' : 'md'}`, path: '.aicmo/reports/x' }));
    await p.page.getByRole('button', { name: 'Export review pack (HTML)' }).click();
    assert.deepEqual((await p.waitForPosted(ExportReportRequest.method)).params, { project: 'acme-launch', format: 'html' });
    await p.page.getByText('Wrote .aicmo/reports/acme-launch.html').waitFor();
  });
});
