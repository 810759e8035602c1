// The subsystem plugin contract. A subsystem declares the artifacts it needs, produces plain
// content from plain typed inputs, and validates content (its own or a language model's). The
// orchestrator resolves the order from `needs`/`uses`, builds the context, stores the result as a
// new artifact version and records which Kaizen insights it applied. Subsystems never touch
// storage: everything they read comes through the context.
import type { AnalyticsRow, TrendEvidence, TrendPointValue, TrendStrength } from '../analytics';
import type { Project } from '../domain/project';
import type { Random } from '../domain/random';
import type { AppliedInsight, Insight } from '../kaizen/types';

export const SUBSYSTEM_NAMES = ['strategy', 'brand', 'social', 'media', 'creatives', 'pm', 'analytics', 'portal'] as const;
export type KnownSubsystemName = (typeof SUBSYSTEM_NAMES)[number];
/** A subsystem's name, which is also the kind of the artifact it produces. Open to new plugins. */
export type SubsystemName = KnownSubsystemName | (string & {});

export type ArtifactStatus = 'draft' | 'in_review' | 'approved' | 'rejected' | 'changes_requested' | 'stale';

/** The latest version of an artifact, as a subsystem sees it. */
export interface ArtifactInput<C = unknown> {
  name: SubsystemName;
  version: number;
  status: ArtifactStatus;
  /** True when this version is approved (the gate for creatives). */
  approved: boolean;
  content: C;
}

// ---- read-only data the orchestrator provides over the store ----

/** One point of an imported keyword series; null value = the export showed "<1". */
export type TrendPoint = TrendPointValue;

/** A keyword's strength from the analytics library (`trendStrength`), with the evidence that decided it. */
export interface TrendStrengthReading {
  strength: TrendStrength;
  evidence: TrendEvidence;
}

export interface TrendSeries {
  keyword: string;
  /** e.g. "Google Trends CSV (multiTimeline.csv)". */
  source: string;
  geo?: string;
  points: TrendPoint[];
  /** When absent, the social subsystem computes it with the analytics library. */
  strength?: TrendStrengthReading;
}

/** Results of one creative variant (metric rows matched to it), for A/B readings. */
export interface CreativeResult {
  creativeId: string;
  channel: string;
  angle: string;
  headline: string;
  impressions: number;
  clicks: number;
  conversions: number;
}

export interface TeamMember {
  name: string;
  role: string;
  weeklyHours: number;
}

/** A rough agency cost per hour: major units, in `currency` (null = each project's own currency). */
export interface HourlyRateSetting {
  amount: number;
  currency: string | null;
  source: 'workspace' | 'vscode';
}

export type ApprovalActionKind = 'submit' | 'approve' | 'reject' | 'request_changes' | 'hold' | 'resume';

export interface ApprovalActionRecord {
  id: string;
  /** ISO timestamp. */
  at: string;
  actor: { name: string; kind: 'internal' | 'client' };
  action: ApprovalActionKind;
  target: { kind: 'strategy' | 'creative' | 'project' | (string & {}); id: string; label?: string };
  comment?: string;
}

/** A creative as stored (its status changes with approval actions after the artifact is made). */
export interface StoredCreative {
  id: string;
  channel: string;
  format: string;
  angle: string;
  headline: string;
  body: string;
  cta: string;
  status: 'draft' | 'in_review' | 'approved' | 'rejected' | 'changes_requested' | 'scheduled' | (string & {});
  violations: { field: string; message: string; severity: 'error' | 'warning' }[];
  rank?: number;
  scheduledDate?: string | null;
  /** The creative's identity across versions ("meta-benefit-led"). */
  key?: string;
  /** sha256 of what it was made from: the same inputs keep the stored creative. */
  fingerprint?: string;
  /** What it was made from (the fingerprint's parts). */
  inputs?: Record<string, unknown>;
  language?: string;
  /** Its text fields in the channel's format. */
  fields?: Record<string, string | string[]>;
  /** The brief facts it uses. */
  facts?: string[];
  /** How often it was regenerated on request. */
  generation?: number;
}

/**
 * Read-only accessors the orchestrator implements over the store. Each may be sync or async;
 * subsystems always await them. Optional ones may be absent (the subsystem then says so).
 */
