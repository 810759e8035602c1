// The Kaizen tree view in a real VS Code, read through its provider as the view is given it: two
// client projects with the Google Ads sample imported and one strategy rejected with a reason.
// The kinds come strongest first; an insight drawn from both clients says "from N clients' data"
// and its evidence names them (never an id) with its dates in words; the one-fact rejection reason
// is folded under "Weak evidence (N)"; kinds with nothing behind them are named on one line.
import * as assert from 'node:assert/strict';
import type { KaizenTreeItemSnapshot } from '../../../src/extension/tree/kaizenTreeNodes';
import { aicmoApi, googleAdsSample, run } from './helpers';

const REASON = 'Too generic for winter hikers';

function brief(name: string) {
  return {
    name, industry: 'outdoor retail', goal: 'Online sales of winter gear', goalMetric: 'sales',
    audiences: ['hikers'], budget: '40000', currency: 'USD', startDate: '2026-10-01', endDate: '2026-12-31',
    benefits: ['Warm down to -20 °C'], proofPoints: ['4.8 stars from 2,000 hikers'], offer: 'Free returns all winter', landingUrl: 'https://tundra.example/winter',
  };
}

/** The largest fact count under a node ("84 metric rows" → 84). */
function strongest(node: KaizenTreeItemSnapshot): number {
  const own = /^([\d,]+) /.exec(node.label);
  return Math.max(own && node.state === 'none' ? Number(own[1]!.replace(/,/g, '')) : 0, ...node.children.map(strongest));
}

function everything(nodes: KaizenTreeItemSnapshot[]): string {
  return nodes.map((n) => `${n.label}\n${n.description}\n${everything(n.children)}`).join('\n');
}

describe('Kaizen tree view', () => {
  const ids: string[] = [];
  let tundra = '';

  before(async () => {
    await aicmoApi();
    for (const name of ['Tundra Trail Outfitters', 'Glacier Gear Spring']) {
      const made = await run('aicmo.newProject', brief(name));
      assert.equal(made.ok, true, made.message);
      const { id, slug } = made.value as { id: string; slug: string };
      ids.push(id);
      tundra ||= slug;
      const imported = await run('aicmo.importMetrics', slug, googleAdsSample());
      assert.equal(imported.ok, true, imported.message);
    }
    assert.equal((await run('aicmo.runFullFlow', tundra)).ok, true);
    const rejected = await run('aicmo.rejectStrategy', tundra, `${REASON}.`);
    assert.equal(rejected.ok, true, rejected.message);
  });

  it('ranks kinds by evidence, folds one-fact insights, names empty kinds once and says which insights come from several clients', async () => {
    const api = await aicmoApi();
    const tree = await api.kaizenTree();
    const shown = everything(tree);
    const kinds = tree.filter((n) => n.state === 'expanded');
    assert.ok(kinds.length >= 2, shown);
    const strengths = kinds.map(strongest);
    assert.deepEqual(strengths, [...strengths].sort((a, b) => b - a), `kinds strongest first: ${kinds.map((k) => k.label).join(', ')}`);

    const channels = tree.find((n) => n.label === 'Channel performance');
    assert.ok(channels, shown);
    const search = channels.children.find((n) => n.label.startsWith('Google Search: '));
    assert.ok(search, shown);
    assert.match(search.description, /^from \d+ clients' data$/);
    const [facts, from] = search.children;
    assert.match(facts?.label ?? '', /^[\d,]+ metric rows$/);
    assert.match(facts?.description ?? '', /^\d+(–| [A-Z][a-z]+ – )\d+ [A-Z][a-z]+ \d{4}$/, 'the dates in words');
    assert.match(from?.label ?? '', /^From .*Tundra Trail Outfitters/);
    assert.match(from?.label ?? '', /Glacier Gear Spring/);

    const reasons = tree.find((n) => n.label === 'Rejection reasons');
    assert.ok(reasons, shown);
    const weak = reasons.children.find((n) => /^Weak evidence \(\d+\)$/.test(n.label));
    assert.ok(weak, shown);
    assert.equal(weak.state, 'collapsed');
    const mine = weak.children.find((n) => n.label.includes(REASON));
    assert.ok(mine, everything(weak.children));
    assert.deepEqual(mine.children.map((c) => c.label), ['1 strategy rejection or change request', 'From Tundra Trail Outfitters']);

    assert.ok(tree.filter((n) => n.label.startsWith('No evidence yet')).length <= 1, 'said once');
    assert.doesNotMatch(shown, /^no evidence yet$/m, 'never once per kind');
    for (const id of ids) assert.ok(!shown.includes(id), `no project id (${id}) in the tree`);
    assert.doesNotMatch(shown, /\d{4}-\d{2}-\d{2} →|\bundated\b|strategy\.rejected/, 'no raw dates or event types in the evidence');
  });
});
