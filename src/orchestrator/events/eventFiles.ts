// Where events live: one file per UTC month, `.aicmo/events/YYYY-MM.jsonl`.
import { readdir } from 'node:fs/promises';
import path from 'node:path';

const MONTH_FILE = /^(\d{4}-\d{2})\.jsonl$/;

export interface EventFile {
  /** `YYYY-MM` (UTC). */
  month: string;
  path: string;
}

/** The month file an event with this ISO timestamp belongs in, e.g. `2026-11.jsonl`. */
export function monthFileName(isoTs: string): string {
  return `${isoTs.slice(0, 7)}.jsonl`;
}

/** The month files in `dir`, oldest first; an absent folder has none. */
export async function listEventFiles(dir: string): Promise<EventFile[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const files: EventFile[] = [];
  for (const name of names) {
    const m = MONTH_FILE.exec(name);
    if (m) files.push({ month: m[1]!, path: path.join(dir, name) });
  }
  return files.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}

/** Keeps the files that can hold events with `since <= ts < until` (ISO strings, either optional). */
export function filesInRange(files: EventFile[], since?: string, until?: string): EventFile[] {
  const first = since?.slice(0, 7);
  const last = until?.slice(0, 7);
  return files.filter((f) => (first === undefined || f.month >= first) && (last === undefined || f.month <= last));
}
