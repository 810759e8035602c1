// The media plan through the real flow and store: a function of its inputs, approved like the
// strategy, re-planned from the approved plan, followed downstream only once approved.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Actor, Decision } from '../../../src/orchestrator/domain/decisions';
import { runFlow } from '../../../src/orchestrator/flow';
import { importMetricsFile } from '../../../src/orchestrator/imports';
import type { MediaContent } from '../../../src/orchestrator/subsystems/media/types';
import { run, value } from '../operations/helpers';
import { allEvents, workspaceWithProject, type Fixture } from './helpers';

const weekDate = (i: number): string => new Date(Date.UTC(2026, 2, 2 + 7 * i)).toISOString().slice(0, 10);

async function importWeeks(f: Fixture, name: string, from: number, to: number, conv: { search: number; social: number }): Promise<void> {
  const rows = ['date,channel,campaign,spend,impressions,clicks,conversions'];
  for (let w = from; w < to; w++) {
    rows.push(`${weekDate(w)},Paid Search,Brand,1000,20000,1000,${conv.search}`);
    rows.push(`${weekDate(w)},Facebook,Prospecting,1000,80000,2000,${conv.social}`);
  }
  const file = path.join(f.root, name);
  writeFileSync(file, rows.join('\n') + '\n');
  await importMetricsFile(f.store, f.slug, file, { format: 'generic', granularity: 'week' });
}

/** media.decide through the registry; `sentence` is the operation's message. */
async function decideMedia(f: Fixture, decision: Decision, by: string | Actor, reason?: string, extra: { acceptLargerMove?: boolean } = {}) {
  const o = await run(f.store, 'media.decide', { project: f.slug, decision, by, ...(reason === undefined ? {} : { reason }), ...extra });
  return { ...o.value, sentence: o.message };
}

const versions = (f: Fixture) => f.store.readProject(f.slug, (tx) => tx.artifacts.history('media').map((a) => [a.version, a.status] as [number, string]));
const latest = (f: Fixture) => f.store.readProject(f.slug, (tx) => tx.artifacts.latestByKind());
const shares = (c: unknown) => (c as MediaContent).allocations.map((a) => [a.channel, a.share]);

