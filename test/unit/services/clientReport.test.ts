// The client report has a results section (KPIs against goals for the period, "no data" where
// there is none) and speaks to the client: no internal version wording, no raw ids, dates as
// dates. Real workspaces: a project, a flow run, a change request, an import, the export.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importMetricsFile } from '../../../src/orchestrator/imports';
import type { ClientReport } from '../../../src/orchestrator/operations';
import type { ResultRow } from '../../../src/orchestrator/subsystems/portal/types';
import { decideProjectStrategy, exportClientReport, fixture, intake, runProjectFlow, updateProject, value, type Fixture } from './fixtures';

const SAMPLE = path.resolve(__dirname, '../../../src/orchestrator/demo/data/generic-metrics.csv'); // email + LinkedIn, 2026-10-01 to 2026-10-14, GBP

const clinic = (kpiTargets: Record<string, number>, over = {}) =>
  intake({
    name: 'Smile Dental New Patients',
    client: 'Smile Dental',
    industry: 'Dental clinic',
    product: 'family dentistry',
    goal: 'More new patient bookings',
    goalMetric: 'leads',
    audiences: ['families in Leeds'],
    geography: 'Leeds',
    budgetMinor: 900_000,
    startDate: '2026-10-01',
    endDate: '2026-10-28',
    constraints: [],
    mustInclude: [],
    doNotDo: [],
    kpiTargets,
    ...over,
  });

