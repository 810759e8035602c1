// The event log arrives through the repo: a huge line, a bad timestamp or a garbled line is
// skipped and reported (file and line), never fatal and never shown as a fact. The writer never
// writes a line the reader would skip.
import assert from 'node:assert/strict';
import { appendFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EventLog, type EventFilter, type LearningEvent, type SkippedLine } from '../../../src/orchestrator/events';
import { MAX_EVENT_LINE_BYTES, readLineChunks, type OversizedLine } from '../../../src/orchestrator/events/readLines';

async function collect(log: EventLog, filter: EventFilter = {}, skipped: SkippedLine[] = []): Promise<LearningEvent[]> {
  const out: LearningEvent[] = [];
  for await (const e of log.query(filter, { onSkipped: (s) => skipped.push(s) })) out.push(e);
  return out;
}

const line = (id: string, ts: string, type = 'creative.approved', data: Record<string, unknown> = { channel: 'meta', angle: 'benefit-led' }) =>
  JSON.stringify({ v: 1, id, ts, type, project: 'p_1', actor: 'dana', data });

describe('EventLog: untrusted lines', () => {
  let root: string;
  let aicmo: string;
  let file: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'aicmo-events-'));
    aicmo = path.join(root, '.aicmo');
    file = path.join(aicmo, 'events', '2026-11.jsonl');
    await mkdir(path.dirname(file), { recursive: true });
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('skips and reports a line longer than the cap, and reads the lines around it with their numbers', async () => {
    const huge = line('e_huge', '2026-11-02T00:00:00.000Z', 'creative.approved', { note: 'x'.repeat(3 * MAX_EVENT_LINE_BYTES) });
    await writeFile(file, [line('e_1', '2026-11-01T00:00:00.000Z'), huge, line('e_3', '2026-11-03T00:00:00.000Z'), ''].join('\n'));
    const skipped: SkippedLine[] = [];
    assert.deepEqual((await collect(new EventLog(aicmo), {}, skipped)).map((e) => e.id), ['e_1', 'e_3']);
    assert.deepEqual(skipped, [{ file, line: 2, reason: `longer than the ${MAX_EVENT_LINE_BYTES.toLocaleString('en')} bytes an event line may have (${Buffer.byteLength(huge).toLocaleString('en')} bytes); skipped` }]);
    // The same with a project filter (lines jumped by their text), and for the latest few.
    const again: SkippedLine[] = [];
    assert.deepEqual((await collect(new EventLog(aicmo), { project: 'p_1', limit: 5, keep: 'latest' }, again)).map((e) => e.id), ['e_1', 'e_3']);
    assert.deepEqual(again.map((s) => s.line), [2]);
  });

  it('reports a huge torn last line as torn, and reads a line just under the cap', async () => {
    const big = line('e_big', '2026-11-01T00:00:00.000Z', 'creative.approved', { note: 'y'.repeat(MAX_EVENT_LINE_BYTES - 200) });
    assert.ok(Buffer.byteLength(big) <= MAX_EVENT_LINE_BYTES);
    await writeFile(file, `${big}\n${'{"v":1,"note":"'}${'z'.repeat(2 * MAX_EVENT_LINE_BYTES)}`);
    const skipped: SkippedLine[] = [];
    assert.deepEqual((await collect(new EventLog(aicmo), {}, skipped)).map((e) => e.id), ['e_big']);
    assert.equal(skipped.length, 1);
    assert.equal(skipped[0]!.line, 2);
    assert.match(skipped[0]!.reason, /^torn last line \(longer than the 1,048,576 bytes an event line may have/);
  });

  it('never holds more than a chunk and the cap of one line, whatever the line length', async () => {
    await writeFile(file, `a\n${'b'.repeat(50_000)}\nc\n${'d'.repeat(999)}\ne`);
    const oversized: OversizedLine[] = [];
    const seen: { firstLine: number; bytes: number; text: string }[] = [];
    for await (const chunk of readLineChunks(file, { chunkBytes: 64, maxLineBytes: 1000, onOversized: (o) => oversized.push(o) })) {
      assert.ok(chunk.data.length <= 64 + 1000, `a chunk of ${chunk.data.length} bytes`);
      seen.push({ firstLine: chunk.firstLine, bytes: chunk.data.length, text: chunk.data.toString() });
    }
    assert.deepEqual(oversized, [{ line: 2, bytes: 50_000, terminated: true }]);
    const lines = seen.flatMap((c) => c.text.split('\n').filter((t, i, all) => i < all.length - 1 || !c.text.endsWith('\n')).map((t, i) => [c.firstLine + i, t.length]));
    assert.deepEqual(lines, [[1, 1], [3, 1], [4, 999], [5, 1]]);
  });

  it('skips and reports an event whose ts is not an ISO 8601 UTC time', async () => {
    const bad = ['garbage', '2026-13-01T00:00:00.000Z', '2026-02-30T10:00:00Z', '2026-11-24', '2026-11-24T10:00:00+01:00', '2026-11-24 10:00:00Z'];
    await writeFile(file, [...bad.map((ts, i) => line(`e_bad${i}`, ts)), line('e_ok1', '2026-11-24T10:00:00Z'), line('e_ok2', '2026-11-24T10:00:00.123Z'), ''].join('\n'));
    const skipped: SkippedLine[] = [];
    assert.deepEqual((await collect(new EventLog(aicmo), {}, skipped)).map((e) => e.id), ['e_ok1', 'e_ok2']);
    assert.deepEqual(skipped.map((s) => s.line), [1, 2, 3, 4, 5, 6]);
    for (const s of skipped) assert.match(s.reason, /^"ts" is not an ISO 8601 UTC time \(e\.g\. 2026-11-24T10:15:00\.000Z\)$/);
  });

  it('refuses to append an event longer than a line may be, writing nothing', async () => {
    const log = new EventLog(aicmo);
    await assert.rejects(log.append({ type: 'strategy.rejected', project: 'p_1', actor: 'dana', data: { reason: 'r'.repeat(MAX_EVENT_LINE_BYTES) } }), (e: Error) => {
      assert.match(e.message, /^This strategy\.rejected event would take [\d,]+ bytes, more than the 1,048,576 an event line may have; it was not written\.$/);
      return true;
    });
    assert.deepEqual(await collect(log), []);
  });

  it('filters on several types (exact or prefix) in one pass', async () => {
    await appendFile(file, [line('e_1', '2026-11-01T00:00:00.000Z', 'creative.approved'), line('e_2', '2026-11-01T00:00:01.000Z', 'task.completed'), line('e_3', '2026-11-01T00:00:02.000Z', 'flow.completed'), line('e_4', '2026-11-01T00:00:03.000Z', 'strategy.rejected'), ''].join('\n'));
    const log = new EventLog(aicmo);
    assert.deepEqual((await collect(log, { types: ['creative.', 'task.completed', 'strategy.rejected'] })).map((e) => e.id), ['e_1', 'e_2', 'e_4']);
    assert.deepEqual((await collect(log, { types: ['task.completed'], project: 'p_1' })).map((e) => e.id), ['e_2']);
    assert.deepEqual((await collect(log, { types: [] })).map((e) => e.id), []);
  });
});
