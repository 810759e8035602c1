// PM fits the campaign: a plan without a start date starts on the next working day and says so;
// weekly work is spread over the flight; production starts after the plan's sign-off; capacity
// comes from the team; planned hours are checked against the budget at the agency's hourly rate.
import assert from 'node:assert/strict';
import { weekStart } from '../../../src/orchestrator/subsystems/common/dates';
import { mediaSubsystem } from '../../../src/orchestrator/subsystems/media';
import { pmSubsystem } from '../../../src/orchestrator/subsystems/pm';
import type { PmContent } from '../../../src/orchestrator/subsystems/pm/types';
import { strategySubsystem } from '../../../src/orchestrator/subsystems/strategy';
import type { HourlyRateSetting, TeamMember } from '../../../src/orchestrator/subsystems/types';
import type { Project } from '../../../src/orchestrator/domain/project';
import { b2bSaasLeads, input, run } from './fixtures';

const FULL_TEAM: TeamMember[] = [
  { name: 'Sam', role: 'strategist', weeklyHours: 20 },
  { name: 'Ade', role: 'account_manager', weeklyHours: 20 },
  { name: 'Mo', role: 'media_buyer', weeklyHours: 30 },
  { name: 'Kit', role: 'copywriter', weeklyHours: 20 },
  { name: 'Dee', role: 'designer', weeklyHours: 30 },
  { name: 'Ana', role: 'analyst', weeklyHours: 10 },
];

async function plan(p: Project, o: { team?: TeamMember[]; today?: string; previous?: PmContent; rate?: HourlyRateSetting | null; options?: Record<string, unknown> } = {}): Promise<PmContent> {
  const strategy = (await run(strategySubsystem, p)).content;
  const media = (await run(mediaSubsystem, p, { inputs: { strategy: input('strategy', strategy) } })).content;
  const r = await run(pmSubsystem, p, {
    inputs: { strategy: input('strategy', strategy), media: input('media', media) },
    data: { team: () => o.team ?? FULL_TEAM, hourlyRate: () => o.rate ?? null },
    ...(o.today ? { today: o.today } : {}),
    ...(o.previous ? { previous: input('pm', o.previous, 'draft', 1), version: 2 } : {}),
    ...(o.options ? { options: o.options } : {}),
  });
  return r.content;
}

const dental = (over: Partial<Project> = {}): Project =>
  b2bSaasLeads({ industry: 'Dental clinic', name: 'Smile Dental', budgetMinor: 90_000, constraints: [], mustInclude: [], doNotDo: [], audiences: ['families in Leeds'], ...over });