describe('the client report', function () {
  this.timeout(60_000);
  let f: Fixture;
  beforeEach(async () => {
    f = await fixture();
  });
  afterEach(() => f.cleanup());

  async function report(kpiTargets: Record<string, number>, o: { import?: boolean; from?: string; to?: string; feedback?: boolean; over?: object } = {}) {
    const p = await f.store.createProject(clinic(kpiTargets, o.over));
    value(await runProjectFlow(f.env, p.id));
    if (o.feedback) {
      value(await decideProjectStrategy(f.env, p.id, { decision: 'request_changes', reason: 'Put the reviews pillar first', by: { name: 'Priya', kind: 'client' } }));
      value(await runProjectFlow(f.env, p.id));
    }
    if (o.import !== false) await importMetricsFile(f.store, p.id, SAMPLE, { actor: 'Dana' });
    const r = value(await exportClientReport(f.env, p.id, { out: 'review.md', ...(o.from ? { from: o.from } : {}), ...(o.to ? { to: o.to } : {}) }));
    return { r, md: readFileSync(r.file, 'utf8'), html: readFileSync(value(await exportClientReport(f.env, p.id, { format: 'html', out: 'review.html', ...(o.from ? { from: o.from } : {}), ...(o.to ? { to: o.to } : {}) })).file, 'utf8') };
  }

  const row = (r: ClientReport, measure: RegExp): ResultRow => r.results.rows.find((x) => measure.test(x.measure))!;

  const CASES: { title: string; targets: Record<string, number>; measure: RegExp; target: string; actual: string; status: string; note?: RegExp }[] = [
    // 14 of 28 days elapsed: half the lead goal is expected by now.
    { title: 'leads on a leads campaign are its conversions', targets: { leads: 180 }, measure: /^Leads/, target: '180', actual: '130', status: 'ahead of goal' },
    { title: 'cpl is spend ÷ lead conversions', targets: { cpl: 30 }, measure: /^Cost per lead/, target: '£30.00', actual: '£35.10', status: 'behind goal' },
    { title: 'a CTR goal', targets: { ctr: 0.03 }, measure: /^CTR/, target: '3 %', actual: '3.22 %', status: 'on track' },
    { title: 'sql_rate needs a column the results do not have', targets: { sql_rate: 0.2 }, measure: /^SQL rate/, target: '20 %', actual: 'no data', status: 'no data', note: /Not measured yet: this needs sqls \(sales-qualified leads\) figures/ },
  ];
  for (const c of CASES) {
    it(`results: ${c.title}`, async () => {
      const { r, md } = await report(c.targets);
      const x = row(r, c.measure);
      assert.deepEqual([x.targetText, x.actualText, x.statusText], [c.target, c.actual, c.status]);
      if (c.note) assert.match(x.note ?? '', c.note);
      assert.match(md, /## Results so far\n\nPeriod: 1 October 2026 to 14 October 2026\./);
      assert.match(md, /\| Measure \| Goal \| Expected by now \| Result \| Status \|/);
    });
  }

  it('the goal of a campaign total is pro-rated to the days elapsed, and the report says what was expected by now', async () => {
    const { r } = await report({ leads: 180 });
    const leads = row(r, /^Leads/);
    assert.equal(leads.expectedText, '90', '180 × 14/28');
  });

  it('every measure says "no data" before any result is imported', async () => {
    const { r, md } = await report({ leads: 180, cpl: 120 }, { import: false });
    assert.ok(r.results.rows.length >= 4);
    assert.ok(r.results.rows.every((x) => x.actualText === 'no data'), JSON.stringify(r.results.rows));
    assert.match(md, /No results yet\. No results have been imported for this period yet/);
    assert.equal(r.results.spend, null);
  });

  it('--from/--to limit the results to the period', async () => {
    const all = await report({ leads: 180 });
    const week = await report({ leads: 180 }, { from: '2026-10-01', to: '2026-10-07', over: { name: 'Smile Dental First Week' } });
    assert.match(week.md, /Period: 1 October 2026 to 7 October 2026\./);
    assert.ok(row(week.r, /^Leads/).actual! < row(all.r, /^Leads/).actual!);
    const bad = await exportClientReport(f.env, 'smile-dental-new-patients', { from: '2026-10-09', to: '2026-10-02' });
    assert.equal(bad.ok, false);
    if (!bad.ok) assert.equal(bad.error.message, 'The results period starts on 2026-10-09, after it ends on 2026-10-02.');
  });

  it('money is never compared across currencies (the budget moved to EUR after GBP results were imported)', async () => {
    const p = await f.store.createProject(clinic({ cpl: 30, leads: 180 }));
    value(await runProjectFlow(f.env, p.id));
    await importMetricsFile(f.store, p.id, SAMPLE, { actor: 'Dana' });
    value(await updateProject(f.env, p.id, { currency: 'EUR' }));
    const r = value(await exportClientReport(f.env, p.id, { out: 'review.md' }));
    assert.match(row(r, /^Cost per lead/).note ?? '', /the results are in GBP and the budget in EUR; figures in different currencies are not mixed/);
    assert.equal(row(r, /^Cost per lead/).actualText, 'no data');
    assert.equal(row(r, /^Leads/).actualText, '130', 'counts still compare');
    assert.equal(r.results.spend, null);
  });

  it('speaks to the client: what changed after their feedback, and no versions, raw ids, status codes or ISO timestamps', async () => {
    const { md, html } = await report({ leads: 180 }, { feedback: true });
    assert.match(md, /## What changed after your feedback\n\nPriya asked on \d+ \w+ 20\d\d: "Put the reviews pillar first"\n\n- Moved the pillar "Trust through people and proof" to the front/);
    assert.match(md, /## History\n\n- \d+ \w+ 20\d\d — Priya \\\(client\\\) asked for changes to the strategy: “Put the reviews pillar first”/);
    for (const text of [md, html]) {
      assert.doesNotMatch(text, /\bversion \d|\bv\d+\b/i, 'no version wording');
      assert.doesNotMatch(text, /\b(?:aa|a|r|tm|p)_[0-9A-Z]{10,}/, 'no raw ids');
      assert.doesNotMatch(text, /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, 'no ISO timestamps');
      assert.doesNotMatch(text, /\b(?:in_review|changes_requested|google_search)\b|P\(best|Thompson|posterior|aicmo /i, 'no internal words');
    }
    assert.match(md, /The strategy is awaiting your decision\./);
    assert.match(md, /\| Plan and approve \| 1 October 2026 \| \d+ October 2026 \|/);
  });
});
