// Projects in the real VS Code: New Project (scripted with its intake) shows the project in the
// Projects tree and writes it to disk; bad input is refused with one sentence naming the field; a
// CLI write made while VS Code is open reaches the tree through the .aicmo/ watcher.
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { openAicmoWorkspace } from '../../../src/orchestrator/services';
import { aicmoApi, cli, eventsOnDisk, eventually, run, stageInTree, workspaceRoot } from './helpers';

async function storedProject(slug: string) {
  const store = await openAicmoWorkspace(workspaceRoot(), { create: false });
  try {
    return await store.getProject(slug);
  } finally {
    store.close();
  }
}

describe('Projects tree', () => {
  before(async () => {
    await aicmoApi();
    await vscode.commands.executeCommand('workbench.view.extension.aicmo');
  });

  it('shows a project created with "AICMO: New Project" under its stage, and writes it to disk', async () => {
    const api = await aicmoApi();
    const outcome = await run('aicmo.newProject', {
      name: 'Northwind Coffee Spring', industry: 'coffee', goal: 'More online orders', goalMetric: 'sales',
      audiences: ['remote workers', 'students'], budget: '25000', currency: 'USD',
    });
    assert.equal(outcome.ok, true, outcome.message);
    const slug = (outcome.value as { slug: string }).slug;
    assert.equal(slug, 'northwind-coffee-spring');
    assert.equal(stageInTree(api, slug), 'STRATEGY', 'a complete intake waits for its strategy');
    const stage = api.projectsTree().stages.find((s) => s.stage === 'STRATEGY')!;
    assert.match(stage.label, /^Strategy \(\d+\)$/);
    assert.ok(existsSync(path.join(workspaceRoot(), '.aicmo', 'projects', `${slug}.db`)), 'the project file exists');
    assert.ok(eventsOnDisk().some((e) => e.type === 'project.created' && e.data.slug === slug), 'project.created is in the event log');
    assert.match(api.statusBarText(), /Northwind Coffee Spring · Strategy$/, 'the new project is selected in the status bar');
  });

  it('New Project takes KPI targets and channel rules; Edit Intake sets constraints and, confirmed, the channel rules read from them', async () => {
    const created = await run('aicmo.newProject', {
      name: 'Luigi Trattoria Spring', industry: 'restaurant', goal: 'More bookings', goalMetric: 'leads', audiences: ['locals'], budget: '$20,000', currency: 'USD',
      kpiTargets: 'cpa=12, conversions=1,200', excludedChannels: 'TikTok', channelCaps: 'Meta=60%',
    });
    assert.equal(created.ok, true, created.message);
    const slug = (created.value as { slug: string }).slug;
    let p = await storedProject(slug);
    assert.deepEqual([p.budgetMinor, p.kpiTargets, p.excludedChannels, p.channelCaps], [2_000_000, { cpa: 12, conversions: 1200 }, ['tiktok'], { meta: 0.6 }]);
    const edited = await run('aicmo.editIntake', slug, { constraints: ['Only Meta and Google'] }, { channelRules: 'set' });
    assert.equal(edited.ok, true, edited.message);
    p = await storedProject(slug);
    assert.deepEqual([p.constraints, p.allowedChannels], [['Only Meta and Google'], ['meta', 'google_search']]);
    const kept = await run('aicmo.editIntake', slug, { constraints: ['Only LinkedIn'] });
    assert.equal(kept.ok, true, kept.message);
    assert.deepEqual((await storedProject(slug)).allowedChannels, ['meta', 'google_search'], 'without confirmation the rules stay as they were');
  });

  it('refuses a bad budget with one sentence naming it, and writes nothing', async () => {
    const api = await aicmoApi();
    const before = api.projectsTree().stages.reduce((n, s) => n + s.count, 0);
    const outcome = await run('aicmo.newProject', { name: 'Bad Budget', industry: 'x', goal: 'y', goalMetric: 'leads', audiences: ['a'], budget: '12,5k', currency: 'USD' });
    assert.equal(outcome.ok, false);
    assert.match(outcome.message, /^The budget "12,5k" is not an amount/);
    assert.equal(outcome.message.includes('\n'), false, 'one sentence, no details');
    await api.refresh();
    assert.equal(api.projectsTree().stages.reduce((n, s) => n + s.count, 0), before);
  });

  it('"Open Demo" makes the same demo as `aicmo demo`: projects, sample results, leads, runs and one approval', async () => {
    const api = await aicmoApi();
    const outcome = await run('aicmo.openDemo');
    assert.equal(outcome.ok, true, outcome.message);
    assert.match(outcome.message, /^Added 3 demo projects \(.*\): 4 sample exports and 5 leads imported( \(sample results moved to [^)]*, inside the flights\))?, the flow run on each; the strategy of northpeak-winter-trail-boot-launch approved\.$/);
    const slugs = outcome.value as string[];
    for (const slug of slugs) assert.ok(stageInTree(api, slug), `${slug} is in the tree`);
    assert.equal(stageInTree(api, 'northpeak-winter-trail-boot-launch'), 'EXECUTION', 'its strategy approved and results in');
    const types = new Set(eventsOnDisk().map((e) => e.type));
    for (const t of ['metrics.imported', 'trends.imported', 'leads.imported', 'outreach.logged', 'flow.completed', 'strategy.approved', 'demo.created']) assert.ok(types.has(t), `${t} written`);
    const again = await run('aicmo.openDemo');
    assert.match(again.message, /^The demo projects are already here \(.*unchanged.*\)/);
  });

  it('shows a project added by the CLI while VS Code is open, without a reload', async () => {
    const api = await aicmoApi();
    const result = await cli(['project', 'add', '--name', 'Contoso Bikes', '--industry', 'retail', '--goal', 'Leads for the spring range',
      '--goal-metric', 'leads', '--audience', 'commuters', '--budget', '8000', '--currency', 'USD']);
    assert.equal(result.code, 0, result.stderr);
    // No refresh call: the watcher on .aicmo/ must bring it in.
    const stage = await eventually('the CLI project in the tree', () => stageInTree(api, 'contoso-bikes'));
    assert.equal(stage, 'STRATEGY');
  });
});
