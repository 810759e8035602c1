import assert from 'node:assert/strict';
import type { EstimateAccuracyInsight } from '../../../src/orchestrator/kaizen/types';
import { mediaSubsystem } from '../../../src/orchestrator/subsystems/media';
import { pmSubsystem } from '../../../src/orchestrator/subsystems/pm';
import { buildPm } from '../../../src/orchestrator/subsystems/pm/rules';
import type { TaskTemplate } from '../../../src/orchestrator/subsystems/pm/taskTemplates';
import { strategySubsystem } from '../../../src/orchestrator/subsystems/strategy';
import type { TeamMember } from '../../../src/orchestrator/subsystems/types';
import { b2bSaasLeads, dtcSales, evidence, input, run } from './fixtures';

// Hand-checked example: Monday 2026-09-07 to Friday 2026-09-25 (15 work days), two channels.
const templates: TaskTemplate[] = [
  { template: 'brief', title: 'Brief', phase: 'plan', role: 'strategist', hours: 8, perChannel: false, dependsOn: [] },
  { template: 'design', title: 'Design {channel}', phase: 'produce', role: 'designer', hours: 8, perChannel: true, dependsOn: ['brief'] },
  { template: 'approve', title: 'Approve', phase: 'produce', role: 'strategist', hours: 4, perChannel: false, dependsOn: ['design'] },
];
const project = b2bSaasLeads({ startDate: '2026-09-07', endDate: '2026-09-25' });
const team = (designerHours: number): TeamMember[] => [
  { name: 'Sam', role: 'strategist', weeklyHours: 40 },
  { name: 'Dee', role: 'designer', weeklyHours: designerHours },
];
const plan = (designerHours: number, accuracy: EstimateAccuracyInsight[] = [], skipKaizen = false) =>
  buildPm({ project, channels: ['meta', 'email'], team: team(designerHours), accuracy, skipKaizen, templates }).content;

describe('pm subsystem', () => {
  it('schedules within role capacity on work days (hand-checked)', () => {
    const c = plan(20); // the designer has 4 h a day
    const dates = Object.fromEntries(c.tasks.map((t) => [t.id, [t.start, t.due]]));
    assert.deepEqual(dates, {
      't-brief': ['2026-09-07', '2026-09-07'], // 8 h of an 8 h day
      't-design-meta': ['2026-09-08', '2026-09-09'], // 8 h at 4 h a day
      't-design-email': ['2026-09-10', '2026-09-11'], // waits for the designer
      't-approve': ['2026-09-14', '2026-09-14'], // Monday after both designs (skips the weekend)
    });
    assert.deepEqual(c.tasks.find((t) => t.id === 't-approve')!.dependsOn, ['t-design-meta', 't-design-email']);
    assert.deepEqual(c.criticalPath, ['t-brief', 't-design-email', 't-approve']);
    assert.equal(c.criticalPathDays, 4);
    const designer = c.capacity.find((r) => r.role === 'designer')!;
    assert.deepEqual([designer.weeklyHours, designer.demandHours, designer.availableHours, designer.peakWeekHours, designer.overAllocated], [20, 16, 60, 16, false]);
    assert.deepEqual(c.schedule, { start: '2026-09-07', end: '2026-09-25', finish: '2026-09-14', fitsWindow: true, startAssumed: false });
  });

  it('flags over-allocation when demand exceeds a role\'s hours in the window, and unstaffed roles', () => {
    const c = plan(4); // 0.8 h a day: 16 h of design needs 20 work days, the window has 15
    const designer = c.capacity.find((r) => r.role === 'designer')!;
    assert.deepEqual([designer.demandHours, designer.availableHours, designer.overAllocated], [16, 12, true]);
    assert.match(designer.note, /Needs 16 h but the team has 12 h/);
    assert.equal(c.schedule.fitsWindow, false);
    assert.ok(c.warnings.some((w) => /finishes on .* after the project end date 2026-09-25/.test(w)));
    const unstaffed = buildPm({ project, channels: ['meta'], team: [], accuracy: [], skipKaizen: false, templates }).content;
    assert.ok(unstaffed.capacity.every((r) => r.overAllocated && /Nobody on the team has the role/.test(r.note)));
    // One warning names every unassigned role in people's words, not one warning per role.
    const staffing = unstaffed.warnings.filter((w) => /people|role/i.test(w));
    assert.equal(staffing.length, 1, unstaffed.warnings.join('\n'));
    assert.match(staffing[0]!, new RegExp(`^${unstaffed.capacity.length} roles need people: no one on the team is assigned as .*Strategist.* \\(each is scheduled as one full-time person\\)\\.$`));
    assert.ok(!unstaffed.warnings.some((w) => /media_buyer|^\w+: /.test(w)), unstaffed.warnings.join('\n'));
  });

  it('calibrates estimates from learned accuracy, shrunk toward 1', () => {
    const accuracy: EstimateAccuracyInsight[] = [{ id: 'est:design', kind: 'estimate-accuracy', summary: '', evidence: evidence(), payload: { template: 'design', estimated: 24, actual: 48, ratio: 2, n: 3 } }];
    const c = plan(20, accuracy);
    const design = c.tasks.find((t) => t.id === 't-design-meta')!;
    assert.deepEqual([design.baseHours, design.calibration, design.estimatedHours], [8, 1.5, 12]); // (3·2 + 3) / 6 = 1.5
    assert.equal(c.kaizen.mode, 'applied');
    assert.equal(plan(20, accuracy, true).tasks.find((t) => t.id === 't-design-meta')!.estimatedHours, 8);
  });

  it('builds the full plan from strategy and media: tasks per planned channel, phases, a valid schedule', async () => {
    for (const p of [b2bSaasLeads(), dtcSales()]) {
      const strategy = (await run(strategySubsystem, p)).content;
      const media = (await run(mediaSubsystem, p, { inputs: { strategy: input('strategy', strategy) } })).content;
      const result = await run(pmSubsystem, p, {
        inputs: { strategy: input('strategy', strategy), media: input('media', media) },
        data: { team: () => [{ name: 'A', role: 'strategist', weeklyHours: 40 }, { name: 'B', role: 'designer', weeklyHours: 40 }, { name: 'C', role: 'copywriter', weeklyHours: 20 }] },
      });
      const c = result.content;
      const channels = media.allocations.filter((a) => a.amountMinor > 0).map((a) => a.channel);
      assert.equal(c.tasks.filter((t) => t.template === 'creative-production').length, channels.length);
      assert.ok(c.tasks.every((t) => new Date(`${t.start}T00:00:00Z`).getUTCDay() % 6 !== 0), 'no task starts on a weekend');
      assert.equal(c.tasks.find((t) => t.template === 'launch')!.start >= strategy.timeline.find((ph) => ph.key === 'launch')!.start!, true);
      assert.ok(c.criticalPath.length >= 4);
      assert.ok(c.capacity.find((r) => r.role === 'media_buyer')!.overAllocated, 'nobody is a media buyer');
    }
    // Without a start date and without the run's date there is nothing to plan from.
    await assert.rejects(run(pmSubsystem, b2bSaasLeads({ startDate: undefined }), { inputs: { strategy: input('strategy', {}), media: input('media', { allocations: [] }) } }), /PM needs the project's start date, or the date of the run/);
  });
});
