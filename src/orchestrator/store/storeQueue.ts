// How store operations take turns: one at a time per store (an in-process queue), and, across
// processes, the workspace lock. A read first runs without the lock; when it finds files that must
// be rebuilt or index rows that must be derived again it returns NEEDS_LOCK and is run again
// under the lock (a value, not an exception: every step says whether it needs the lock).
import { acquireWorkspaceLock } from './workspaceLock';

export const NEEDS_LOCK: unique symbol = Symbol('needs the workspace lock');
export type NeedsLock = typeof NEEDS_LOCK;
/** The result of a step that runs without the lock while the files are current. */
export type Attempt<T> = T | NeedsLock;

export class StoreQueue {
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  private firstWriteDone = false;

  constructor(
    private readonly aicmoDir: string,
    private readonly lockTimeoutMs: number,
    /** Runs before a write takes the lock (creates `.aicmo/` when missing). */
    private readonly beforeWrite: () => void,
    /** Runs once per store, under the lock, before its first write (removes stale temp files). */
    private readonly firstLockedWrite: () => void = () => undefined,
  ) {}

  /** A read: without the lock when possible, else again under it. */
  read<T>(attempt: (locked: boolean) => Attempt<T>): Promise<T> {
    return this.serial(async () => {
      const first = attempt(false);
      if (first !== NEEDS_LOCK) return first;
      return this.withLock(() => {
        const again = attempt(true);
        if (again === NEEDS_LOCK) throw new Error('A store read asked for the workspace lock while holding it.');
        return again;
      });
    });
  }

  /** A write: under the workspace lock. */
  write<T>(op: () => Promise<T> | T): Promise<T> {
    return this.serial(async () => {
      this.beforeWrite();
      return this.withLock(() => {
        if (!this.firstWriteDone) this.firstLockedWrite();
        this.firstWriteDone = true;
        return op();
      });
    });
  }

  /** In turn with the others, without the lock (appending events that belong to no write). */
  inTurn<T>(op: () => Promise<T> | T): Promise<T> {
    return this.serial(async () => op());
  }

  close(): void {
    this.closed = true;
  }

  private serial<T>(op: () => Promise<T>): Promise<T> {
    const guarded = () => {
      if (this.closed) throw new Error('The workspace store is closed.');
      return op();
    };
    const run = this.queue.then(guarded, guarded);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async withLock<T>(op: () => Promise<T> | T): Promise<T> {
    const lock = await acquireWorkspaceLock(this.aicmoDir, this.lockTimeoutMs);
    try {
      return await op();
    } finally {
      lock.release();
    }
  }
}
