// Restricted Mode (launched with --untrusted): browsing works, but a run, an import or an
// approval is refused with the sentence saying the workspace must be trusted, and nothing is
// written — not even the .db files and the index a fresh clone lacks (they are rebuilt in memory).
import * as assert from 'node:assert/strict';
import { existsSync, lstatSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { aicmoApi, cli, eventsOnDisk, googleAdsSample, run, stageInTree, workspaceRoot } from './helpers';
import * as vscode from 'vscode';

/** Every entry under `dir` (folders too) with its bytes. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (lstatSync(full).isDirectory()) {
        out.set(`${path.relative(dir, full)}/`, '');
        walk(full);
      } else out.set(path.relative(dir, full), readFileSync(full).toString('base64'));
    }
  };
  walk(dir);
  return out;
}

let untouched: Map<string, string>;

describe('Untrusted workspace', () => {
  before(async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'this suite runs in the --untrusted pass');
    const added = await cli(['project', 'add', '--name', 'Tailspin Toys', '--industry', 'toys', '--goal', 'Holiday sales', '--goal-metric', 'sales',
      '--audience', 'parents', '--budget', '5000', '--currency', 'USD']);
    assert.equal(added.code, 0, added.stderr);
    // As a fresh clone has it: dumps and the event log, no working copies.
    const aicmoDir = path.join(workspaceRoot(), '.aicmo');
    for (const f of readdirSync(path.join(aicmoDir, 'projects'))) if (f.endsWith('.db')) rmSync(path.join(aicmoDir, 'projects', f));
    rmSync(path.join(aicmoDir, 'aicmo.db'), { force: true });
    untouched = tree(aicmoDir);
  });

  it('still shows the projects (read-only browsing)', async () => {
    const api = await aicmoApi();
    await api.refresh();
    assert.equal(stageInTree(api, 'tailspin-toys'), 'STRATEGY');
  });

  it('refuses "Run Full Flow" with a message that the workspace must be trusted, and runs nothing', async () => {
    const outcome = await run('aicmo.runFullFlow', 'tailspin-toys');
    assert.equal(outcome.ok, false);
    assert.equal(outcome.code, 'untrusted');
    assert.match(outcome.message, /workspace must be trusted/);
    assert.equal(eventsOnDisk().some((e) => e.type === 'flow.started'), false, 'no run started');
  });

  it('refuses imports, approvals (strategy and media plan), new projects and team changes the same way', async () => {
    for (const [command, ...args] of [['aicmo.importMetrics', 'tailspin-toys', googleAdsSample()], ['aicmo.approveStrategy', 'tailspin-toys'], ['aicmo.approveMediaPlan', 'tailspin-toys', false], ['aicmo.requestMediaPlanChanges', 'tailspin-toys', 'Less Meta'], ['aicmo.newProject', { name: 'X' }], ['aicmo.addTeamMember', 'tailspin-toys', { name: 'X', role: 'designer' }]] as const) {
      const outcome = await run(command, ...args);
      assert.equal(outcome.ok, false, command);
      assert.match(outcome.message, /workspace must be trusted/, command);
    }
    assert.equal(eventsOnDisk().some((e) => e.type === 'metrics.imported' || e.type === 'strategy.approved' || e.type.startsWith('media.') || e.type === 'team.changed'), false);
  });

  it('refuses to make a campaign notebook, and the sample plugin registered nothing', async () => {
    const outcome = await run('aicmo.openCampaignNotebook', 'tailspin-toys');
    assert.equal(outcome.ok, false);
    assert.equal(outcome.message, 'Making a campaign notebook changes campaign files, so this workspace must be trusted first (AICMO is read-only in Restricted Mode).');
    assert.equal(existsSync(path.join(workspaceRoot(), '.aicmo', 'notebooks')), false, 'no notebook written');
    const api = (await aicmoApi()).getAPI(1);
    assert.equal(api.subsystems().some((s) => s.plugin !== null), false, 'no plugin subsystem is active in Restricted Mode');
  });

  it('wrote nothing under .aicmo/: no .db rebuilt, no index, no lock, no event', async () => {
    const api = await aicmoApi();
    await api.refresh();
    const after = tree(path.join(workspaceRoot(), '.aicmo'));
    assert.deepEqual([...after.keys()], [...untouched.keys()], 'the same files');
    assert.deepEqual(after, untouched, 'the same bytes');
  });
});
