import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AicmoError } from '../../../src/orchestrator/domain/errors';
import { EventLog, type EventFilter, type LearningEvent, type SkippedLine } from '../../../src/orchestrator/events';
import { readLines } from '../../../src/orchestrator/events/readLines';

const fixtures = path.join(__dirname, 'fixtures');

async function collect(log: EventLog, filter: EventFilter = {}, skipped: SkippedLine[] = []): Promise<LearningEvent[]> {
  const out: LearningEvent[] = [];
  for await (const e of log.query(filter, { onSkipped: (s) => skipped.push(s) })) out.push(e);
  return out;
}

/** A log whose clock reads the given ISO times in turn. */
function logAt(aicmoDir: string, times: string[]): EventLog {
  let i = 0;
  return new EventLog(aicmoDir, { now: () => new Date(times[Math.min(i++, times.length - 1)]!) });
}

function runNode(args: string[], nodeOptions: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeOptions, '--import', 'tsx', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('EventLog', () => {
  let root: string;
  let aicmo: string;

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'aicmo-events-'));
    aicmo = path.join(root, '.aicmo');
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('writes one JSON line per event in the month file and reads the same events back', async () => {
    const log = logAt(aicmo, ['2026-11-24T10:00:00.000Z', '2026-11-24T10:00:01.000Z']);
    const a = await log.append({ type: 'project.created', project: 'p_1', actor: 'dana', data: { slug: 'acme', name: 'Acme "Q1" — ünïcode' } });
    const b = await log.append({ type: 'workspace.initialized', actor: 'ci' });

    assert.deepEqual(await readdir(path.join(aicmo, 'events')), ['2026-11.jsonl']);
    const text = await readFile(path.join(aicmo, 'events', '2026-11.jsonl'), 'utf8');
    const lines = text.split('\n');
    assert.equal(lines.length, 3, 'two lines and a final newline');
    assert.equal(lines[2], '');
    assert.deepEqual(JSON.parse(lines[0]!), a);

    assert.equal(a.v, 1);
    assert.match(a.id, /^e_[0-9A-Z]{26}$/);
    assert.equal(a.ts, '2026-11-24T10:00:00.000Z');
    assert.equal(b.project, null);
    assert.deepEqual(b.data, {});
    assert.ok(a.id < b.id, 'ids sort by time');
    assert.deepEqual(await collect(log), [a, b]);
  });

  it('refuses an unknown event type and a missing actor, writing nothing', async () => {
    const log = new EventLog(aicmo);
    await assert.rejects(
      log.append({ type: 'made.up' as never, actor: 'dana' }),
      (e: unknown) => e instanceof AicmoError && e.field === 'type' && /made\.up/.test(e.message),
    );
    await assert.rejects(log.append({ type: 'project.created', actor: '  ' }), (e: unknown) => e instanceof AicmoError && e.field === 'actor');
    assert.deepEqual(await collect(log), []);
  });

  it('skips and reports a torn last line, and the next append is not glued to it', async () => {
    const log = logAt(aicmo, ['2026-11-01T00:00:00.000Z', '2026-11-02T00:00:00.000Z']);
    const first = await log.append({ type: 'project.created', project: 'p_1', actor: 'dana' });
    const file = path.join(aicmo, 'events', '2026-11.jsonl');
    // A crash mid-append: half a line, no newline.
    await appendFile(file, '{"v":1,"id":"e_01TORN","ts":"2026-11-01T00:00:00.5');

    const skipped: SkippedLine[] = [];
    assert.deepEqual(await collect(log, {}, skipped), [first]);
    assert.equal(skipped.length, 1);
    assert.equal(skipped[0]!.file, file);
    assert.equal(skipped[0]!.line, 2);
    assert.match(skipped[0]!.reason, /torn last line/);

    const second = await log.append({ type: 'project.updated', project: 'p_1', actor: 'dana', data: { changes: { name: 'x' } } });
    const skippedAfter: SkippedLine[] = [];
    assert.deepEqual(await collect(log, {}, skippedAfter), [first, second]);
    assert.deepEqual(
      skippedAfter.map((s) => s.line),
      [2],
      'the torn fragment stays alone on line 2',
    );
    assert.match(skippedAfter[0]!.reason, /not valid JSON/);
  });

  it('reports lines that are not events (bad JSON, newer format, missing fields) and keeps reading', async () => {
    const log = logAt(aicmo, ['2026-10-05T00:00:00.000Z']);
    const good = await log.append({ type: 'task.completed', project: 'p_1', actor: 'dana' });
    const file = path.join(aicmo, 'events', '2026-10.jsonl');
    await appendFile(file, ['<<<<<<< HEAD', '{"v":2,"id":"e_2","ts":"2026-10-05T00:00:00.000Z","type":"x.y","project":null,"actor":"a","data":{}}', '{"v":1,"ts":"2026-10-05T00:00:00.000Z"}', '', '[1,2]', ''].join('\n'));
    const skipped: SkippedLine[] = [];
    assert.deepEqual(await collect(log, {}, skipped), [good]);
    assert.deepEqual(
      skipped.map((s) => [s.line, s.reason]),
      [
        [2, 'not valid JSON'],
        [3, 'event format version 2 is not supported (this AICMO reads version 1)'],
        [4, 'missing or empty "id"'],
        [6, 'not a JSON object'],
      ],
    );
  });

  it('filters by project, exact type, type prefix, time range and limit across month files', async () => {
    const times = [
      '2026-09-30T23:59:59.000Z', // 0
      '2026-10-01T00:00:00.000Z', // 1
      '2026-10-15T12:00:00.000Z', // 2
      '2026-11-01T08:00:00.000Z', // 3
      '2026-11-20T08:00:00.000Z', // 4
      '2026-12-02T08:00:00.000Z', // 5
    ];
    const log = logAt(aicmo, times);
    const spec: Array<[NewType, string]> = [
      ['creative.approved', 'p_a'],
      ['creative.rejected', 'p_b'],
      ['strategy.approved', 'p_a'],
      ['creative.rejected', 'p_a'],
      ['metrics.imported', 'p_b'],
      ['creative.approved', 'p_a'],
    ];
    const all: LearningEvent[] = [];
    for (const [type, project] of spec) all.push(await log.append({ type, project, actor: 'dana', data: { n: all.length } }));
    assert.deepEqual((await readdir(path.join(aicmo, 'events'))).sort(), ['2026-09.jsonl', '2026-10.jsonl', '2026-11.jsonl', '2026-12.jsonl']);

    const ns = async (f: EventFilter) => (await collect(log, f)).map((e) => e.data.n);
    assert.deepEqual(await ns({}), [0, 1, 2, 3, 4, 5]);
    assert.deepEqual(await ns({ project: 'p_a' }), [0, 2, 3, 5]);
    assert.deepEqual(await ns({ type: 'creative.rejected' }), [1, 3]);
    assert.deepEqual(await ns({ type: 'creative.' }), [0, 1, 3, 5]);
    assert.deepEqual(await ns({ type: 'creative' }), [], 'a type without a trailing dot is exact');
    assert.deepEqual(await ns({ project: 'p_a', type: 'creative.' }), [0, 3, 5]);
    assert.deepEqual(await ns({ since: '2026-10-01' }), [1, 2, 3, 4, 5], 'since is inclusive');
    assert.deepEqual(await ns({ until: '2026-11-01T08:00:00Z' }), [0, 1, 2], 'until is exclusive');
    assert.deepEqual(await ns({ since: new Date('2026-10-02'), until: '2026-11-30' }), [2, 3, 4]);
    assert.deepEqual(await ns({ since: '2026-10-15T14:00:00+02:00' }), [2, 3, 4, 5], 'offsets are honoured');
    assert.deepEqual(await ns({ limit: 2 }), [0, 1]);
    assert.deepEqual(await ns({ limit: 2, keep: 'latest' }), [4, 5]);
    assert.deepEqual(await ns({ limit: 3, keep: 'latest', project: 'p_a' }), [2, 3, 5], 'latest spans month files, oldest first');
    assert.deepEqual(await ns({ limit: 10, keep: 'latest', type: 'creative.' }), [0, 1, 3, 5]);
    assert.deepEqual(await ns({ limit: 0 }), []);
    assert.deepEqual(await ns({ project: 'p_none' }), []);
  });

  it('finds events written in another key order or with spaces (hand-edited, other tools)', async () => {
    const file = path.join(aicmo, 'events', '2026-11.jsonl');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(
      file,
      [
        '{ "data": {"ts": "1999-01-01T00:00:00.000Z"}, "type": "creative.rejected", "ts": "2026-11-05T10:00:00.000Z", "project": "p_x", "actor": "ann", "id": "e_1", "v": 1 }',
        '{"v":1,"id":"e_2","ts":"2026-11-06T10:00:00.000Z","type":"creative.approved","project":"p_y","actor":"ann","data":{}}',
        '',
      ].join('\n'),
    );
    const log = new EventLog(aicmo);
    const ids = async (f: EventFilter) => (await collect(log, f)).map((e) => e.id);
    assert.deepEqual(await ids({ since: '2026-11-05T00:00:00Z', until: '2026-11-06T00:00:00Z' }), ['e_1']);
    assert.deepEqual(await ids({ project: 'p_x', type: 'creative.' }), ['e_1']);
    assert.deepEqual(await ids({ since: '2026-11-06T00:00:00Z' }), ['e_2']);
  });

  it('names the field of a bad filter', async () => {
    const log = new EventLog(aicmo);
    await assert.rejects(collect(log, { since: 'last tuesday' }), (e: unknown) => e instanceof AicmoError && e.field === 'since' && /last tuesday/.test(e.message));
    await assert.rejects(collect(log, { since: '2026-11-02', until: '2026-11-01' }), (e: unknown) => e instanceof AicmoError && e.field === 'until');
    await assert.rejects(collect(log, { limit: -1 }), (e: unknown) => e instanceof AicmoError && e.field === 'limit');
  });

  it('reads an empty or absent log as no events', async () => {
    const log = new EventLog(aicmo);
    assert.deepEqual(await collect(log), []);
    assert.deepEqual(await log.files(), []);
  });

  it('keeps every event whole when several processes append at once', async function () {
    this.timeout(60_000);
    const writers = ['a', 'b', 'c', 'd'];
    const perWriter = 250;
    const results = await Promise.all(writers.map((w) => runNode([path.join(fixtures, 'appendMany.ts'), aicmo, w, String(perWriter)])));
    for (const r of results) assert.equal(r.code, 0, r.stderr);

    const files = await readdir(path.join(aicmo, 'events'));
    let lines: string[] = [];
    for (const f of files) lines = lines.concat((await readFile(path.join(aicmo, 'events', f), 'utf8')).split('\n').filter((l) => l !== ''));
    assert.equal(lines.length, writers.length * perWriter);
    const seen = new Map<string, Set<number>>();
    const ids = new Set<string>();
    for (const line of lines) {
      const e = JSON.parse(line) as LearningEvent; // throws on an interleaved line
      ids.add(e.id);
      const w = e.data.writer as string;
      if (!seen.has(w)) seen.set(w, new Set());
      seen.get(w)!.add(e.data.seq as number);
    }
    assert.equal(ids.size, lines.length, 'ids are unique');
    for (const w of writers) assert.equal(seen.get(w)?.size, perWriter, `all of writer ${w}'s events`);

    const skipped: SkippedLine[] = [];
    assert.equal((await collect(new EventLog(aicmo), {}, skipped)).length, writers.length * perWriter);
    assert.deepEqual(skipped, []);
  });

  it('streams a file far larger than a small heap when a query keeps only the latest few', async function () {
    this.timeout(120_000);
    // 400,000 events (~80 MB of text): a reader that loaded the file or kept every event would
    // exceed the child's 40 MB heap and crash.
    const total = 400_000;
    const file = path.join(aicmo, 'events', '2026-11.jsonl');
    await mkdir(path.dirname(file), { recursive: true });
    const out = createWriteStream(file);
    const payload = 'y'.repeat(80);
    let buf = '';
    for (let i = 0; i < total; i++) {
      const project = i % 4 === 0 ? 'p_target' : `p_other${i % 7}`;
      const type = i % 3 === 0 ? 'metrics.imported' : 'creative.approved';
      buf += `{"v":1,"id":"e_${String(i).padStart(26, '0')}","ts":"2026-11-01T00:00:00.000Z","type":"${type}","project":"${project}","actor":"bench","data":{"seq":${i},"note":"${payload}"}}\n`;
      if (buf.length > 1 << 20) {
        if (!out.write(buf)) await new Promise<void>((r) => out.once('drain', () => r()));
        buf = '';
      }
    }
    out.end(buf);
    await new Promise<void>((r) => out.once('finish', () => r()));

    const r = await runNode([path.join(fixtures, 'queryLatest.ts'), aicmo, 'p_target', '5'], ['--max-old-space-size=40']);
    assert.equal(r.code, 0, r.stderr.slice(0, 2000));
    const result = JSON.parse(r.stdout) as { seqs: number[]; skipped: number; all: number };
    // Matches are multiples of 12 (i % 4 === 0 and i % 3 === 0); the last five below 400,000.
    assert.deepEqual(result.seqs, [399_948, 399_960, 399_972, 399_984, 399_996]);
    assert.equal(result.skipped, 0);
    assert.equal(result.all, total);
  });
});

type NewType = Parameters<EventLog['append']>[0]['type'];

describe('readLines', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'aicmo-lines-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('splits lines correctly when they straddle chunk boundaries, multi-byte characters included', async () => {
    const lines = ['short', 'é'.repeat(50), '', 'ünïcødé ✓ '.repeat(7), 'last'];
    const file = path.join(root, 'f.txt');
    await writeFile(file, lines.join('\n'));
    const got = [];
    for await (const l of readLines(file, { chunkBytes: 7 })) got.push(l);
    assert.deepEqual(
      got.map((l) => l.text),
      lines,
    );
    assert.deepEqual(
      got.map((l) => l.line),
      [1, 2, 3, 4, 5],
    );
    assert.deepEqual(
      got.map((l) => l.terminated),
      [true, true, true, true, false],
    );
  });
});
