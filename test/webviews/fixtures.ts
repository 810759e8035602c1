// Test-data builders for panel snapshots (shared by the component tests and the bench).
import type {
  AnalyticsData,
  CreativeView,
  GalleryData,
  MediaPlanView,
  PipelineData,
  PipelineProjectView,
  PmData,
  PmTaskView,
  ProjectRef,
  Snapshot,
  WarroomData,
} from '../../src/protocol';

export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
export const HOSTILE_MARKUP = '<script>alert(2)</script><b onmouseover=alert(3)>bold</b>';

export const AT = '2026-11-24T10:00:00.000Z';

export function ref(name: string, slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'p'): ProjectRef {
  return { id: `p_${slug}`, slug, name };
}

export function snapshot<T>(data: T | null, overrides: Partial<Snapshot<T>> = {}): Snapshot<T> {
  return { project: null, projects: [], actor: 'Dana Strategist', at: AT, data, error: null, ...overrides };
}

const STAGES = ['INTAKE', 'STRATEGY', 'CREATIVE', 'EXECUTION', 'DONE'] as const;

export function pipelineProject(i: number, overrides: Partial<PipelineProjectView> = {}): PipelineProjectView {
  const stage = STAGES[i % STAGES.length]!;
  return {
    id: `p_${i}`,
    slug: `project-${i}`,
    name: `Project ${i}`,
    industry: i % 2 ? 'retail' : 'saas',
    goalMetric: i % 3 ? 'leads' : 'sales',
    stage,
    lifecycle: 'active',
    badges: i % 7 === 0 ? ['on hold'] : [],
    budget: { minor: 1_000_000 + i, currency: 'USD', display: '$10,000.00' },
    strategyStatus: stage === 'INTAKE' ? 'missing' : 'approved',
    creativesAwaiting: stage === 'CREATIVE' ? 3 : 0,
    leads: 0,
    leadsContacted: 0,
    leadsReplied: 0,
    meetings: 0,
    outreach: 0,
    metricRows: 0,
    blockers: stage === 'DONE' ? [] : [{ code: 'intake-incomplete', message: `Project ${i} is missing its budget.`, waiting: false }],
    updatedAt: AT,
    ...overrides,
  };
}

export function pipelineData(projects: PipelineProjectView[]): PipelineData {
  const columns = STAGES.map((stage) => {
    const list = projects.filter((p) => p.stage === stage);
    return { stage, count: list.length, projects: list };
  });
  return {
    paused: false,
    columns,
    totals: {
      projects: projects.length,
      blocked: projects.filter((p) => p.blockers.some((b) => !b.waiting)).length,
      awaitingApproval: projects.filter((p) => p.blockers.length > 0 && p.blockers.every((b) => b.waiting)).length,
      onHold: projects.filter((p) => p.badges.includes('on hold')).length,
      cancelled: 0,
      leads: 0,
      outreach: 0,
    },
  };
}

export function manyPipelineProjects(n: number): PipelineData {
  return pipelineData(Array.from({ length: n }, (_, i) => pipelineProject(i)));
}

const CHANNELS = ['google_search', 'meta', 'linkedin', 'x'];
const ANGLES = ['benefit', 'social proof', 'urgency'];

