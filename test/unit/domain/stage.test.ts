import assert from 'node:assert/strict';
import type { Stage } from '../../../src/orchestrator/domain/project';
import { lifecycleBadges, projectStage, type StageFacts } from '../../../src/orchestrator/domain/stage';

const base: StageFacts = {
  lifecycle: 'active',
  intakeComplete: true,
  strategy: 'missing',
  creatives: { total: 0, undecided: 0, approved: 0, scheduled: 0 },
  outreachAttempts: 0,
  metricRows: 0,
};

function facts(over: Partial<StageFacts>): StageFacts {
  return { ...base, ...over, creatives: { ...base.creatives, ...over.creatives } };
}

const undecided = { total: 6, undecided: 4, approved: 2, scheduled: 0 };
const allDecidedNoneScheduled = { total: 6, undecided: 0, approved: 4, scheduled: 0 };
const scheduled = { total: 6, undecided: 0, approved: 4, scheduled: 2 };

const TABLE: Array<[string, Partial<StageFacts>, Stage]> = [
  ['a project with an incomplete intake', { intakeComplete: false }, 'INTAKE'],
  ['an incomplete intake, even with an approved strategy', { intakeComplete: false, strategy: 'approved' }, 'INTAKE'],
  ['no strategy yet', {}, 'STRATEGY'],
  ['a draft strategy', { strategy: 'draft' }, 'STRATEGY'],
  ['a strategy in review', { strategy: 'in_review' }, 'STRATEGY'],
  ['a rejected strategy', { strategy: 'rejected' }, 'STRATEGY'],
  ['a strategy with changes requested', { strategy: 'changes_requested' }, 'STRATEGY'],
  ['a stale strategy', { strategy: 'stale' }, 'STRATEGY'],
  ['metrics arriving before the strategy is approved', { strategy: 'in_review', metricRows: 120 }, 'STRATEGY'],
  ['outreach before the strategy is approved', { strategy: 'rejected', outreachAttempts: 3 }, 'STRATEGY'],
  ['an approved strategy and no creatives yet', { strategy: 'approved' }, 'CREATIVE'],
  ['an approved strategy with creatives awaiting decisions', { strategy: 'approved', creatives: undecided }, 'CREATIVE'],
  ['every creative decided but none scheduled', { strategy: 'approved', creatives: allDecidedNoneScheduled }, 'CREATIVE'],
  ['approved creatives scheduled', { strategy: 'approved', creatives: scheduled }, 'EXECUTION'],
  ['outreach started', { strategy: 'approved', outreachAttempts: 1 }, 'EXECUTION'],
  ['outreach started while creatives still await decisions', { strategy: 'approved', creatives: undecided, outreachAttempts: 2 }, 'EXECUTION'],
  ['metrics arriving', { strategy: 'approved', metricRows: 1 }, 'EXECUTION'],
  ['on hold keeps the stage (a badge)', { lifecycle: 'on_hold', strategy: 'approved', creatives: undecided }, 'CREATIVE'],
  ['cancelled keeps the stage (a badge)', { lifecycle: 'cancelled', strategy: 'in_review' }, 'STRATEGY'],
  ['a done project', { lifecycle: 'done', strategy: 'approved', creatives: scheduled }, 'DONE'],
  ['a done project with an incomplete intake', { lifecycle: 'done', intakeComplete: false }, 'DONE'],
];

describe('projectStage (the pipeline stage rule)', () => {
  for (const [label, over, expected] of TABLE) {
    it(`${label} → ${expected}`, () => {
      assert.equal(projectStage(facts(over)), expected);
    });
  }

  it('shows on hold and cancelled as badges', () => {
    assert.deepEqual(lifecycleBadges('on_hold'), { onHold: true, cancelled: false });
    assert.deepEqual(lifecycleBadges('cancelled'), { onHold: false, cancelled: true });
    assert.deepEqual(lifecycleBadges('active'), { onHold: false, cancelled: false });
  });
});
