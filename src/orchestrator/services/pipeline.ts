// getProjectsPipeline: every project in its stage column, with badges, lead and outreach counts
// and what blocks it. Reads only the workspace index (one row per project), never project files.
import { STAGES, type Stage } from '../domain/project';
import { toMajor } from '../domain/money';
import type { ProjectSummary } from '../store/types';
import { blockersOf, type Blocker } from './blockers';
import { readProjectFlags } from './deriveProjectSummary';
import type { ServiceEnv } from './env';
import { isPaused } from '../flow/pause';
import { attempt, type Result } from './result';
import { goalMetricName, stageName } from '../domain/labels';

export interface PipelineProject {
  id: string;
  slug: string;
  name: string;
  industry: string;
  goalMetric: string;
  /** The goal in words ("Sales"). */
  goalLabel: string;
  stage: Stage;
  /** The stage in words ("Strategy", not "STRATEGY"). */
  stageLabel: string;
  lifecycle: ProjectSummary['lifecycle'];
  /** e.g. "on hold", "cancelled", "failed run", "stale", "unreadable". */
  badges: string[];
  budget: { minor: number; currency: string; display: string };
  strategyStatus: string;
  creativesAwaiting: number;
  leads: number;
  /** Leads with at least one outreach attempt. */
  leadsContacted: number;
  /** Leads who answered (replied, booked a meeting or declined). */
  leadsReplied: number;
  meetings: number;
  outreach: number;
  metricRows: number;
  blockers: Blocker[];
  updatedAt: string;
}

export interface PipelineColumn {
  stage: Stage;
  /** The stage in words ("Strategy"). */
  label: string;
  count: number;
  projects: PipelineProject[];
}

export interface ProjectsPipeline {
  paused: boolean;
  columns: PipelineColumn[];
  /** `blocked`: held by something other than a decision; `awaitingApproval`: only waiting for one. */
  totals: { projects: number; blocked: number; awaitingApproval: number; onHold: number; cancelled: number; leads: number; outreach: number };
}

// One Intl formatter per currency (formatMoney builds one per call: too slow for 10,000 rows);
// same output as domain/money.ts formatMoney with the 'en' locale.
const formatters = new Map<string, Intl.NumberFormat>();
function displayMoney(minor: number, currency: string): string {
  if (!currency) return '';
  let f = formatters.get(currency);
  if (!f) {
    f = new Intl.NumberFormat('en', { style: 'currency', currency });
    formatters.set(currency, f);
  }
  return f.format(toMajor(minor, currency));
}

export function pipelineProject(s: ProjectSummary, paused: boolean): PipelineProject {
  const f = readProjectFlags(s.flags);
  const unreadable = typeof s.flags.unreadable === 'string' ? s.flags.unreadable : undefined;
  const badges: string[] = [];
  if (f.onHold) badges.push('on hold');
  if (f.cancelled) badges.push('cancelled');
  if (f.failedRun) badges.push('failed run');
  if (f.staleArtifacts > 0) badges.push('stale');
  if (unreadable) badges.push('unreadable');
  return {
    id: s.id,
    slug: s.slug,
    name: s.name,
    industry: s.industry,
    goalMetric: s.goalMetric,
    goalLabel: goalMetricName(s.goalMetric),
    stage: s.stage,
    stageLabel: stageName(s.stage),
    lifecycle: s.lifecycle,
    badges,
    budget: { minor: s.budgetMinor, currency: s.currency, display: displayMoney(s.budgetMinor, s.currency) },
    strategyStatus: f.strategyStatus,
    creativesAwaiting: f.creativesAwaiting,
    leads: f.leads,
    leadsContacted: f.leadsContacted,
    leadsReplied: f.leadsReplied,
    meetings: f.meetings,
    outreach: f.outreach,
    metricRows: f.metricRows,
    blockers: blockersOf(s.stage, f, { paused, goalMetric: s.goalMetric, unreadable }),
    updatedAt: s.updatedAt,
  };
}

export function buildPipeline(summaries: readonly ProjectSummary[], paused: boolean): ProjectsPipeline {
  const columns = new Map<Stage, PipelineColumn>(STAGES.map((stage) => [stage, { stage, label: stageName(stage), count: 0, projects: [] }]));
  const totals = { projects: 0, blocked: 0, awaitingApproval: 0, onHold: 0, cancelled: 0, leads: 0, outreach: 0 };
  for (const s of summaries) {
    const p = pipelineProject(s, paused);
    const column = columns.get(p.stage) ?? columns.get('INTAKE')!;
    column.projects.push(p);
    column.count++;
    totals.projects++;
    // Waiting for a decision is not being blocked: a project counts once, as blocked when anything else holds it.
    if (p.blockers.some((b) => !b.waiting)) totals.blocked++;
    else if (p.blockers.length > 0) totals.awaitingApproval++;
    if (s.lifecycle === 'on_hold') totals.onHold++;
    if (s.lifecycle === 'cancelled') totals.cancelled++;
    totals.leads += p.leads;
    totals.outreach += p.outreach;
  }
  return { paused, columns: [...columns.values()], totals };
}

export function getProjectsPipeline(env: ServiceEnv): Promise<Result<ProjectsPipeline>> {
  return attempt(async () => buildPipeline(await env.store.listProjects(), await isPaused(env.store)));
}
