// Learning-event log costs:
//  - append throughput (one event per call, awaited; and 16 appends in flight at once);
//  - scan time over 1,000,000 events in one month file: a project + type-prefix query, a
//    query of every event (each line parsed and checked), a two-day time range, and "latest 50 of a project" — each beside the floor,
//    a plain readline loop that JSON.parses every line of the same file;
//  - one huge line (BENCH_HUGE_LINE_MB, default 100 MB) among 2,000 events: the latest 3 events
//    (`aicmo events --limit 3`) and Kaizen's insights (`aicmo kaizen insights`), with the
//    process's peak RSS — the line is skipped and reported, never assembled.
// Prints JSON lines {bench, metric, value, unit, ...}. BENCH_EVENTS overrides 1,000,000.
import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { EventLog } from '../src/orchestrator/events';
import { newId } from '../src/orchestrator/domain/ids';
import { deriveInsights } from '../src/orchestrator/kaizen/insights';
import { openAicmoWorkspace as openWorkspace } from '../src/orchestrator/services/openAicmoWorkspace';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const HUGE_LINE_MB = Number(process.env.BENCH_HUGE_LINE_MB ?? 100);
const APPENDS = 3_000;
const PROJECTS = 200;
const TYPES = ['project.updated', 'creative.approved', 'creative.rejected', 'creative.changes_requested', 'strategy.approved', 'metrics.imported', 'task.completed', 'flow.completed', 'subsystem.failed', 'kaizen.applied'];

const emit = (metric: string, value: number, unit: string, extra: Record<string, unknown> = {}) =>
  console.log(JSON.stringify({ bench: 'events', metric, value: Math.round(value * 100) / 100, unit, ...extra }));

const rssMb = () => Math.round(process.memoryUsage().rss / 1e6);

async function appendThroughput(aicmoDir: string): Promise<void> {
  const log = new EventLog(aicmoDir);
  const data = { slug: 'northpeak-winter-trail-boot-launch', channel: 'meta', angle: 'waterproof guarantee', reason: 'headline too long for the placement' };
  let t = performance.now();
  for (let i = 0; i < APPENDS; i++) await log.append({ type: 'creative.rejected', project: 'p_bench', actor: 'bench', data });
  let ms = performance.now() - t;
  emit('append_sequential', (APPENDS / ms) * 1000, 'events/s', { events: APPENDS, perEventMs: Math.round((ms / APPENDS) * 1000) / 1000 });

  t = performance.now();
  const inFlight: Promise<unknown>[] = [];
  for (let i = 0; i < APPENDS; i++) {
    inFlight.push(log.append({ type: 'creative.approved', project: 'p_bench', actor: 'bench', data }));
    if (inFlight.length >= 16) await Promise.all(inFlight.splice(0));
  }
  await Promise.all(inFlight);
  ms = performance.now() - t;
  emit('append_16_in_flight', (APPENDS / ms) * 1000, 'events/s', { events: APPENDS });
}

/** A month file of `EVENTS` realistic lines, written directly (as a year of a busy agency would). */
async function writeBigLog(aicmoDir: string): Promise<string> {
  const dir = path.join(aicmoDir, 'events');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, '2026-11.jsonl');
  const out = createWriteStream(file);
  const start = Date.UTC(2026, 10, 1);
  let buf = '';
  for (let i = 0; i < EVENTS; i++) {
    const ms = start + Math.floor((i / EVENTS) * 29 * 86_400_000);
    const event = {
      v: 1,
      id: newId('e_', ms),
      ts: new Date(ms).toISOString(),
      type: TYPES[i % TYPES.length],
      project: `p_${String(((i * 2654435761) >>> 0) % PROJECTS).padStart(4, '0')}`,
      actor: i % 3 === 0 ? 'dana' : 'ci',
      data: { version: i % 5, channel: ['meta', 'google', 'linkedin'][i % 3], note: 'angle: outdoor durability' },
    };
    buf += JSON.stringify(event) + '\n';
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise<void>((r) => out.once('drain', () => r()));
      buf = '';
    }
  }
  out.end(buf);
  await new Promise<void>((r) => out.once('finish', () => r()));
  return file;
}

/** A month file of 1,000 events, one line of HUGE_LINE_MB (a garbage note in a JSON event), 1,000 more. */
async function writeHugeLineLog(aicmoDir: string): Promise<string> {
  const dir = path.join(aicmoDir, 'events');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, '2026-11.jsonl');
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await new Promise<void>((r) => out.once('drain', () => r()));
  };
  const event = (i: number) => JSON.stringify({ v: 1, id: newId('e_', Date.UTC(2026, 10, 1) + i * 1000), ts: new Date(Date.UTC(2026, 10, 1) + i * 1000).toISOString(), type: TYPES[i % TYPES.length], project: 'p_0001', actor: 'dana', data: { channel: 'meta', angle: 'benefit-led', template: 'copy', estimatedHours: 2, actualHours: 3, reason: 'too generic' } }) + '\n';
  for (let i = 0; i < 1000; i++) await write(event(i));
  await write('{"v":1,"id":"e_HUGE","ts":"2026-11-15T00:00:00.000Z","type":"creative.rejected","project":"p_0001","actor":"x","data":{"note":"');
  const mb = 'x'.repeat(1 << 20);
  for (let i = 0; i < HUGE_LINE_MB; i++) await write(mb);
  await write('"}}\n');
  for (let i = 1000; i < 2000; i++) await write(event(i));
  out.end();
  await new Promise<void>((r) => out.once('finish', () => r()));
  return file;
}

