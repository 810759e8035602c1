// Crash-safe file replacement: write a temp file in the same folder, fsync it, rename it over
// the target, fsync the folder. A crash at any moment leaves the old or the new file (and maybe a
// temp file, which staleTempFiles.ts removes later).
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { assertNoSymlinkOnTheWay } from './pathGuard';
import { tempFileName } from './staleTempFiles';

/** Replaces `file` with `data`; under `.aicmo/`, refuses to write through a symlink (pathGuard.ts). */
export function writeFileAtomic(file: string, data: Uint8Array | string): void {
  assertNoSymlinkOnTheWay(file);
  const dir = path.dirname(file);
  const temp = tempFileName(file); // names this host and process, so a leftover can be told stale
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const fd = openSync(temp, 'wx', 0o644);
  try {
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    try { unlinkSync(temp); } catch { /* already gone */ }
    throw e;
  }
  closeSync(fd);
  try {
    renameSync(temp, file);
  } catch (e) {
    try { unlinkSync(temp); } catch { /* already gone */ }
    throw e;
  }
  fsyncDir(dir);
}

export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some platforms (Windows) cannot open or fsync a directory; the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
