import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LearningEvent } from '../../../src/orchestrator/events';
import type { ProjectSummary } from '../../../src/orchestrator/store/types';
import { aicmo, cliPath, ensureCliBuilt, jsonOf } from './runAicmo';
import { spawn } from 'node:child_process';

const addArgs = (name: string) => ['project', 'add', '--name', name, '--industry', 'Retail', '--goal', 'Sell more', '--goal-metric', 'sales', '--audience', 'Shoppers', '--budget', '1000', '--currency', 'USD'];

/** A shell loop of separate `aicmo project add` processes, one after another. */
function addLoop(root: string, writer: string, count: number): Promise<number | null> {
  const lines = Array.from({ length: count }, (_, i) => {
    const args = addArgs(`Writer ${writer} project ${i}`).map((a) => `'${a}'`).join(' ');
    return `"$NODE" "$CLI" ${args} --json >/dev/null || exit 1`;
  });
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', lines.join('\n')], { cwd: root, env: { ...process.env, NODE: process.execPath, CLI: cliPath, AICMO_ACTOR: `writer-${writer}` }, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', resolve);
  });
}

/** A shell loop of separate `aicmo …args` processes, one after another (`{i}` in an argument is the loop index). */
function commandLoop(root: string, writer: string, count: number, args: (i: number) => string[]): Promise<number | null> {
  const lines = Array.from({ length: count }, (_, i) => `"$NODE" "$CLI" ${args(i).map((a) => `'${a}'`).join(' ')} --json >/dev/null || exit 1`);
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', lines.join('\n')], { cwd: root, env: { ...process.env, NODE: process.execPath, CLI: cliPath, AICMO_ACTOR: `writer-${writer}` }, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', resolve);
  });
}

async function countEvents(root: string, type: string): Promise<number> {
  const dir = path.join(root, '.aicmo', 'events');
  let n = 0;
  for (const f of await readdir(dir)) for (const line of (await readFile(path.join(dir, f), 'utf8')).split('\n')) if (line && (JSON.parse(line) as LearningEvent).type === type) n++;
  return n;
}

describe('aicmo CLI: several writers at once', function () {
  this.timeout(600_000);
  let root: string;

  before(() => ensureCliBuilt());
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'aicmo-cli-conc-'));
    jsonOf(await aicmo(['init', '--json'], { cwd: root }));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('two processes each adding 200 projects at once (aicmo batch) lose none of the 400', async () => {
    const perWriter = 200;
    const files = await Promise.all(
      ['a', 'b'].map(async (w) => {
        const file = path.join(root, `${w}.jsonl`);
        await writeFile(file, Array.from({ length: perWriter }, (_, i) => JSON.stringify(addArgs(`Writer ${w} project ${i}`))).join('\n'));
        return file;
      }),
    );
    const results = await Promise.all(files.map((file, i) => aicmo(['batch', file, '--json'], { cwd: root, env: { AICMO_ACTOR: `writer-${i}` } })));
    for (const r of results) {
      assert.equal(r.code, 0, r.stderr);
      const doc = JSON.parse(r.stdout) as { ran: number; failed: number };
      assert.deepEqual([doc.ran, doc.failed], [perWriter, 0]);
    }
    const list = jsonOf(await aicmo(['project', 'list', '--json'], { cwd: root })) as ProjectSummary[];
    assert.equal(list.length, 2 * perWriter);
    assert.equal(new Set(list.map((p) => p.slug)).size, 2 * perWriter);
    for (const w of ['a', 'b']) for (let i = 0; i < perWriter; i++) assert.ok(list.some((p) => p.slug === `writer-${w}-project-${i}`), `writer ${w} project ${i}`);
    assert.equal(await countEvents(root, 'project.created'), 2 * perWriter);
  });

  it('two loops of separate aicmo processes adding projects at once lose none', async () => {
    const perWriter = 12;
    const codes = await Promise.all(['a', 'b'].map((w) => addLoop(root, w, perWriter)));
    assert.deepEqual(codes, [0, 0]);
    const list = jsonOf(await aicmo(['project', 'list', '--json'], { cwd: root })) as ProjectSummary[];
    assert.equal(list.length, 2 * perWriter);
    assert.equal(await countEvents(root, 'project.created'), 2 * perWriter);
  });

  it('three loops of `aicmo project update --kpi/--cap` at once lose no target and no cap (the merge happens under the lock)', async () => {
    jsonOf(await aicmo([...addArgs('Merged'), '--kpi', 'base=1', '--json'], { cwd: root }));
    const perWriter = 6;
    const channels = ['google_search', 'meta', 'linkedin', 'tiktok', 'youtube', 'email'];
    const codes = await Promise.all([
      commandLoop(root, 'a', perWriter, (i) => ['project', 'update', 'merged', '--kpi', `a${i}=${i + 1}`]),
      commandLoop(root, 'b', perWriter, (i) => ['project', 'update', 'merged', '--kpi', `b${i}=${i + 1}`]),
      commandLoop(root, 'c', perWriter, (i) => ['project', 'update', 'merged', '--cap', `${channels[i]}=10%`]),
    ]);
    assert.deepEqual(codes, [0, 0, 0]);
    const p = jsonOf(await aicmo(['project', 'show', 'merged', '--json'], { cwd: root })) as { kpiTargets: Record<string, number>; channelCaps?: Record<string, number> };
    const expected: Record<string, number> = { base: 1 };
    for (let i = 0; i < perWriter; i++) expected[`a${i}`] = expected[`b${i}`] = i + 1;
    assert.deepEqual(p.kpiTargets, expected, 'every KPI target set by every process is there');
    assert.deepEqual(p.channelCaps, Object.fromEntries(channels.map((c) => [c, 0.1])), 'every cap set by every process is there');
    assert.equal(await countEvents(root, 'project.updated'), 3 * perWriter, 'one event per update');
  });
});
