// Appends one whole line to a file so that concurrent appenders (threads or processes) never
// interleave partial lines: the line and its newline go out in a single write() on an O_APPEND
// descriptor, which the kernel positions at the end of the file atomically.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { assertNoSymlinkOnTheWay } from '../store/pathGuard';

// O_RDWR | O_APPEND | O_CREAT: writes always go to the end; reads may look at the tail. With
// O_NOFOLLOW (where the platform has it) a symlink swapped in after the check is refused too.
const APPEND_FLAGS = constants.O_RDWR | constants.O_APPEND | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0);

const NEWLINE = 0x0a;

/**
 * Appends `line` (which must not contain a newline) plus "\n" to `file`, creating it if needed.
 * If the file does not end in a newline (a torn line left by a crash), a newline is written
 * first, so the torn fragment stays on its own line and never corrupts this one. Under `.aicmo/`,
 * refuses to append through a symlink (store/pathGuard.ts).
 */
export async function appendLine(file: string, line: string): Promise<void> {
  if (line.includes('\n')) throw new RangeError('An appended line must not contain a newline.');
  assertNoSymlinkOnTheWay(file);
  let handle;
  try {
    handle = await open(file, APPEND_FLAGS, 0o644);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP') assertNoSymlinkOnTheWay(file); // names the link
    throw e;
  }
  try {
    const { size } = await handle.stat();
    let prefix = '';
    if (size > 0) {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      if (last[0] !== NEWLINE) prefix = '\n';
    }
    const bytes = Buffer.from(`${prefix}${line}\n`, 'utf8');
    const { bytesWritten } = await handle.write(bytes, 0, bytes.length, null);
    if (bytesWritten !== bytes.length) {
      throw new Error(`Only ${bytesWritten} of ${bytes.length} bytes of an event reached ${file} (disk full?).`);
    }
  } finally {
    await handle.close();
  }
}
