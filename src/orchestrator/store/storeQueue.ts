// How store operations take turns: one at a time per store (an in-process queue), and, across
// processes, the workspace lock. A read first runs without the lock; when it finds files that must
// be rebuilt or index rows that must be derived again it returns NEEDS_LOCK and is run again
// under the lock (a value, not an exception: every step says whether it needs the lock).
// Holding the lock, the store first finishes what a holder that died left (`recover`), and before
// letting go appends what files rebuilt from git still owe the event log (`settle`).
import { AicmoError } from '../domain/errors';
import { acquireWorkspaceLock } from './workspaceLock';

export const NEEDS_LOCK: unique symbol = Symbol('needs the workspace lock');
export type NeedsLock = typeof NEEDS_LOCK;
/** The result of a step that runs without the lock while the files are current. */
export type Attempt<T> = T | NeedsLock;

export interface QueueHooks {
  /** Runs before a write takes the lock (creates `.aicmo/` when missing). */
  beforeWrite(): void;
  /** Runs once per store, under the lock, before its first write (removes stale temp files). */
  firstLockedWrite?(): void;
  /** Under the lock, first: a holder died with it at `since` (ms); finish what it left. */
  recover(since: number): Promise<void>;
  /** Under the lock, last (also after a call that threw). */
  settle(): Promise<void>;
}

/** What a write in a read-only store (Restricted Mode) is refused with. */
export const READ_ONLY_MESSAGE = 'This action changes campaign files, so this workspace must be trusted first (AICMO is read-only in Restricted Mode).';

export class StoreQueue {
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  private firstWriteDone = false;

  constructor(
    private readonly aicmoDir: string,
    private readonly lockTimeoutMs: number,
    private readonly hooks: QueueHooks,
    /** Read-only (Restricted Mode): reads that must rebuild do it in memory without the lock; writes are refused. */
    private readonly readOnly = false,
  ) {}

  /** A read: without the lock when possible, else again under it (read-only: again, in memory). */
  read<T>(attempt: (locked: boolean) => Attempt<T>): Promise<T> {
    return this.serial(async () => {
      const first = attempt(false);
      if (first !== NEEDS_LOCK) return first;
      const again = this.readOnly ? () => attempt(true) : () => this.withLock(() => attempt(true));
      const result = await again();
      if (result === NEEDS_LOCK) throw new Error('A store read asked for the workspace lock while holding it.');
      return result;
    });
  }

  /** A write: under the workspace lock. */
  write<T>(op: () => Promise<T> | T): Promise<T> {
    return this.serial(async () => {
      if (this.readOnly) throw new AicmoError('untrusted', READ_ONLY_MESSAGE);
      this.hooks.beforeWrite();
      return this.withLock(() => {
        if (!this.firstWriteDone) this.hooks.firstLockedWrite?.();
        this.firstWriteDone = true;
        return op();
      });
    });
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
      if (lock.tookOverFrom !== undefined) {
        await this.hooks.recover(lock.tookOverFrom);
        lock.recovered();
      }
      try {
        return await op();
      } finally {
        await this.hooks.settle();
      }
    } finally {
      lock.release();
    }
  }
}
