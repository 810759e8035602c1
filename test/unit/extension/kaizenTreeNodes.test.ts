// The Kaizen tree's nodes over real data: two client projects with the Google Ads sample imported
// (channel insights drawn from both) and one strategy rejected with a reason (an insight resting
// on one fact). The kinds come strongest first, the one-fact insight folds under "Weak evidence
// (1)", the kinds with nothing behind them are named on one line, an insight from both clients
// says "from 2 clients' data" and its evidence names them and its dates in words — no id.
import assert from 'node:assert/strict';
import path from 'node:path';
import { runOperation } from '../../../src/orchestrator/operations';
import { getKaizenInsights, unwrap } from '../../../src/orchestrator/services';
import { kaizenTreeNodes, projectNamesText, type KaizenTreeNode } from '../../../src/extension/tree/kaizenTreeNodes';
import { fixture, intake, value, type Fixture } from '../services/fixtures';

const SAMPLE = path.resolve(__dirname, '../../../src/orchestrator/demo/data/google-ads-campaign-daily.csv');

const text = (n: KaizenTreeNode): string => [n.label, n.description ?? '', n.tooltip ?? '', ...n.children.map(text)].join('\n');
const ids = (n: KaizenTreeNode): string[] => [n.id, ...n.children.flatMap(ids)];

describe('Kaizen tree nodes', function () {
  this.timeout(120_000);
  let f: Fixture;
  beforeEach(async () => (f = await fixture()));
  afterEach(() => f.cleanup());

  async function names(): Promise<Map<string, string>> {
    return new Map((await f.store.listProjects()).map((p) => [p.id, p.name]));
  }

  it('ranks the kinds, folds one-fact insights, names the empty kinds once and the clients by name', async () => {
    const northpeak = await f.store.createProject(intake({ name: 'Northpeak Winter', currency: 'USD' }));
    const fabrikam = await f.store.createProject(intake({ name: 'Fabrikam Outdoor', currency: 'USD' }));
    for (const p of [northpeak, fabrikam]) value(await runOperation(f.env, 'metrics.import', { project: p.slug, file: SAMPLE, format: 'google-ads' }));
    value(await runOperation(f.env, 'flow.run', { project: northpeak.slug }));
    value(await runOperation(f.env, 'strategy.decide', { project: northpeak.slug, decision: 'reject', reason: 'Too generic for winter hikers.' }));

    const nodes = kaizenTreeNodes(unwrap(await getKaizenInsights(f.env)), await names());
    assert.deepEqual(nodes.map((n) => n.label), ['Channel performance', 'Rejection reasons', 'No evidence yet: creative angle approvals, estimate accuracy']);
    assert.deepEqual(nodes.map((n) => n.state), ['expanded', 'expanded', 'none']);

    const [channels, reasons] = nodes;
    const counts = channels!.children.map((n) => Number(/^([\d,]+) /.exec(n.children[0]!.label)?.[1]?.replace(/,/g, '')));
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'the insights with the most evidence first');
    const search = channels!.children.find((n) => n.label.startsWith('Google Search: '))!;
    assert.ok(search, channels!.children.map((n) => n.label).join(' | '));
    assert.equal(search.description, "from 2 clients' data");
    assert.equal(search.state, 'collapsed');
    assert.deepEqual(search.children.map((c) => [c.label, c.description]), [
      ['84 metric rows', '1–21 October 2026'],
      ['From Northpeak Winter and Fabrikam Outdoor', '2 clients'],
    ]);
    assert.ok(!channels!.children.some((n) => n.label.startsWith('Weak evidence')), 'no weak node where every insight rests on more than one fact');

    assert.deepEqual(reasons!.children.map((n) => [n.label, n.description, n.state]), [['Weak evidence (1)', 'rests on one fact', 'collapsed']]);
    const [weak] = reasons!.children[0]!.children;
    assert.match(weak!.label, /too generic for winter hikers/i);
    assert.equal(weak!.description, undefined, 'one client only: nothing about several clients');
    assert.deepEqual(weak!.children.map((c) => c.label), ['1 strategy rejection or change request', 'From Northpeak Winter'], 'the fact in words, not an event type');

    const all = nodes.map(text).join('\n');
    for (const p of [northpeak, fabrikam]) assert.ok(!all.includes(p.id) && !all.includes(p.slug), `no id or slug of ${p.name} in the tree`);
    assert.doesNotMatch(all, /\d{4}-\d{2}-\d{2} →|undated/, 'dates in words');
    assert.doesNotMatch(all, /strategy\.rejected|_requested/, 'no event type');
    const every = nodes.flatMap(ids);
    assert.equal(new Set(every).size, every.length, 'every node id is unique');
    if (process.env.SHOW_TREE) console.log(JSON.stringify(nodes, ['label', 'description', 'state', 'children'], 1));
  });

  it('shows nothing when Kaizen has no evidence at all (the view says so instead)', async () => {
    await f.store.createProject(intake({ name: 'Northpeak Winter', currency: 'USD' }));
    assert.deepEqual(kaizenTreeNodes(unwrap(await getKaizenInsights(f.env)), await names()), []);
  });

  it('never shows an id for a project no longer in the workspace', () => {
    const names = new Map([['p_1', 'Northpeak Winter']]);
    assert.equal(projectNamesText(['p_1', 'p_gone'], names), 'Northpeak Winter and a project no longer in the workspace');
    assert.equal(projectNamesText(['p_x', 'p_y'], names), '2 projects no longer in the workspace');
  });
});
