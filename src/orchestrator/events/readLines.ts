// Streams a file in fixed-size chunks of whole lines, so a file of any size is read with a
// bounded amount of memory. A chunk is raw bytes: a reader looking for one project can search
// the bytes and decode only the lines that can match. The last line of a file cut short by a
// crash (no newline after it) comes alone in a final chunk marked `terminated: false`.
//
// A line longer than `maxLineBytes` (an event log arrives through the repo: one 100 MB line must
// not cost 100 MB or quadratic time) is never assembled: its bytes are passed over as they are
// read, and `onOversized` reports its number and length. The start of an unfinished line is kept
// as a list of pieces and joined once, when its newline arrives, so memory stays within one chunk
// plus one capped line.
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

/** The longest event line read (and written): far beyond any event AICMO writes. */
export const MAX_EVENT_LINE_BYTES = 1 << 20;
const CHUNK_BYTES = 1 << 20;
export const NEWLINE = 0x0a;

/** A line passed over for being longer than the cap. */
export interface OversizedLine {
  /** 1-based line number. */
  line: number;
  /** Its length in bytes (without the newline). */
  bytes: number;
  /** False when it is the file's last line and has no newline (a torn write). */
  terminated: boolean;
}

export interface ReadLinesOptions {
  /** Bytes per read (at most `maxLineBytes`). */
  chunkBytes?: number;
  /** Longest line kept; longer ones are reported through `onOversized` and skipped. */
  maxLineBytes?: number;
  onOversized?: (line: OversizedLine) => void;
}

/** Number of "\n" bytes in data[start, end). */
export function countNewlines(data: Buffer, start = 0, end = data.length): number {
  let n = 0;
  for (let i = data.indexOf(NEWLINE, start); i >= 0 && i < end; i = data.indexOf(NEWLINE, i + 1)) n++;
  return n;
}

/** The file's lines, a chunk at a time; a missing file has none. */
export async function* readLineChunks(file: string, options: ReadLinesOptions = {}): AsyncGenerator<LineChunk> {
  const maxLineBytes = options.maxLineBytes ?? MAX_EVENT_LINE_BYTES;
  // A chunk no bigger than a line may be: then only a chunk's first line can run over the cap.
  const chunkBytes = Math.min(options.chunkBytes ?? CHUNK_BYTES, maxLineBytes);
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
    let pieces: Buffer[] = []; // the start of an unfinished line
    let carried = 0;
    let skipping: { line: number; bytes: number } | undefined; // an oversized line being passed over
    let nextLine = 1;
    for (;;) {
      // A fresh buffer per read: the chunk handed out stays valid while the consumer holds it.
      const chunk = Buffer.allocUnsafe(chunkBytes);
      const { bytesRead } = await handle.read(chunk, 0, chunkBytes, null);
      if (bytesRead === 0) break;
      let data = chunk.subarray(0, bytesRead);
      const firstNewline = data.indexOf(NEWLINE);
      if (firstNewline < 0) {
        // No line ends here: the unfinished line grows (or goes on being skipped).
        if (skipping) skipping.bytes += data.length;
        else if (carried + data.length > maxLineBytes) {
          skipping = { line: nextLine, bytes: carried + data.length };
          pieces = [];
          carried = 0;
        } else {
          pieces.push(data);
          carried += data.length;
        }
        continue;
      }
      if (skipping || carried + firstNewline > maxLineBytes) {
        // The line that ends here is too long: report it, drop it, go on after its newline.
        const bytes = skipping ? skipping.bytes + firstNewline : carried + firstNewline;
        options.onOversized?.({ line: nextLine, bytes, terminated: true });
        skipping = undefined;
        pieces = [];
        carried = 0;
        nextLine++;
        data = data.subarray(firstNewline + 1);
      }
      const lastNewline = data.lastIndexOf(NEWLINE);
      if (lastNewline >= 0) {
        const head = data.subarray(0, lastNewline + 1);
        const whole = carried > 0 ? Buffer.concat([...pieces, head], carried + head.length) : head;
        yield { data: whole, firstLine: nextLine, terminated: true };
        nextLine += countNewlines(whole);
        pieces = [];
        carried = 0;
        data = data.subarray(lastNewline + 1);
      }
      if (data.length > 0) {
        pieces.push(data);
        carried += data.length;
      }
    }
    if (skipping) options.onOversized?.({ line: nextLine, bytes: skipping.bytes, terminated: false });
    else if (carried > 0) yield { data: pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces, carried), firstLine: nextLine, terminated: false };
  } finally {
    await handle.close();
  }
}

/** The file's lines one at a time (convenient; readLineChunks is cheaper per line). */
export async function* readLines(file: string, options: ReadLinesOptions = {}): AsyncGenerator<FileLine> {
  for await (const chunk of readLineChunks(file, options)) {
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
