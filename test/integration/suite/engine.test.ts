// The generation engine setting in a real VS Code: with `languageModel` and no chat model (the case
// in code-server), a run falls back to the rules engine: it completes, and the strategy it stores
// carries no language-model record.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openAicmoWorkspace } from '../../../src/orchestrator/services';
import { aicmoApi, run, workspaceRoot } from './helpers';

describe('Generation engine setting', () => {
  const slug = 'northwind-engine-check';

  it('"languageModel" without a chat model runs on the rules engine', async function () {
    await aicmoApi();
    if ((await vscode.lm.selectChatModels()).length > 0) this.skip();
    const config = vscode.workspace.getConfiguration('aicmo');
    await config.update('generation.engine', 'languageModel', vscode.ConfigurationTarget.Workspace);
    try {
      const created = await run('aicmo.newProject', {
        name: 'Northwind Engine Check', industry: 'software', goal: 'More trial sign-ups', goalMetric: 'leads',
        audiences: ['IT managers'], budget: '10000', currency: 'USD', startDate: '2026-06-01', endDate: '2026-07-31',
      });
      assert.equal(created.ok, true, created.message);
      const outcome = await run('aicmo.runSubsystem', slug, 'strategy');
      assert.equal(outcome.ok, true, outcome.message);
      const strategy = (outcome.value as { subsystems: { name: string; status: string; engine?: unknown }[] }).subsystems[0];
      assert.equal(strategy?.status, 'completed');
      assert.equal(strategy?.engine, undefined, 'no language model wrote anything');
      const store = await openAicmoWorkspace(workspaceRoot(), { create: false });
      try {
        const content = await store.readProject(slug, (tx) => tx.artifacts.latestByKind().strategy?.content as Record<string, unknown>);
        assert.equal(typeof content.executiveSummary, 'string');
        assert.equal('engine' in content, false);
      } finally {
        store.close();
      }
    } finally {
      await config.update('generation.engine', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
