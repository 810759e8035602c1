// The contract of the workspace store (implemented in workspaceStore.ts). Everything above
// the store (CLI, services, subsystems, extension) talks to storage only through this.
import type { Database } from 'sql.js';
import type { Lifecycle, Project, ProjectIntake, Stage } from '../domain/project';

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

/** What the index learns from a project file after each write (stage rule, flags, rollups). */
export interface ProjectDerivation {
  stage: Stage;
  flags: Record<string, boolean | number | string>;
}
export type DeriveSummary = (db: Database, project: Project) => ProjectDerivation;

export type ProjectPatch = Partial<ProjectIntake> & { lifecycle?: Lifecycle };

export interface OpenOptions {
  /** Create `.aicmo/` when missing (writes do this anyway; reads on a bare folder see no projects). */
  create?: boolean;
  /** Lock wait before giving up with a clear "locked by pid X on host Y" error (ms). */
  lockTimeoutMs?: number;
  /** Computes stage and flags for the index; later layers plug the real stage rule in. */
  deriveSummary?: DeriveSummary;
}

export interface WorkspaceStore {
  /** The workspace folder (the one holding `.aicmo/`). */
  readonly root: string;
  readonly aicmoDir: string;

  listProjects(): Promise<ProjectSummary[]>;
  /** By id or slug; throws AicmoError('not-found') naming the reference. */
  getProject(ref: string): Promise<Project>;
  createProject(intake: ProjectIntake): Promise<Project>;
  updateProject(ref: string, patch: ProjectPatch): Promise<Project>;

  /** Read-only access to one project's database (reloaded first if its files changed on disk). */
  readProject<T>(ref: string, fn: (db: Database, project: Project) => T): Promise<T>;
  /**
   * Read-modify-write of one project: takes the workspace lock, reloads the file if it changed
   * on disk, runs `fn` inside a transaction, then saves atomically, rewrites the dump and
   * refreshes the index row. If `fn` throws, nothing on disk changes and the error propagates.
   */
  writeProject<T>(ref: string, fn: (db: Database, project: Project) => T): Promise<T>;

  /** The index database (team, settings, rollups). */
  readWorkspace<T>(fn: (db: Database) => T): Promise<T>;
  writeWorkspace<T>(fn: (db: Database) => T): Promise<T>;

  getSetting(key: string): Promise<string | undefined>;
  setSetting(key: string, value: string | undefined): Promise<void>;

  close(): void;
}