export function creative(i: number, overrides: Partial<CreativeView> = {}): CreativeView {
  const channel = CHANNELS[i % CHANNELS.length]!;
  const headline = overrides.headline ?? `Headline ${i}`;
  const body = overrides.body ?? `Body copy ${i}`;
  const fields: CreativeView['fields'] =
    channel === 'google_search'
      ? { headlines: [headline, 'Trattoria Nonna', 'Fresh pasta daily', 'Book now'], descriptions: [body, 'Pasta made fresh every morning. Book now.'], path1: 'pasta', finalUrl: 'https://nonna.example/lunch' }
      : channel === 'meta'
        ? { primaryText: body, headline, description: 'Trattoria Nonna', cta: 'Book now', finalUrl: 'https://nonna.example/lunch' }
        : { text: `${headline} ${body}` };
  return {
    id: `cr_${i}`,
    key: `${channel}-${ANGLES[i % ANGLES.length]!}`,
    rank: i + 1,
    channel,
    format: channel === 'google_search' ? 'Responsive search ad' : 'Post',
    angle: ANGLES[i % ANGLES.length]!,
    language: 'en',
    fields,
    facts: ['brand', 'benefit:0'],
    headline,
    body,
    cta: 'Learn more',
    status: i % 5 === 0 ? 'approved' : 'in_review',
    scheduledDate: null,
    violations: i % 4 === 0 ? [{ field: 'headlines[0]', rule: 'max-length', message: `Google Search headline is 34 characters; the limit is 30.`, severity: 'error' }] : [],
    rankReason: `Angle approved ${60 + (i % 30)}% of the time on this channel.`,
    version: 1,
    generation: 0,
    staleNote: null,
    replaces: null,
    ...overrides,
  };
}

export function galleryData(creatives: CreativeView[]): GalleryData {
  return {
    creatives,
    counts: {
      total: creatives.length,
      awaiting: creatives.filter((c) => c.status === 'in_review').length,
      approved: creatives.filter((c) => c.status === 'approved').length,
      scheduled: 0,
      rejected: 0,
    },
    channelNames: { google_search: 'Google Search', meta: 'Meta (Facebook)', email: 'Email', x: 'X (Twitter)', linkedin: 'LinkedIn' },
    formats: [
      { channel: 'google_search', format: 'Responsive search ad', copy: true, fields: [{ key: 'headlines', label: 'headline', list: true, min: 3, max: 15, maxChars: 30 }, { key: 'descriptions', label: 'description', list: true, min: 2, max: 4, maxChars: 90 }], sources: ['Google Ads Help'] },
      { channel: 'x', format: 'Promoted post', copy: true, fields: [{ key: 'text', label: 'post', list: false, maxChars: 280 }], sources: ['X developer docs'] },
    ],
    notes: ['Add proof points (--proof: ratings, customer counts, awards) for stronger copy: social-proof creatives need them.'],
    rules: [],
  };
}

export function analyticsData(overrides: Partial<AnalyticsData> = {}): AnalyticsData {
  const totals = { spend: 1200.5, impressions: 100_000, clicks: 2_500, conversions: 50, conversionValue: 6000, engagements: 3000 };
  const kpis = { ctr: 0.025, cpc: 0.48, cpm: 12.0, cpa: 24.01, conversionRate: 0.02, roas: 4.998, roi: 3.998, engagementRate: { value: 0.03, denominator: 'impressions' }, frequency: null };
  return {
    currency: 'USD',
    period: { from: '2026-11-01', to: '2026-11-14' },
    previousPeriod: { from: '2026-10-18', to: '2026-10-31' },
    rows: 28,
    totals,
    kpis,
    change: {
      spend: { current: 1200.5, previous: 1000, absolute: 200.5, relative: 0.2005 },
      conversions: { current: 50, previous: 40, absolute: 10, relative: 0.25 },
      cpa: { current: 24.01, previous: 25, absolute: -0.99, relative: -0.0396 },
      ctr: { current: 0.025, previous: 0.03, absolute: -0.005, relative: -0.1667 },
    },
    goals: [
      { metric: 'cpa', target: 30, actual: 24.01, direction: 'lower', progress: 1.25, expected: 30, pace: 1.25, status: 'ahead' },
      { metric: 'conversions', target: 500, actual: 50, direction: 'higher', progress: 0.1, expected: 100, pace: 0.5, status: 'behind' },
    ],
    by: 'platform',
    groups: [
      { key: 'google-ads', rows: 14, totals, kpis },
      { key: HOSTILE_NAME, rows: 14, totals, kpis },
    ],
    trend: Array.from({ length: 14 }, (_, i) => ({ date: `2026-11-${String(i + 1).padStart(2, '0')}`, spend: 80 + i, impressions: 7000, clicks: 170 + i, conversions: 3 + (i % 3), conversionValue: 400, engagements: 200 })),
    abTests: [
      {
        name: 'Headline test',
        a: { label: 'Benefit', conversions: 30, trials: 1000, rate: 0.03, credibleInterval: [0.021, 0.042] },
        b: { label: 'Urgency', conversions: 45, trials: 1000, rate: 0.045, credibleInterval: [0.034, 0.058] },
        diff: 0.015,
        z: 1.78,
        pValue: 0.075,
        pBBeatsA: 0.96,
        verdict: 'no significant difference',
      },
    ],
    notes: ['Reach is not additive: it was combined as the maximum of the daily reach.'],
    ...overrides,
  };
}

