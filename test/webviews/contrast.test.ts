// Text contrast in every theme: the panels' own text (body, descriptions, warnings, errors, stale
// and blocker lines, badges, notices) reaches WCAG's 4.5:1 in Dark Modern, Light Modern, High
// Contrast and High Contrast Light (theme variables with VS Code's values: harness/panelPage.ts).
import assert from 'node:assert/strict';
import type { ControlTowerData } from '../../src/protocol';
import { NoticeNotification } from '../../src/protocol';
import { contrastProblems } from './harness/contrast';
import { openPanel } from './harness/fakeHost';
import { usePanelEnv } from './harness/suite';
import { AT, analyticsData, creative, galleryData, pipelineData, pipelineProject, ref, snapshot, warroomData } from './fixtures';

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

const PANELS: [string, unknown, string][] = [
  ['gallery', galleryData([creative(0), creative(1, { violations: [warning], staleNote: 'Built on strategy v1; v2 is approved.' }), creative(2)]), '[data-creative]'],
  ['controltower', tower, '.pause-state'],
  ['pipeline', pipelineData([pipelineProject(0), pipelineProject(1, { stage: 'STRATEGY', blockers: [{ code: 'strategy-in-review', message: 'The strategy is waiting for approval.', waiting: true }] })]), '[data-project]'],
  ['warroom', warroomData(), '.strategy h2'],
  ['analytics', analyticsData(), 'aicmo-kpi-tile'],
];

describe('Text contrast in every theme', function () {
  this.timeout(120_000);
  const env = usePanelEnv();
  for (const theme of THEMES) {
    it(`keeps the panels' text at 4.5:1 or more in ${theme}`, async () => {
      const failures: string[] = [];
      for (const [panel, data, ready] of PANELS) {
        const p = await openPanel(env.browser, env.server, panel as never, { snapshot: snapshot(data, { project: acme, projects: [acme] }), themeClass: theme });
        env.opened.push(p);
        await p.page.locator(ready).first().waitFor();
        await p.deliver({ type: 'notification', method: NoticeNotification.method, params: { level: 'error', message: 'Creative “Headline 0” cannot be approved.', steps: ['Regenerate'] } });
        await p.page.locator('.notice').waitFor();
        for (const f of await contrastProblems(p)) failures.push(`${panel}: "${f.text}" (${f.where}) ${f.color} on ${f.background} is ${f.ratio}:1`);
      }
      assert.deepEqual(failures, []);
    });
  }
});
