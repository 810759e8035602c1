// Following the event log (what onDidRecordEvent reports): only lines appended after start, each
// once; a torn last line waits for its end; a file that shrank is read again from its start.
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EventLog, EventTail } from '../../../src/orchestrator/events';

describe('EventTail', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'aicmo-tail-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reports the events appended since it started, each once, and waits for a torn line to end', async () => {
    const log = new EventLog(dir, { now: () => new Date('2026-11-20T10:00:00Z') });
    await log.append({ type: 'project.created', actor: 'dana', data: {} });
    const tail = new EventTail(dir);
    await tail.start();
    assert.deepEqual(await tail.read(), []);
    await log.append({ type: 'strategy.approved', actor: 'dana', data: { version: 1 } });
    assert.deepEqual((await tail.read()).map((e) => e.type), ['strategy.approved']);
    assert.deepEqual(await tail.read(), [], 'not twice');
    const file = path.join(dir, 'events', '2026-11.jsonl');
    const line = JSON.stringify({ v: 1, id: 'e_x', ts: '2026-11-20T10:01:00.000Z', type: 'creative.approved', project: null, actor: 'cli', data: {} });
    appendFileSync(file, line.slice(0, 20));
    assert.deepEqual(await tail.read(), [], 'half a line is not an event yet');
    appendFileSync(file, `${line.slice(20)}\n`);
    assert.deepEqual((await tail.read()).map((e) => e.type), ['creative.approved']);
    writeFileSync(file, `${line}\n`); // a checkout put back a shorter file
    assert.deepEqual((await tail.read()).map((e) => e.id), ['e_x']);
  });
});