export function warroomData(name = 'Acme Launch'): WarroomData {
  const content = (summary: string) => ({
    executiveSummary: summary,
    pillars: [{ name: 'Trust', description: 'Proof from customers.' }],
    objectives: [{ kpi: 'cpa', label: 'Cost per acquisition', target: 30, direction: 'lower' }],
    situation: { budget: { amountMinor: 1_850_000, currency: 'USD' }, market: 'IT teams buy after a trial.' },
  });
  return {
    intake: {
      name,
      industry: 'saas',
      goal: 'Grow qualified leads',
      goalMetric: 'leads',
      audiences: ['IT managers'],
      budgetMinor: 2_500_000,
      currency: 'USD',
      startDate: '2026-12-01',
      endDate: '2027-02-28',
      constraints: [],
      mustInclude: ['free trial'],
      doNotDo: ['discounts'],
      kpiTargets: { cpa: 30 },
    },
    stage: 'STRATEGY',
    badges: [],
    blockers: [{ code: 'strategy-in-review', message: 'The strategy is waiting for approval.' }],
    versions: [
      { version: 1, status: 'changes_requested', createdAt: '2026-11-20T09:00:00.000Z', statusNote: null, content: content('Reach IT managers with trials.'), insights: [] },
      {
        version: 2,
        status: 'in_review',
        createdAt: '2026-11-22T09:00:00.000Z',
        statusNote: null,
        content: content('Reach IT managers with free trials and proof.'),
        insights: [{ id: 'rejection-reason:proof', sentence: 'Reviewers asked for proof twice: the checklist includes it.' }],
      },
    ],
    approvals: [
      { id: 'aa_1', at: '2026-11-21T09:00:00.000Z', actor: { name: 'Client Carla', kind: 'client' }, action: 'request_changes', target: { kind: 'strategy', id: 'v1' }, comment: 'Add proof <b>now</b>' },
    ],
    media: mediaPlanData(),
  };
}

/** A media plan v4 in review against approved v3: Google Search up, Meta down, LinkedIn dropped; `recommend` makes the guardrail suggest the larger move. */
export function mediaPlanData(options: { recommend?: boolean; status?: string; why?: string } = {}): MediaPlanView {
  const recommend = options.recommend ?? false;
  return {
    version: 4,
    status: options.status ?? 'in_review',
    statusNote: null,
    createdAt: '2026-11-23T09:00:00.000Z',
    budget: '$25,000.00',
    objective: 'Grow qualified leads',
    against: 'approved v3',
    approvedVersion: 3,
    inUse: 3,
    changes: [
      { channel: 'google_search', label: 'Google Search', from: 0.3, to: 0.4, change: 0.1, why: options.why ?? 'Cost per lead $18.00 (conversion rate 6.0%) from 120 leads of 2,000 clicks.' },
      { channel: 'meta', label: 'Meta (Facebook)', from: 0.5, to: 0.45, change: -0.05, why: 'Cost per lead $31.00 from 40 leads of 1,500 clicks.' },
      { channel: 'youtube', label: 'YouTube', from: null, to: 0.15, change: null, why: 'New channel: no results yet, kept at the exploration floor.' },
      { channel: 'linkedin', label: 'LinkedIn', from: 0.2, to: 0, change: -0.2, why: 'Excluded by the brief.' },
    ],
    summary: 'Google Search rose 10 points on its cost per lead; LinkedIn left the plan (excluded by the brief).',
    guardrail: {
      sentence: recommend ? 'The 10-point step limit held Google Search back; a larger move (to 60%) is 97% likely better (+14% leads expected).' : 'The 10-point step limit held Google Search back.',
      binding: true,
      recommendLargerMove: recommend,
    },
    unconstrained: [{ label: 'Google Search', share: 0.6 }, { label: 'Meta (Facebook)', share: 0.25 }, { label: 'YouTube', share: 0.15 }],
    decision: null,
    methodNote: 'Split by Thompson sampling on cost per lead.',
  };
}

