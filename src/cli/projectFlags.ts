// Turns `project add|update` flags into an intake or a patch. Only the parsing a command line
// needs happens here (amounts, currencies, KPI pairs); the domain rules (projectRules.ts)
// judge the result, so the CLI and the extension refuse the same things with the same words.
import { changesOf, parseBudget, parseCaps, parseChannelList, parseCurrency, parseKpis, parseLanguages } from '../orchestrator/domain/intakeParsing';
import type { Channel } from '../orchestrator/domain/channels';
import { toMajor, toMinor } from '../orchestrator/domain/money';
import type { GoalMetric, KpiTargets, Lifecycle, Project, ProjectIntake } from '../orchestrator/domain/project';
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

/** The brief's facts and channel rules given as flags (only those present). */
function briefFromFlags(values: OptionValues, currentCaps: Partial<Record<Channel, number>> = {}): Partial<ProjectIntake> {
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
  if (caps !== undefined) {
    const next: Partial<Record<Channel, number>> = { ...currentCaps };
    for (const [channel, share] of Object.entries(parseCaps(caps)) as [Channel, number | null][]) {
      if (share === null) delete next[channel];
      else next[channel] = share;
    }
    brief.channelCaps = next;
  }
  return brief;
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
    ...briefFromFlags(values),
  };
}

/**
 * The patch of `project update`: only the flags given. A new currency without a new budget keeps
 * the amount in major units; `--kpi name=value` sets one target and `--kpi name=` removes it.
 */
export function patchFromFlags(values: OptionValues, current: Project): ProjectPatch {
  const patch: ProjectPatch = {};
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
  const currencyText = str(values, 'currency');
  const currency = currencyText === undefined ? current.currency : parseCurrency(currencyText);
  if (currency !== current.currency) patch.currency = currency;
  const budget = str(values, 'budget');
  if (budget !== undefined) patch.budgetMinor = parseBudget(budget, currency);
  else if (currency !== current.currency) patch.budgetMinor = toMinor(toMajor(current.budgetMinor, current.currency), currency);
  const kpis = list(values, 'kpi');
  if (kpis !== undefined) {
    const next: KpiTargets = { ...current.kpiTargets };
    for (const pair of kpis) {
      const removal = /^\s*([A-Za-z][A-Za-z0-9_]*)\s*=\s*$/.exec(pair);
      if (removal) delete next[removal[1]!.toLowerCase()];
      else Object.assign(next, parseKpis([pair]));
    }
    patch.kpiTargets = next;
  }
  const lifecycle = str(values, 'lifecycle');
  if (lifecycle !== undefined) patch.lifecycle = lifecycle as Lifecycle;
  Object.assign(patch, briefFromFlags(values, current.channelCaps ?? {}));
  return patch;
}

export { changesOf, parseBudget, parseCurrency, parseKpis };
