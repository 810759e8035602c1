import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import type { Project } from '../../../src/orchestrator/domain/project';
import type { LearningEvent } from '../../../src/orchestrator/events';
import type { ProjectSummary } from '../../../src/orchestrator/store/types';
import { aicmo, ensureCliBuilt, jsonOf, type CliResult } from './runAicmo';

const ADD = ['project', 'add', '--industry', 'Outdoor footwear', '--goal', 'Sell 2,400 boots', '--goal-metric', 'sales', '--audience', 'Weekend hikers', '--budget', '85000', '--currency', 'USD'];

function assertErrorLine(r: CliResult, code: number, pattern: RegExp): void {
  assert.equal(r.code, code, `exit code (stderr: ${r.stderr})`);
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  assert.equal(lines.length, 1, `one stderr line, got: ${r.stderr}`);
  assert.match(lines[0]!, /^aicmo: /);
  assert.match(lines[0]!, pattern);
  assert.equal(r.stdout, '', 'nothing on stdout');
}

async function eventsIn(root: string): Promise<LearningEvent[]> {
  const dir = path.join(root, '.aicmo', 'events');
  if (!existsSync(dir)) return [];
  const out: LearningEvent[] = [];
  for (const f of (await readdir(dir)).sort()) {
    for (const line of (await readFile(path.join(dir, f), 'utf8')).split('\n')) if (line) out.push(JSON.parse(line) as LearningEvent);
  }
  return out;
}

