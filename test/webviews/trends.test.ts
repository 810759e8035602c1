// Social Trends panel: keyword series with strength, chart, content ideas, import request.
import assert from 'node:assert/strict';
import { ImportCsvRequest, type TrendsData } from '../../src/protocol';
import { openPanel } from './harness/fakeHost';
import { countImages, textOf, usePanelEnv } from './harness/suite';
import { HOSTILE_NAME, ref, snapshot } from './fixtures';

const data: TrendsData = {
  series: [
    { keyword: 'crm for startups', geo: 'US', strength: 'growing', points: Array.from({ length: 8 }, (_, i) => ({ date: `2026-0${i + 1}-01`, value: 20 + i * 8, belowOne: false })), evidence: { points: 8, rule: 'end level 76 ≥ start 20 + 15' } },
    { keyword: HOSTILE_NAME, geo: 'US', strength: 'not enough data', points: [{ date: '2026-01-01', value: null, belowOne: true }], evidence: { points: 1, rule: 'fewer than 6 points' } },
  ],
  ideas: [{ keyword: 'crm for startups', channel: 'linkedin', idea: 'Carousel: 5 CRM mistakes startups make' }],
};

describe('Social Trends panel', () => {
  const env = usePanelEnv();
  const project = ref('Acme Launch');

  it('shows series with their strength, the chart and the ideas; imports trends', async () => {
    const p = await openPanel(env.browser, env.server, 'trends', { snapshot: snapshot(data, { project, projects: [project] }) });
    env.opened.push(p);
    await p.page.locator('[data-keyword="crm for startups"]').waitFor();
    assert.match(await textOf(p, '[data-keyword="crm for startups"]'), /growing/);
    assert.match(await textOf(p, '.ideas'), /5 CRM mistakes.*linkedin/);
    await p.page.locator('aicmo-chart svg').waitFor();
    assert.equal(await countImages(p), 0);
    p.answer(ImportCsvRequest, () => ({ imported: true, message: 'Imported 2 keywords.' }));
    await p.page.getByRole('button', { name: 'Import trends CSV' }).click();
    assert.deepEqual((await p.waitForPosted(ImportCsvRequest.method)).params, { project: 'acme-launch', kind: 'trends' });
    await p.page.getByText('Imported 2 keywords.').waitFor();
  });

  it('says how to get trends when none were imported', async () => {
    const p = await openPanel(env.browser, env.server, 'trends', { snapshot: snapshot({ series: [], ideas: [] }, { project, projects: [project] }) });
    env.opened.push(p);
    await p.page.locator('aicmo-empty-state').waitFor();
    assert.match((await p.page.locator('aicmo-empty-state').getAttribute('hint')) ?? '', /Google Trends CSV/);
  });
});