// The PM panel: three tasks (two on the critical path, one done), a designer short of hours.
export const pmTask = (id: string, title: string, start: string, due: string, over: Partial<PmTaskView> = {}): PmTaskView => ({
  id, title, phase: 'Build', role: 'designer', assignee: null, estimatedHours: 8, actualHours: null, start, due, dependsOn: [], status: 'todo', completedAt: null, onCriticalPath: false, ...over,
});

export function pmData(): PmData {
  return {
    plan: { version: 1, status: 'approved', schedule: { start: '2026-12-01', end: '2026-12-31', finish: '2026-12-20', fitsWindow: true }, criticalPathDays: 12, warnings: [] },
    tasks: [
      pmTask('t1', 'Brief', '2026-12-01', '2026-12-03', { onCriticalPath: true, estimatedHours: 4 }),
      pmTask('t2', HOSTILE_NAME, '2026-12-04', '2026-12-10', { estimatedHours: 20 }),
      pmTask('t3', 'Assets', '2026-12-02', '2026-12-08', { onCriticalPath: true, status: 'done', actualHours: 9 }),
    ],
    criticalPath: ['t1', 't3'],
    capacity: [
      { role: 'designer', members: ['Ann'], weeklyHours: 10, demandHours: 32, availableHours: 40, peakWeekHours: 14, overAllocated: true, note: 'Peak week 14 h > 10 h weekly.' },
      { role: 'copywriter', members: ['Bo'], weeklyHours: 20, demandHours: 8, availableHours: 80, peakWeekHours: 8, overAllocated: false, note: 'Fits.' },
    ],
    progress: { total: 3, done: 1, estimatedHours: 32, actualHours: 9 },
    notes: [],
    roleNames: { designer: 'Designer', copywriter: 'Copywriter', media_buyer: 'Media buyer', strategist: 'Strategist' },
    staffing: null,
    team: {
      members: [
        { id: 'm1', name: 'Ann', role: 'designer', roleLabel: 'Designer', weeklyHours: 10 },
        { id: 'm2', name: HOSTILE_NAME, role: 'copywriter', roleLabel: 'Copywriter', weeklyHours: 20 },
      ],
      roles: [
        { id: 'strategist', label: 'Strategist' },
        { id: 'media_buyer', label: 'Media buyer' },
        { id: 'copywriter', label: 'Copywriter' },
        { id: 'designer', label: 'Designer' },
      ],
      hourlyRate: null,
      hourlyRateText: 'not set',
    },
  };
}

/** A plan with two roles nobody has and one short of hours, as the host words it. */
export function understaffed(): PmData {
  const d = pmData();
  d.capacity = [
    { role: 'strategist', members: [], weeklyHours: 0, demandHours: 30, availableHours: 0, peakWeekHours: 16, overAllocated: true, note: 'Nobody assigned: scheduled as one full-time person.' },
    { role: 'media_buyer', members: [], weeklyHours: 0, demandHours: 20, availableHours: 0, peakWeekHours: 10, overAllocated: true, note: 'Nobody assigned: scheduled as one full-time person.' },
    ...d.capacity,
  ];
  d.staffing = { message: '3 roles need people: no one on the team is assigned as Strategist or Media buyer (each is scheduled as one full-time person); Designer needs 32 h but the team has 20 h in the project window.', roles: ['strategist', 'media_buyer', 'designer'] };
  d.plan!.warnings = ['The plan finishes on 2027-01-08, after the project end date 2026-12-31.'];
  return d;
}
