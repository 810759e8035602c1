// Strategy from the intake: objectives and KPIs by goal metric, pillars, funnel, timeline
// between the project's dates, risks, and a checklist from past rejection reasons.
import { formatMoney } from '../../domain/money';
import type { Project } from '../../domain/project';
import type { AppliedInsight, RejectionReasonInsight } from '../../kaizen/types';
import { largestRemainder } from '../../kaizen/allocation';
import { addDays, daysBetween, isIsoDate } from '../common/dates';
import { fill, sentenceList } from '../common/text';
import { KPI_DEFINITIONS, KPIS_BY_GOAL, kpiKeyFor } from './kpiTable';
import { FUNNEL_STAGES, PHASES, PILLARS_BY_GOAL, PRIMARY_FUNNEL_STAGE } from './planTables';
import {
  RISK_BRAND_RULES,
  RISK_CONSTRAINTS,
  RISK_GENERAL,
  RISK_NO_DATES,
  RISK_NO_TARGETS,
  RISK_SHORT_WINDOW,
  RISKS_BY_GOAL,
  SHORT_WINDOW_DAYS,
  STANDARD_CHECKLIST,
} from './riskTable';
import type { StrategyContent, StrategyObjective, StrategyPhase } from './types';

export function projectDates(project: Project): { start: string; end: string } | null {
  if (!isIsoDate(project.startDate) || !isIsoDate(project.endDate) || project.endDate < project.startDate) return null;
  return { start: project.startDate, end: project.endDate };
}

function vars(project: Project): Record<string, string> {
  return {
    product: project.product?.trim() || project.name,
    audience: project.audiences[0]?.trim() || 'the target audience',
    brand: project.brand?.trim() || project.client?.trim() || project.name,
  };
}

/** Objectives: the goal's KPIs with intake targets, then any other intake targets. */
export function buildObjectives(project: Project): StrategyObjective[] {
  const targets = new Map<string, number>();
  const unknownTargets: [string, number][] = [];
  for (const [name, value] of Object.entries(project.kpiTargets)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const key = kpiKeyFor(name);
    if (key) targets.set(key, value);
    else unknownTargets.push([name, value]);
  }
  const objectives: StrategyObjective[] = KPIS_BY_GOAL[project.goalMetric].map(({ key, label }, i) => {
    const def = KPI_DEFINITIONS[key]!;
    const target = targets.get(key);
    targets.delete(key);
    return { kpi: key, label: label ?? def.label, unit: def.unit, direction: def.direction, formula: def.formula, target: target ?? null, targetSource: target === undefined ? 'not set' : 'intake', primary: i === 0 };
  });
  for (const [key, target] of targets) {
    const def = KPI_DEFINITIONS[key]!;
    objectives.push({ kpi: key, label: def.label, unit: def.unit, direction: def.direction, formula: def.formula, target, targetSource: 'intake', primary: false });
  }
  for (const [name, target] of unknownTargets) {
    objectives.push({ kpi: name, label: name, unit: 'count', direction: 'higher', formula: 'as defined by the client', target, targetSource: 'intake', primary: false });
  }
  return objectives;
}

/** 3 pillars, plus one for a second audience and one for must-include items (at most 5). */
export function buildPillars(project: Project): { name: string; description: string }[] {
  const count = Math.min(5, 3 + (project.audiences.length > 1 ? 1 : 0) + (project.mustInclude.length > 0 ? 1 : 0));
  const v = vars(project);
  return PILLARS_BY_GOAL[project.goalMetric].slice(0, count).map((p) => ({ name: fill(p.name, v), description: fill(p.description, v) }));
}

/** Phases split the window by their shares (whole days, largest remainder, at least one day each). */
export function buildTimeline(project: Project): StrategyPhase[] {
  const dates = projectDates(project);
  if (!dates) return PHASES.map((p) => ({ key: p.key, phase: p.name, start: null, end: null, activities: p.activities }));
  const days = daysBetween(dates.start, dates.end) + 1;
  let lengths: number[];
  if (days >= PHASES.length) {
    lengths = largestRemainder(days - PHASES.length, PHASES.map((p) => p.share)).map((d) => d + 1);
  } else {
    // Fewer days than phases: the phases share days, in order.
    lengths = PHASES.map(() => 0);
  }
  let cursor = 0;
  return PHASES.map((p, i) => {
    if (days < PHASES.length) {
      const day = Math.min(i, days - 1);
      return { key: p.key, phase: p.name, start: addDays(dates.start, day), end: addDays(dates.start, day), activities: p.activities };
    }
    const start = addDays(dates.start, cursor);
    cursor += lengths[i]!;
    return { key: p.key, phase: p.name, start, end: addDays(dates.start, cursor - 1), activities: p.activities };
  });
}

export function buildFunnel(project: Project): StrategyContent['funnel'] {
  const v = vars(project);
  const primary = PRIMARY_FUNNEL_STAGE[project.goalMetric];
  return FUNNEL_STAGES.map((s) => ({ stage: s.stage, emphasis: s.stage === primary ? 'primary' : 'supporting', goal: fill(s.goal, v), tactics: s.tactics, kpis: s.kpis }));
}

