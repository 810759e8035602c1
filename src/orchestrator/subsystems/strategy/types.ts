// The strategy artifact's content.
import type { GoalMetric } from '../../domain/project';
import type { FunnelStageKey, PhaseKey } from './planTables';

export interface StrategyObjective {
  kpi: string;
  label: string;
  unit: 'count' | 'ratio' | 'money' | 'multiple';
  direction: 'higher' | 'lower';
  formula: string;
  /** Target from the intake (money in major units), or null when the intake gives none. */
  target: number | null;
  targetSource: 'intake' | 'not set';
  primary: boolean;
}

export interface StrategyPhase {
  key: PhaseKey;
  phase: string;
  /** ISO dates, or null when the intake has no dates. */
  start: string | null;
  end: string | null;
  activities: string[];
}

export interface StrategyContent {
  executiveSummary: string;
  situation: {
    client: string | null;
    brand: string | null;
    industry: string;
    geography: string | null;
    product: string | null;
    goal: string;
    goalMetric: GoalMetric;
    audiences: string[];
    constraints: string[];
    budget: { amountMinor: number; currency: string; formatted: string };
    dates: { start: string; end: string } | null;
  };
  objectives: StrategyObjective[];
  pillars: { name: string; description: string }[];
  funnel: { stage: FunnelStageKey; emphasis: 'primary' | 'supporting'; goal: string; tactics: string[]; kpis: string[] }[];
  timeline: StrategyPhase[];
  risks: { risk: string; likelihood: 'low' | 'medium' | 'high'; mitigation: string }[];
  checklist: { item: string; source: 'standard' | 'kaizen'; insightId?: string; count?: number }[];
  kaizen: { mode: 'applied' | 'no-evidence' | 'skipped'; note: string };
}
