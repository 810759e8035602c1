// Temp files of atomic saves (`<file>.tmp-<host>-<pid>-<random>`, atomicFile.ts) that an
// interrupted writer left behind. The name says who wrote it, as the lock file does: a temp file
// of this host whose process is gone is stale; one of another host (or of an AICMO that did not
// record the host) is stale once nobody has written to it for OTHER_WRITER_STALE_MS — a save
// writes its temp file in one go and renames it at once. A live writer's temp file is never
// touched. The workspace store removes stale ones on its first write (under the lock).
import { createHash, randomBytes } from 'node:crypto';
import { lstatSync, readdirSync, unlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

export const TEMP_MARK = '.tmp-';
export const OTHER_WRITER_STALE_MS = 10 * 60_000;

/** 8 hex digits naming this host (a hash: host names may hold any character). */
const HOST_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);

const TEMP_NAME = /\.tmp-([0-9a-f]{8})-(\d+)-[0-9a-f]{8}$/;
const LEGACY_TEMP_NAME = /\.tmp-(\d+)-[0-9a-f]{8}$/;

/** A new temp file name beside `file`, naming this host and process. */
export function tempFileName(file: string): string {
  return `${file}${TEMP_MARK}${HOST_TAG}-${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** Who wrote a temp file, from its name; undefined for a name that is not one. */
export function parseTempFileName(name: string): { ownHost: boolean; pid: number; legacy: boolean } | undefined {
  const m = TEMP_NAME.exec(name);
  if (m) return { ownHost: m[1] === HOST_TAG, pid: Number(m[2]), legacy: false };
  const old = LEGACY_TEMP_NAME.exec(name);
  if (old) return { ownHost: false, pid: Number(old[1]), legacy: true };
  return undefined;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes stale temp files from the folders atomic saves write into (`.aicmo/`, `projects/`,
 * `reports/`); returns the paths removed. Symlinks and folders are left alone; a file that
 * cannot be removed stays (the next write tries again).
 */
export function removeStaleTempFiles(aicmoDir: string, now = Date.now()): string[] {
  const removed: string[] = [];
  for (const dir of [aicmoDir, path.join(aicmoDir, 'projects'), path.join(aicmoDir, 'reports')]) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue; // absent (or not a folder): nothing to clean
    }
    for (const name of names) {
      const writer = parseTempFileName(name);
      if (!writer) continue;
      const file = path.join(dir, name);
      try {
        const st = lstatSync(file);
        if (!st.isFile()) continue;
        const stale = writer.ownHost ? !processAlive(writer.pid) : now - st.mtimeMs > OTHER_WRITER_STALE_MS;
        if (!stale) continue;
        unlinkSync(file);
        removed.push(file);
      } catch {
        // gone meanwhile (its writer renamed it) or not ours to remove
      }
    }
  }
  return removed;
}
