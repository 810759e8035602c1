// Follows the event log as it grows: remembers how far each month file was read and returns the
// whole lines appended since (by this process or any other: the CLI, another window, a git pull).
// A torn last line is left for the next read; a file that shrank (a checkout) is read again from
// its start; lines that do not parse are skipped, as the log's readers do.
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { listEventFiles } from './eventFiles';
import { parseEventLine } from './parseEvent';
import type { LearningEvent } from './types';

export class EventTail {
  private readonly offsets = new Map<string, number>();
  private started = false;
  private reading: Promise<LearningEvent[]> | undefined;

  /** `aicmoDir` is the workspace's `.aicmo` folder. */
  constructor(private readonly aicmoDir: string) {}

  /** From now on: what is already in the log is not reported. */
  async start(): Promise<void> {
    for (const f of await listEventFiles(path.join(this.aicmoDir, 'events'))) this.offsets.set(f.path, (await stat(f.path)).size);
    this.started = true;
  }

  /** The events appended since the last read (reads never overlap). */
  read(): Promise<LearningEvent[]> {
    const previous = this.reading ?? Promise.resolve([]);
    const next = previous.then(() => this.readNow());
    this.reading = next.catch(() => []);
    return next;
  }

  private async readNow(): Promise<LearningEvent[]> {
    if (!this.started) await this.start();
    const out: LearningEvent[] = [];
    for (const f of await listEventFiles(path.join(this.aicmoDir, 'events'))) {
      const size = (await stat(f.path)).size;
      let from = this.offsets.get(f.path) ?? 0;
      if (size < from) from = 0;
      if (size === from) continue;
      const handle = await open(f.path, 'r');
      try {
        const buffer = Buffer.alloc(size - from);
        await handle.read(buffer, 0, buffer.length, from);
        const end = buffer.lastIndexOf(0x0a);
        if (end < 0) continue; // no whole line yet
        for (const line of buffer.subarray(0, end).toString('utf8').split('\n')) {
          if (line.trim() === '') continue;
          const parsed = parseEventLine(line);
          if ('event' in parsed) out.push(parsed.event);
        }
        this.offsets.set(f.path, from + end + 1);
      } finally {
        await handle.close();
      }
    }
    return out;
  }
}
