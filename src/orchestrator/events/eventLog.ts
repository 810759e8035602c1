// The learning-event log of one workspace: `.aicmo/events/YYYY-MM.jsonl`, append-only, one
// event per line. Appends are whole lines (safe across processes); reads stream the files,
// tolerate a torn last line, skip lines longer than MAX_EVENT_LINE_BYTES without assembling them,
// and report every line they skip.
import path from 'node:path';
import { AicmoError } from '../domain/errors';
import { newId } from '../domain/ids';
import { makeFolders } from '../store/pathGuard';
import { appendLine } from './appendLine';
import { compileFilter, type CompiledFilter } from './eventFilter';
import { filesInRange, listEventFiles, monthFileName, type EventFile } from './eventFiles';
import { linesMissing, type LogLine } from './findLines';
import { parseEventLine } from './parseEvent';
import { SeenIds } from './seenIds';
import { countNewlines, MAX_EVENT_LINE_BYTES, NEWLINE, readLineChunks, type LineChunk, type OversizedLine } from './readLines';
import { KNOWN_EVENT_TYPES, type EventFilter, type LearningEvent, type NewEvent, type QueryOptions } from './types';

const knownTypes = new Set<string>(KNOWN_EVENT_TYPES);

export interface EventLogOptions {
  /** The clock (tests pin it to write into a given month). */
  now?: () => Date;
}

/**
 * The event and its line as `append` writes them, refused with one sentence when its type is not
 * known, it has no actor, or the line would be longer than a reader keeps (the reader skips such a
 * line, so it is never written). Store transactions check their events with this when they are
 * recorded, so a bad event aborts the write instead of being lost after the save.
 */
export function eventLine(input: NewEvent, now: Date): { event: LearningEvent; line: string } {
  if (!knownTypes.has(input.type)) {
    throw new AicmoError('invalid-input', `"${String(input.type)}" is not a known event type (add it to KNOWN_EVENT_TYPES in events/types.ts).`, { field: 'type' });
  }
  if (typeof input.actor !== 'string' || input.actor.trim() === '') {
    throw new AicmoError('invalid-input', 'An event needs an actor (who did it).', { field: 'actor' });
  }
  const event: LearningEvent = {
    v: 1,
    id: newId('e_', now.getTime()),
    ts: now.toISOString(),
    type: input.type,
    project: input.project ?? null,
    actor: input.actor.trim(),
    data: input.data ?? {},
  };
  const line = JSON.stringify(event);
  const bytes = Buffer.byteLength(line);
  if (bytes > MAX_EVENT_LINE_BYTES) {
    throw new AicmoError('invalid-input', `This ${event.type} event would take ${bytes.toLocaleString('en')} bytes, more than the ${MAX_EVENT_LINE_BYTES.toLocaleString('en')} an event line may have; it was not written.`, { field: 'data' });
  }
  return { event, line };
}

export class EventLog {
  /** The `.aicmo/events` folder. */
  readonly dir: string;
  private readonly now: () => Date;
  private dirReady = false;

  /** `aicmoDir` is the workspace's `.aicmo` folder; it is created by the first append. */
  constructor(aicmoDir: string, options: EventLogOptions = {}) {
    this.dir = path.join(aicmoDir, 'events');
    this.now = options.now ?? (() => new Date());
  }

  /** Writes one event as one line of the current month's file and returns it. */
  async append(input: NewEvent): Promise<LearningEvent> {
    const event = this.stamp(input);
    await this.appendLine({ ts: event.ts, line: JSON.stringify(event) });
    return event;
  }

  /** The event as it will be written: checked (eventLine), with its id and time (the store keeps it in its outbox first). */
  stamp(input: NewEvent): LearningEvent {
    return eventLine(input, this.now()).event;
  }

  /** Appends one line exactly as given to the month file of `ts`. */
  async appendLine({ ts, line }: LogLine): Promise<void> {
    const file = path.join(this.dir, monthFileName(ts));
    if (!this.dirReady) {
      makeFolders(this.dir);
      this.dirReady = true;
    }
    try {
      await appendLine(file, line);
    } catch (e) {
      // The folder was removed since (a fresh checkout, a cleanup): make it again, once.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      makeFolders(this.dir);
      await appendLine(file, line);
    }
  }

  /** Those of `lines` that are not yet whole lines of the log (what an outbox flush still has to append). */
  missing(lines: readonly LogLine[]): Promise<LogLine[]> {
    return linesMissing(this.dir, lines);
  }

  /** The month files, oldest first. */
  async files(): Promise<string[]> {
    return (await listEventFiles(this.dir)).map((f) => f.path);
  }

