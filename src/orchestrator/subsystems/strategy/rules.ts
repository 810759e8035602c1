// Strategy from the brief: the vertical's template (how its customers buy, its pillars, funnel
// tactics, risks and advertising rules) filled with the brief's facts, objectives and KPIs by goal
// metric, a timeline between the project's dates, a checklist from past rejection reasons, and
// every change request on the strategy applied (see applyRequests.ts, revision.ts).
import type { Channel } from '../../domain/channels';
import { formatMoney } from '../../domain/money';
import type { Project } from '../../domain/project';
import { VERTICAL_LABELS, verticalOf, type VerticalReading } from '../../domain/verticals';
import { readKpiName, KPI_SPECS } from '../../analytics/kpiNames';
import type { AppliedInsight, RejectionReasonInsight } from '../../kaizen/types';
import { largestRemainder } from '../../kaizen/allocation';
import { addDays, daysBetween, isIsoDate, longDate } from '../common/dates';
import { sentenceList } from '../common/text';
import { briefVars, channelRules, fillSentence, hasFacts, permits, type BriefVars, type ChannelRules } from './brief';
import { claimsToCheck } from './claims';
import { KPIS_BY_GOAL } from './kpiTable';
import { FUNNEL_KPIS, PHASES, PRIMARY_FUNNEL_STAGE } from './planTables';
import {
  LEAD_CONSENT_RULE,
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
import { GENERAL_CLAIM_WORDS, LOCAL_PILLAR, LOCAL_TACTIC, VERTICAL_TEMPLATES, type PillarTemplate, type VerticalTemplate } from './verticals';

export function projectDates(project: Pick<Project, 'startDate' | 'endDate'>): { start: string; end: string } | null {
  if (!isIsoDate(project.startDate) || !isIsoDate(project.endDate) || project.endDate < project.startDate) return null;
  return { start: project.startDate, end: project.endDate };
}

/** Objectives: the goal's KPIs with intake targets, then any other intake targets (read through the KPI vocabulary). */
export function buildObjectives(project: Project): StrategyObjective[] {
  const targets = new Map<string, number>();
  const others: [string, number][] = [];
  for (const [name, value] of Object.entries(project.kpiTargets)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const reading = readKpiName(name, project.goalMetric);
    if (reading.kpi && !targets.has(reading.kpi)) targets.set(reading.kpi, value);
    else others.push([name, value]);
  }
  const objectives: StrategyObjective[] = KPIS_BY_GOAL[project.goalMetric].map(({ key, label }, i) => {
    const spec = KPI_SPECS[key];
    const target = targets.get(key);
    targets.delete(key);
    return { kpi: key, label: label ?? spec.label, unit: spec.unit, direction: spec.direction, formula: spec.formula, target: target ?? null, targetSource: target === undefined ? 'not set' : 'intake', primary: i === 0 };
  });
  for (const [key, target] of targets) {
    const spec = KPI_SPECS[key as keyof typeof KPI_SPECS];
    objectives.push({ kpi: key, label: spec.label, unit: spec.unit, direction: spec.direction, formula: spec.formula, target, targetSource: 'intake', primary: false });
  }
  for (const [name, target] of others) {
    const reading = readKpiName(name, project.goalMetric);
    objectives.push({
      kpi: name,
      label: reading.label,
      unit: reading.unit ?? 'count',
      direction: 'higher',
      formula: reading.needs ? `as defined by the client (results need a ${reading.needs} column)` : 'as defined by the client',
      target,
      targetSource: 'intake',
      primary: false,
      ...(reading.needs ? { needs: reading.needs } : {}),
    });
  }
  return objectives;
}

/** The template, the brief's words and channel rules a strategy is built from. */
export interface StrategyFrame {
  project: Project;
  reading: VerticalReading;
  template: VerticalTemplate;
  vars: BriefVars;
  rules: ChannelRules;
}

export function strategyFrame(project: Project): StrategyFrame {
  const reading = verticalOf(project);
  return { project, reading, template: VERTICAL_TEMPLATES[reading.vertical], vars: briefVars(project), rules: channelRules(project) };
}

/** The pillar candidates for this brief, in the template's order: goal-filtered, channel-permitted, facts present (or a fallback). */
export function pillarCandidates(frame: StrategyFrame, extraExcluded: ReadonlySet<Channel> = new Set()): { name: string; description: string }[] {
  const { template, vars, project, reading } = frame;
  const pool: PillarTemplate[] = [...template.pillars];
  // A clinic, a branch or a shop in any vertical must also be found nearby.
  if (reading.local && !pool.some((p) => p.name === LOCAL_PILLAR.name)) pool.splice(1, 0, LOCAL_PILLAR);
  const out: { name: string; description: string }[] = [];
  for (const p of pool) {
    if (p.goals && !p.goals.includes(project.goalMetric)) continue;
    if (!permits(frame.rules, extraExcluded, p.channels)) continue;
    const text = hasFacts(vars, p.needs) ? p.description : p.fallback;
    if (text === undefined) continue;
    out.push({ name: fillSentence(p.name, vars), description: fillSentence(text, vars) });
  }
  return out;
}

/** 3 pillars, plus one for a second audience and one for must-include items (at most 5). */
export function pillarCount(project: Project): number {
  return Math.min(5, 3 + (project.audiences.length > 1 ? 1 : 0) + (project.mustInclude.length > 0 ? 1 : 0));
}

export function buildPillars(frame: StrategyFrame, extraExcluded: ReadonlySet<Channel> = new Set()): { pillars: StrategyContent['pillars']; spares: StrategyContent['pillars'] } {
  const { project } = frame;
  const candidates = pillarCandidates(frame, extraExcluded);
  const count = pillarCount(project);
  const mustInclude = project.mustInclude.map((m) => m.trim()).filter((m) => m !== '');
  const take = mustInclude.length > 0 ? count - 1 : count;
  const pillars = candidates.slice(0, take);
  if (mustInclude.length > 0) {
    pillars.push({ name: 'Non-negotiables in every asset', description: `${sentenceList(mustInclude)}: in every ad, landing page and email, checked at creative review.` });
  }
  return { pillars, spares: candidates.slice(take) };
}

export function buildFunnel(frame: StrategyFrame, extraExcluded: ReadonlySet<Channel> = new Set()): StrategyContent['funnel'] {
  const { template, vars, project, reading } = frame;
  const primary = PRIMARY_FUNNEL_STAGE[project.goalMetric];
  return FUNNEL_KPIS.map(({ stage, kpis }) => {
    const t = template.funnel[stage];
    const tactics = [...t.tactics, ...(stage === 'conversion' && reading.local && reading.vertical !== 'local' ? [LOCAL_TACTIC] : [])]
      .filter((x) => permits(frame.rules, extraExcluded, x.channels))
      .map((x) => fillSentence(x.text, vars));
    if (tactics.length === 0) tactics.push("No paid channel the brief allows fits this stage: it relies on the client's own site, email list and listings.");
    return { stage, emphasis: stage === primary ? 'primary' : 'supporting', goal: fillSentence(t.goal, vars), tactics, kpis };
  });
}

/** Phases split the window by their shares (whole days, largest remainder, at least one day each). */
export function buildTimeline(project: Pick<Project, 'startDate' | 'endDate'>): StrategyPhase[] {
  const dates = projectDates(project);
  if (!dates) return PHASES.map((p) => ({ key: p.key, phase: p.name, start: null, end: null, activities: p.activities }));
  const days = daysBetween(dates.start, dates.end) + 1;
  const lengths = days >= PHASES.length ? largestRemainder(days - PHASES.length, PHASES.map((p) => p.share)).map((d) => d + 1) : PHASES.map(() => 0);
  let cursor = 0;
  return PHASES.map((p, i) => {
    if (days < PHASES.length) {
      // Fewer days than phases: the phases share days, in order.
      const day = Math.min(i, days - 1);
      return { key: p.key, phase: p.name, start: addDays(dates.start, day), end: addDays(dates.start, day), activities: p.activities };
    }
    const start = addDays(dates.start, cursor);
    cursor += lengths[i]!;
    return { key: p.key, phase: p.name, start, end: addDays(dates.start, cursor - 1), activities: p.activities };
  });
}

export function buildRisks(frame: StrategyFrame, objectives: StrategyObjective[]): StrategyContent['risks'] {
  const { project, template, vars } = frame;
  const fillRisk = (r: { risk: string; likelihood: 'low' | 'medium' | 'high'; mitigation: string }) => ({ risk: fillSentence(r.risk, vars), likelihood: r.likelihood, mitigation: fillSentence(r.mitigation, vars) });
  const override = template.goalRisks?.[project.goalMetric];
  const goalRisks = override === null ? [] : override ? [override] : RISKS_BY_GOAL[project.goalMetric];
  const risks = [...goalRisks, ...template.risks].map(fillRisk);
  const dates = projectDates(project);
  if (!dates) risks.push({ ...RISK_NO_DATES });
  else if (daysBetween(dates.start, dates.end) + 1 < SHORT_WINDOW_DAYS) risks.push({ ...RISK_SHORT_WINDOW });
  if (!objectives.some((o) => o.targetSource === 'intake')) risks.push({ ...RISK_NO_TARGETS });
  if (project.doNotDo.length > 0) risks.push({ ...RISK_BRAND_RULES });
  if (project.constraints.length > 0) risks.push({ ...RISK_CONSTRAINTS });
  risks.push({ ...RISK_GENERAL });
  return risks;
}

export function buildCompliance(frame: StrategyFrame): StrategyContent['compliance'] {
  const rules = (frame.template.compliance ?? []).map((r) => ({ ...r }));
  if (frame.project.goalMetric === 'leads') rules.push({ ...LEAD_CONSENT_RULE });
  return rules;
}

export function buildChecklist(frame: StrategyFrame, reasons: readonly RejectionReasonInsight[]): { checklist: StrategyContent['checklist']; applied: AppliedInsight[] } {
  const sorted = [...reasons].filter((r) => r.payload.count > 0).sort((a, b) => b.payload.count - a.payload.count || a.payload.reason.localeCompare(b.payload.reason));
  const checklist: StrategyContent['checklist'] = [
    ...STANDARD_CHECKLIST.map((item) => ({ item, source: 'standard' as const })),
    ...(frame.template.checklist ?? []).map((item) => ({ item, source: 'vertical' as const })),
  ];
  const applied: AppliedInsight[] = [];
  for (const r of sorted) {
    const times = r.payload.count === 1 ? 'once' : `${r.payload.count} times`;
    checklist.push({ item: `Address a past rejection reason: "${r.payload.reason}" (given ${times}).`, source: 'kaizen', insightId: r.id, count: r.payload.count });
    applied.push({ id: r.id, sentence: `Added "${r.payload.reason}" to the strategy checklist (a rejection reason given ${times}).` });
  }
  return { checklist, applied };
}

function formatTarget(o: StrategyObjective, currency: string): string {
  if (o.target === null) return ' (no target set yet)';
  if (o.unit === 'money') return `, with a target of ${o.direction === 'lower' ? 'at most ' : ''}${o.target.toLocaleString('en')} ${currency}`;
  if (o.unit === 'ratio') return `, with a target of ${o.target}`;
  if (o.unit === 'multiple') return `, with a target of ${o.target}×`;
  return `, with a target of ${o.target.toLocaleString('en')}`;
}

/** Country names that read with "the" ("in the United Kingdom"). */
const WITH_THE = /^(?:united kingdom|united states|netherlands|philippines|united arab emirates|czech republic|dominican republic|uk|us|usa|uae)$/i;


export function buildExecutiveSummary(frame: StrategyFrame, objectives: StrategyObjective[], pillars: { name: string }[]): string {
  const { project, vars } = frame;
  const primary = objectives.find((o) => o.primary) ?? objectives[0]!;
  const budget = formatMoney({ amountMinor: project.budgetMinor, currency: project.currency });
  const dates = projectDates(project);
  const who = project.audiences.length > 0 ? sentenceList(project.audiences.map((a) => a.trim())) : 'the target audience';
  const geo = project.geography?.trim();
  // "families in Leeds" already says where: do not add "in Leeds" again.
  const where = geo && !who.toLowerCase().includes(geo.toLowerCase()) ? ` in ${WITH_THE.test(geo) ? 'the ' : ''}${geo}` : '';
  const when = dates ? ` from ${longDate(dates.start)} to ${longDate(dates.end)}` : ' (dates not set in the brief yet)';
  const goal = project.goal.trim().replace(/[.!]+$/, '');
  const sentences = [
    `${vars.brand} will reach ${who}${where} with a budget of ${budget}${when}. The goal: ${goal.charAt(0).toLowerCase()}${goal.slice(1)}.`,
    `Success is measured by ${primary.label}${formatTarget(primary, project.currency)}.`,
    `The plan rests on ${pillars.length} pillars: ${sentenceList(pillars.map((p) => p.name))}.`,
  ];
  if (vars.offer) sentences.push(`The offer: ${vars.offer}.`);
  if ((frame.template.compliance ?? []).length > 0) sentences.push(`Every claim follows the advertising rules of ${VERTICAL_LABELS[frame.reading.vertical].toLowerCase()} listed under compliance.`);
  return sentences.join(' ');
}

export function verticalNote(reading: VerticalReading): string {
  const label = VERTICAL_LABELS[reading.vertical];
  const why = reading.matched ? `read from "${reading.matched}" in the brief` : 'no vertical word in the brief, so the general template';
  return `${label} (${why})${reading.local && reading.vertical !== 'local' ? ', a local business' : ''}.`;
}

/** The strategy before change requests: the vertical's template filled with the brief. */
export function buildBaseStrategy(frame: StrategyFrame, reasons: readonly RejectionReasonInsight[], skipKaizen: boolean, extraExcluded: ReadonlySet<Channel> = new Set()): { content: StrategyContent; applied: AppliedInsight[]; spares: StrategyContent['pillars'] } {
  const { project, reading, vars } = frame;
  const objectives = buildObjectives(project);
  const { pillars, spares } = buildPillars(frame, extraExcluded);
  const budget = formatMoney({ amountMinor: project.budgetMinor, currency: project.currency });
  const { checklist, applied } = buildChecklist(frame, skipKaizen ? [] : reasons);
  const kaizen: StrategyContent['kaizen'] = skipKaizen
    ? { mode: 'skipped', note: 'Kaizen skipped: the checklist uses the standard items only.' }
    : applied.length > 0
      ? { mode: 'applied', note: `The checklist includes ${applied.length} past rejection reason${applied.length === 1 ? '' : 's'}.` }
      : { mode: 'no-evidence', note: 'No evidence yet: no rejection reasons have been recorded.' };
  const content: StrategyContent = {
    executiveSummary: buildExecutiveSummary(frame, objectives, pillars),
    vertical: { key: reading.vertical, label: VERTICAL_LABELS[reading.vertical], local: reading.local, matched: reading.matched, note: verticalNote(reading) },
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
      buyingJourney: fillSentence(frame.template.journey, vars),
      facts: {
        benefits: [...(project.benefits ?? [])],
        proofPoints: [...(project.proofPoints ?? [])],
        offer: project.offer?.trim() || null,
        competitors: [...(project.competitors ?? [])],
        landingUrl: project.landingUrl?.trim() || null,
      },
      channelRules: { allowed: [...frame.rules.allowed], excluded: [...frame.rules.excluded] },
    },
    objectives,
    pillars,
    funnel: buildFunnel(frame, extraExcluded),
    timeline: buildTimeline(project),
    risks: buildRisks(frame, objectives),
    compliance: buildCompliance(frame),
    claimsToCheck: claimsToCheck(project, [...(frame.template.claimWords ?? []), ...GENERAL_CLAIM_WORDS]),
    checklist,
    changeRequests: [],
    revision: null,
    kaizen,
  };
  return { content, applied, spares };
}
