// Which of some exact lines the event log already holds, as whole lines (a torn fragment of one
// does not count). The store's outbox flush appends only the others, so a crash between an append
// and the outbox being cleared never writes an event twice. Each line is looked for in the month
// file its event belongs in: first in the file's last part, where a recent append put it, then,
// only for lines not found there, in the whole file.
import { open } from 'node:fs/promises';
import path from 'node:path';
import { monthFileName } from './eventFiles';
import { readLineChunks } from './readLines';

/** One line of the log and the time of its event (which decides its month file). */
export interface LogLine {
  ts: string;
  line: string;
}

const TAIL_BYTES = 256 * 1024;
const NEWLINE = 0x0a;

/** Whether `needle` + "\n" occurs in `data` at the start of a line (`atLineStart`: data begins a line). */
function holdsLine(data: Buffer, needle: Buffer, atLineStart: boolean): boolean {
  for (let at = data.indexOf(needle); at >= 0; at = data.indexOf(needle, at + 1)) {
    const starts = at === 0 ? atLineStart : data[at - 1] === NEWLINE;
    if (starts && data[at + needle.length] === NEWLINE) return true;
  }
  return false;
}

async function readTail(file: string): Promise<{ data: Buffer; whole: boolean } | undefined> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, TAIL_BYTES);
    const data = Buffer.alloc(length);
    await handle.read(data, 0, length, size - length);
    return { data, whole: length === size };
  } finally {
    await handle.close();
  }
}

/** Those of `lines` that are not whole lines of the log in `dir`, in the order given. */
export async function linesMissing(dir: string, lines: readonly LogLine[]): Promise<LogLine[]> {
  const byFile = new Map<string, LogLine[]>();
  for (const l of lines) {
    const file = path.join(dir, monthFileName(l.ts));
    byFile.set(file, [...(byFile.get(file) ?? []), l]);
  }
  const found = new Set<LogLine>();
  for (const [file, wanted] of byFile) {
    const tail = await readTail(file);
    if (!tail) continue;
    let left = wanted.filter((l) => !holdsLine(tail.data, Buffer.from(l.line, 'utf8'), tail.whole));
    for (const l of wanted) if (!left.includes(l)) found.add(l);
    if (left.length === 0 || tail.whole) continue;
    for await (const chunk of readLineChunks(file)) {
      if (!chunk.terminated) continue;
      const still = left.filter((l) => !holdsLine(chunk.data, Buffer.from(l.line, 'utf8'), true));
      for (const l of left) if (!still.includes(l)) found.add(l);
      left = still;
      if (left.length === 0) break;
    }
  }
  return lines.filter((l) => !found.has(l));
}
