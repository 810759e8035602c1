// New Project's questions: the steps of the multi-step input and how the answers become an intake.
// Every check is the core's own (the CLI's parsers and the domain's validateIntake), so the
// extension refuses exactly what the CLI refuses, with the same words. No vscode here (unit-tested):
// the caller passes the default currency from the settings.
import type { Core } from '../lazyCore';
import type { ProjectIntake } from '../core';
import type { Answers, Step } from '../inputSteps';
import { kpiPairs } from './intakeFields';

function problem(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

const list = (text: string | undefined) => (text ?? '').split(',').map((s) => s.trim()).filter(Boolean);

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** New Project's seventeen questions; `defaultCurrency` is the aicmo.defaultCurrency setting. */
export function intakeSteps(core: Core, today: string, defaultCurrency: string): Step[] {
  const required = (what: string) => (v: string) => (v.trim() === '' ? `${what} must not be empty.` : undefined);
  return [
    { kind: 'text', key: 'name', prompt: 'Project name (the client campaign)', placeholder: 'e.g. Acme Coffee — Spring launch', validate: required('The project name') },
    { kind: 'text', key: 'industry', prompt: 'Industry', placeholder: 'e.g. coffee, saas, retail', validate: required('The industry') },
    {
      kind: 'pick', key: 'goalMetric', prompt: 'What does success look like? (goal metric)',
      items: core.GOAL_METRICS.map((m) => ({ label: m })), value: () => 'leads',
    },
    { kind: 'text', key: 'goal', prompt: 'The goal in one sentence', value: (a) => `Grow ${a.goalMetric ?? 'leads'} for ${a.name ?? 'the client'}`, validate: required('The goal') },
    { kind: 'text', key: 'audiences', prompt: 'Audiences (comma-separated)', placeholder: 'e.g. remote workers, students', validate: (v) => (list(v).length === 0 ? 'Name at least one audience.' : undefined) },
    { kind: 'text', key: 'currency', prompt: 'Budget currency (ISO 4217)', value: () => defaultCurrency, validate: (v) => problem(() => core.parseCurrency(v)) },
    {
      kind: 'text', key: 'budget', prompt: 'Budget in that currency (e.g. 25,000 or 25000.50)', placeholder: 'e.g. 25,000',
      validate: (v, a) => problem(() => core.parseBudget(v, core.parseCurrency(a.currency ?? defaultCurrency))),
    },
    { kind: 'text', key: 'startDate', prompt: 'Start date (YYYY-MM-DD; empty for none)', value: () => today, validate: (v) => (v.trim() === '' || core.isIsoDate(v.trim()) ? undefined : `"${v}" is not a date in YYYY-MM-DD form.`) },
    {
      kind: 'text', key: 'endDate', prompt: 'End date (YYYY-MM-DD; empty for none)', value: (a) => (a.startDate ? addDays(a.startDate, 90) : ''),
      validate: (v, a) => {
        const end = v.trim();
        if (end === '') return undefined;
        if (!core.isIsoDate(end)) return `"${v}" is not a date in YYYY-MM-DD form.`;
        if (a.startDate && end < a.startDate) return `The end date ${end} is before the start date ${a.startDate}.`;
        return undefined;
      },
    },
    // The brief's facts: the copy is written from them only (none given, no ad can say anything concrete).
    { kind: 'text', key: 'benefits', prompt: 'Benefits, as the client states them (separate with ";"; empty for none)', placeholder: 'e.g. Pasta made fresh every morning; Open until midnight' },
    { kind: 'text', key: 'proofPoints', prompt: 'Proof points: ratings, customer counts, awards (separate with ";"; empty for none)', placeholder: 'e.g. 4.8 stars from 1,200 reviews' },
    { kind: 'text', key: 'offer', prompt: 'The offer (empty for none: no ad will offer anything)', placeholder: 'e.g. Free dessert with every booking in March' },
    {
      kind: 'text', key: 'landingUrl', prompt: 'Landing page URL (empty for none)', placeholder: 'https://…',
      validate: (v) => (v.trim() === '' || /^https?:\/\/[^\s]+\.[^\s]+$/.test(v.trim()) ? undefined : `"${v}" is not a web address starting with http:// or https://.`),
    },
    // The targets the dashboard and the client report measure against, and the channel rules every subsystem obeys.
    {
      kind: 'text', key: 'kpiTargets', prompt: 'KPI targets as name=value (comma-separated; empty for none)', placeholder: 'e.g. cpa=40, conversions=1,200',
      validate: (v) => problem(() => core.parseKpis(kpiPairs(v))),
    },
    {
      kind: 'text', key: 'allowedChannels', prompt: 'Only these channels (comma-separated; empty: the planner chooses)', placeholder: 'e.g. Google Search, Meta',
      validate: (v) => problem(() => core.parseChannelList(list(v), 'allowedChannels')),
    },
    {
      kind: 'text', key: 'excludedChannels', prompt: 'Never these channels (comma-separated; empty for none)', placeholder: 'e.g. TikTok',
      validate: (v) => problem(() => core.parseChannelList(list(v), 'excludedChannels')),
    },
    {
      kind: 'text', key: 'channelCaps', prompt: 'Most of the budget a channel may get (channel=share, comma-separated; empty for none)', placeholder: 'e.g. Meta=30%, LinkedIn=20%',
      validate: (v) => problem(() => core.parseCaps(list(v))),
    },
  ];
}

/** "a; b" or lines → ["a", "b"] (facts may hold commas: "4.8 stars from 1,200 reviews"). */
const facts = (v: string | undefined): string[] => (v ?? '').split(/[;\n]/).map((x) => x.trim()).filter(Boolean);

function caps(core: Core, pairs: string[]): ProjectIntake['channelCaps'] {
  const out: NonNullable<ProjectIntake['channelCaps']> = {};
  for (const [c, v] of Object.entries(core.parseCaps(pairs))) if (typeof v === 'number') (out as Record<string, number>)[c] = v;
  return out;
}

/** The answers (or a scripted argument with the same keys) as an intake, checked by the core. */
export function intakeFromAnswers(core: Core, a: Answers): ProjectIntake {
  const currency = core.parseCurrency(a.currency ?? '');
  const intake: ProjectIntake = {
    name: (a.name ?? '').trim(),
    industry: (a.industry ?? '').trim(),
    goal: (a.goal ?? '').trim(),
    goalMetric: (a.goalMetric ?? 'leads') as ProjectIntake['goalMetric'],
    audiences: list(a.audiences),
    budgetMinor: core.parseBudget(a.budget ?? '', currency),
    currency,
    ...(a.startDate ? { startDate: a.startDate.trim() } : {}),
    ...(a.endDate ? { endDate: a.endDate.trim() } : {}),
    ...(a.geography ? { geography: a.geography } : {}),
    ...(a.product ? { product: a.product } : {}),
    ...(a.client ? { client: a.client } : {}),
    constraints: [],
    mustInclude: [],
    doNotDo: [],
    kpiTargets: core.parseKpis(kpiPairs(a.kpiTargets ?? '')),
    ...(list(a.allowedChannels).length > 0 ? { allowedChannels: core.parseChannelList(list(a.allowedChannels), 'allowedChannels') } : {}),
    ...(list(a.excludedChannels).length > 0 ? { excludedChannels: core.parseChannelList(list(a.excludedChannels), 'excludedChannels') } : {}),
    ...(list(a.channelCaps).length > 0 ? { channelCaps: caps(core, list(a.channelCaps)) } : {}),
    ...(facts(a.benefits).length > 0 ? { benefits: facts(a.benefits) } : {}),
    ...(facts(a.proofPoints).length > 0 ? { proofPoints: facts(a.proofPoints) } : {}),
    ...(a.offer?.trim() ? { offer: a.offer.trim() } : {}),
    ...(a.landingUrl?.trim() ? { landingUrl: a.landingUrl.trim() } : {}),
  };
  core.validateIntake(intake);
  return intake;
}

/** A scripted New Project argument: `{ name, industry, goal, goalMetric, audiences, budget, currency, … }`. */
export function answersFromArgument(arg: unknown): Answers | undefined {
  if (!arg || typeof arg !== 'object' || Array.isArray(arg)) return undefined;
  const out: Answers = {};
  for (const [k, v] of Object.entries(arg as Record<string, unknown>)) {
    if (Array.isArray(v)) out[k] = v.map(String).join(k === 'benefits' || k === 'proofPoints' ? '; ' : ', ');
    else if (typeof v === 'string' || typeof v === 'number') out[k] = String(v);
    // KPI targets and caps as objects: { cpa: 40 } → "cpa=40".
    else if (v && typeof v === 'object') out[k] = Object.entries(v as Record<string, unknown>).map(([name, x]) => `${name}=${String(x)}`).join(', ');
  }
  return out;
}
