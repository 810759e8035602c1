// The workspace lock: `.aicmo/.lock`, created with O_EXCL, holding the holder's pid, host and
// time. Waiters back off up to a timeout. A lock is taken over when its holder is a dead
// process on this host, when it comes from another host and is older than STALE_MS, or when it
// stayed empty (holder died between creating and writing it) for a few seconds.
import { closeSync, existsSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes, randomInt } from 'node:crypto';
import { hostname } from 'node:os';
import path from 'node:path';
import { AicmoError } from '../domain/errors';
import { writeFileAtomic } from './atomicFile';

export const LOCK_FILE = '.lock';
export const STALE_MS = 60_000;

interface LockInfo {
  pid: number;
  host: string;
  time: string;
  token: string;
}

export interface HeldLock {
  release(): void;
  /**
   * Set when a holder died (or went silent) with the lock since the last recovery: the time it
   * took the lock (ms). Whatever it was writing since may have been cut short after its files
   * were saved, so the new holder finishes that work first (the store's recovery) and then calls
   * `recovered()`. Kept in RECOVERY_FILE until then, so a holder that dies while recovering, or
   * takes the lock without recovering (repair), leaves it to the next one.
   */
  readonly tookOverFrom?: number;
  recovered(): void;
}

/** Where the takeover of a dead holder's lock is noted until someone recovered (git ignores `.lock.stale-*`). */
export const RECOVERY_FILE = '.lock.stale-recovery';

function readRecovery(file: string): number | undefined {
  try {
    const t = Number(readFileSync(file, 'utf8').trim());
    return Number.isFinite(t) ? t : 0;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return 0; // unreadable: recover everything
  }
}

function noteRecoveryIn(file: string, since: number): void {
  const before = readRecovery(file);
  writeFileAtomic(file, String(Math.min(before ?? since, since)));
}

/** Leaves work for the next lock holder's recovery: files saved since `since` may owe the log lines. */
export function noteRecovery(aicmoDir: string, since: number): void {
  noteRecoveryIn(path.join(aicmoDir, RECOVERY_FILE), since);
}

function readLock(file: string): { text: string; info?: LockInfo } | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  try {
    return { text, info: JSON.parse(text) as LockInfo };
  } catch {
    return { text }; // half-written by a holder that died between create and write
  }
}

/** Whether a process with this pid runs on this host (EPERM: it does, as another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** How long an empty or unparseable lock file may exist before it counts as abandoned. */
const HALF_WRITTEN_GRACE_MS = 5_000;

function isStale(file: string, info: LockInfo | undefined, now: number, host: string): boolean {
  if (!info || typeof info.pid !== 'number' || typeof info.host !== 'string') {
    // A holder between creating the file and writing into it looks like this for a moment.
    try {
      return now - statSync(file).mtimeMs > HALF_WRITTEN_GRACE_MS;
    } catch {
      return false; // gone already: just retry
    }
  }
  // On this host the pid says it all; from another host, only age can tell.
  if (info.host === host) return !processAlive(info.pid);
  const t = Date.parse(info.time);
  return !Number.isFinite(t) || now - t > STALE_MS;
}

function tryCreate(file: string, info: LockInfo): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o644);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  try {
    writeSync(fd, JSON.stringify(info));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** When the holder of a lock took it: its recorded time, else the file's own time. */
function heldSince(file: string, info: LockInfo | undefined): number {
  const t = info ? Date.parse(info.time) : NaN;
  if (Number.isFinite(t)) return t;
  try {
    return statSync(file).mtimeMs;
  } catch {
    return Date.now();
  }
}

/** Whether a write may have been cut short: a lock left by a holder that is gone, or a recovery not done yet. */
export function recoveryPending(aicmoDir: string): boolean {
  if (existsSync(path.join(aicmoDir, RECOVERY_FILE))) return true;
  const file = path.join(aicmoDir, LOCK_FILE);
  const holder = readLock(file);
  return holder !== undefined && isStale(file, holder.info, Date.now(), hostname());
}

/** Moves a stale lock out of the way; puts it back if another process replaced it meanwhile. */
function breakStaleLock(file: string, staleText: string): void {
  const aside = `${file}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(file, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  let movedText = '';
  try { movedText = readFileSync(aside, 'utf8'); } catch { /* ignore */ }
  if (movedText !== staleText) {
    // We moved a fresh lock someone else just took: give it back.
    try { linkSync(aside, file); } catch { /* a third process holds it now; theirs stands */ }
  }
  try { unlinkSync(aside); } catch { /* ignore */ }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function acquireWorkspaceLock(aicmoDir: string, timeoutMs: number): Promise<HeldLock> {
  const file = path.join(aicmoDir, LOCK_FILE);
  const host = hostname();
  const token = randomBytes(8).toString('hex');
  const started = Date.now();
  const recovery = path.join(aicmoDir, RECOVERY_FILE);
  let wait = 2;
  for (;;) {
    const info: LockInfo = { pid: process.pid, host, time: new Date().toISOString(), token };
    if (tryCreate(file, info)) {
      const tookOverFrom = readRecovery(recovery);
      return {
        ...(tookOverFrom === undefined ? {} : { tookOverFrom }),
        recovered() {
          try { unlinkSync(recovery); } catch { /* already gone */ }
        },
        release() {
          const current = readLock(file);
          if (current?.info?.token === token) {
            try { unlinkSync(file); } catch { /* already gone */ }
          }
        },
      };
    }
    const holder = readLock(file);
    if (holder && isStale(file, holder.info, Date.now(), host)) {
      noteRecoveryIn(recovery, heldSince(file, holder.info));
      breakStaleLock(file, holder.text);
      continue;
    }
    if (Date.now() - started >= timeoutMs) {
      const who = holder?.info ? `process ${holder.info.pid} on host ${holder.info.host}` : 'another process';
      throw new AicmoError('locked', `The workspace is locked by ${who} (${file}); try again when it finishes.`, {
        details: { file, holder: holder?.info },
      });
    }
    await sleep(wait + randomInt(wait + 1));
    wait = Math.min(wait * 2, 100);
  }
}
