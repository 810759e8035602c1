// The portal artifact's content: what awaits the client's decision, the action history, the
// results against the goals, and a client review pack as self-contained HTML and Markdown (the
// orchestrator writes the files).
import type { ApprovalActionRecord } from '../types';
import type { ResultsSection } from './results';

export interface ApprovalRequest {
  kind: 'strategy' | 'creative';
  /** "strategy" or the creative's id. */
  targetId: string;
  label: string;
  status: string;
  /** True while the item awaits a decision (in review or changes requested). */
  awaitingDecision: boolean;
  version?: number;
  channel?: string;
}

export interface PortalContent {
  approvalRequests: ApprovalRequest[];
  history: ApprovalActionRecord[];
  /** KPIs against the goals for the period, in the client's words ("no data" where there is none). */
  results: ResultsSection;
  reviewPack: {
    title: string;
    /** Suggested file name without extension, e.g. "acme-spring-review-v3". */
    fileStem: string;
    markdown: string;
    html: string;
  };
  summary: { strategyStatus: string; creativesAwaiting: number; actions: number };
}

export type { ResultRow, ResultsSection } from './results';
