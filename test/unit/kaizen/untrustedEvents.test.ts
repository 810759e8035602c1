// Kaizen reads the event log, which arrives through the repo: unusable lines (a bad timestamp,
// a huge line) are left out and reported with the insights, never shown as evidence; and the
// log is read once per derivation, not once per event type.
import assert from 'node:assert/strict';
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { EventLog, type EventFilter, type QueryOptions } from '../../../src/orchestrator/events';
import { MAX_EVENT_LINE_BYTES } from '../../../src/orchestrator/events/readLines';
import { deriveInsights } from '../../../src/orchestrator/kaizen/insights';
import { insightsOfKind } from '../../../src/orchestrator/kaizen/types';
import { workspaceWithProject, type Fixture } from '../flow/helpers';

describe('Kaizen insights over an untrusted event log', () => {
  let f: Fixture;
  beforeEach(async () => (f = await workspaceWithProject()));
  afterEach(() => f.cleanup());

  it('a garbage ts is skipped and reported, never an insight window; a huge line is skipped too', async () => {
    const log = new EventLog(f.store.aicmoDir, { now: () => new Date('2026-11-05T10:00:00.000Z') });
    await log.append({ type: 'creative.approved', project: f.projectId, actor: 'Chris', data: { channel: 'meta', angle: 'benefit-led' } });
    const file = path.join(f.store.aicmoDir, 'events', '2026-11.jsonl');
    const forged = (ts: string, extra = '') => JSON.stringify({ v: 1, id: `e_${ts.length}`, ts, type: 'creative.rejected', project: f.projectId, actor: 'x', data: { channel: 'meta', angle: 'benefit-led', note: extra } });
    await appendFile(file, `${forged('garbage')}\n${forged('2026-11-06T00:00:00.000Z', 'n'.repeat(2 * MAX_EVENT_LINE_BYTES))}\n`);

    const report = await deriveInsights(f.store, { project: f.slug }); // the store reads the same log files
    const [angle] = insightsOfKind(report.insights, 'angle-approval');
    assert.deepEqual({ ...angle?.payload, scopes: undefined }, { channel: 'meta', angle: 'benefit-led', approved: 1, rejected: 0, copies: { approved: 1, rejected: 0 }, decisions: 1, scopes: undefined });
    assert.deepEqual(angle?.evidence.window, { from: '2026-11-05', to: '2026-11-05' });
    assert.deepEqual(report.skipped.map((s) => [path.relative(f.root, s.file), s.line]), [
      ['.aicmo/events/2026-11.jsonl', 2],
      ['.aicmo/events/2026-11.jsonl', 3],
    ]);
    assert.match(report.skipped[0]!.reason, /"ts" is not an ISO 8601 UTC time/);
    assert.match(report.skipped[1]!.reason, /longer than the 1,048,576 bytes an event line may have/);
  });

  it('reads the event log once, whatever the number of event types it learns from', async () => {
    let queries = 0;
    class CountingLog extends EventLog {
      override query(filter?: EventFilter, options?: QueryOptions) {
        queries++;
        return super.query(filter, options);
      }
    }
    const log = new CountingLog(f.store.aicmoDir);
    await log.append({ type: 'task.completed', project: f.projectId, actor: 'Chris', data: { template: 'creative-production', estimatedHours: 4, actualHours: 6 } });
    await log.append({ type: 'strategy.rejected', project: f.projectId, actor: 'Chris', data: { reason: 'Too generic.' } });
    // The store, reading its events through the counting log.
    const store = new Proxy(f.store, { get: (target, key) => (key === 'events' ? log : Reflect.get(target, key)) });
    const report = await deriveInsights(store);
    assert.equal(queries, 1);
    assert.equal(insightsOfKind(report.insights, 'estimate-accuracy').length, 1);
    assert.equal(insightsOfKind(report.insights, 'rejection-reason').length, 1);
  });
});