describe('aicmo CLI (dist/cli.js as a child process)', function () {
  this.timeout(120_000);
  let root: string;

  before(() => ensureCliBuilt());
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'aicmo-cli-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  describe('usage', () => {
    it('prints help with exit 0', async () => {
      const r = await aicmo(['--help'], { cwd: root });
      assert.equal(r.code, 0);
      assert.match(r.stdout, /usage: aicmo/);
      for (const c of ['init', 'repair', 'project add', 'project list', 'project show', 'project update', 'project archive', 'events', 'demo']) assert.ok(r.stdout.includes(`  ${c} `), c);
      const sub = await aicmo(['project', 'add', '--help'], { cwd: root });
      assert.equal(sub.code, 0);
      assert.match(sub.stdout, /--goal-metric awareness\|leads\|sales\|engagement\|retention/);
    });

    it('exits 2 with a one-line hint for a missing or unknown command, flag or argument', async () => {
      assertErrorLine(await aicmo([], { cwd: root }), 2, /missing command; run 'aicmo --help'/);
      assertErrorLine(await aicmo(['launch'], { cwd: root }), 2, /unknown command "launch"/);
      assertErrorLine(await aicmo(['project'], { cwd: root }), 2, /missing subcommand for "project"/);
      assertErrorLine(await aicmo(['project', 'delete', 'x'], { cwd: root }), 2, /unknown subcommand "project delete"/);
      assertErrorLine(await aicmo(['project', 'list', '--colour'], { cwd: root }), 2, /unknown option '--colour'.*aicmo project list --help/);
      assertErrorLine(await aicmo(['project', 'show'], { cwd: root }), 2, /missing <id\|slug>/);
      assertErrorLine(await aicmo(['project', 'show', 'a', 'b'], { cwd: root }), 2, /unexpected argument "b"/);
      assertErrorLine(await aicmo([...ADD.filter((a) => a !== '--audience' && a !== 'Weekend hikers'), '--name', 'X'], { cwd: root }), 2, /missing --audience/);
      assertErrorLine(await aicmo(['events', '--limit'], { cwd: root }), 2, /option '--limit' needs a value/);
      assertErrorLine(await aicmo(['pause', 'maybe'], { cwd: root }), 2, /pause takes "on" or "off", not "maybe"; run 'aicmo pause --help'/);
      assert.equal(existsSync(path.join(root, '.aicmo')), false, 'a usage error changes nothing');
    });
  });

  describe('init', () => {
    it('creates .aicmo/ once and is safe to repeat', async () => {
      const first = jsonOf(await aicmo(['init', '--json'], { cwd: root })) as { created: boolean; aicmoDir: string };
      assert.equal(first.created, true);
      assert.equal(first.aicmoDir, path.join(root, '.aicmo'));
      assert.ok(existsSync(path.join(root, '.aicmo', '.gitignore')));
      const again = jsonOf(await aicmo(['--workspace', root, 'init', '--json'], { cwd: tmpdir() })) as { created: boolean };
      assert.equal(again.created, false);
      const events = await eventsIn(root);
      assert.deepEqual(
        events.map((e) => e.type),
        ['workspace.initialized'],
      );
    });
  });

  describe('project', () => {
    it('adds a project and prints exactly one JSON document with id, slug and the fields', async () => {
      const r = await aicmo(
        [...ADD, '--name', 'Northpeak Winter Launch', '--budget', '85000.5', '--start', '2026-10-01', '--end', '2026-12-31', '--geography', 'US', '--product', 'Ridgeline boot', '--audience', 'Gift buyers', '--kpi', 'conversions=2400', '--kpi', 'cpa=35.5', '--json'],
        { cwd: root, env: { AICMO_ACTOR: 'dana' } },
      );
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stderr, '');
      const p = JSON.parse(r.stdout) as Project;
      assert.match(p.id, /^p_/);
      assert.equal(p.slug, 'northpeak-winter-launch');
      assert.equal(p.name, 'Northpeak Winter Launch');
      assert.equal(p.budgetMinor, 8_500_050, 'budget in cents (the last --budget wins)');
      assert.equal(p.currency, 'USD');
      assert.deepEqual(p.audiences, ['Weekend hikers', 'Gift buyers']);
      assert.deepEqual(p.kpiTargets, { conversions: 2400, cpa: 35.5 });
      assert.equal(p.startDate, '2026-10-01');
      assert.equal(p.endDate, '2026-12-31');
      assert.equal(p.lifecycle, 'active');

      const events = await eventsIn(root);
      assert.equal(events.length, 1);
      assert.equal(events[0]!.type, 'project.created');
      assert.equal(events[0]!.project, p.id);
      assert.equal(events[0]!.actor, 'dana');
      assert.equal(events[0]!.data.slug, p.slug);

      const text = await aicmo(['project', 'show', p.slug], { cwd: root });
      assert.equal(text.code, 0);
      assert.match(text.stdout, /Northpeak Winter Launch {2}\(northpeak-winter-launch, p_/);
      assert.match(text.stdout, /budget +\$85,000\.50 \(USD\)/);
      assert.match(text.stdout, /kpi targets +conversions 2400, cpa 35\.5/);
    });

    it('refuses invalid input with exit 1, names the field, and writes nothing', async () => {
      jsonOf(await aicmo([...ADD, '--name', 'Acme Spring', '--json'], { cwd: root }));
      const before = await eventsIn(root);
      const cases: Array<[string[], RegExp]> = [
        [[...ADD, '--name', 'Neg', '--budget', '-5'], /budget must not be negative/],
        [[...ADD, '--name', 'Neg2', '--budget=-0.01'], /budget must not be negative/],
        [[...ADD, '--name', 'Cur', '--currency', 'XYZ'], /"XYZ" is not a known ISO 4217 currency/],
        [[...ADD, '--name', 'Dates', '--start', '2026-05-01', '--end', '2026-04-30'], /end date 2026-04-30 is before the start date 2026-05-01/],
        [[...ADD, '--name', ''], /project name must not be empty/],
        [[...ADD, '--name', '   '], /project name must not be empty/],
        [[...ADD, '--name', 'Acme Spring'], /slug "acme-spring" already exists/],
        [[...ADD, '--name', 'ACME spring!'], /slug "acme-spring" already exists/],
        [[...ADD, '--name', 'Money', '--budget', '12,5'], /budget "12,5" is not an amount \(e\.g\. 12500, 12,500 or 12500\.50\)/],
        [[...ADD, '--name', 'Cents', '--budget', '10.005'], /budget "10\.005" has more decimals than USD allows \(2\)/],
        [[...ADD, '--name', 'Kpi', '--kpi', 'cpa'], /KPI target "cpa" is not in name=value form/],
        [[...ADD, '--name', 'Metric', '--goal-metric', 'vibes'], /goal metric "vibes" is not one of awareness, leads, sales, engagement, retention/],
        [[...ADD, '--name', 'Date', '--start', '2026-02-30'], /start date "2026-02-30" is not a date in YYYY-MM-DD form/],
      ];
      for (const [args, pattern] of cases) assertErrorLine(await aicmo([...args, '--json'], { cwd: root }), 1, pattern);
      const list = jsonOf(await aicmo(['project', 'list', '--json'], { cwd: root })) as ProjectSummary[];
      assert.deepEqual(
        list.map((p) => p.slug),
        ['acme-spring'],
      );
      assert.equal((await eventsIn(root)).length, before.length, 'no events for refused input');
    });

    it('lists, shows, updates and archives, writing an event for each change', async () => {
      const a = jsonOf(await aicmo([...ADD, '--name', 'Alpha Boots', '--kpi', 'cpa=40', '--kpi', 'roas=4', '--json'], { cwd: root, env: { AICMO_ACTOR: 'env-actor' } })) as Project;
      const b = jsonOf(await aicmo([...ADD, '--name', 'Beta SaaS', '--goal-metric', 'leads', '--currency', 'eur', '--budget', '42000', '--json'], { cwd: root })) as Project;
      assert.equal(b.currency, 'EUR');

      const list = jsonOf(await aicmo(['project', 'list', '--json'], { cwd: root })) as ProjectSummary[];
      assert.deepEqual(list.map((p) => p.slug).sort(), ['alpha-boots', 'beta-saas']);
      for (const p of list) {
        assert.ok(p.id && p.slug && p.name && p.stage && p.lifecycle, 'id, slug, name, stage, lifecycle');
      }
      const table = await aicmo(['project', 'list'], { cwd: root });
      assert.match(table.stdout, /^SLUG +NAME +STAGE +LIFECYCLE/);
      assert.match(table.stdout, /alpha-boots +Alpha Boots/);

      const byId = jsonOf(await aicmo(['project', 'show', a.id, '--json'], { cwd: root })) as Project & { stage: string };
      assert.equal(byId.slug, 'alpha-boots');
      assert.ok(byId.stage);
      assertErrorLine(await aicmo(['project', 'show', 'nope'], { cwd: root }), 1, /No project "nope"/);

      const updated = jsonOf(
        await aicmo(['project', 'update', 'alpha-boots', '--budget', '90000', '--kpi', 'cpa=', '--kpi', 'conversions=2000', '--audience', 'Trail runners', '--by', 'sam', '--json'], { cwd: root, env: { AICMO_ACTOR: 'env-actor' } }),
      ) as Project;
      assert.equal(updated.budgetMinor, 9_000_000);
      assert.deepEqual(updated.kpiTargets, { roas: 4, conversions: 2000 });
      assert.deepEqual(updated.audiences, ['Trail runners']);
      assert.equal(updated.revision, a.revision + 1);

      const noop = jsonOf(await aicmo(['project', 'update', 'alpha-boots', '--budget', '90000', '--json'], { cwd: root })) as Project;
      assert.equal(noop.revision, updated.revision, 'an update that changes nothing does not write');

      const movedCurrency = jsonOf(await aicmo(['project', 'update', 'beta-saas', '--currency', 'JPY', '--json'], { cwd: root })) as Project;
      assert.equal(movedCurrency.budgetMinor, 42000, 'JPY has no minor digits: the amount is kept in major units');

      assertErrorLine(await aicmo(['project', 'update', 'alpha-boots', '--end', '2020-01-01', '--start', '2021-01-01'], { cwd: root }), 1, /end date .* before the start date/);
      assertErrorLine(await aicmo(['project', 'update', 'alpha-boots', '--lifecycle', 'paused'], { cwd: root }), 1, /lifecycle "paused" is not one of/);

      const archived = jsonOf(await aicmo(['project', 'archive', 'alpha-boots', '--json'], { cwd: root })) as Project;
      assert.equal(archived.lifecycle, 'done');
      const again = await aicmo(['project', 'archive', 'alpha-boots'], { cwd: root });
      assert.equal(again.code, 0);
      assert.match(again.stdout, /Already closed \(done\); nothing changed/);
      const done = jsonOf(await aicmo(['project', 'list', '--lifecycle', 'done', '--json'], { cwd: root })) as ProjectSummary[];
      assert.deepEqual(
        done.map((p) => p.slug),
        ['alpha-boots'],
      );

      const events = await eventsIn(root);
      assert.deepEqual(
        events.map((e) => [e.type, e.project, e.actor]),
        [
          ['project.created', a.id, 'env-actor'],
          ['project.created', b.id, userInfo().username],
          ['project.updated', a.id, 'sam'],
          ['project.updated', b.id, userInfo().username],
          ['project.archived', a.id, userInfo().username],
        ],
      );
      assert.deepEqual(events[2]!.data.changes, {
        audiences: { from: ['Weekend hikers'], to: ['Trail runners'] },
        budgetMinor: { from: 8_500_000, to: 9_000_000 },
        kpiTargets: { from: { cpa: 40, roas: 4 }, to: { roas: 4, conversions: 2000 } },
      });
      assert.deepEqual(events[4]!.data, { slug: 'alpha-boots', from: 'active', to: 'done' });
    });
  });

  describe('events', () => {
    it('queries by project, type, time and limit, as one JSON document or readable lines', async () => {
      const a = jsonOf(await aicmo([...ADD, '--name', 'Alpha', '--json'], { cwd: root })) as Project;
      jsonOf(await aicmo([...ADD, '--name', 'Beta', '--json'], { cwd: root }));
      jsonOf(await aicmo(['project', 'archive', 'alpha', '--json'], { cwd: root }));

      const all = jsonOf(await aicmo(['events', '--json'], { cwd: root })) as LearningEvent[];
      assert.deepEqual(
        all.map((e) => e.type),
        ['project.created', 'project.created', 'project.archived'],
      );
      const alpha = jsonOf(await aicmo(['events', '--project', 'alpha', '--json'], { cwd: root })) as LearningEvent[];
      assert.deepEqual(
        alpha.map((e) => [e.type, e.project]),
        [
          ['project.created', a.id],
          ['project.archived', a.id],
        ],
      );
      const byId = jsonOf(await aicmo(['events', '--project', a.id, '--type', 'project.archived', '--json'], { cwd: root })) as LearningEvent[];
      assert.equal(byId.length, 1);
      const created = jsonOf(await aicmo(['events', '--type', 'project.created', '--json'], { cwd: root })) as LearningEvent[];
      assert.equal(created.length, 2);
      const latest = jsonOf(await aicmo(['events', '--type', 'project.', '--limit', '1', '--json'], { cwd: root })) as LearningEvent[];
      assert.deepEqual(
        latest.map((e) => e.type),
        ['project.archived'],
        '--limit keeps the latest',
      );
      const future = jsonOf(await aicmo(['events', '--since', '2999-01-01', '--json'], { cwd: root })) as LearningEvent[];
      assert.deepEqual(future, []);
      const past = jsonOf(await aicmo(['events', '--since', '2000-01-01', '--until', all[1]!.ts, '--json'], { cwd: root })) as LearningEvent[];
      assert.equal(past.length, 1);

      const text = await aicmo(['events'], { cwd: root });
      assert.equal(text.code, 0);
      const lines = text.stdout.trim().split('\n');
      assert.equal(lines.length, 3);
      assert.match(lines[0]!, /^\d{4}-\d\d-\d\dT[\d:.]+Z +project\.created +alpha /);

      assertErrorLine(await aicmo(['events', '--since', 'yesterday', '--json'], { cwd: root }), 1, /since "yesterday" is not an ISO 8601 date/);
      assertErrorLine(await aicmo(['events', '--limit', 'ten'], { cwd: root }), 1, /--limit "ten" is not a whole number/);
      assertErrorLine(await aicmo(['events', '--project', 'nobody'], { cwd: root }), 1, /No project "nobody"/);
    });

    it('skips a torn last line with a warning and still exits 0', async () => {
      jsonOf(await aicmo([...ADD, '--name', 'Alpha', '--json'], { cwd: root }));
      const dir = path.join(root, '.aicmo', 'events');
      const file = path.join(dir, (await readdir(dir))[0]!);
      await writeFile(file, (await readFile(file, 'utf8')) + '{"v":1,"id":"e_torn","ts":"20');
      const r = await aicmo(['events', '--json'], { cwd: root });
      assert.equal(r.code, 0);
      assert.equal((JSON.parse(r.stdout) as LearningEvent[]).length, 1);
      assert.match(r.stderr, /^aicmo: warning: skipped \.aicmo\/events\/\d{4}-\d\d\.jsonl line 2: torn last line/);
    });

    it('reads a workspace without .aicmo as no events, creating nothing', async () => {
      const r = await aicmo(['events', '--json'], { cwd: root });
      assert.deepEqual(jsonOf(r), []);
      assert.equal(existsSync(path.join(root, '.aicmo')), false);
    });
  });

  describe('demo', () => {
    const METRIC_FILES = ['google-ads-campaign-daily.csv', 'meta-ads-daily.csv', 'google-trends.csv', 'generic-metrics.csv'];

    it('creates three different client projects with their sample data, and refreshes them on a re-run instead of duplicating', async () => {
      const env = {}; // the sample exports ship with the CLI (dist/demo-data)
      type DemoDoc = { dir: string; projects: Array<{ action: string; slug: string }>; sampleData: Array<{ file: string; status: string; rows?: number; replaced?: number }> };
      const first = jsonOf(await aicmo(['demo', '--dir', 'showcase', '--json'], { cwd: root, env })) as DemoDoc;
      assert.equal(first.dir, path.join(root, 'showcase'));
      assert.deepEqual(
        first.projects.map((p) => p.action),
        ['created', 'created', 'created'],
      );
      assert.deepEqual(
        first.sampleData.filter((d) => METRIC_FILES.includes(d.file)).map((d) => [d.file, d.status, d.rows, d.replaced]),
        [
          ['google-ads-campaign-daily.csv', 'imported', 63, 0],
          ['meta-ads-daily.csv', 'imported', 63, 0],
          ['google-trends.csv', 'imported', 156, 0],
          ['generic-metrics.csv', 'imported', 28, 0],
        ],
      );
      const list = jsonOf(await aicmo(['--workspace', 'showcase', 'project', 'list', '--json'], { cwd: root })) as ProjectSummary[];
      assert.equal(list.length, 3);
      assert.equal(new Set(list.map((p) => p.currency)).size, 3, 'three currencies');
      assert.equal(new Set(list.map((p) => p.industry)).size, 3, 'three industries');
      assert.ok(new Set(list.map((p) => p.goalMetric)).size >= 2, 'different goals');
      assert.equal(new Set(list.map((p) => p.budgetMinor)).size, 3, 'different budgets');

      // Someone edits a demo project; the re-run puts it back, adds no project and no rows.
      jsonOf(await aicmo(['--workspace', 'showcase', 'project', 'update', list[0]!.slug, '--budget', '1', '--json'], { cwd: root }));
      const second = jsonOf(await aicmo(['demo', '--dir', 'showcase', '--json'], { cwd: root, env })) as DemoDoc;
      assert.deepEqual(second.projects.map((p) => p.action).sort(), ['refreshed', 'unchanged', 'unchanged']);
      assert.deepEqual(
        second.sampleData.filter((d) => METRIC_FILES.includes(d.file)).map((d) => d.rows === d.replaced),
        [true, true, true, true],
        're-imported rows replace the earlier ones',
      );
      const after = jsonOf(await aicmo(['--workspace', 'showcase', 'project', 'list', '--json'], { cwd: root })) as ProjectSummary[];
      assert.equal(after.length, 3);
      assert.equal(after.find((p) => p.slug === list[0]!.slug)!.budgetMinor, list[0]!.budgetMinor);

      const types = (await eventsIn(path.join(root, 'showcase'))).map((e) => e.type).filter((t) => t.startsWith('project.') || t === 'demo.created');
      // created ×3, the demo, the hand edit, the demo's refresh of it, the second demo.
      assert.deepEqual(types, ['project.created', 'project.created', 'project.created', 'demo.created', 'project.updated', 'project.updated', 'demo.created']);
      assert.equal(existsSync(path.join(root, '.aicmo')), false, 'the demo writes only into its own folder');
    });

    it('still makes the projects when the sample exports are not there, and says so', async () => {
      const r = await aicmo(['demo', '--dir', 'bare'], { cwd: root, env: { AICMO_SAMPLE_DATA: path.join(root, 'nowhere') } });
      assert.equal(r.code, 0, r.stderr);
      assert.equal((r.stdout.match(/^ {2}created /gm) ?? []).length, 3);
      for (const file of METRIC_FILES) assert.match(r.stdout, new RegExp(`^ {2}no data +${file.replace(/\./g, '\\.')} not found`, 'm'));
    });
  });

  describe('batch', () => {
    it('runs each line as a command, reports failures per line and exits 1 if any failed', async () => {
      const file = path.join(root, 'cmds.jsonl');
      await writeFile(
        file,
        [
          '# three projects, one refused',
          JSON.stringify([...ADD, '--name', 'One']),
          JSON.stringify([...ADD, '--name', 'Two', '--currency', 'XYZ']),
          '',
          JSON.stringify(['project', 'archive', 'one']),
        ].join('\n'),
      );
      const r = await aicmo(['batch', file, '--json', '--by', 'script'], { cwd: root });
      assert.equal(r.code, 1);
      const doc = JSON.parse(r.stdout) as { ran: number; failed: number; results: Array<{ line: number; exitCode: number; output?: Project; error?: string }> };
      assert.equal(doc.ran, 3);
      assert.equal(doc.failed, 1);
      assert.deepEqual(
        doc.results.map((x) => [x.line, x.exitCode]),
        [
          [2, 0],
          [3, 1],
          [5, 0],
        ],
      );
      assert.equal(doc.results[0]!.output!.slug, 'one');
      assert.match(doc.results[1]!.error!, /^aicmo: "XYZ" is not a known ISO 4217 currency/);
      assert.match(r.stderr, /^aicmo: warning: 1 of 3 commands failed \(lines 3\)/);
      const events = await eventsIn(root);
      assert.deepEqual(
        events.map((e) => [e.type, e.actor]),
        [
          ['project.created', 'script'],
          ['project.archived', 'script'],
        ],
      );
      assertErrorLine(await aicmo(['batch', path.join(root, 'missing.jsonl')], { cwd: root }), 1, /Cannot read the batch file/);
      await writeFile(file, 'project list\n');
      assertErrorLine(await aicmo(['batch', file], { cwd: root }), 1, /line 1 is not a JSON array/);
    });
  });

  describe('failures', () => {
    it('reports an unreadable database by name with exit 1, leaves it untouched, and repair recovers', async () => {
      const p = jsonOf(await aicmo([...ADD, '--name', 'Alpha', '--json'], { cwd: root })) as Project;
      const db = path.join(root, '.aicmo', 'projects', 'alpha.db');
      const garbage = Buffer.from('this is not a database at all, just some bytes');
      await writeFile(db, garbage);
      assertErrorLine(await aicmo(['project', 'show', 'alpha'], { cwd: root }), 1, /alpha\.db/);
      assert.deepEqual(await readFile(db), garbage, 'the bad file is untouched');

      const r = await aicmo(['repair', '--json'], { cwd: root });
      assert.equal(r.code, 0, r.stderr);
      const report = JSON.parse(r.stdout) as { movedAside: Array<{ file: string }>; rebuilt: string[] };
      assert.deepEqual(
        report.movedAside.map((m) => m.file),
        ['.aicmo/projects/alpha.db'],
      );
      const shown = jsonOf(await aicmo(['project', 'show', 'alpha', '--json'], { cwd: root })) as Project;
      assert.equal(shown.id, p.id);
      assert.ok((await eventsIn(root)).some((e) => e.type === 'workspace.repaired'));
    });

    it('reports an unexpected error as one line, with the stack only under AICMO_DEBUG=1', async () => {
      const notADir = path.join(root, 'file.txt');
      await writeFile(notADir, 'x');
      const r = await aicmo(['--workspace', notADir, 'project', 'add', ...ADD.slice(2), '--name', 'X'], { cwd: root });
      assertErrorLine(r, 1, /ENOTDIR|not a directory/);
      const debug = await aicmo(['--workspace', notADir, 'project', 'add', ...ADD.slice(2), '--name', 'X'], { cwd: root, env: { AICMO_DEBUG: '1' } });
      assert.equal(debug.code, 1);
      assert.match(debug.stderr, /^aicmo: .*\n.*Error.*\n\s+at /);
    });
  });
});
