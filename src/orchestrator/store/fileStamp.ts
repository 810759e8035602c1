// A cheap identity for a file's current content: size, mtime (ns) and inode. Every atomic save
// renames a new inode into place, so a save by anyone changes the stamp.
import { statSync } from 'node:fs';
import { createHash } from 'node:crypto';

export function fileStamp(file: string): string {
  try {
    const s = statSync(file, { bigint: true });
    return `${s.size}:${s.mtimeNs}:${s.ino}`;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw e;
  }
}

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}
