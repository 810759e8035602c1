// What runFlow takes and returns.
import type { GenerationEngine } from '../engine/types';
import type { KaizenOptions } from '../kaizen/insights';
import type { Subsystem } from '../subsystems/types';

export type FlowStatus = 'completed' | 'failed' | 'partial' | 'cancelled';
export type SubsystemRunStatus = 'completed' | 'failed' | 'waiting' | 'skipped' | 'cancelled';

export interface SubsystemRunResult {
  name: string;
  status: SubsystemRunStatus;
  /** The artifact version made (or kept, when unchanged). */
  version?: number;
  durationMs: number;
  error?: string;
  /** One sentence: why it waited, was skipped, or that nothing changed. */
  message?: string;
  /** Ids of the Kaizen insights it applied. */
  insights?: string[];
  /** Files written (the portal's review pack). */
  files?: string[];
  /** With the language-model engine: who wrote the prose/copy fields of the new version (details in `content.engine`). */
  engine?: { used: 'languageModel' | 'rules' | 'mixed'; written: number; fields: number };
}

export interface FlowResult {
  runId: string;
  status: FlowStatus;
  skipKaizen: boolean;
  subsystems: SubsystemRunResult[];
}

export interface RunFlowOptions {
  /** Run one subsystem only (by name). */
  only?: string;
  /** Run on priors alone: no insights are derived or applied, and the artifacts record it. */
  skipKaizen?: boolean;
  signal?: AbortSignal;
  /** Who started it (a person's name, "ci", "aicmo"). */
  actor: string;
  /** How Kaizen weighs evidence (settings aicmo.kaizen.crossIndustry / halfLifeWeeks; CLI flags). */
  kaizen?: KaizenOptions;
  /** Settings per subsystem, e.g. `{ media: { maxStep: 0.1 } }`; part of the inputs hash. */
  options?: Record<string, unknown>;
  /** The plugins to run (default: the registry in subsystems/index.ts). */
  subsystems?: readonly Subsystem[];
  /**
   * Who writes prose and copy (default rules). A language model rewrites the strategy's and the
   * creatives' text under the same checks, falling back to the rules per field (engine/).
   */
  engine?: GenerationEngine;
}