export interface SubsystemData {
  /** Imported keyword series of this project (with strength when the analytics library computed it). */
  trendSeries(): Promise<TrendSeries[]> | TrendSeries[];
  /** This project's metric rows (all imports), with canonical channel ids in `channel`. */
  metricRows(): Promise<AnalyticsRow[]> | AnalyticsRow[];
  /** Team members (the workspace team), with role and weekly hours. */
  team(): Promise<TeamMember[]> | TeamMember[];
  /** The workspace's hourly rate (`aicmo team rate`), null when none is set; absent in older hosts. */
  hourlyRate?(): Promise<HourlyRateSetting | null> | HourlyRateSetting | null;
  /** All approval actions on this project, oldest first. */
  actionHistory(): Promise<ApprovalActionRecord[]> | ApprovalActionRecord[];
  /** The current creatives (one per key), with their status. */
  creatives(): Promise<StoredCreative[]> | StoredCreative[];
  /** Every stored creative, replaced ones included (for the copy people rejected). */
  creativeHistory?(): Promise<StoredCreative[]> | StoredCreative[];
  /** Per-creative results (metric rows matched to creative variants), for A/B readings; empty when none. */
  creativeResults(): Promise<CreativeResult[]> | CreativeResult[];
}

export interface SubsystemContext {
  project: Project;
  /** Latest version of each artifact named in `needs` and (when present) `uses`. */
  inputs: Partial<Record<SubsystemName, ArtifactInput>>;
  /** The latest earlier version of this subsystem's own artifact, if any. */
  previous?: ArtifactInput;
  /** The last version of this subsystem's own artifact a person approved, if any (the media plan re-plans from it). */
  approved?: ArtifactInput;
  /** The version being produced (1 for the first). */
  version: number;
  /**
   * The run's calendar day (YYYY-MM-DD, the machine's local date), for plans that must start from
   * "today" when the brief gives no date. Subsystems never read the clock themselves.
   */
  today?: string;
  /** Seeded from project id + subsystem + version (see `subsystemSeed`). */
  random: Random;
  /** Kaizen insights available for this project (empty when skipKaizen). */
  insights: readonly Insight[];
  /** Run on priors alone: insights are ignored and the content says so. */
  skipKaizen: boolean;
  signal: AbortSignal;
  data: SubsystemData;
  /** Settings that tune a subsystem (e.g. media: { explorationFloor, maxStep, caps }). */
  options?: Record<string, unknown>;
  /** The generation engine of the run (absent = rules): with the language model, copy the rules cannot write is left to it. */
  engine?: 'rules' | 'languageModel';
}

export interface SubsystemResult<C> {
  content: C;
  /** Insights that shaped the content, each with one sentence saying how. */
  appliedInsights: AppliedInsight[];
}

export interface Subsystem<C = unknown> {
  readonly name: SubsystemName;
  /** One line for menus and logs. */
  readonly description: string;
  /** Artifacts that must exist (latest version) before this runs; the run fails without them. */
  readonly needs: readonly SubsystemName[];
  /** Artifacts read when present (run after them in a flow) but not required. */
  readonly uses?: readonly SubsystemName[];
  /** Needed artifacts that must be approved; otherwise the run reports "<name>: waiting for <need> approval". */
  readonly requiresApproved?: readonly SubsystemName[];
  /** Status of a new artifact version (default "draft"). */
  readonly initialStatus?: ArtifactStatus;
  /**
   * Subsystems that need this one get its last approved version when there is one (else the
   * latest), so a new proposal does not change their inputs until it is approved.
   */
  readonly downstreamUsesApproved?: boolean;
  /**
   * A fingerprint of the Kaizen evidence this subsystem would use (null = none). It is part of the
   * inputs hash: an approved, rejected or sent-back version is kept while inputs and evidence are
   * unchanged, and new evidence makes a new proposal.
   */
  evidenceFingerprint?(args: { project: Project; insights: readonly Insight[]; skipKaizen: boolean; options?: Record<string, unknown> }): string | null;
  run(ctx: SubsystemContext): Promise<SubsystemResult<C>> | SubsystemResult<C>;
  /** Problems with the content, one sentence each; empty means valid. */
  validate(content: unknown): string[];
  /** Who provides it when it is not built in: a plugin (another extension, or a CLI plugin module). */
  readonly plugin?: PluginOrigin;
  /** Its content as Markdown (plugins give one; the built-ins' are in notebook/markdown). */
  render?(content: unknown): string;
}

/** A plugin that registered a subsystem: its id (an extension id or a module path) and a label for people. */
export interface PluginOrigin {
  readonly id: string;
  readonly label?: string;
}
