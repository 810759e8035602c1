// When the project plan starts and ends, and the dates of its phases. The brief's dates when it has
// them; without a start date the plan starts on the next working day after the run and says so,
// and keeps that assumed start on later re-runs (unchanged inputs, unchanged plan) until the brief
// gets a date. Phases come from the strategy's timeline, or the same split of the plan's own window.
import { AicmoError } from '../../domain/errors';
import type { Project } from '../../domain/project';
import { isIsoDate, longDate, nextWorkDay } from '../common/dates';
import { buildTimeline } from '../strategy/rules';
import type { StrategyPhase } from '../strategy/types';
import type { PhaseKey } from '../strategy/planTables';
import { DEFAULT_FLIGHT_WEEKS } from './taskTemplates';

export interface PlanDates {
  start: string;
  end: string | null;
  /** True when the brief has no start date and the plan assumed one. */
  startAssumed: boolean;
  phases: Map<PhaseKey, { phase: string; start: string | null; end: string | null }>;
  notes: string[];
  warnings: string[];
}

const day = (iso: string): string => longDate(iso, { weekday: true });

/** The assumed start a previous plan recorded, if it assumed one. */
function previousAssumedStart(previous: unknown): string | null {
  const s = (previous as { schedule?: { start?: unknown; startAssumed?: unknown } } | undefined)?.schedule;
  return s && s.startAssumed === true && typeof s.start === 'string' && isIsoDate(s.start) ? s.start : null;
}

export function planDates(input: { project: Project; strategyTimeline?: readonly StrategyPhase[]; today?: string; previous?: unknown }): PlanDates {
  const { project } = input;
  const notes: string[] = [];
  const warnings: string[] = [];
  let start: string;
  let startAssumed = false;
  if (isIsoDate(project.startDate)) start = project.startDate;
  else {
    const kept = previousAssumedStart(input.previous);
    if (kept) {
      start = kept;
      notes.push(`The brief has no start date: the plan keeps the start it assumed when it was first made, ${day(start)} (set a start date to plan from another day).`);
      if (input.today && isIsoDate(input.today) && start < input.today) warnings.push(`The assumed start, ${day(start)}, has passed: set a start date in the brief to re-plan from now.`);
    } else if (input.today && isIsoDate(input.today)) {
      start = nextWorkDay(input.today);
      notes.push(`The brief has no start date: the plan starts on the next working day, ${day(start)} (set a start date to plan from another day).`);
    } else {
      throw new AicmoError('invalid-input', "PM needs the project's start date, or the date of the run, to schedule tasks.", { field: 'startDate' });
    }
    startAssumed = true;
  }
  let end: string | null = isIsoDate(project.endDate) ? project.endDate : null;
  if (end !== null && end < start) {
    warnings.push(`The end date ${day(end)} is before the plan's start, ${day(start)}: the plan is made without an end date.`);
    end = null;
  }

  const dated = (input.strategyTimeline ?? []).filter((p) => p.start !== null && p.end !== null);
  const timeline = dated.length > 0 && !startAssumed ? dated : end !== null ? buildTimeline({ startDate: start, endDate: end }) : [];
  const phases = new Map(timeline.map((p) => [p.key, { phase: p.phase, start: p.start, end: p.end }]));
  if (end === null) notes.push(`The brief has no end date: the phases have no dates, and weekly work is planned for the first ${DEFAULT_FLIGHT_WEEKS} weeks after launch.`);
  return { start, end, startAssumed, phases, notes, warnings };
}
