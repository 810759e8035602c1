// The contract of the workspace store (made by openWorkspace.ts). Everything above the store
// (services, operations, flow, CLI, extension) talks to storage only through this: typed reads and
// writes inside transactions, never a database handle. No sql.js type is exported from here.
import type { Lifecycle, Project, ProjectIntake, ProjectPatch, Stage } from '../domain/project';
import type { EventReader, RecordedEvent } from './events';
import type { ProjectReader, ProjectWriter } from './project/transaction';
import type { WorkspaceReader, WorkspaceWriter } from './workspace/transaction';

export type { ProjectReader, ProjectWriter } from './project/transaction';
export type { WorkspaceReader, WorkspaceWriter } from './workspace/transaction';
export type { EventReader, EventRecorder, RecordedEvent } from './events';
export type { ArtifactsReader, ArtifactsWriter, NewArtifact, StoredArtifact } from './project/artifacts';
export type { CreativeRow, CreativesReader, CreativesWriter, ListCreativesOptions, NewCreative } from './project/creatives';
export type { NewTask, TaskRow, TasksReader, TasksWriter } from './project/tasks';
export type { ApprovalsReader, ApprovalsWriter, NewApprovalAction } from './project/approvals';
export type { RunRow, RunStatus, RunsReader, RunsWriter } from './project/runs';
export type { AdTotalsRow, ChannelDayRow, GranularityConflict, MetricsReader, MetricsWriter, StoredMetricRow } from './project/metrics';
export type { StoredTrendPoint, TrendsReader, TrendsWriter } from './project/trends';
export type { LeadCounts, LeadRow, LeadsReader, LeadsWriter, LeadUpsertCounts } from './project/leads';
export type { NewOutreachAttempt, OutreachAttemptRow, OutreachReader, OutreachWriter } from './project/outreach';
export type { ImportRecord, ImportsReader, ImportsWriter, StoredImport } from './project/imports';
export type { StoredTeamMember, TeamReader, TeamWriter } from './workspace/team';
export type { SettingsReader, SettingsWriter } from './workspace/settings';
export type { ChannelWeekRollup, RollupsReader } from './workspace/rollups';
export type { ProjectPatch } from '../domain/project';

/** One row of the workspace index: what the pipeline and the tree need without opening project files. */
export interface ProjectSummary {
  id: string;
  slug: string;
  name: string;
  industry: string;
  goalMetric: Project['goalMetric'];
  currency: string;
  budgetMinor: number;
  stage: Stage;
  lifecycle: Lifecycle;
  /** Status at a glance, derived from the project file (e.g. strategyInReview, failedRun). */
  flags: Record<string, boolean | number | string>;
  /** The project-file revision this index row reflects. */
  revision: number;
  updatedAt: string;
}

/** What the index learns from a project file after each write (stage rule, flags). */
export interface ProjectDerivation {
  stage: Stage;
  flags: Record<string, boolean | number | string>;
}

/**
 * The stage rule the index is derived with (services/deriveProjectSummary.ts). Rows derived by
 * another version of it (an older AICMO) are derived again when the store finds them.
 */
export interface SummaryRule {
  /** Written into each row's flags as `rule`. */
  readonly version: number;
  derive(tx: ProjectReader): ProjectDerivation;
}

export interface OpenOptions {
  /** Create `.aicmo/` when missing (writes do this anyway; reads on a bare folder see no projects). */
  create?: boolean;
  /** Lock wait before giving up with a clear "locked by pid X on host Y" error (ms). */
  lockTimeoutMs?: number;
  /** The stage rule every index row is derived with (required: there is one rule). */
  deriveSummary: SummaryRule;
  /** The clock the event log stamps events with (tests pin it). */
  now?: () => Date;
  /**
   * Restricted Mode (an untrusted workspace): read, never write. Files that need a rebuild are
   * rebuilt in memory; no lock is taken, nothing is written (no .db, index, temp file, event or
   * recovery), and every write is refused with AicmoError('untrusted'). `create` is ignored.
   */
  readOnly?: boolean;
}

export interface WorkspaceStore {
  /** The workspace folder (the one holding `.aicmo/`). */
  readonly root: string;
  readonly aicmoDir: string;
  /** The learning-event log, for reading; events are written by transactions (`tx.events.record`). */
  readonly events: EventReader;
  /** Opened read-only (Restricted Mode): every write is refused with AicmoError('untrusted'). */
  readonly readOnly: boolean;

  listProjects(): Promise<ProjectSummary[]>;
  /** By id or slug; throws AicmoError('not-found') naming the reference. */
  getProject(ref: string): Promise<Project>;
  /** Creates the project's files; `fn` runs in the creating transaction (e.g. to record its event). */
  createProject(intake: ProjectIntake, fn?: (tx: ProjectWriter) => void): Promise<Project>;
  /**
   * Applies a patch (validated) to the intake or lifecycle. Given a function, the patch is made
   * from the project as it is inside the write lock (a merge that loses no concurrent change).
   */
  updateProject(ref: string, patch: ProjectPatch | ((current: Project) => ProjectPatch)): Promise<Project>;

  /** Typed reads of one project file (reloaded first if its files changed on disk). */
  readProject<T>(ref: string, fn: (tx: ProjectReader) => T): Promise<T>;
  /**
   * Read-modify-write of one project: takes the workspace lock, reloads the file if it changed
   * on disk, runs `fn` inside a transaction, then saves atomically, rewrites the dump, refreshes
   * the index row and appends the events `fn` recorded. If `fn` throws, nothing on disk changes
   * and the error propagates; if it wrote nothing, no file is rewritten.
   */
  writeProject<T>(ref: string, fn: (tx: ProjectWriter) => T): Promise<T>;

  /** Typed reads of the index (team, settings, rollups). */
  readWorkspace<T>(fn: (tx: WorkspaceReader) => T): Promise<T>;
  writeWorkspace<T>(fn: (tx: WorkspaceWriter) => T): Promise<T>;

  getSetting(key: string): Promise<string | undefined>;
  setSetting(key: string, value: string | undefined): Promise<void>;

  /** Appends events that belong to no project or index write (e.g. the workspace was repaired). */
  recordEvents(events: readonly RecordedEvent[]): Promise<void>;
  /** Derives every index row again from the project files (repair). */
  reindex(): Promise<void>;

  close(): void;
}
