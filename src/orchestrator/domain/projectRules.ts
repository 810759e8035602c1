// Validation of a project's intake and of patches to it. Each problem is one sentence naming
// the field, thrown as AicmoError('invalid-input', …, { field }).
import { AicmoError } from './errors';
import { isKnownCurrency } from './money';
import { GOAL_METRICS, LIFECYCLES, type ProjectIntake } from './project';
import type { ProjectPatch } from '../store/types';

function invalid(field: string, message: string): never {
  throw new AicmoError('invalid-input', message, { field });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

function checkStringList(field: string, value: unknown): void {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) invalid(field, `${field} must be a list of texts.`);
}

/** Throws on the first invalid field of a complete intake. */
export function validateIntake(intake: ProjectIntake): void {
  if (typeof intake.name !== 'string' || intake.name.trim() === '') invalid('name', 'The project name must not be empty.');
  for (const f of ['industry', 'goal'] as const) {
    if (typeof intake[f] !== 'string') invalid(f, `${f} must be a text.`);
  }
  for (const f of ['client', 'brand', 'geography', 'product'] as const) {
    if (intake[f] !== undefined && typeof intake[f] !== 'string') invalid(f, `${f} must be a text.`);
  }
  if (!(GOAL_METRICS as readonly string[]).includes(intake.goalMetric)) {
    invalid('goalMetric', `The goal metric "${String(intake.goalMetric)}" is not one of ${GOAL_METRICS.join(', ')}.`);
  }
  if (typeof intake.budgetMinor !== 'number' || !Number.isSafeInteger(intake.budgetMinor)) {
    invalid('budget', `The budget must be a whole number of minor units, not ${String(intake.budgetMinor)}.`);
  }
  if (intake.budgetMinor < 0) invalid('budget', 'The budget must not be negative.');
  if (typeof intake.currency !== 'string' || !isKnownCurrency(intake.currency)) {
    invalid('currency', `"${String(intake.currency)}" is not a known ISO 4217 currency code.`);
  }
  for (const f of ['startDate', 'endDate'] as const) {
    const v = intake[f];
    if (v !== undefined && (typeof v !== 'string' || !isIsoDate(v))) invalid(f, `The ${f === 'startDate' ? 'start' : 'end'} date "${String(v)}" is not a date in YYYY-MM-DD form.`);
  }
  if (intake.startDate && intake.endDate && intake.endDate < intake.startDate) {
    invalid('endDate', `The end date ${intake.endDate} is before the start date ${intake.startDate}.`);
  }
  for (const f of ['audiences', 'constraints', 'mustInclude', 'doNotDo'] as const) checkStringList(f, intake[f]);
  if (typeof intake.kpiTargets !== 'object' || intake.kpiTargets === null || Array.isArray(intake.kpiTargets)) {
    invalid('kpiTargets', 'KPI targets must be a map of metric name to number.');
  }
  for (const [k, v] of Object.entries(intake.kpiTargets)) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) invalid('kpiTargets', `The KPI target "${k}" must be a non-negative number.`);
  }
}

/** Applies `patch` to `current` and validates the result; returns the merged intake. */
export function applyProjectPatch<T extends ProjectIntake & { lifecycle: string }>(current: T, patch: ProjectPatch): T {
  const next = { ...current } as T;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    (next as Record<string, unknown>)[key] = value;
  }
  if (patch.lifecycle !== undefined && !(LIFECYCLES as readonly string[]).includes(patch.lifecycle)) {
    invalid('lifecycle', `The lifecycle "${String(patch.lifecycle)}" is not one of ${LIFECYCLES.join(', ')}.`);
  }
  validateIntake(next);
  return next;
}

/** A file-name-safe, lower-case slug: "Acme Café — Spring 2026" → "acme-cafe-spring-2026". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}
