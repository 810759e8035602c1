// Approving never lets a broken creative through: one over a platform's hard limit is refused
// with a sentence naming the problem, one with another error needs the person to confirm, and a
// bulk approval approves the rest and says how many need fixing. Decisions tick the plan tasks
// that stand for them (done, the actual hours left for the person), recorded as events.
import assert from 'node:assert/strict';
import { runOperation } from '../../../src/orchestrator/operations';
import { runFlow } from '../../../src/orchestrator/flow';
import { getExecutionTimeline, serviceEnv } from '../../../src/orchestrator/services';
import { allEvents, workspaceWithProject, type Fixture } from '../flow/helpers';
import { run, value } from './helpers';

const OVER = { field: 'headlines[1]', rule: 'max-length', severity: 'error' as const, message: 'Google Search headline is 126 characters; the limit is 90.' };
const BANNED = { field: 'body', rule: 'banned-term', severity: 'error' as const, message: 'The body uses "cheap", banned by the brand guide.' };
const LONG = { field: 'headline', rule: 'recommended-length', severity: 'warning' as const, message: 'Meta (Facebook) headline is 29 characters; about 27 show before it is cut off.' };

describe('operations: the approval gate and the tasks decisions tick', () => {
  let f: Fixture;
  let ids: string[];
  beforeEach(async () => {
    f = await workspaceWithProject({ name: 'Trattoria Nonna' });
    await runFlow(f.store, f.slug, { actor: 'ci' });
    await value(f.store, 'strategy.decide', { project: f.slug, decision: 'approve' });
    await runFlow(f.store, f.slug, { actor: 'ci' });
    // Three creatives of our own beside the set: one over a hard limit, one with a banned term, one with a warning only.
    ids = await f.store.writeProject(f.slug, (tx) => {
      const art = tx.artifacts.latest('creatives')!;
      const base = { format: 'Responsive search ad', angle: 'test', body: 'Body', cta: 'Book now', status: 'in_review' };
      return tx.creatives
        .insertSet(art.id, art.version, [
          { ...base, id: 'c_over', key: 'k-over', channel: 'google_search', headline: 'Way too long', violations: [OVER] },
          { ...base, id: 'c_banned', key: 'k-banned', channel: 'meta', headline: 'Cheap pasta', violations: [BANNED, LONG] },
          { ...base, id: 'c_warned', key: 'k-warned', channel: 'meta', headline: 'Fresh pasta daily', violations: [LONG] },
        ])
        .map((c) => c.id);
    });
  });
  afterEach(() => f.cleanup());

  const status = async (id: string) => (await f.store.readProject(f.slug, (tx) => tx.creatives.get(id)))?.status;

  it('refuses one creative over a hard limit with a sentence naming the problem, and changes nothing', async () => {
    const r = await runOperation(serviceEnv(f.store, 'Dana'), 'creatives.decide', { ids: ['c_over'], decision: 'approve', project: f.slug, confirm: true });
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.error.message, 'Creative “Way too long” (Google Search) cannot be approved: Google Search headline is 126 characters; the limit is 90. Fix it or regenerate it first (nothing was approved).');
    assert.equal(await status('c_over'), 'in_review');
  });

  it('asks for confirmation before approving a creative with another error, naming it; warnings never block', async () => {
    const r = await runOperation(serviceEnv(f.store, 'Dana'), 'creatives.decide', { ids: ['c_banned'], decision: 'approve', project: f.slug });
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.error.code, 'needs-confirmation');
    assert.equal(r.error.field, 'confirm');
    assert.match(r.error.message, /^Creative “Cheap pasta” \(Meta \(Facebook\)\) has a violation: The body uses "cheap", banned by the brand guide\. Confirm to approve it anyway/);
    assert.equal(await status('c_banned'), 'in_review');
    await value(f.store, 'creatives.decide', { ids: ['c_banned'], decision: 'approve', project: f.slug, confirm: true });
    assert.equal(await status('c_banned'), 'approved');
    await value(f.store, 'creatives.decide', { ids: ['c_warned'], decision: 'approve', project: f.slug });
    assert.equal(await status('c_warned'), 'approved');
  });

  it('approves the rest of a selection and says how many need fixing, offering to regenerate them', async () => {
    const all = await f.store.readProject(f.slug, (tx) => tx.creatives.list().map((c) => c.id));
    const out = await run(f.store, 'creatives.decide', { ids: all, decision: 'approve', project: f.slug });
    assert.deepEqual(out.value.needFixing.map((g) => g.id), ['c_over']);
    assert.deepEqual(out.value.needConfirmation.map((g) => g.id), ['c_banned']);
    assert.equal(out.value.creatives.length, all.length - 2);
    assert.match(out.message, new RegExp(`^${all.length - 2} creatives of "Trattoria Nonna" approved; 1 needs fixing \\(Google Search is over its platform limits\\) and was not approved and 1 with a violation waits for you to confirm\\.`));
    assert.deepEqual(out.next?.[0]?.target, { kind: 'operation', name: 'creatives.regenerate', input: { project: f.slug, ids: ['c_over'] } });
    // The one waiting for a confirmation is offered as the next step, naming how many.
    assert.deepEqual(out.next?.[1], { label: 'Approve the 1 creative with violations anyway', target: { kind: 'operation', name: 'creatives.decide', input: { project: f.slug, ids: ['c_banned'], decision: 'approve', confirm: true } } });
    assert.equal(await status('c_over'), 'in_review');
    // The selection again: the approved ones are left as they are, not refused.
    const again = await run(f.store, 'creatives.decide', { ids: all, decision: 'approve', project: f.slug, confirm: true });
    assert.deepEqual(again.value.creatives.map((c) => c.id), ['c_banned']);
    assert.equal(again.value.unchanged.length, all.length - 2);
    assert.deepEqual(ids.length, 3);
  });

  it('ticks the strategy review when the strategy is approved and the creative approvals once none awaits, leaving the hours to fill in', async () => {
    const tasks = () => f.store.readProject(f.slug, (tx) => tx.tasks.list());
    const review = (await tasks()).find((t) => t.template === 'strategy-review')!;
    assert.deepEqual([review.status, review.actualHours], ['done', null], 'the strategy approval ticked its review task');
    const ticks = await allEvents(f.events, 'task.status_changed');
    assert.deepEqual(ticks.map((e) => [e.data.title, e.data.to, e.data.via]), [['Strategy review with the client', 'done', 'strategy.approved']]);
    assert.equal((await tasks()).find((t) => t.template === 'creative-approval')?.status, 'todo');

    const out = await run(f.store, 'creatives.decide', { all: true, decision: 'approve', project: f.slug, confirm: true });
    assert.equal(out.value.needFixing.length, 1, 'the one over its limit still waits');
    assert.equal((await tasks()).find((t) => t.template === 'creative-approval')?.status, 'todo', 'not ticked while a creative awaits a decision');
    await value(f.store, 'creatives.decide', { ids: ['c_over'], decision: 'reject', project: f.slug, reason: 'Too long' });
    const approvals = (await tasks()).find((t) => t.template === 'creative-approval')!;
    assert.deepEqual([approvals.status, approvals.actualHours], ['done', null]);

    // The timeline says the hours are still to be entered, not "? h".
    const timeline = await getExecutionTimeline(serviceEnv(f.store, 'Dana'), f.slug);
    assert.ok(timeline.ok && timeline.value.entries.some((e) => e.title === `Task done: Strategy review with the client (actual hours not entered yet; ${review.estimatedHours} h estimated)`), JSON.stringify(timeline.ok && timeline.value.entries.map((e) => e.title)));

    // The person fills in the hours later: that is what Kaizen learns from.
    const done = await run(f.store, 'task.complete', { id: review.id, hours: 5 });
    assert.equal(done.value.actualHours, 5);
    assert.equal((await allEvents(f.events, 'task.completed')).length, 1);
  });
});
