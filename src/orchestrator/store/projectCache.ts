// The project files a store keeps open in memory: the most recently used ones, up to a limit
// (each is a whole sql.js database). A forgotten project is closed and read again when needed.
import type { Database } from 'sql.js';

export interface LoadedProject {
  slug: string;
  db: Database;
  /** Stamps of the files as they were when `db` matched them. */
  dbStamp: string;
  sqlStamp: string;
  /** Dump sections of the last save, and the metric-row change counter they reflect. */
  sections?: Map<string, string>;
  sectionsMetricsChanges?: string;
}

export class ProjectCache {
  private readonly entries = new Map<string, LoadedProject>();

  constructor(private readonly limit = 16) {}

  get(slug: string): LoadedProject | undefined {
    return this.entries.get(slug);
  }

  /** Keeps `loaded` as the most recent one (closing an older copy of the same project). */
  remember(loaded: LoadedProject): LoadedProject {
    const existing = this.entries.get(loaded.slug);
    if (existing && existing.db !== loaded.db) existing.db.close();
    this.entries.delete(loaded.slug);
    this.entries.set(loaded.slug, loaded);
    while (this.entries.size > this.limit) this.forget(this.entries.keys().next().value as string);
    return loaded;
  }

  forget(slug: string): void {
    const p = this.entries.get(slug);
    if (!p) return;
    p.db.close();
    this.entries.delete(slug);
  }

  clear(): void {
    for (const p of this.entries.values()) p.db.close();
    this.entries.clear();
  }
}