describe('media plan through the flow', () => {
  let f: Fixture;
  beforeEach(async () => (f = await workspaceWithProject({ industry: 'Online coffee shop', allowedChannels: ['google_search', 'meta'] })));
  afterEach(() => f.cleanup());

  it('keeps one media version over five runs on unchanged inputs, with or without results, and a new version only when results change', async () => {
    for (let i = 0; i < 5; i++) await runFlow(f.store, f.slug, { actor: 'ci' });
    assert.deepEqual(await versions(f), [[1, 'in_review']]);
    await importWeeks(f, 'w1.csv', 0, 2, { search: 60, social: 20 });
    const before = shares((await latest(f)).media!.content);
    for (let i = 0; i < 5; i++) await runFlow(f.store, f.slug, { actor: 'ci' });
    assert.deepEqual(await versions(f), [[2, 'in_review'], [1, 'in_review']], 'new evidence: one new proposal, then nothing');
    const after = (await latest(f)).media!;
    assert.notDeepEqual(shares(after.content), before);
    assert.match((after.content as MediaContent).evidence!.fingerprint ?? '', /^[0-9a-f]{64}$/);
    // A proposal made from a draft is still measured against the priors: drafts are never the baseline.
    assert.deepEqual((after.content as MediaContent).proposal?.against, { kind: 'priors' });
  });

  it('is approved like the strategy, re-plans from the approved plan, and downstream follows the approved plan until the next one is approved', async () => {
    await runFlow(f.store, f.slug, { actor: 'ci' });
    await value(f.store, 'strategy.decide', { project: f.slug, decision: 'approve' }, 'Dana');
    await assert.rejects(decideMedia(f, 'reject', 'Dana'), /Rejecting a media plan needs a reason\./);
    const ok = await decideMedia(f, 'approve', { name: 'Dana', kind: 'internal' });
    assert.deepEqual(ok.media, { id: ok.media.id, version: 1, status: 'approved' });
    assert.match(ok.sentence, /^Approved media plan v1 of "Acme Coffee Spring Launch": No change from the priors\./);
    await runFlow(f.store, f.slug, { actor: 'ci' });
    assert.equal((await latest(f)).creatives?.inputs.media, 1);

    await importWeeks(f, 'w1.csv', 0, 3, { search: 60, social: 20 });
    const r = await runFlow(f.store, f.slug, { actor: 'ci' });
    const now = await latest(f);
    assert.deepEqual([now.media?.version, now.media?.status], [2, 'in_review']);
    const proposal = (now.media!.content as MediaContent).proposal!;
    assert.deepEqual(proposal.against, { kind: 'approved', version: 1 });
    assert.match(proposal.summary, /^Against the approved plan \(version 1\): Google Search 54\.6% → 64\.6% \(\+10 pts\), Meta \(Facebook\) 45\.5% → 35\.5% \(−10 pts\)\.$/);
    assert.equal(now.creatives?.inputs.media, 1, 'creatives still follow the approved plan');
    assert.equal(r.subsystems.find((s) => s.name === 'creatives')?.message, 'unchanged: same content as version 1, kept.');

    const approved2 = await decideMedia(f, 'approve', 'Dana');
    assert.deepEqual(approved2.stale.map((m) => m.kind).sort(), ['creatives', 'pm', 'portal']);
    await runFlow(f.store, f.slug, { actor: 'ci' });
    assert.equal((await latest(f)).creatives?.inputs.media, 2, 'the newly approved plan is followed');
    // The next re-plan starts from version 2, not from the priors or a draft.
    await importWeeks(f, 'w2.csv', 3, 5, { search: 60, social: 20 });
    await runFlow(f.store, f.slug, { actor: 'ci', only: 'media' });
    assert.deepEqual(((await latest(f)).media!.content as MediaContent).proposal?.against, { kind: 'approved', version: 2 });
    const types = (await allEvents(f.events)).map((e) => e.type).filter((t) => t.startsWith('media.'));
    assert.deepEqual(types, ['media.approved', 'media.approved']);
  });

  it('does not propose a rejected or sent-back plan again while nothing changed; the approved plan stays in use', async () => {
    await runFlow(f.store, f.slug, { actor: 'ci' });
    await decideMedia(f, 'approve', 'Dana');
    await importWeeks(f, 'w1.csv', 0, 3, { search: 60, social: 20 });
    await runFlow(f.store, f.slug, { actor: 'ci' });
    const sent = await decideMedia(f, 'request_changes', { name: 'Chris', kind: 'client' }, 'Keep Meta at 40% for the launch');
    assert.match(sent.sentence, /^Sent media plan v2 of "Acme Coffee Spring Launch" back \(Keep Meta at 40% for the launch\); approved version 1 stays in use\./);
    const r = await runFlow(f.store, f.slug, { actor: 'ci', only: 'media' });
    assert.equal(r.subsystems[0]?.message, 'unchanged: version 2 was sent back and nothing it was made from has changed, so nothing new is proposed (approved version 1 stays in use).');
    assert.deepEqual(await versions(f), [[2, 'changes_requested'], [1, 'approved']]);
    const actions = await f.store.readProject(f.slug, (tx) => tx.approvals.list({ kind: 'media' }));
    assert.deepEqual(actions.map((a) => [a.action, a.actor.kind, a.comment ?? null]), [['approve', 'internal', null], ['request_changes', 'client', 'Keep Meta at 40% for the launch']]);
    // New results make a new proposal, again measured against the approved version 1.
    await importWeeks(f, 'w2.csv', 3, 4, { search: 60, social: 20 });
    await runFlow(f.store, f.slug, { actor: 'ci', only: 'media' });
    assert.deepEqual((await versions(f))[0], [3, 'in_review']);
  });

  it('accepts the larger move as a new approved version recorded as the person\'s decision, which later runs keep', async () => {
    await runFlow(f.store, f.slug, { actor: 'ci' });
    await decideMedia(f, 'approve', 'Dana');
    await importWeeks(f, 'w1.csv', 0, 4, { search: 90, social: 10 });
    await runFlow(f.store, f.slug, { actor: 'ci' });
    const proposal = (await latest(f)).media!;
    const free = (proposal.content as MediaContent).unconstrained!;
    assert.ok(free && free.largestMove > 0.1, 'the step limit held the move back');
    await assert.rejects(decideMedia(f, 'reject', 'Dana', 'no', { acceptLargerMove: true }), /Accepting the larger move is a way of approving/);
    const r = await decideMedia(f, 'approve', 'Dana', undefined, { acceptLargerMove: true });
    assert.equal(r.acceptedLargerMove, true);
    assert.deepEqual(await versions(f), [[3, 'approved'], [2, 'stale'], [1, 'approved']]);
    const accepted = (await latest(f)).media!;
    assert.deepEqual(shares(accepted.content), free.allocations.map((a) => [a.channel, a.share]));
    assert.deepEqual((accepted.content as MediaContent).decision, { acceptedLargerMove: true, by: 'Dana', at: (accepted.content as MediaContent).decision!.at, fromVersion: 2 });
    assert.equal(accepted.statusNote, 'Dana accepted the larger move proposed in version 2.');
    const [event] = await allEvents(f.events, 'media.approved').then((es) => es.slice(-1));
    assert.deepEqual([event?.data.version, event?.data.acceptedLargerMove], [3, true]);
    const again = await runFlow(f.store, f.slug, { actor: 'ci', only: 'media' });
    assert.equal(again.subsystems[0]?.message, 'unchanged: version 3 is approved and its inputs have not changed, kept.');
    await assert.rejects(decideMedia(f, 'approve', 'Dana', undefined, { acceptLargerMove: true }), /has no larger move to accept/);
  });
});
