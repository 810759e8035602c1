// AICMO's API for other VS Code extensions, version 1. Copy this file into your extension (it has
// no dependency besides `vscode`'s types) and get the API with
//
//   const aicmo = vscode.extensions.getExtension<AicmoExtensionExports>('aicmo.aicmo');
//   const api = (await aicmo?.activate())?.getAPI(1);
//
// and `"extensionDependencies": ["aicmo.aicmo"]` in your package.json. The API only grows: a
// version keeps every member it has; a change that would break a caller is a new `getAPI(2)`.
// See docs/plugins.md for the guide and the threat model.
import type { Disposable, Event } from 'vscode';

/** What AICMO's `activate` returns (Extension.exports). */
export interface AicmoExtensionExports {
  /** The API of one version; a version this AICMO does not have throws an Error saying which it has. */
  getAPI(version: 1): AicmoApi;
}

export interface AicmoApi {
  readonly version: 1;

  /**
   * Adds a subsystem to every project's flow, the Unified View, the campaign notebook (as a cell),
   * the Command Center and the client report. Refused (throws an Error with one sentence naming your
   * plugin) when its name is taken, it needs a subsystem nobody registered, or it would close a
   * cycle. In Restricted Mode the registration waits until the workspace is trusted (a plugin runs
   * only in a trusted workspace). Dispose the result to remove it.
   */
  registerSubsystem<C extends object>(subsystem: AicmoSubsystem<C>, plugin: AicmoPluginInfo): Disposable;

  /** Learning events as they are written (by this window, the CLI, another window, a git pull). */
  readonly onDidRecordEvent: Event<AicmoLearningEvent>;

  /** Every project of the workspace's campaigns folder, with its stage. */
  listProjects(): Promise<AicmoProjectSummary[]>;
  /** The latest version of each subsystem's artifact of a project (id or slug). */
  latestArtifacts(project: string): Promise<AicmoArtifact[]>;
  /** The Kaizen insights (weighted for a project when given), each with its evidence. */
  insights(project?: string): Promise<AicmoInsight[]>;
  /** The subsystems registered now (built-in and plugins'), in run order. */
  subsystems(): AicmoSubsystemInfo[];
}

/** Who provides a subsystem: your extension's id and a name people read (failures are named after it). */
export interface AicmoPluginInfo {
  id: string;
  label?: string;
}

/** The same contract as AICMO's built-in subsystems. */
export interface AicmoSubsystem<C extends object = Record<string, unknown>> {
  /** 2–40 lowercase letters, digits or dashes; also the kind of the artifact it makes. */
  name: string;
  /** One line for menus and logs. */
  description?: string;
  /** Subsystems whose latest artifact must exist before this one runs (they run first). */
  needs: readonly string[];
  /** Subsystems read when present (they run first when registered) but not required. */
  uses?: readonly string[];
  /** Needs that must be approved; until then the run waits and says so. */
  requiresApproved?: readonly string[];
  /** Makes the content (a JSON object) from the context. Check `context.signal` between steps. */
  run(context: AicmoSubsystemContext): C | Promise<C>;
  /** Problems with the content, one sentence each; empty means valid (a failing version is not stored). */
  validate(content: unknown): string[];
  /** The content as Markdown (the notebook without a renderer, the client report). */
  render(content: C): string;
}

export interface AicmoSubsystemContext {
  project: AicmoProject;
  /** The latest version of each subsystem in `needs` and (when present) `uses`. */
  inputs: Record<string, AicmoArtifactInput>;
  /** The latest earlier version of this subsystem's own artifact. */
  previous?: AicmoArtifactInput;
  /** The version being made (1 for the first). */
  version: number;
  /** Numbers in [0, 1) seeded from the project, subsystem and version: same inputs, same content. */
  random(): number;
  /** Kaizen insights for this project (empty when Kaizen is off). */
  insights: readonly { id: string; kind: string; summary: string }[];
  skipKaizen: boolean;
  /** Fires when the person cancels the run. */
  signal: AbortSignal;
  /** Read-only data of the project. */
  data: {
    /** Imported keyword series (e.g. a Google Trends export): keyword, source, points { date, value }. */
    trendSeries(): Promise<AicmoTrendSeries[]>;
    /** Imported ad-platform metric rows. */
    metricRows(): Promise<Record<string, unknown>[]>;
    /** The workspace team: name, role, weeklyHours. */
    team(): Promise<{ name: string; role: string; weeklyHours: number }[]>;
    /** Stored creatives with their current status. */
    creatives(): Promise<Record<string, unknown>[]>;
  };
}

export interface AicmoTrendSeries {
  keyword: string;
  source: string;
  geo?: string;
  /** null value: the export showed "<1". */
  points: { date: string; value: number | null }[];
}

/** The client's brief (intake) and the project's identity. Money is in integer minor units. */
export interface AicmoProject {
  id: string;
  slug: string;
  name: string;
  client?: string;
  brand?: string;
  industry: string;
  geography?: string;
  product?: string;
  goal: string;
  goalMetric: 'awareness' | 'leads' | 'sales' | 'engagement' | 'retention';
  audiences: string[];
  budgetMinor: number;
  currency: string;
  startDate?: string;
  endDate?: string;
  constraints: string[];
  mustInclude: string[];
  doNotDo: string[];
  kpiTargets: Record<string, number>;
  languages?: string[];
  competitors?: string[];
  [field: string]: unknown;
}

export type AicmoArtifactStatus = 'draft' | 'in_review' | 'approved' | 'rejected' | 'changes_requested' | 'stale';

export interface AicmoArtifactInput {
  name: string;
  version: number;
  status: AicmoArtifactStatus;
  approved: boolean;
  content: unknown;
}

export interface AicmoArtifact {
  name: string;
  /** The artifact's status, or "missing" when the subsystem never made one. */
  status: AicmoArtifactStatus | 'missing';
  version: number | null;
  content: unknown;
  createdAt: string | null;
  statusNote: string | null;
  /** The latest attempt failed with this sentence (the fields above are the last good version). */
  lastError: string | null;
  insights: { id: string; sentence: string }[];
}

export interface AicmoProjectSummary {
  id: string;
  slug: string;
  name: string;
  /** INTAKE, STRATEGY, CREATIVE, EXECUTION or DONE. */
  stage: string;
  badges: string[];
}

export interface AicmoInsight {
  id: string;
  kind: string;
  summary: string;
  evidence: { count: number; window: { from: string | null; to: string | null }; projects: string[]; source: string };
}

export interface AicmoSubsystemInfo {
  name: string;
  description: string;
  needs: string[];
  uses: string[];
  requiresApproved: string[];
  /** The plugin that registered it; null for a built-in. */
  plugin: AicmoPluginInfo | null;
}

/** One learning event, as one line of `.aicmo/events/YYYY-MM.jsonl`. */
export interface AicmoLearningEvent {
  v: 1;
  id: string;
  /** ISO timestamp. */
  ts: string;
  /** e.g. "subsystem.completed", "strategy.approved", "creative.rejected". */
  type: string;
  project: string | null;
  actor: string;
  data: Record<string, unknown>;
}
