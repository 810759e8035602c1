// The one rule the Kaizen panel and the Kaizen tree show insights by: kinds ranked by their
// strongest insight, insights by evidence, one-fact insights split out as weak, the kinds with no
// evidence yet listed once, and which insights come from several clients' data.
import assert from 'node:assert/strict';
import { evidenceCountText, fromSeveralClients, groupInsights, severalClientsText, WEAK_EVIDENCE } from '../../../src/protocol/kaizenGroups';

const insight = (kind: string, summary: string, count: number, projects: string[] = ['p_1']) => ({ kind, summary, evidence: { count, projects } });
const kind = (k: string, evidence: number) => ({ kind: k, evidence });

describe('Kaizen grouping', () => {
  it('ranks kinds by their strongest insight and insights by evidence, folding one-fact insights', () => {
    const groups = groupInsights(
      [
        insight('angle-approval', 'Benefit angles win on Meta.', 3),
        insight('rejection-reason', 'Too generic.', 1),
        insight('channel-performance', 'Google Search converts 6.6%.', 84, ['p_1', 'p_2']),
        insight('angle-approval', 'Urgency loses on LinkedIn.', 1),
        insight('angle-approval', 'Proof wins on Google Search.', 12),
        insight('channel-performance', 'Performance Max converts 6.1%.', 42),
      ],
      [kind('channel-performance', 126), kind('angle-approval', 16), kind('estimate-accuracy', 0), kind('rejection-reason', 1)],
    );
    assert.deepEqual(groups.kinds.map((g) => g.kind), ['channel-performance', 'angle-approval', 'rejection-reason']);
    const angles = groups.kinds[1]!;
    assert.deepEqual(angles.insights.map((i) => i.evidence.count), [12, 3, 1]);
    assert.deepEqual(angles.strong.map((i) => i.summary), ['Proof wins on Google Search.', 'Benefit angles win on Meta.']);
    assert.deepEqual(angles.weak.map((i) => i.summary), ['Urgency loses on LinkedIn.']);
    assert.deepEqual(groups.kinds[2]!.strong, [], 'a kind resting on one fact has only weak insights');
    assert.equal(groups.kinds[2]!.weak.length, 1);
    assert.deepEqual(groups.noEvidence, ['estimate-accuracy']);
    assert.equal(WEAK_EVIDENCE, 1);
  });

  it('lists every kind without evidence once, in the order given, and breaks ties by kind and summary', () => {
    const groups = groupInsights(
      [insight('b-kind', 'Zeta.', 5), insight('a-kind', 'Beta.', 5), insight('a-kind', 'Alpha.', 5)],
      [kind('estimate-accuracy', 0), kind('a-kind', 10), kind('rejection-reason', 0), kind('b-kind', 5), kind('angle-approval', 0)],
    );
    assert.deepEqual(groups.kinds.map((g) => g.kind), ['a-kind', 'b-kind']);
    assert.deepEqual(groups.kinds[0]!.insights.map((i) => i.summary), ['Alpha.', 'Beta.']);
    assert.deepEqual(groups.noEvidence, ['estimate-accuracy', 'rejection-reason', 'angle-approval']);
  });

  it('keeps an insight whose kind has no summary, and never calls a kind with insights "no evidence"', () => {
    const groups = groupInsights([insight('seo-ideas', 'Long-tail pages rank.', 2), insight('estimate-accuracy', 'Copy takes 2 h.', 0)], [kind('estimate-accuracy', 0)]);
    assert.deepEqual(groups.kinds.map((g) => g.kind), ['seo-ideas', 'estimate-accuracy']);
    assert.deepEqual(groups.noEvidence, []);
  });

  it('says when an insight is drawn from several clients’ data', () => {
    assert.equal(fromSeveralClients(insight('k', 'One client.', 9, ['p_1'])), false);
    assert.equal(severalClientsText(insight('k', 'One client.', 9, ['p_1'])), '');
    assert.equal(severalClientsText(insight('k', 'Three clients.', 9, ['p_1', 'p_2', 'p_3'])), "from 3 clients' data");
  });

  it('counts the facts in words, never by event type', () => {
    const facts = (kind: string, count: number, source: string) => evidenceCountText({ kind, evidence: { count, source } });
    assert.equal(facts('channel-performance', 1234, 'metric rows'), '1,234 metric rows');
    assert.equal(facts('rejection-reason', 1, 'strategy.rejected and strategy.changes_requested events'), '1 strategy rejection or change request');
    assert.equal(facts('angle-approval', 10, 'creative.approved and creative.rejected events'), '10 creative approvals and rejections');
    assert.equal(facts('estimate-accuracy', 2, 'task.completed events'), '2 completed tasks');
    assert.equal(facts('seo-ideas', 3, 'keyword rows'), '3 keyword rows');
  });

  it('shows nothing for no insights', () => {
    assert.deepEqual(groupInsights([], [kind('channel-performance', 0)]), { kinds: [], noEvidence: ['channel-performance'] });
  });
});