export function buildRisks(project: Project, objectives: StrategyObjective[]): StrategyContent['risks'] {
  const risks = [...RISKS_BY_GOAL[project.goalMetric]];
  const dates = projectDates(project);
  if (!dates) risks.push(RISK_NO_DATES);
  else if (daysBetween(dates.start, dates.end) + 1 < SHORT_WINDOW_DAYS) risks.push(RISK_SHORT_WINDOW);
  if (!objectives.some((o) => o.targetSource === 'intake')) risks.push(RISK_NO_TARGETS);
  if (project.doNotDo.length > 0) risks.push(RISK_BRAND_RULES);
  if (project.constraints.length > 0) risks.push(RISK_CONSTRAINTS);
  risks.push(RISK_GENERAL);
  return risks.map((r) => ({ ...r }));
}

export function buildChecklist(reasons: readonly RejectionReasonInsight[]): { checklist: StrategyContent['checklist']; applied: AppliedInsight[] } {
  const sorted = [...reasons].filter((r) => r.payload.count > 0).sort((a, b) => b.payload.count - a.payload.count || a.payload.reason.localeCompare(b.payload.reason));
  const checklist: StrategyContent['checklist'] = STANDARD_CHECKLIST.map((item) => ({ item, source: 'standard' as const }));
  const applied: AppliedInsight[] = [];
  for (const r of sorted) {
    const times = r.payload.count === 1 ? 'once' : `${r.payload.count} times`;
    checklist.push({ item: `Address a past rejection reason: "${r.payload.reason}" (given ${times}).`, source: 'kaizen', insightId: r.id, count: r.payload.count });
    applied.push({ id: r.id, sentence: `Added "${r.payload.reason}" to the strategy checklist (a rejection reason given ${times}).` });
  }
  return { checklist, applied };
}

function formatTarget(o: StrategyObjective, currency: string): string {
  if (o.target === null) return '';
  if (o.unit === 'money') return ` (target ${o.direction === 'lower' ? 'at most ' : ''}${o.target.toLocaleString('en')} ${currency})`;
  if (o.unit === 'ratio') return ` (target ${o.target})`;
  if (o.unit === 'multiple') return ` (target ${o.target}×)`;
  return ` (target ${o.target.toLocaleString('en')})`;
}

export function buildExecutiveSummary(project: Project, objectives: StrategyObjective[], pillars: { name: string }[], budget: string): string {
  const v = vars(project);
  const primary = objectives[0]!;
  const dates = projectDates(project);
  const where = project.geography?.trim() ? ` in ${project.geography.trim()}` : '';
  const when = dates ? ` from ${dates.start} to ${dates.end}` : ' (dates not set in the intake)';
  const who = project.audiences.length > 0 ? sentenceList(project.audiences.map((a) => a.trim())) : 'the target audience';
  const goal = project.goal.trim().replace(/[.!]+$/, '');
  return (
    `${v.brand} will reach ${who}${where} to ${goal.charAt(0).toLowerCase()}${goal.slice(1)}. ` +
    `Success is measured by ${primary.label}${formatTarget(primary, project.currency)}, with a budget of ${budget}${when}. ` +
    `The plan rests on ${pillars.length} pillars: ${sentenceList(pillars.map((p) => p.name))}.`
  );
}

export function buildStrategy(project: Project, reasons: readonly RejectionReasonInsight[], skipKaizen: boolean): { content: StrategyContent; applied: AppliedInsight[] } {
  const objectives = buildObjectives(project);
  const pillars = buildPillars(project);
  const budget = formatMoney({ amountMinor: project.budgetMinor, currency: project.currency });
  const { checklist, applied } = buildChecklist(skipKaizen ? [] : reasons);
  const kaizen: StrategyContent['kaizen'] = skipKaizen
    ? { mode: 'skipped', note: 'Kaizen skipped: the checklist uses the standard items only.' }
    : applied.length > 0
      ? { mode: 'applied', note: `The checklist includes ${applied.length} past rejection reason${applied.length === 1 ? '' : 's'}.` }
      : { mode: 'no-evidence', note: 'No evidence yet: no rejection reasons have been recorded.' };
  const content: StrategyContent = {
    executiveSummary: buildExecutiveSummary(project, objectives, pillars, budget),
    situation: {
      client: project.client?.trim() || null,
      brand: project.brand?.trim() || null,
      industry: project.industry,
      geography: project.geography?.trim() || null,
      product: project.product?.trim() || null,
      goal: project.goal,
      goalMetric: project.goalMetric,
      audiences: [...project.audiences],
      constraints: [...project.constraints],
      budget: { amountMinor: project.budgetMinor, currency: project.currency, formatted: budget },
      dates: projectDates(project),
    },
    objectives,
    pillars,
    funnel: buildFunnel(project),
    timeline: buildTimeline(project),
    risks: buildRisks(project, objectives),
    checklist,
    kaizen,
  };
  return { content, applied };
}
