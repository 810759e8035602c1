// Text contrast in every theme: the panels' text (body, descriptions, warnings, errors, stale and
// blocker lines, badges, notices, button labels — disabled buttons too: Approve once approved,
// bulk actions with nothing selected, Import and Export while they run, decisions in Restricted
// Mode) reaches WCAG's 4.5:1 in Dark Modern, Light Modern, High Contrast and High Contrast Light
// (theme variables with VS Code's values: harness/panelPage.ts).
import assert from 'node:assert/strict';
import type { ControlTowerData } from '../../src/protocol';
import { NoticeNotification } from '../../src/protocol';
import type { ArtifactOutput } from '../../src/protocol/notebook';
import { contrastProblems } from './harness/contrast';
import { openPanel, type PanelUnderTest } from './harness/fakeHost';
import { openRenderer } from './harness/rendererHost';
import { usePanelEnv } from './harness/suite';
import { AT, analyticsData, creative, galleryData, pipelineData, pipelineProject, ref, snapshot, understaffed, warroomData } from './fixtures';

const THEMES = ['vscode-dark', 'vscode-light', 'vscode-high-contrast', 'vscode-high-contrast-light'];

const acme = ref('Acme Launch');
const tower: ControlTowerData = {
  paused: true,
  engine: { name: 'rules', detail: 'deterministic templates' },
  timeline: [{ at: AT, kind: 'failure', title: 'Media failed', actor: null, ref: 'run:1', project: acme }],
  failedRuns: [{ project: acme, subsystem: 'media', error: 'No channel fits the budget cap.', at: AT }],
  freshness: [
    { source: 'Google Ads', project: acme, lastImport: '2026-11-01T08:00:00.000Z' },
    { source: 'Metrics', project: acme, lastImport: null },
  ],
};
const warning = { field: 'headline', rule: 'recommended-length', message: 'About 27 characters show before it is cut off.', severity: 'warning' as const };

/** The War Room once the strategy and the media plan are approved: both Approve buttons disabled. */
function approvedWarroom() {
  const d = warroomData();
  d.versions[d.versions.length - 1]!.status = 'approved';
  d.media!.status = 'approved';
  return d;
}

/** Clicks a button whose request the fake host never answers, so it stays disabled ("Importing…"). */
const pressAndHold = (name: string) => async (p: PanelUnderTest) => {
  await p.page.getByRole('button', { name }).click();
  await p.page.locator('vscode-button[disabled]').first().waitFor();
};

// [panel, data, shown when ready, what to do first]
const PANELS: [string, unknown, string, ((p: PanelUnderTest) => Promise<void>)?][] = [
  // Nothing selected: Approve (primary), Clear selection, Reject, Request changes, Schedule disabled.
  ['gallery', galleryData([creative(0), creative(1, { violations: [warning], staleNote: 'Built on strategy v1; v2 is approved.' }), creative(2)]), '[data-creative]'],
  ['controltower', tower, '.pause-state'],
  ['pipeline', pipelineData([pipelineProject(0), pipelineProject(1, { stage: 'STRATEGY', blockers: [{ code: 'strategy-in-review', message: 'The strategy is waiting for approval.', waiting: true }] })]), '[data-project]'],
  ['warroom', warroomData(), '.strategy h2'],
  ['warroom', approvedWarroom(), 'vscode-button.approve[disabled]'],
  ['analytics', analyticsData(), 'aicmo-kpi-tile', pressAndHold('Import CSV')],
  ['portal', { requests: [], history: [] }, 'vscode-button', pressAndHold('Export review pack (HTML)')],
  ['pm', understaffed(), '[data-task]'],
];

const strategyOutput: ArtifactOutput = {
  v: 1, project: { id: 'p_1', slug: 'acme-launch', name: 'Acme Launch' }, actor: 'Dana', cell: 'strategy', kind: 'subsystem', title: 'Strategy', description: '', plugin: null,
  status: 'in_review', version: 2, statusNote: null, lastError: null, waiting: null, stale: [], insights: [], skipKaizen: false, createdAt: AT, decisions: 'strategy',
  content: { executiveSummary: 'Grow online sales', objectives: [], pillars: [] }, creatives: [], notice: null,
};

describe('Text contrast in every theme', function () {
  this.timeout(120_000);
  const env = usePanelEnv();
  for (const theme of THEMES) {
    it(`keeps the panels' text at 4.5:1 or more in ${theme}`, async () => {
      const failures: string[] = [];
      for (const [panel, data, ready, prepare] of PANELS) {
        const p = await openPanel(env.browser, env.server, panel as never, { snapshot: snapshot(data, { project: acme, projects: [acme] }), themeClass: theme });
        env.opened.push(p);
        await p.page.locator(ready).first().waitFor();
        await p.deliver({ type: 'notification', method: NoticeNotification.method, params: { level: 'error', message: 'Creative “Headline 0” cannot be approved.', steps: ['Regenerate'] } });
        await p.page.locator('.notice').waitFor();
        await prepare?.(p);
        for (const f of await contrastProblems(p)) failures.push(`${panel}: "${f.text}" (${f.where}) ${f.color} on ${f.background} is ${f.ratio}:1`);
      }
      assert.deepEqual(failures, []);
    });

    it(`keeps the notebook output's disabled decisions (Restricted Mode) at 4.5:1 or more in ${theme}`, async () => {
      const r = await openRenderer(env.browser, env.server, { trusted: false, themeClass: theme });
      try {
        await r.render(strategyOutput);
        await r.page.locator('.decisions vscode-button[disabled]').first().waitFor();
        const failures = (await contrastProblems(r)).map((f) => `renderer: "${f.text}" (${f.where}) ${f.color} on ${f.background} is ${f.ratio}:1`);
        assert.deepEqual(failures, []);
        assert.deepEqual(r.problems, []);
      } finally {
        await r.close();
      }
    });
  }
});