describe('pm fits the campaign', () => {
  const START_CASES: [string, string, string][] = [
    ['a Tuesday', '2026-12-01', '2026-12-02'],
    ['a Friday', '2026-12-04', '2026-12-07'],
    ['a Saturday', '2026-12-05', '2026-12-07'],
    ['a Sunday', '2026-12-06', '2026-12-07'],
  ];
  for (const [day, today, start] of START_CASES) {
    it(`without a start date, run on ${day} (${today}), the plan starts on ${start} and says so`, async () => {
      const c = await plan(dental({ startDate: undefined, endDate: undefined }), { today });
      assert.equal(c.schedule.start, start);
      assert.equal(c.schedule.startAssumed, true);
      assert.equal(c.tasks[0]!.start, start);
      assert.ok(c.notes.some((n) => /The brief has no start date: the plan starts on the next working day, \w+day \d+ \w+ 2026/.test(n)), c.notes.join(' | '));
    });
  }

  it('keeps the assumed start on a later re-run, and warns once it has passed', async () => {
    const first = await plan(dental({ startDate: undefined, endDate: undefined }), { today: '2026-12-01' });
    const later = await plan(dental({ startDate: undefined, endDate: undefined }), { today: '2026-12-09', previous: first });
    assert.equal(later.schedule.start, '2026-12-02', 'a re-run does not move the plan');
    assert.ok(later.warnings.some((w) => /The assumed start, Wednesday 2 December 2026, has passed/.test(w)));
    const dated = await plan(dental({ startDate: '2027-01-04', endDate: '2027-03-26' }), { today: '2026-12-09', previous: first });
    assert.deepEqual([dated.schedule.start, dated.schedule.startAssumed], ['2027-01-04', false], 'a date in the brief wins');
  });

  it('spreads weekly reporting and optimisation over the flight: one of each per week, each in its own week', async () => {
    const p = b2bSaasLeads(); // 7 September to 27 November 2026
    const optimise = (await run(strategySubsystem, p)).content.timeline.find((x) => x.key === 'optimize')!;
    const c = await plan(p);
    for (const template of ['weekly-reporting', 'weekly-optimisation']) {
      const weekly = c.tasks.filter((t) => t.template === template);
      assert.equal(weekly.length, 5, `${template}: one per week of the optimise phase (${optimise.start} to ${optimise.end})`);
      assert.ok(weekly.every((t) => weekStart(t.start) >= weekStart(optimise.start!) && t.due <= optimise.end!), `${template}: inside the optimise phase`);
      const weeks = weekly.map((t) => weekStart(t.start));
      assert.equal(new Set(weeks).size, weekly.length, `${template}: never two in one week`);
      assert.deepEqual(weekly.map((t) => t.week), weekly.map((_t, i) => i + 1));
      assert.ok(weekly.every((t) => t.start === t.due), `${template}: each week's work takes one day`);
    }
    const analystWeeks = new Map<string, number>();
    for (const t of c.tasks.filter((x) => x.template === 'weekly-reporting')) analystWeeks.set(weekStart(t.start), (analystWeeks.get(weekStart(t.start)) ?? 0) + t.estimatedHours);
    assert.ok([...analystWeeks.values()].every((h) => h === 2), 'two hours of reporting a week, not sixteen in two days');
    const report = c.tasks.find((t) => t.template === 'final-report')!;
    assert.ok(c.tasks.filter((t) => t.template === 'weekly-reporting').every((t) => t.due < report.start), 'the final report comes after the last weekly report');
  });

  it('starts production after the client signs the plan off, at the start of the produce phase', async () => {
    const p = b2bSaasLeads();
    const strategy = (await run(strategySubsystem, p)).content;
    const phase = (k: string) => strategy.timeline.find((x) => x.key === k)!;
    const c = await plan(p);
    const signOff = c.tasks.find((t) => t.template === 'plan-approval')!;
    assert.ok(signOff.start >= phase('plan').start! && signOff.due <= phase('plan').end!, 'the sign-off is inside "Plan and approve"');
    const production = c.tasks.filter((t) => ['media-setup', 'copywriting', 'creative-production'].includes(t.template));
    assert.ok(production.every((t) => t.start > signOff.due), 'no production before the sign-off');
    assert.ok(production.every((t) => t.start >= phase('produce').start!), 'production is in the produce phase');
    const firstProduction = production.map((t) => t.start).sort()[0]!;
    assert.ok(firstProduction <= '2026-09-22', `production starts with the produce phase (${phase('produce').start}), not weeks later: ${firstProduction}`);
    const launch = c.tasks.find((t) => t.template === 'launch')!;
    assert.ok(launch.start >= phase('launch').start!);
  });

  it('takes capacity from the team: a staffed team is not over-allocated, an empty one is flagged role by role', async () => {
    const staffed = await plan(b2bSaasLeads());
    assert.deepEqual(staffed.capacity.filter((r) => r.overAllocated).map((r) => r.role), [], staffed.capacity.map((r) => `${r.role}: ${r.note}`).join(' | '));
    const empty = await plan(b2bSaasLeads(), { team: [] });
    assert.ok(empty.capacity.every((r) => r.overAllocated && /aicmo team add NAME --role/.test(r.note)));
  });

  const COST_CASES: { title: string; rate: HourlyRateSetting | null; options?: Record<string, unknown>; warn: boolean; note: RegExp }[] = [
    { title: '£95 an hour on a £900 budget', rate: { amount: 95, currency: null, source: 'workspace' }, warn: true, note: /h of agency work at £95\.00 an hour \(the workspace rate \(aicmo team rate\)\) is £[\d,]+\.\d\d \(\d+ % of the £900\.00 budget\)/ },
    { title: '£95 GBP an hour', rate: { amount: 95, currency: 'GBP', source: 'workspace' }, warn: true, note: /at £95\.00 an hour/ },
    { title: '£5 an hour', rate: { amount: 5, currency: 'GBP', source: 'workspace' }, warn: false, note: /at £5\.00 an hour .* \(\d+ % of the £900\.00 budget\)/ },
    { title: 'a rate in euros', rate: { amount: 95, currency: 'EUR', source: 'workspace' }, warn: false, note: /The hourly rate is in EUR and the budget in GBP: agency cost not checked/ },
    { title: 'no rate', rate: null, warn: false, note: /No hourly rate set, so the [\d.]+ h of agency work are not checked against the £900\.00 budget \(set one with aicmo team rate 95/ },
    { title: "VS Code's aicmo.pm.hourlyRate when the workspace has none", rate: null, options: { pm: { hourlyRate: 95 } }, warn: true, note: /at £95\.00 an hour \(the aicmo\.pm\.hourlyRate setting\)/ },
  ];
  for (const c of COST_CASES) {
    it(`planned hours against the budget: ${c.title} → ${c.warn ? 'a warning' : 'no warning'}`, async () => {
      const p = await plan(dental(), { rate: c.rate, ...(c.options ? { options: c.options } : {}) });
      const hours = p.tasks.reduce((s, t) => s + t.estimatedHours, 0);
      assert.equal(p.agencyCost.hours, hours);
      assert.ok(p.notes.some((n) => c.note.test(n)), p.notes.join(' | '));
      assert.equal(p.agencyCost.overBudget, c.warn);
      assert.equal(p.warnings.some((w) => /Agency time costs more than the whole budget/.test(w)), c.warn, p.warnings.join(' | '));
      if (c.warn) assert.equal(p.agencyCost.amountMinor, Math.round(hours * 95 * 100));
    });
  }
});
