// Turns `project add|update` flags into an intake or a patch. Only the parsing a command line
// needs happens here (amounts, currencies, KPI pairs); the domain rules (projectRules.ts)
// judge the result, so the CLI and the extension refuse the same things with the same words.
import { changesOf, parseBudget, parseCaps, parseChannelList, parseCurrency, parseKpis, parseLanguages } from '../orchestrator/domain/intakeParsing';
import type { Channel } from '../orchestrator/domain/channels';
import type { GoalMetric, Lifecycle, ProjectIntake } from '../orchestrator/domain/project';
import type { ProjectEdit } from '../orchestrator/domain/projectEdit';
import type { ProjectPatch } from '../orchestrator/store/types';
import type { OptionSpecs, OptionValues } from './registry';

/** The intake flags shared by `project add` and `project update`. */
export const PROJECT_FIELD_OPTIONS: OptionSpecs = {
  name: { type: 'string' },
  client: { type: 'string' },
  brand: { type: 'string' },
  industry: { type: 'string' },
  geography: { type: 'string' },
  product: { type: 'string' },
  goal: { type: 'string' },
  'goal-metric': { type: 'string' },
  audience: { type: 'string', multiple: true },
  budget: { type: 'string' },
  currency: { type: 'string' },
  start: { type: 'string' },
  end: { type: 'string' },
  constraint: { type: 'string', multiple: true },
  'must-include': { type: 'string', multiple: true },
  'do-not-do': { type: 'string', multiple: true },
  kpi: { type: 'string', multiple: true },
  benefit: { type: 'string', multiple: true },
  proof: { type: 'string', multiple: true },
  offer: { type: 'string' },
  language: { type: 'string', multiple: true },
  tone: { type: 'string' },
  'landing-url': { type: 'string' },
  competitor: { type: 'string', multiple: true },
  channel: { type: 'string', multiple: true },
  'exclude-channel': { type: 'string', multiple: true },
  cap: { type: 'string', multiple: true },
};

/** The brief's facts and channel rules given as flags (only those present); caps as given (null removes). */
function briefFromFlags(values: OptionValues): { brief: Partial<ProjectIntake>; caps?: Partial<Record<Channel, number | null>> } {
  const brief: Partial<ProjectIntake> = {};
  const lists: Array<[string, 'benefits' | 'proofPoints' | 'competitors']> = [['benefit', 'benefits'], ['proof', 'proofPoints'], ['competitor', 'competitors']];
  for (const [flag, field] of lists) {
    const v = list(values, flag);
    if (v !== undefined) brief[field] = v.map((x) => x.trim()).filter((x) => x !== '');
  }
  const texts: Array<[string, 'offer' | 'tone' | 'landingUrl']> = [['offer', 'offer'], ['tone', 'tone'], ['landing-url', 'landingUrl']];
  for (const [flag, field] of texts) {
    const v = str(values, flag);
    if (v !== undefined) brief[field] = v.trim();
  }
  const languages = list(values, 'language');
  if (languages !== undefined) brief.languages = parseLanguages(languages);
  const allowed = list(values, 'channel');
  if (allowed !== undefined) brief.allowedChannels = parseChannelList(allowed, 'allowedChannels');
  const excluded = list(values, 'exclude-channel');
  if (excluded !== undefined) brief.excludedChannels = parseChannelList(excluded, 'excludedChannels');
  const caps = list(values, 'cap');
  return caps === undefined ? { brief } : { brief, caps: parseCaps(caps) };
}

const str = (values: OptionValues, key: string): string | undefined => {
  const v = values[key];
  return typeof v === 'string' ? v : undefined;
};
const list = (values: OptionValues, key: string): string[] | undefined => {
  const v = values[key];
  return Array.isArray(v) ? v.map(String) : undefined;
};

