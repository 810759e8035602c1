// The learning-event log's types: what one line of `.aicmo/events/YYYY-MM.jsonl` holds, the
// event types the code knows, and the query filter. Events are facts, never opinions: Kaizen
// derives its insights from them (see DESIGN.md).

/**
 * Every event type the code writes. A new kind of fact gets one line here, so readers
 * (Kaizen, the timeline, `aicmo events`) can rely on the list.
 */
export const KNOWN_EVENT_TYPES = [
  // workspace
  'workspace.initialized',
  'workspace.repaired',
  'demo.created',
  // projects
  'project.created',
  'project.updated',
  'project.archived',
  // orchestrator runs
  'flow.started',
  'flow.completed',
  'flow.cancelled',
  'flow.interrupted',
  'subsystem.completed',
  'subsystem.failed',
  'artifact.created',
  'artifact.stale',
  // approvals
  'strategy.submitted',
  'strategy.approved',
  'strategy.rejected',
  'strategy.changes_requested',
  'media.approved',
  'media.rejected',
  'media.changes_requested',
  'creative.approved',
  'creative.rejected',
  'creative.changes_requested',
  'creative.scheduled',
  // a plugin subsystem's output (data.kind names the subsystem, data.plugin the plugin)
  'artifact.approved',
  'artifact.rejected',
  'artifact.changes_requested',
  'approval.recorded',
  // results and work
  'metrics.imported',
  'trends.imported',
  'task.completed',
  'task.status_changed',
  'leads.imported',
  'outreach.logged',
  'kaizen.applied',
  'settings.changed',
  // the workspace team (PM capacity)
  'team.changed',
] as const;

export type KnownEventType = (typeof KNOWN_EVENT_TYPES)[number];

/**
 * The type of an event read from disk: one of the known types, or a type written by a newer
 * version of AICMO (readers keep such events rather than dropping facts they don't understand).
 */
export type EventType = KnownEventType | (string & {});

/** The current line format version. */
export const EVENT_FORMAT_VERSION = 1;

/** One learning event: one JSON object on one line. */
export interface LearningEvent {
  v: 1;
  /** `e_` + a time-sortable id (domain/ids.ts). */
  id: string;
  /** ISO 8601 UTC, e.g. `2026-11-24T10:15:00.000Z`. */
  ts: string;
  type: EventType;
  /** The project's id, or null for workspace-wide events. */
  project: string | null;
  /** Who did it: a person's name or a tool ("ci", "aicmo"). */
  actor: string;
  data: Record<string, unknown>;
}

/** What a caller supplies; the log adds `v`, `id` and `ts`. */
export interface NewEvent {
  type: KnownEventType;
  project?: string | null;
  actor: string;
  data?: Record<string, unknown>;
}

export interface EventFilter {
  /** Only events of this project id. */
  project?: string;
  /** Exact type (`creative.rejected`) or a prefix ending in a dot (`creative.`). */
  type?: string;
  /** Any of these exact types or prefixes (one pass over the log for several kinds of fact). */
  types?: readonly string[];
  /** Inclusive lower bound on `ts` (ISO 8601). */
  since?: string | Date;
  /** Exclusive upper bound on `ts` (ISO 8601). */
  until?: string | Date;
  /** At most this many events. */
  limit?: number;
  /**
   * With `limit`: `'oldest'` (default) yields the first `limit` matches, `'latest'` the last
   * `limit` matches. Both are yielded oldest first.
   */
  keep?: 'oldest' | 'latest';
}

/** A line the reader could not use: reported, never fatal. */
export interface SkippedLine {
  /** Absolute path of the `.jsonl` file. */
  file: string;
  /** 1-based line number. */
  line: number;
  reason: string;
}

export interface QueryOptions {
  /** Called once per unusable line (a torn last line after a crash, a merge leftover). */
  onSkipped?: (skipped: SkippedLine) => void;
}
