// A line appended twice counts once (readers skip an event id already seen in its file), and the
// outbox flush can ask which lines the log already holds as whole lines.
import assert from 'node:assert/strict';
import { appendFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EventLog, type EventFilter, type LearningEvent } from '../../../src/orchestrator/events';
import { SeenIds } from '../../../src/orchestrator/events/seenIds';

async function collect(log: EventLog, filter: EventFilter = {}): Promise<LearningEvent[]> {
  const out: LearningEvent[] = [];
  for await (const e of log.query(filter)) out.push(e);
  return out;
}

describe('EventLog: an event appended twice counts once', () => {
  let aicmo: string;
  let log: EventLog;
  beforeEach(async () => {
    aicmo = await mkdtemp(path.join(tmpdir(), 'aicmo-dupes-'));
    log = new EventLog(aicmo, { now: () => new Date('2026-11-05T10:00:00.000Z') });
  });
  afterEach(() => rm(aicmo, { recursive: true, force: true }));

  it('skips a repeated id in every kind of query (all, filtered, latest)', async () => {
    const a = log.stamp({ type: 'creative.approved', actor: 'Dana', project: 'p1', data: { angle: 'x' } });
    const b = log.stamp({ type: 'creative.rejected', actor: 'Dana', project: 'p1', data: { angle: 'y' } });
    for (const e of [a, b, a, b, a]) await log.appendLine({ ts: e.ts, line: JSON.stringify(e) });
    assert.deepEqual((await collect(log)).map((e) => e.id), [a.id, b.id]);
    assert.deepEqual((await collect(log, { type: 'creative.approved' })).map((e) => e.id), [a.id]);
    assert.deepEqual((await collect(log, { project: 'p1', limit: 5, keep: 'latest' })).map((e) => e.id), [a.id, b.id]);
    assert.deepEqual((await collect(log, { limit: 1, keep: 'latest' })).map((e) => e.id), [b.id], 'the latest distinct event');
  });

  it('knows which lines it holds whole: a torn copy does not count, in the tail or deep in a long file', async () => {
    const events = Array.from({ length: 3 }, (_, i) => log.stamp({ type: 'task.completed', actor: 'Dana', data: { i } }));
    const lines = events.map((e) => ({ ts: e.ts, line: JSON.stringify(e) }));
    const file = path.join(aicmo, 'events', '2026-11.jsonl');
    await mkdir(path.dirname(file), { recursive: true });
    // The first deep in the file (beyond the tail that is read first), the second torn at the end.
    const filler = Array.from({ length: 4000 }, (_, i) => JSON.stringify({ v: 1, id: `e_${String(i).padStart(26, '0')}`, ts: '2026-11-01T00:00:00.000Z', type: 'x', project: null, actor: 'f', data: { pad: 'z'.repeat(80) } })).join('\n');
    await writeFile(file, `${lines[0]!.line}\n${filler}\n${lines[1]!.line.slice(0, 40)}`);
    assert.deepEqual(await log.missing(lines), [lines[1], lines[2]]);
    await appendFile(file, `\n${lines[1]!.line}\n`);
    assert.deepEqual(await log.missing(lines), [lines[2]]);
    assert.deepEqual(await new EventLog(path.join(aicmo, 'none')).missing(lines), lines, 'no log yet: all missing');
  });
});

describe('SeenIds', () => {
  it('agrees with a Set over many ids, usual and odd shapes', () => {
    const seen = new SeenIds();
    const plain = new Set<string>();
    let s = 7;
    const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) % 50_000);
    for (let i = 0; i < 120_000; i++) {
      const n = next();
      const id = n % 10 === 0 ? `odd-${n}` : `e_${String(n).padStart(26, '0')}`;
      assert.equal(seen.add(id), !plain.has(id), id);
      plain.add(id);
    }
  });
});