/** Samples RSS every few ms while `fn` runs; the highest reading, in MB (above what was there before). */
async function peakRssMb<T>(fn: () => Promise<T>): Promise<{ result: T; peakMb: number; baseMb: number }> {
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
  try {
    const result = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakMb: Math.round(peak / 1e6), baseMb: Math.round(base / 1e6) };
  } finally {
    clearInterval(timer);
  }
}

async function hugeLine(root: string): Promise<void> {
  const workspace = path.join(root, 'huge');
  const aicmoDir = path.join(workspace, '.aicmo');
  const file = await writeHugeLineLog(aicmoDir);
  const log = new EventLog(aicmoDir);
  const extra = { lineMb: HUGE_LINE_MB, fileMb: Math.round(statSync(file).size / 1e6), events: 2000 };
  (globalThis as { gc?: () => void }).gc?.();
  let skipped = 0;
  let t = performance.now();
  let c = process.cpuUsage();
  let matched = 0;
  const latest = await peakRssMb(async () => {
    for await (const _e of log.query({ limit: 3, keep: 'latest' }, { onSkipped: () => skipped++ })) matched++;
  });
  emit('huge_line_latest_3', performance.now() - t, 'ms', { ...extra, cpuMs: cpuMs(c), matched, skipped, rssBeforeMb: latest.baseMb, rssPeakMb: latest.peakMb });

  const store = await openWorkspace(workspace, { create: true });
  try {
    (globalThis as { gc?: () => void }).gc?.();
    t = performance.now();
    c = process.cpuUsage();
    const { result: report, baseMb, peakMb } = await peakRssMb(() => deriveInsights(store) /* reads the same log files as `log` */);
    emit('huge_line_kaizen_insights', performance.now() - t, 'ms', { ...extra, cpuMs: cpuMs(c), insights: report.insights.length, skipped: report.skipped?.length, rssBeforeMb: baseMb, rssPeakMb: peakMb });
  } finally {
    store.close();
  }
}

/** CPU milliseconds (user + system) since `start`: steadier than wall time on a shared machine. */
const cpuMs = (start: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(start);
  return Math.round((d.user + d.system) / 100) / 10;
};

async function floor(file: string): Promise<{ ms: number; cpu: number; parsed: number }> {
  const t = performance.now();
  const c = process.cpuUsage();
  let parsed = 0;
  const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of rl) {
    if (line === '') continue;
    JSON.parse(line);
    parsed++;
  }
  return { ms: performance.now() - t, cpu: cpuMs(c), parsed };
}

async function timeQuery(log: EventLog, filter: Parameters<EventLog['query']>[0]): Promise<{ ms: number; cpu: number; matched: number }> {
  const t = performance.now();
  const c = process.cpuUsage();
  let matched = 0;
  for await (const _e of log.query(filter)) matched++;
  return { ms: performance.now() - t, cpu: cpuMs(c), matched };
}

async function main(): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), 'aicmo-bench-events-'));
  try {
    await appendThroughput(path.join(root, 'append', '.aicmo'));
    await hugeLine(root); // before the big log, so the peak RSS is this case's

    const aicmoDir = path.join(root, 'scan', '.aicmo');
    const file = await writeBigLog(aicmoDir);
    const mb = statSync(file).size / 1e6;
    const log = new EventLog(aicmoDir);
    const extra = { events: EVENTS, fileMb: Math.round(mb) };

    // Warm the page cache once so every reading below starts from the same state.
    await floor(file);
    const f = await floor(file);
    emit('scan_floor_readline_json_parse', f.ms, 'ms', { ...extra, cpuMs: f.cpu, parsed: f.parsed, rssMb: rssMb() });

    const q1 = await timeQuery(log, { project: 'p_0042', type: 'creative.' });
    emit('scan_project_and_type_prefix', q1.ms, 'ms', { ...extra, cpuMs: q1.cpu, matched: q1.matched, vsFloor: Math.round((q1.ms / f.ms) * 100) / 100, cpuVsFloor: Math.round((q1.cpu / f.cpu) * 100) / 100, rssMb: rssMb() });

    const q0 = await timeQuery(log, {});
    emit('scan_all_every_line_parsed', q0.ms, 'ms', { ...extra, cpuMs: q0.cpu, matched: q0.matched, vsFloor: Math.round((q0.ms / f.ms) * 100) / 100, cpuVsFloor: Math.round((q0.cpu / f.cpu) * 100) / 100, rssMb: rssMb() });

    const q2 = await timeQuery(log, { since: '2026-11-10', until: '2026-11-12' });
    emit('scan_time_range_2_days', q2.ms, 'ms', { ...extra, cpuMs: q2.cpu, matched: q2.matched, vsFloor: Math.round((q2.ms / f.ms) * 100) / 100, cpuVsFloor: Math.round((q2.cpu / f.cpu) * 100) / 100, rssMb: rssMb() });

    const q3 = await timeQuery(log, { project: 'p_0042', limit: 50, keep: 'latest' });
    emit('scan_latest_50_of_project', q3.ms, 'ms', { ...extra, cpuMs: q3.cpu, matched: q3.matched, vsFloor: Math.round((q3.ms / f.ms) * 100) / 100, cpuVsFloor: Math.round((q3.cpu / f.cpu) * 100) / 100, rssMb: rssMb() });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
