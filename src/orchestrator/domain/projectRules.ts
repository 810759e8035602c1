// Validation of a project's intake and of patches to it. Each problem is one sentence naming
// the field, thrown as AicmoError('invalid-input', …, { field }).
import { channelLabel, isChannel } from './channels';
import { AicmoError } from './errors';
import { isKnownCurrency } from './money';
import { GOAL_METRICS, LIFECYCLES, type Project, type ProjectIntake, type ProjectPatch } from './project';

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

/** BCP 47 language tag, as far as copy needs it: a language, then optional script/region/variant subtags. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
export const MAX_NAME_LENGTH = 200;

/**
 * The longest each intake text may be (characters; for a list, each entry). Every intake text is
 * one line a person types: a name, a short phrase, a sentence or two for the goal.
 */
export const INTAKE_TEXT_LIMITS = {
  name: MAX_NAME_LENGTH,
  client: 200,
  brand: 200,
  industry: 200,
  geography: 200,
  product: 200,
  goal: 1000,
  offer: 500,
  tone: 200,
  landingUrl: 2048,
  audiences: 300,
  constraints: 500,
  mustInclude: 300,
  doNotDo: 300,
  benefits: 300,
  proofPoints: 300,
  competitors: 200,
} as const satisfies Partial<Record<keyof ProjectIntake, number>>;

/** Most entries a list of the intake may have. */
export const MAX_LIST_ENTRIES = 100;
const MAX_KPI_NAME_LENGTH = 60;

// eslint-disable-next-line no-control-regex
const UNWANTED = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LINE_BREAKS = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]);

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why `text` is no intake text (what it holds, where), or undefined when it is fine. */
function unwantedCharacter(text: string): string | undefined {
  const m = UNWANTED.exec(text);
  if (!m) return undefined;
  const code = m[0].charCodeAt(0);
  const at = `at character ${m.index + 1}`;
  if (code >= 0xd800 && code <= 0xdfff) return `contains a broken character (a lone UTF-16 surrogate, ${hex(code)}) ${at}.`;
  if (code === 0xfeff) return `contains an invisible U+FEFF ${at}; remove it.`;
  if (LINE_BREAKS.has(code)) return `contains a line break (${hex(code)}) ${at}; intake texts are single lines.`;
  return `contains a control character (${hex(code)}) ${at}; remove it.`;
}

/** Each intake text: single-line, printable, within its length; one sentence naming the field. */
function checkTexts(intake: ProjectIntake): void {
  for (const [field, max] of Object.entries(INTAKE_TEXT_LIMITS) as [keyof typeof INTAKE_TEXT_LIMITS, number][]) {
    const value = intake[field] as unknown;
    const label = field === 'name' ? 'The project name' : `The ${field}`;
    if (typeof value === 'string') {
      const why = unwantedCharacter(value);
      if (why) invalid(field, `${label} ${why}`);
      const length = field === 'name' ? value.trim().length : value.length;
      if (length > max) invalid(field, `${label} is ${length.toLocaleString('en')} characters long; keep it to ${max.toLocaleString('en')}.`);
    } else if (Array.isArray(value)) {
      if (value.length > MAX_LIST_ENTRIES) invalid(field, `${field} has ${value.length} entries; keep it to ${MAX_LIST_ENTRIES}.`);
      value.forEach((entry: string, i) => {
        const why = unwantedCharacter(entry);
        if (why) invalid(field, `Entry ${i + 1} of ${field} ${why}`);
        if (entry.length > max) invalid(field, `Entry ${i + 1} of ${field} is ${entry.length.toLocaleString('en')} characters long; keep it to ${max.toLocaleString('en')}.`);
      });
    }
  }
  for (const key of Object.keys(intake.kpiTargets)) {
    const why = unwantedCharacter(key);
    // eslint-disable-next-line no-control-regex
    if (why) invalid('kpiTargets', `The KPI name "${key.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')}" ${why}`);
    if (key.length > MAX_KPI_NAME_LENGTH) invalid('kpiTargets', `The KPI name "${key.slice(0, 20)}…" is ${key.length} characters long; keep it to ${MAX_KPI_NAME_LENGTH}.`);
  }
}

const pctText = (x: number): string => `${Math.round(x * 1000) / 10}%`;

