// Analytics panel in Chromium with a fake host: KPI tiles with period-over-period change, the
// trend chart drawn under the strict CSP (vega interpreter, no eval), goals with direction-aware
// status, breakdown, A/B readings, Import CSV as a typed request, and "no data" states.
import assert from 'node:assert/strict';
import { AnalyticsQueryCommand, ImportCsvRequest } from '../../src/protocol';
import { openPanel } from './harness/fakeHost';
import { countImages, textOf, usePanelEnv } from './harness/suite';
import { analyticsData, HOSTILE_NAME, ref, snapshot } from './fixtures';

describe('Analytics panel', () => {
  const env = usePanelEnv();
  const project = ref('Acme Launch');
  const open = async (data: ReturnType<typeof analyticsData> | null = analyticsData(), themeClass?: string) => {
    const p = await openPanel(env.browser, env.server, 'analytics', { snapshot: snapshot(data, { project, projects: [project] }), themeClass });
    env.opened.push(p);
    return p;
  };

  it('shows KPI tiles with their change, better or worse by the metric direction', async () => {
    const p = await open();
    await p.page.locator('[data-kpi="cpa"]').waitFor();
    assert.match(await textOf(p, '[data-kpi="cpa"]'), /\$24\.01.*-4\.0% vs previous period \(better\)/);
    assert.match(await textOf(p, '[data-kpi="ctr"]'), /2\.50%.*-16\.7% vs previous period \(worse\)/s);
    assert.match(await textOf(p, '[data-kpi="roas"]'), /5×/);
    assert.match(await textOf(p, '[data-kpi="impressions"]'), /no previous period/);
  });

  it('says which dates the results cover, as dates', async () => {
    const p = await open();
    await p.page.locator('.period').waitFor();
    assert.match(await textOf(p, '.period'), /^Results for 1–14 November 2026 · \d[\d,]* rows · compared with 18–31 October 2026$/);
  });

  it('draws the trend chart without any CSP violation, and redraws it on a theme change', async () => {
    const p = await open();
    const svg = p.page.locator('aicmo-chart svg');
    await svg.waitFor();
    assert.ok((await p.page.locator('aicmo-chart svg path').count()) > 0, 'the chart has lines');
    const darkText = await p.page.locator('aicmo-chart svg text').first().getAttribute('fill');
    await p.page.evaluate(() => {
      document.body.classList.replace('vscode-dark', 'vscode-light');
    });
    await p.page.waitForFunction((before) => {
      const chart = document.querySelector('aicmo-analytics-app')?.shadowRoot?.querySelector('aicmo-chart');
      const text = chart?.shadowRoot?.querySelector('svg text');
      return text !== null && text !== undefined && text.getAttribute('fill') !== before;
    }, darkText);
  });

  it('shows goal progress with direction-aware status', async () => {
    const p = await open();
    await p.page.locator('[data-goal="cpa"]').waitFor();
    assert.match(await textOf(p, '[data-goal="cpa"]'), /lower is better.*ahead/s);
    assert.match(await textOf(p, '[data-goal="conversions"]'), /higher is better.*behind/s);
  });

  it('renders breakdown keys and A/B readings as text', async () => {
    const p = await open();
    await p.page.locator('table.breakdown').waitFor();
    assert.match(await textOf(p, 'table.breakdown'), new RegExp(HOSTILE_NAME.replace(/[()]/g, '\\$&')));
    assert.equal(await countImages(p), 0);
    assert.match(await textOf(p, 'table[aria-label="A/B readings"]'), /no significant difference/);
  });

  it('imports a CSV through a typed request and shows the answer', async () => {
    const p = await open();
    p.answer(ImportCsvRequest, (params) => ({ imported: true, message: `Imported 28 rows from a ${params.kind} export.` }));
    await p.page.getByLabel('Import format').selectOption('meta-ads');
    await p.page.getByRole('button', { name: 'Import CSV' }).click();
    const msg = await p.waitForPosted(ImportCsvRequest.method);
    assert.deepEqual(msg.params, { project: 'acme-launch', kind: 'meta-ads' });
    await p.page.getByText('Imported 28 rows from a meta-ads export.').waitFor();
  });

  it('shows the host error of a failed import', async () => {
    const p = await open();
    p.answer(ImportCsvRequest, () => new Error('Line 7: "Cost" is not a number.'));
    await p.page.getByRole('button', { name: 'Import CSV' }).click();
    await p.page.getByText('Line 7: "Cost" is not a number.').waitFor();
  });

  it('asks the host for another breakdown', async () => {
    const p = await open();
    await p.page.getByLabel('Break down by').selectOption('campaign');
    const msg = await p.waitForPosted(AnalyticsQueryCommand.method);
    assert.deepEqual(msg.params, { project: 'acme-launch', by: 'campaign' });
  });

  it('says how to get data when nothing was imported', async () => {
    const p = await open(analyticsData({ rows: 0 }));
    await p.page.locator('aicmo-empty-state').waitFor();
    assert.match((await p.page.locator('aicmo-empty-state').getAttribute('hint')) ?? '', /Import a Google Ads or Meta Ads CSV/);
    assert.equal(await p.page.locator('aicmo-kpi-tile').count(), 0);
  });
});
