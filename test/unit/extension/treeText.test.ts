// The Projects tree's words over real data: a project made in a real workspace, its pipeline row
// and unified view read back, then the tree's labels, tooltip and artifact descriptions built from
// them — human names (the project's name, "Strategy", "Project plan", "in review"), never a slug,
// an upper-case stage or a snake_case status.
import assert from 'node:assert/strict';
import { getProjectsPipeline, getProjectUnifiedView, unwrap } from '../../../src/orchestrator/services';
import { runOperation } from '../../../src/orchestrator/operations';
import { artifactLabel, artifactStatusText, projectTooltipMarkdown, stageLabel } from '../../../src/extension/tree/treeText';
import { fixture, intake, value, type Fixture } from '../services/fixtures';

describe('Projects tree words', function () {
  this.timeout(60_000);
  let f: Fixture;
  beforeEach(async () => (f = await fixture()));
  afterEach(() => f.cleanup());

  it('labels stages, projects and artifacts in words, with no slug', async () => {
    const p = await f.store.createProject(intake({ name: 'Northwind Coffee Spring', currency: 'USD', goalMetric: 'sales' }));
    value(await runOperation(f.env, 'flow.run', { project: p.slug }));
    const pipeline = unwrap(await getProjectsPipeline(f.env));
    assert.deepEqual(pipeline.columns.map((c) => stageLabel(c.label, c.count)), ['Intake (0)', 'Strategy (1)', 'Creative (0)', 'Execution (0)', 'Done (0)']);
    const row = pipeline.columns.flatMap((c) => c.projects)[0]!;
    const tooltip = projectTooltipMarkdown(row);
    assert.match(tooltip, /^\*\*Northwind Coffee Spring\*\*\n\n.* · goal: Sales · budget .* · stage: Strategy\n\n/);
    assert.doesNotMatch(tooltip, new RegExp(`${row.slug}|STRATEGY|goal: sales`));
    const artifacts = Object.values(unwrap(await getProjectUnifiedView(f.env, p.slug)).artifacts);
    const byName = Object.fromEntries(artifacts.map((a) => [a.name, [artifactLabel(a), artifactStatusText(a)]]));
    assert.deepEqual(byName.strategy, ['Strategy', 'v1 in review']);
    assert.equal(byName.pm?.[0], 'Project plan');
    assert.equal(byName.portal?.[0], 'Client review pack');
    for (const [label, status] of Object.values(byName)) {
      assert.doesNotMatch(`${label} ${status}`, /_|\bpm\b|\bportal\b/, `${label} — ${status}`);
    }
  });

  it('says an artifact that was never made is "not made yet", and a failed first run "failed"', () => {
    const base = { name: 'media', label: 'Media plan', status: 'missing', statusLabel: 'not made yet', version: null, content: null, insights: [], skipKaizen: false, statusNote: null, createdAt: null, lastError: null, outOfDate: null };
    assert.equal(artifactStatusText(base), 'not made yet');
    assert.equal(artifactStatusText({ ...base, lastError: 'no budget' }), 'failed');
    assert.equal(artifactStatusText({ ...base, status: 'changes_requested', statusLabel: 'changes requested', version: 3, lastError: 'x' }), 'v3 changes requested · last run failed');
    assert.equal(artifactStatusText({ ...base, status: 'approved', statusLabel: 'approved', version: 2, outOfDate: '1 import of results since this version' }), 'v2 approved · out of date');
  });
});