  /**
   * The events matching `filter`, oldest first, read as a stream: memory holds at most
   * `limit` events (none beyond the current one without a limit). Unusable lines are passed
   * to `options.onSkipped` and left out (with a project or type filter, only lines that could
   * match are parsed, so a garbled line of another project may go unreported).
   */
  async *query(filter: EventFilter = {}, options: QueryOptions = {}): AsyncGenerator<LearningEvent> {
    const compiled = compileFilter(filter);
    if (compiled.limit === 0) return;
    const files = filesInRange(await listEventFiles(this.dir), compiled.since, compiled.until);
    if (compiled.keep === 'latest' && compiled.limit !== undefined) {
      yield* await this.latest(files, compiled, compiled.limit, options);
      return;
    }
    let count = 0;
    for (const file of files) {
      for await (const batch of this.scan(file, compiled, options)) {
        for (const event of batch) {
          yield event;
          if (compiled.limit !== undefined && ++count >= compiled.limit) return;
        }
      }
    }
  }

  /** The last `limit` matches: newest file first, a ring buffer per file, stop once full. */
  private async latest(files: EventFile[], filter: CompiledFilter, limit: number, options: QueryOptions): Promise<LearningEvent[]> {
    const perFile: LearningEvent[][] = [];
    let collected = 0;
    for (let i = files.length - 1; i >= 0 && collected < limit; i--) {
      const capacity = limit - collected;
      const ring: LearningEvent[] = new Array<LearningEvent>(capacity);
      let seen = 0;
      for await (const batch of this.scan(files[i]!, filter, options)) {
        for (const event of batch) {
          ring[seen % capacity] = event;
          seen++;
        }
      }
      const kept = Math.min(seen, capacity);
      const start = seen > capacity ? seen % capacity : 0;
      const ordered: LearningEvent[] = [];
      for (let k = 0; k < kept; k++) ordered.push(ring[(start + k) % capacity]!);
      perFile.unshift(ordered);
      collected += kept;
    }
    return perFile.flat();
  }

  /**
   * The matching events of one file, a chunk's worth at a time (one promise per chunk, not per
   * event). An event id seen before in the file is skipped: a line appended twice (a crash between
   * an outbox flush and its clearing, both sides of a union merge) counts once.
   */
  private async *scan(file: EventFile, filter: CompiledFilter, options: QueryOptions): AsyncGenerator<LearningEvent[]> {
    const needle = filter.searchBytes;
    const seen = new SeenIds();
    const onOversized = (o: OversizedLine) => {
      const why = `longer than the ${MAX_EVENT_LINE_BYTES.toLocaleString('en')} bytes an event line may have (${o.bytes.toLocaleString('en')} bytes)`;
      options.onSkipped?.({ file: file.path, line: o.line, reason: o.terminated ? `${why}; skipped` : `torn last line (${why}; the write was cut short)` });
    };
    for await (const chunk of readLineChunks(file.path, { onOversized })) {
      const matched: LearningEvent[] = [];
      const { data } = chunk;
      // With a project or type filter, jump from one occurrence of its text to the next: lines
      // without it are never decoded. An unterminated (torn) last line is always examined.
      let pos = 0;
      while (pos < data.length) {
        let start = pos;
        if (needle !== undefined && chunk.terminated) {
          const hit = data.indexOf(needle, pos);
          if (hit < 0) break;
          start = data.lastIndexOf(NEWLINE, hit) + 1;
          if (start < pos) start = pos;
        }
        const nl = data.indexOf(NEWLINE, start);
        const end = nl < 0 ? data.length : nl;
        pos = end + 1;
        this.examine(data, start, end, chunk, file, filter, options, matched, seen);
      }
      if (matched.length > 0) yield matched;
    }
  }

  private examine(data: Buffer, start: number, end: number, chunk: LineChunk, file: EventFile, filter: CompiledFilter, options: QueryOptions, matched: LearningEvent[], seen: SeenIds): void {
    const text = data.toString('utf8', start, end);
    if (text.trim() === '') return;
    if (chunk.terminated && !filter.mayMatchText(text)) return;
    const parsed = parseEventLine(text);
    if ('reason' in parsed) {
      const reason = chunk.terminated ? parsed.reason : `torn last line (${parsed.reason}; the write was cut short)`;
      options.onSkipped?.({ file: file.path, line: chunk.firstLine + countNewlines(data, 0, start), reason });
      return;
    }
    if (!seen.add(parsed.event.id)) return;
    if (filter.matches(parsed.event)) matched.push(parsed.event);
  }
}
