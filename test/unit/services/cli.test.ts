// The operator CLI commands (dashboard pipeline|context|unified|pm|timeline, leads, outreach,
// report) and the demo, through the real bundle as a child process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { aicmo, ensureCliBuilt, jsonOf, repoRoot } from '../cli/runAicmo';

type Pipeline = { columns: Array<{ stage: string; count: number; projects: Array<{ slug: string; stage: string; leads: number; outreach: number; blockers: Array<{ code: string }> }> }> };
const NORTHPEAK = 'northpeak-winter-trail-boot-launch';
const LEDGERLY = 'ledgerly-q4-pipeline-for-finance-teams';

function stageIn(p: Pipeline, slug: string) {
  for (const c of p.columns) for (const x of c.projects) if (x.slug === slug) return x;
  throw new Error(`${slug} not in the pipeline`);
}

describe('operator CLI commands and the demo (dist/cli.js)', function () {
  this.timeout(120_000);
  let root: string;
  let ws: string;

  before(async () => {
    ensureCliBuilt();
    // One demo workspace for the read-only checks, made by a packaged copy of the CLI: the
    // bundle, the wasm and the demo data in a folder with nothing else around it.
    root = mkdtempSync(path.join(tmpdir(), 'aicmo-ops-'));
    const pkg = path.join(root, 'pkg');
    for (const f of ['cli.js', 'sql-wasm.wasm', 'demo-data']) cpSync(path.join(repoRoot, 'dist', f), path.join(pkg, f), { recursive: true });
    const env = { ...process.env };
    delete env.AICMO_SAMPLE_DATA;
    const r = spawnSync(process.execPath, [path.join(pkg, 'cli.js'), 'demo', '--dir', 'ws', '--json'], { cwd: root, env, encoding: 'utf8' });
    ws = path.join(root, 'ws');
    demo = jsonOf({ code: r.status, stdout: r.stdout, stderr: r.stderr }) as DemoDoc;
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  type DemoDoc = {
    sampleData: Array<{ file: string; status: string; rows?: number }>;
    leads: { status: string; created?: number; mergedInFile?: number; outreachLogged?: number };
    flow: { runs: Array<{ slug: string; status: string; subsystems: Array<{ name: string; status: string }> }>; approved: { slug: string; action: string } | null };
    stages: Array<{ slug: string; stage: string }>;
  };
  let demo: DemoDoc;

  it('demo: imports the shipped sample exports, runs the flow on all three projects and approves one strategy', () => {
    assert.deepEqual(demo.sampleData.map((d) => [d.file, d.status]), [
      ['google-ads-campaign-daily.csv', 'imported'],
      ['meta-ads-daily.csv', 'imported'],
      ['google-trends.csv', 'imported'],
      ['generic-metrics.csv', 'imported'],
    ]);
    const runs = demo.flow.runs.map((r) => [r.slug, r.subsystems.find((s) => s.name === 'creatives')!.status]);
    assert.equal(runs.length, 4, 'three runs, then the approved project again');
    assert.deepEqual(runs.slice(0, 3).map((r) => r[1]), ['waiting', 'waiting', 'waiting'], 'no creatives without an approved strategy');
    assert.deepEqual(runs[3], [NORTHPEAK, 'completed'], 'creatives made once the strategy is approved');
    assert.deepEqual(demo.flow.approved, { project: 'Northpeak Winter Trail Boot Launch', slug: NORTHPEAK, version: 1, action: 'approved' });
    assert.deepEqual([demo.leads.status, demo.leads.created, demo.leads.mergedInFile, demo.leads.outreachLogged], ['imported', 5, 1, 5]);
    assert.deepEqual(Object.fromEntries(demo.stages.map((s) => [s.slug, s.stage])), { [NORTHPEAK]: 'EXECUTION', [LEDGERLY]: 'STRATEGY', 'brightsmile-new-patient-drive': 'STRATEGY' });
  });

  it('demo: a re-run keeps the approval and adds no projects', async () => {
    const again = jsonOf(await aicmo(['demo', '--dir', 'ws2', '--json'], { cwd: root })) as DemoDoc;
    const third = jsonOf(await aicmo(['demo', '--dir', 'ws2', '--json'], { cwd: root })) as DemoDoc;
    assert.equal(again.flow.approved?.action, 'approved');
    assert.equal(third.flow.approved?.action, 'already approved');
    assert.equal(third.flow.runs.length, 3);
    assert.deepEqual([third.leads.created, third.leads.outreachLogged], [0, 0], 'leads merged by email, no second first-email');
    assert.equal(third.stages.length, 3);
  });

  it('dashboard pipeline/context/unified/pm/timeline give the documented shapes', async () => {
    const pipeline = jsonOf(await aicmo(['--workspace', ws, 'dashboard', 'pipeline', '--json'], { cwd: root })) as Pipeline;
    assert.deepEqual(pipeline.columns.map((c) => [c.stage, c.count]), [['INTAKE', 0], ['STRATEGY', 2], ['CREATIVE', 0], ['EXECUTION', 1], ['DONE', 0]]);
    assert.ok(stageIn(pipeline, LEDGERLY).blockers.some((b) => b.code === 'strategy-in-review'));
    assert.deepEqual([stageIn(pipeline, LEDGERLY).leads, stageIn(pipeline, LEDGERLY).outreach], [5, 5]);

    const context = jsonOf(await aicmo(['--workspace', ws, 'dashboard', 'context', NORTHPEAK, '--json'], { cwd: root })) as { project: { slug: string }; strategy: { status: string }; approvals: Array<{ action: string }> };
    assert.equal(context.strategy.status, 'approved');
    assert.deepEqual(context.approvals.map((a) => a.action), ['approve']);

    const unified = jsonOf(await aicmo(['--workspace', ws, 'dashboard', 'unified', NORTHPEAK, '--json'], { cwd: root })) as { artifacts: Record<string, { status: string; content: unknown }> };
    assert.deepEqual(Object.keys(unified.artifacts), ['strategy', 'brand', 'social', 'media', 'creatives', 'pm', 'analytics', 'portal']);
    const allocations = (unified.artifacts.media!.content as { allocations: Array<Record<string, unknown>> }).allocations;
    for (const a of allocations) for (const k of ['channel', 'amount', 'share', 'rationale']) assert.ok(k in a, k);

    const pm = jsonOf(await aicmo(['--workspace', ws, 'dashboard', 'pm', NORTHPEAK, '--json'], { cwd: root })) as { tasks: Array<Record<string, unknown>>; criticalPath: string[]; capacity: unknown[] };
    assert.ok(pm.tasks.length > 0 && pm.criticalPath.length > 0 && pm.capacity.length > 0);
    for (const k of ['id', 'title', 'role', 'estimatedHours', 'start', 'due', 'dependsOn', 'status']) assert.ok(k in pm.tasks[0]!, k);

    const timeline = await aicmo(['--workspace', ws, 'dashboard', 'timeline', NORTHPEAK], { cwd: root });
    assert.equal(timeline.code, 0, timeline.stderr);
    const lines = timeline.stdout.split('\n').slice(1).filter((l) => l.trim());
    const order = ['project', 'import', 'run', 'approval'].map((k) => lines.findIndex((l) => new RegExp(`Z  ${k} `).test(l)));
    assert.deepEqual([...order].sort((a, b) => a - b), order, `first project, import, run, approval in that order:\n${timeline.stdout}`);
    assert.ok(order.every((i) => i >= 0));
    assert.ok(lines.some((l) => /Z {2}approval {2}Strategy approved {2}\(.+\)$/.test(l)), `the approval says who decided:\n${timeline.stdout}`);

    const missing = await aicmo(['--workspace', ws, 'dashboard', 'pm', 'nope'], { cwd: root });
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /^aicmo: .*"nope"/);
  });

  it('leads import (all-or-nothing, line numbers), leads list, outreach log moving the stage', async () => {
    const w = mkdtempSync(path.join(root, 'leads-'));
    const add = ['project', 'add', '--name', 'Finance leads', '--industry', 'B2B SaaS', '--goal', '320 demos', '--goal-metric', 'leads', '--audience', 'CFOs', '--budget', '42000', '--currency', 'EUR'];
    jsonOf(await aicmo(['--workspace', w, ...add, '--json'], { cwd: w }));
    const bad = path.join(w, 'bad.csv');
    writeFileSync(bad, 'name,company,email,role,source\nAda,Analytical,ada@x.test,CFO,webinar\nGrace,Navy,grace-at-navy,,\n,Acme,x@acme.test,,\n');
    const refused = await aicmo(['--workspace', w, 'leads', 'import', 'finance-leads', bad], { cwd: w });
    assert.equal(refused.code, 1);
    assert.equal(refused.stderr, 'aicmo: bad.csv was not imported: 2 of 3 lead rows are invalid; nothing was written. line 3: email "grace-at-navy" is not an email address line 4: name is empty\n');
    assert.equal((jsonOf(await aicmo(['--workspace', w, 'leads', 'list', 'finance-leads', '--json'], { cwd: w })) as { leads: unknown[] }).leads.length, 0);

    const good = path.join(w, 'good.csv');
    writeFileSync(good, 'name,company,email,role,source\nAda,Analytical,ada@x.test,CFO,webinar\nAda Lovelace,,ADA@x.test,,\nGrace,Navy,grace@navy.test,,\n');
    const imported = jsonOf(await aicmo(['--workspace', w, 'leads', 'import', 'finance-leads', good, '--json'], { cwd: w })) as { created: number; mergedInFile: number };
    assert.deepEqual([imported.created, imported.mergedInFile], [2, 1]);
    const list = await aicmo(['--workspace', w, 'leads', 'list', 'finance-leads'], { cwd: w });
    assert.match(list.stdout, /2 leads, 0 contacted/);
    assert.match(list.stdout, /Ada Lovelace +ada@x\.test +Analytical +CFO +new/);

    const usage = await aicmo(['--workspace', w, 'outreach', 'log', 'ada@x.test', '--status', 'sent'], { cwd: w });
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /missing --channel/);
    const logged = await aicmo(['--workspace', w, 'outreach', 'log', 'ada@x.test', '--channel', 'email', '--status', 'replied', '--step', '2'], { cwd: w });
    assert.equal(logged.code, 0, logged.stderr);
    assert.match(logged.stdout, /^Logged step 2 to Ada Lovelace <ada@x\.test> by email \(replied\) .* lead status: replied\.$/m);
    const pipeline = jsonOf(await aicmo(['--workspace', w, 'dashboard', 'pipeline', '--json'], { cwd: w })) as Pipeline;
    const row = stageIn(pipeline, 'finance-leads');
    assert.deepEqual([row.leads, row.outreach], [2, 1]);
    assert.equal(row.stage, 'STRATEGY', 'outreach does not skip an unapproved strategy');
  });

  it('report writes a self-contained pack under .aicmo/reports (or --out), and refuses an unknown format', async () => {
    const md = await aicmo(['--workspace', ws, 'report', NORTHPEAK], { cwd: root });
    assert.equal(md.code, 0, md.stderr);
    const file = path.join(ws, '.aicmo', 'reports', `${NORTHPEAK}-review-v1.md`);
    assert.ok(existsSync(file));
    assert.match(readFileSync(file, 'utf8'), /^# Northpeak Outfitters: Northpeak Winter Trail Boot Launch — client review/);
    const out = path.join(root, 'pack.html');
    const html = jsonOf(await aicmo(['--workspace', ws, 'report', NORTHPEAK, '--format', 'html', '--out', out, '--json'], { cwd: root })) as { file: string; creativesAwaiting: number };
    assert.equal(html.file, out);
    assert.ok(html.creativesAwaiting > 0);
    const text = readFileSync(out, 'utf8');
    assert.match(text, /^<!doctype html>/);
    assert.ok(!/<script|<link|src=/.test(text), 'no scripts and nothing loaded from elsewhere');
    const wrong = await aicmo(['--workspace', ws, 'report', NORTHPEAK, '--format', 'pdf'], { cwd: root });
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /report format "pdf" is not one of md, html/);
  });
});
