// Test builders: two contrasting intakes and a context builder that runs a subsystem the way
// the orchestrator will (seeded random, inputs, insights, data accessors).
import type { Project } from '../../../src/orchestrator/domain/project';
import { createRandom, subsystemSeed } from '../../../src/orchestrator/domain/random';
import type { Insight } from '../../../src/orchestrator/kaizen/types';
import type { ArtifactInput, Subsystem, SubsystemContext, SubsystemData, SubsystemName, SubsystemResult } from '../../../src/orchestrator/subsystems/types';

export function b2bSaasLeads(over: Partial<Project> = {}): Project {
  return {
    id: 'p_b2b',
    slug: 'northwind-pipeline',
    name: 'Pipeline Q3',
    client: 'Northwind',
    brand: 'Northwind Cloud',
    industry: 'B2B SaaS',
    geography: 'United Kingdom',
    product: 'Northwind Ledger',
    goal: 'Generate qualified demo requests from finance teams',
    goalMetric: 'leads',
    audiences: ['finance directors', 'controllers at mid-size companies'],
    budgetMinor: 5_000_000,
    currency: 'GBP',
    startDate: '2026-09-07',
    endDate: '2026-11-27',
    constraints: ['Max 30% on LinkedIn'],
    mustInclude: ['free trial'],
    doNotDo: ['no "cheap"', 'no TikTok'],
    kpiTargets: { leads: 400, cpl: 120 },
    lifecycle: 'active',
    createdAt: '2026-08-01T00:00:00.000Z',
    updatedAt: '2026-08-01T00:00:00.000Z',
    revision: 1,
    ...over,
  };
}

export function dtcSales(over: Partial<Project> = {}): Project {
  return {
    id: 'p_dtc',
    slug: 'trailfox-spring',
    name: 'Spring Launch',
    client: 'Trailfox',
    brand: 'Trailfox',
    industry: 'DTC footwear',
    geography: 'Japan',
    product: 'Trailfox Runner',
    goal: 'Sell the new trail shoe online',
    goalMetric: 'sales',
    audiences: ['trail runners'],
    budgetMinor: 1_000_001,
    currency: 'JPY',
    startDate: '2027-03-01',
    endDate: '2027-04-30',
    constraints: [],
    mustInclude: [],
    doNotDo: ['avoid discounts'],
    kpiTargets: { roas: 4, revenue: 5_000_000 },
    lifecycle: 'active',
    createdAt: '2027-01-01T00:00:00.000Z',
    updatedAt: '2027-01-01T00:00:00.000Z',
    revision: 1,
    ...over,
  };
}

export function emptyData(over: Partial<SubsystemData> = {}): SubsystemData {
  return {
    trendSeries: () => [],
    metricRows: () => [],
    team: () => [],
    actionHistory: () => [],
    creatives: () => [],
    creativeResults: () => [],
    ...over,
  };
}

export function input<C>(name: SubsystemName, content: C, status: ArtifactInput['status'] = 'approved', version = 1): ArtifactInput<C> {
  return { name, version, status, approved: status === 'approved', content };
}

export interface RunOptions {
  inputs?: SubsystemContext['inputs'];
  previous?: ArtifactInput;
  /** The last approved version of the subsystem's own artifact. */
  approved?: ArtifactInput;
  version?: number;
  insights?: Insight[];
  skipKaizen?: boolean;
  data?: Partial<SubsystemData>;
  options?: Record<string, unknown>;
  signal?: AbortSignal;
  /** The run's day (the orchestrator passes the machine's date). */
  today?: string;
}

export function context(subsystem: Subsystem, project: Project, o: RunOptions = {}): SubsystemContext {
  const version = o.version ?? 1;
  return {
    project,
    inputs: o.inputs ?? {},
    previous: o.previous,
    ...(o.approved ? { approved: o.approved } : {}),
    version,
    ...(o.today ? { today: o.today } : {}),
    random: createRandom(subsystemSeed(project.id, subsystem.name, version)),
    insights: o.skipKaizen ? [] : (o.insights ?? []),
    skipKaizen: o.skipKaizen ?? false,
    signal: o.signal ?? new AbortController().signal,
    data: emptyData(o.data),
    options: o.options,
  };
}

export async function run<C>(subsystem: Subsystem<C>, project: Project, o: RunOptions = {}): Promise<SubsystemResult<C>> {
  const result = await subsystem.run(context(subsystem as Subsystem, project, o));
  const problems = subsystem.validate(JSON.parse(JSON.stringify(result.content)));
  if (problems.length > 0) throw new Error(`${subsystem.name} produced invalid content: ${problems.join(' ')}`);
  return result;
}

export function evidence(): Insight['evidence'] {
  return { count: 10, window: { from: '2026-01-01', to: '2026-03-31' }, projects: ['p_old'], source: 'test' };
}
