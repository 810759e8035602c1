// Streams a file in fixed-size chunks of whole lines, so a file of any size is read with a
// bounded amount of memory. A chunk is raw bytes: a reader looking for one project can search
// the bytes and decode only the lines that can match. The last line of a file cut short by a
// crash (no newline after it) comes alone in a final chunk marked `terminated: false`.
import { open } from 'node:fs/promises';
import { assertReadableInside } from '../store/pathGuard';

export interface LineChunk {
  /** Whole lines, each ending in "\n" — except in a final unterminated chunk (one line, no "\n"). */
  data: Buffer;
  /** 1-based number of the chunk's first line in the file. */
  firstLine: number;
  terminated: boolean;
}

export interface FileLine {
  text: string;
  line: number;
  /** False only for a last line with no newline after it. */
  terminated: boolean;
}

const CHUNK_BYTES = 1 << 20;
export const NEWLINE = 0x0a;

/** Number of "\n" bytes in data[start, end). */
export function countNewlines(data: Buffer, start = 0, end = data.length): number {
  let n = 0;
  for (let i = data.indexOf(NEWLINE, start); i >= 0 && i < end; i = data.indexOf(NEWLINE, i + 1)) n++;
  return n;
}

/** The file's lines, a chunk at a time; a missing file has none. */
export async function* readLineChunks(file: string, chunkBytes = CHUNK_BYTES): AsyncGenerator<LineChunk> {
  let handle;
  try {
    assertReadableInside(file);
    handle = await open(file, 'r');
  } catch (e) {
    // A month file removed between listing and reading has no lines.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  try {
    let carry: Buffer | undefined;
    let nextLine = 1;
    for (;;) {
      // A fresh buffer per read: the chunk handed out stays valid while the consumer holds it.
      const chunk = Buffer.allocUnsafe(chunkBytes);
      const { bytesRead } = await handle.read(chunk, 0, chunkBytes, null);
      if (bytesRead === 0) break;
      const data: Buffer = carry ? Buffer.concat([carry, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead);
      const lastNewline = data.lastIndexOf(NEWLINE);
      if (lastNewline < 0) {
        carry = data; // a line longer than a chunk: keep reading
        continue;
      }
      const whole = data.subarray(0, lastNewline + 1);
      carry = lastNewline + 1 < data.length ? Buffer.from(data.subarray(lastNewline + 1)) : undefined;
      yield { data: whole, firstLine: nextLine, terminated: true };
      nextLine += countNewlines(whole);
    }
    if (carry && carry.length > 0) yield { data: carry, firstLine: nextLine, terminated: false };
  } finally {
    await handle.close();
  }
}

/** The file's lines one at a time (convenient; readLineChunks is cheaper per line). */
export async function* readLines(file: string, chunkBytes = CHUNK_BYTES): AsyncGenerator<FileLine> {
  for await (const chunk of readLineChunks(file, chunkBytes)) {
    const { data, terminated } = chunk;
    let line = chunk.firstLine;
    let start = 0;
    while (start < data.length) {
      const nl = data.indexOf(NEWLINE, start);
      const end = nl < 0 ? data.length : nl;
      yield { text: data.toString('utf8', start, end), line: line++, terminated };
      start = end + 1;
    }
  }
}
