// Streams the lines of a file in fixed-size chunks, so a file of any size is read with a
// bounded amount of memory. Lines come in batches (one per chunk read) to keep the per-line
// cost low; each has its 1-based number and whether it ended in a newline (the last line of a
// file cut short by a crash does not).
import { open } from 'node:fs/promises';

export interface FileLine {
  text: string;
  line: number;
  /** False only for a last line with no newline after it. */
  terminated: boolean;
}

const CHUNK_BYTES = 1 << 20;
const NEWLINE = 0x0a;

/** The file's lines, a chunk's worth at a time; a missing file has none. */
export async function* readLineBatches(file: string, chunkBytes = CHUNK_BYTES): AsyncGenerator<FileLine[]> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (e) {
    // A month file removed between listing and reading has no lines.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  try {
    const chunk = Buffer.allocUnsafe(chunkBytes);
    let carry: Buffer | undefined;
    let lineNo = 0;
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunkBytes, null);
      if (bytesRead === 0) break;
      const data: Buffer = carry ? Buffer.concat([carry, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead);
      const batch: FileLine[] = [];
      let start = 0;
      for (;;) {
        const end = data.indexOf(NEWLINE, start);
        if (end < 0) break;
        batch.push({ text: data.toString('utf8', start, end), line: ++lineNo, terminated: true });
        start = end + 1;
      }
      // Copy the unfinished tail: `chunk` is reused by the next read.
      carry = start < data.length ? Buffer.from(data.subarray(start)) : undefined;
      if (batch.length > 0) yield batch;
    }
    if (carry && carry.length > 0) yield [{ text: carry.toString('utf8'), line: ++lineNo, terminated: false }];
  } finally {
    await handle.close();
  }
}

/** The file's lines one at a time (convenient; readLineBatches is cheaper per line). */
export async function* readLines(file: string, chunkBytes = CHUNK_BYTES): AsyncGenerator<FileLine> {
  for await (const batch of readLineBatches(file, chunkBytes)) yield* batch;
}