/** The intake of `project add`; required flags were checked by the runner. */
export function intakeFromFlags(values: OptionValues): ProjectIntake {
  const currency = parseCurrency(str(values, 'currency') ?? '');
  return {
    name: str(values, 'name') ?? '',
    client: str(values, 'client'),
    brand: str(values, 'brand'),
    industry: str(values, 'industry') ?? '',
    geography: str(values, 'geography'),
    product: str(values, 'product'),
    goal: str(values, 'goal') ?? '',
    goalMetric: (str(values, 'goal-metric') ?? '') as GoalMetric,
    audiences: list(values, 'audience') ?? [],
    budgetMinor: parseBudget(str(values, 'budget') ?? '', currency),
    currency,
    startDate: str(values, 'start'),
    endDate: str(values, 'end'),
    constraints: list(values, 'constraint') ?? [],
    mustInclude: list(values, 'must-include') ?? [],
    doNotDo: list(values, 'do-not-do') ?? [],
    kpiTargets: parseKpis(list(values, 'kpi') ?? []),
    ...intakeBrief(values),
  };
}

/** The brief flags of `project add`: caps as set (a removal means nothing on a new project). */
function intakeBrief(values: OptionValues): Partial<ProjectIntake> {
  const { brief, caps } = briefFromFlags(values);
  if (caps === undefined) return brief;
  const set = Object.entries(caps).filter((e): e is [Channel, number] => e[1] !== null && e[1] !== undefined);
  return { ...brief, channelCaps: Object.fromEntries(set) as Partial<Record<Channel, number>> };
}

/**
 * The change of `project update`: only the flags given, without reading the project (the
 * operation merges under the write lock). Plain fields go in the patch; `--kpi name=value` sets
 * one target and `--kpi name=` removes it, `--cap` likewise, `--budget` is an amount in the
 * project's currency (the new one with `--currency`); a new currency without a budget keeps the amount.
 */
export function editFromFlags(values: OptionValues): { patch: ProjectPatch; edit: ProjectEdit } {
  const patch: ProjectPatch = {};
  const edit: ProjectEdit = {};
  const text: Array<[string, keyof ProjectIntake]> = [
    ['name', 'name'], ['client', 'client'], ['brand', 'brand'], ['industry', 'industry'], ['geography', 'geography'],
    ['product', 'product'], ['goal', 'goal'], ['start', 'startDate'], ['end', 'endDate'],
  ];
  for (const [flag, field] of text) {
    const v = str(values, flag);
    if (v !== undefined) (patch as Record<string, unknown>)[field] = v;
  }
  const metric = str(values, 'goal-metric');
  if (metric !== undefined) patch.goalMetric = metric as GoalMetric;
  const lists: Array<[string, 'audiences' | 'constraints' | 'mustInclude' | 'doNotDo']> = [
    ['audience', 'audiences'], ['constraint', 'constraints'], ['must-include', 'mustInclude'], ['do-not-do', 'doNotDo'],
  ];
  for (const [flag, field] of lists) {
    const v = list(values, flag);
    if (v !== undefined) patch[field] = v;
  }
  const currency = str(values, 'currency');
  if (currency !== undefined) patch.currency = parseCurrency(currency);
  const budget = str(values, 'budget');
  if (budget !== undefined) edit.budget = budget;
  const kpis = list(values, 'kpi');
  if (kpis !== undefined) {
    const targets: Record<string, number | null> = {};
    for (const pair of kpis) {
      const removal = /^\s*([A-Za-z][A-Za-z0-9_]*)\s*=\s*$/.exec(pair);
      if (removal) targets[removal[1]!.toLowerCase()] = null;
      else Object.assign(targets, parseKpis([pair]));
    }
    edit.kpiTargets = targets;
  }
  const lifecycle = str(values, 'lifecycle');
  if (lifecycle !== undefined) patch.lifecycle = lifecycle as Lifecycle;
  const { brief, caps } = briefFromFlags(values);
  Object.assign(patch, brief);
  if (caps !== undefined) edit.channelCaps = caps;
  return { patch, edit };
}

export { changesOf, parseBudget, parseCurrency, parseKpis };
