// The orchestrator through the extension's commands: a full flow writes artifacts and events,
// approving the strategy moves the project to CREATIVE, and importing the Google Ads sample
// export changes what the analytics dashboard computes from the files on disk.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { getProjectAnalyticsDashboard, getProjectPmDashboard, openAicmoWorkspace, serviceEnv } from '../../../src/orchestrator/services';
import { aicmoApi, eventsOnDisk, googleAdsSample, run, stageInTree, workspaceRoot } from './helpers';

async function analyticsRows(slug: string): Promise<{ rows: number; spend: number | null }> {
  // Read with a store of its own, as another process would: what is on disk, not the extension's memory.
  const store = await openAicmoWorkspace(workspaceRoot(), { create: false });
  try {
    const result = await getProjectAnalyticsDashboard(serviceEnv(store, 'test'), slug);
    assert.ok(result.ok, result.ok ? '' : result.error.message);
    return { rows: result.value.rows, spend: result.value.totals.spend };
  } finally {
    store.close();
  }
}

describe('Flow, approval and import commands', () => {
  const slug = 'fabrikam-outdoor-winter';
  let projectId = '';

  before(async () => {
    await aicmoApi();
    const outcome = await run('aicmo.newProject', {
      name: 'Fabrikam Outdoor Winter', industry: 'outdoor retail', goal: 'Online sales of winter gear', goalMetric: 'sales',
      audiences: ['hikers'], budget: '60000', currency: 'USD', startDate: '2026-10-01', endDate: '2026-12-31',
      benefits: ['Warm down to -20 °C', 'Packs into its own pocket'], proofPoints: ['4.8 stars from 2,000 hikers'], offer: 'Free returns all winter', landingUrl: 'https://fabrikam.example/winter',
    });
    assert.equal(outcome.ok, true, outcome.message);
    projectId = (outcome.value as { id: string }).id;
  });

  it('"Run Full Flow" writes artifacts and learning events, and the tree shows the strategy in review', async () => {
    const api = await aicmoApi();
    const outcome = await run('aicmo.runFullFlow', slug);
    assert.equal(outcome.ok, true, outcome.message);
    const result = outcome.value as { status: string; subsystems: Array<{ name: string; status: string }> };
    assert.equal(result.subsystems.find((s) => s.name === 'strategy')?.status, 'completed');
    const dump = readFileSync(path.join(workspaceRoot(), '.aicmo', 'projects', `${slug}.sql`), 'utf8');
    assert.match(dump, /strategy/, 'the project dump holds the strategy artifact');
    const types = eventsOnDisk().filter((e) => e.project === projectId).map((e) => e.type);
    assert.ok(types.includes('flow.started'), `flow.started in ${types.join(', ')}`);
    assert.ok(types.includes('subsystem.completed'), 'subsystem.completed written');
    const shown = api.projectsTree().stages.flatMap((s) => s.projects).find((p) => p.slug === slug);
    assert.match(shown?.description ?? '', /strategy in review/);
    assert.match(shown?.contextValue ?? '', /strategyInReview/, 'the approve actions apply to it');
  });

  it('"Approve Strategy" moves the project to CREATIVE', async () => {
    const api = await aicmoApi();
    assert.equal(stageInTree(api, slug), 'STRATEGY');
    const outcome = await run('aicmo.approveStrategy', slug);
    assert.equal(outcome.ok, true, outcome.message);
    assert.equal(stageInTree(api, slug), 'CREATIVE');
    assert.match(outcome.message, /now in Creative/);
    assert.ok(eventsOnDisk().some((e) => e.type === 'strategy.approved' && e.project === projectId));
  });

  it('after the approval a second run makes creatives, and "Approve All Creatives" decides every one of them', async () => {
    const api = await aicmoApi();
    const rerun = await run('aicmo.runFullFlow', slug);
    assert.equal(rerun.ok, true, rerun.message);
    const shown = () => api.projectsTree().stages.flatMap((s) => s.projects).find((p) => p.slug === slug);
    assert.match(shown()?.description ?? '', /\d+ creatives? awaiting decision/);
    const outcome = await run('aicmo.approveAllCreatives', slug);
    assert.equal(outcome.ok, true, outcome.message);
    const result = outcome.value as { creatives: unknown[]; needFixing: unknown[]; needConfirmation: unknown[] };
    const decided = result.creatives.length;
    assert.ok(decided > 0);
    assert.match(outcome.message, new RegExp(`^${decided} creatives? of ".+" approved[.;]`));
    // Only those over a platform's limit or waiting for a confirmation still await a decision.
    const held = result.needFixing.length + result.needConfirmation.length;
    if (held === 0) assert.doesNotMatch(shown()?.description ?? '', /awaiting decision/);
    else assert.match(shown()?.description ?? '', new RegExp(`${held} creatives? awaiting decision`));
    assert.equal(eventsOnDisk().filter((e) => e.type === 'creative.approved' && e.project === projectId).length, decided);
  });

  it('"Complete Task…" with a task id and hours records them for Kaizen; "Export Client Report" writes the pack with the approved creatives as ads', async () => {
    const store = await openAicmoWorkspace(workspaceRoot(), { create: false });
    let taskId: string;
    try {
      const pm = await getProjectPmDashboard(serviceEnv(store, 'test'), slug);
      assert.ok(pm.ok && pm.value.tasks.length > 0, 'the flow made a project plan');
      taskId = pm.value.tasks[0]!.id;
    } finally {
      store.close();
    }
    const done = await run('aicmo.completeTask', taskId, 5, slug);
    assert.equal(done.ok, true, done.message);
    assert.ok(eventsOnDisk().some((e) => e.type === 'task.completed' && e.data.taskId === taskId && e.data.actualHours === 5));
    const report = await run('aicmo.exportReport', slug, 'html');
    assert.equal(report.ok, true, report.message);
    const file = (report.value as { file: string }).file;
    assert.ok(existsSync(file) && file.startsWith(path.join(workspaceRoot(), '.aicmo', 'reports')), file);
    const html = readFileSync(file, 'utf8');
    assert.match(html, /Fabrikam Outdoor Winter/);
    // The creatives approved above are in the pack as ads, under their channels' names.
    assert.match(html, /<h2>Your approved ads<\/h2>/);
    assert.match(html, /<section class="ad-channel"><h3>[A-Z][^<_]*<\/h3>\n<div class="ads">\n<figure class="ad ad-/);
  });

  it('"Add Team Member…" adds a member through team.add, and the re-run plan gives the role its hours', async () => {
    const added = await run('aicmo.addTeamMember', slug, { name: 'Priya Shah', role: 'media_buyer', weeklyHours: 20 });
    assert.equal(added.ok, true, added.message);
    assert.equal(added.message, 'Added Priya Shah (media buyer, 20 h a week) to the team.');
    assert.ok(eventsOnDisk().some((e) => e.type === 'team.changed' && e.data.name === 'Priya Shah' && e.data.role === 'media_buyer'));
    const bad = await run('aicmo.addTeamMember', slug, { name: 'Sam', role: 'juggler' });
    assert.equal(bad.ok, false);
    assert.match(bad.message, /^The role "juggler" is not one the project plan uses/);
    assert.equal((await run('aicmo.runSubsystem', slug, 'pm')).ok, true);
    const store = await openAicmoWorkspace(workspaceRoot(), { create: false });
    try {
      const pm = await getProjectPmDashboard(serviceEnv(store, 'test'), slug);
      assert.ok(pm.ok);
      assert.equal(pm.value.capacity.find((c) => c.role === 'media_buyer')?.weeklyHours, 20);
    } finally {
      store.close();
    }
  });

  it('"Import Metrics CSV…" with the Google Ads sample changes the analytics result', async () => {
    const before = await analyticsRows(slug);
    assert.equal(before.rows, 0, 'no results before the import');
    const outcome = await run('aicmo.importMetrics', slug, googleAdsSample());
    assert.equal(outcome.ok, true, outcome.message);
    assert.match(outcome.message, /Imported 63 /);
    const after = await analyticsRows(slug);
    assert.equal(after.rows, 63);
    assert.equal(after.spend, 54253.68, 'spend as in the export (EXPECTED.json)');
  });

  it('"Open Unified View" opens its panel; the artifacts preview shows every artifact of the project', async () => {
    const api = await aicmoApi();
    const outcome = await run('aicmo.openUnifiedView', slug);
    assert.equal(outcome.ok, true, outcome.message);
    // The tab model reaches the extension host a moment after the panel is created.
    const panelTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('aicmo.panel.unified'));
    for (let i = 0; i < 50 && panelTabs().length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    const seen = vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => (t.input instanceof vscode.TabInputWebview ? t.input.viewType : t.label));
    assert.equal(panelTabs().length, 1, `one Unified View panel (tabs: ${seen.join(', ')})`);
    // The read-only Markdown preview stays behind Open Artifact (a project without an artifact name: all of them).
    assert.equal((await run('aicmo.openArtifact', slug)).ok, true);
    const text = api.previewText(`Unified View - ${slug}.md`) ?? '';
    assert.match(text, /^# Unified View: Fabrikam Outdoor Winter/);
    assert.match(text, /## strategy — version \d+, approved/);
    const headings = text.match(/^## (\w+) — /gm) ?? [];
    // The eight built-ins, then the sample plugin's seo (the launcher installs examples/seo-subsystem).
    assert.deepEqual(headings.map((h) => h.slice(3, -3)), ['strategy', 'brand', 'social', 'media', 'creatives', 'pm', 'analytics', 'portal', 'seo']);
  });

  it('the Kaizen tree lists channel performance learned from the imported results', async () => {
    const api = await aicmoApi();
    const insights = await api.kaizenInsights();
    assert.ok(insights.some((s) => /^Google Search: /.test(s)), `insights: ${insights.join(' | ')}`);
  });

  it('"Show Learning Events" opens the event log in an editor', async () => {
    const outcome = await run('aicmo.showLearningEvents');
    assert.equal(outcome.ok, true, outcome.message);
    const editor = vscode.window.activeTextEditor;
    assert.match(editor?.document.fileName ?? '', /\.aicmo[\\/]events[\\/]\d{4}-\d{2}\.jsonl$/);
    assert.match(editor?.document.getText() ?? '', /"type":"metrics.imported"/);
  });

  it('refuses a run while all runs are paused, and runs again after resuming', async () => {
    assert.equal((await run('aicmo.pauseAll')).ok, true);
    const refused = await run('aicmo.runFullFlow', slug);
    assert.equal(refused.ok, false);
    assert.match(refused.message, /paused/);
    assert.equal((await run('aicmo.resumeAll')).ok, true);
  });
});