function checkChannelList(field: string, value: unknown): void {
  checkStringList(field, value);
  for (const c of value as string[]) if (!isChannel(c)) invalid(field, `"${c}" in ${field} is not a channel AICMO plans for.`);
}

function isWebAddress(text: string): boolean {
  try {
    const u = new URL(text);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/** The brief's facts and channel rules (all optional). */
function validateBrief(intake: ProjectIntake): void {
  for (const f of ['benefits', 'proofPoints', 'competitors'] as const) if (intake[f] !== undefined) checkStringList(f, intake[f]);
  for (const f of ['offer', 'tone', 'landingUrl'] as const) {
    if (intake[f] !== undefined && typeof intake[f] !== 'string') invalid(f, `${f} must be a text.`);
  }
  if (intake.landingUrl !== undefined) {
    if (!isWebAddress(intake.landingUrl)) invalid('landingUrl', `The landing URL "${intake.landingUrl}" is not an http or https address (e.g. https://example.com/spring).`);
  }
  if (intake.languages !== undefined) {
    checkStringList('languages', intake.languages);
    for (const l of intake.languages) if (!LANGUAGE_TAG.test(l)) invalid('languages', `"${l}" is not a language tag (use BCP 47, e.g. en, de, fr, es-MX).`);
  }
  const allowed = intake.allowedChannels ?? [];
  const excluded = intake.excludedChannels ?? [];
  if (intake.allowedChannels !== undefined) checkChannelList('allowedChannels', intake.allowedChannels);
  if (intake.excludedChannels !== undefined) checkChannelList('excludedChannels', intake.excludedChannels);
  const both = allowed.filter((c) => excluded.includes(c));
  if (both.length > 0) invalid('excludedChannels', `${both.map(channelLabel).join(', ')} is both allowed and excluded; keep it in one list.`);
  if (intake.channelCaps !== undefined) {
    const caps = intake.channelCaps as Record<string, unknown>;
    if (typeof caps !== 'object' || caps === null || Array.isArray(caps)) invalid('channelCaps', 'Channel caps must be a map of channel to share.');
    for (const [c, v] of Object.entries(caps)) {
      if (!isChannel(c)) invalid('channelCaps', `"${c}" in channelCaps is not a channel AICMO plans for.`);
      if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0 || v > 1) invalid('channelCaps', `The cap on ${channelLabel(c)} must be a share above 0% and at most 100%, not ${String(v)}.`);
      if (excluded.includes(c)) invalid('channelCaps', `${channelLabel(c)} is excluded, so it cannot have a cap.`);
      if (allowed.length > 0 && !allowed.includes(c)) invalid('channelCaps', `${channelLabel(c)} has a cap but is not among the allowed channels.`);
    }
    if (allowed.length > 0 && allowed.every((c) => caps[c] !== undefined)) {
      const total = allowed.reduce((t, c) => t + (caps[c] as number), 0);
      if (total < 1 - 1e-9) invalid('channelCaps', `The caps on the allowed channels (${allowed.map(channelLabel).join(', ')}) add up to ${pctText(total)}, so the budget cannot all be spent; raise a cap or allow another channel.`);
    }
  }
}

/** Throws on the first invalid field of a complete intake. */
export function validateIntake(intake: ProjectIntake): void {
  if (typeof intake.name !== 'string' || intake.name.trim() === '') invalid('name', 'The project name must not be empty.');
  if (intake.name.trim().length > MAX_NAME_LENGTH) invalid('name', `The project name is ${intake.name.trim().length} characters long; keep it to ${MAX_NAME_LENGTH}.`);
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
  validateBrief(intake);
  checkTexts(intake);
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

/** The required intake fields a project lacks (it stays in INTAKE until none is missing). */
export function missingIntakeFields(p: Project): string[] {
  const missing: string[] = [];
  if (!p.name.trim()) missing.push('name');
  if (!p.industry.trim()) missing.push('industry');
  if (!p.goal.trim()) missing.push('goal');
  if (!p.goalMetric) missing.push('goalMetric');
  if (p.audiences.filter((a) => a.trim()).length === 0) missing.push('audiences');
  if (!(p.budgetMinor > 0)) missing.push('budget');
  if (!p.currency) missing.push('currency');
  return missing;
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
