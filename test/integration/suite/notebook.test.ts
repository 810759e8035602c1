// The campaign notebook in a real VS Code: Open Campaign Notebook makes and opens the project's
// .campaign file (the sample plugin's seo cell among the others), AICMO's controller runs cells
// through the core (outputs carry the artifact MIME item and Markdown), creatives wait for an
// approved strategy, a failing plugin fails alone, Cancel stops a run, a run from the CLI
// refreshes the outputs, notes are saved without outputs and a bad file is refused.
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { AicmoApi as PluginApi } from '../../../api/aicmo';
import { aicmoApi, cli, eventually, run, workspaceRoot } from './helpers';

const MIME = 'application/vnd.aicmo.artifact+json';
type Data = { cell: string; status: string; version: number | null; waiting: string | null; lastError: string | null; notice: { level: string; message: string } | null; content: unknown; plugin: { id: string } | null };

const slug = 'contoso-bikes-spring';
let notebook: vscode.NotebookDocument;
let api: PluginApi;
const slow = { block: false, started: false };

function cellOf(name: string): vscode.NotebookCell {
  const cell = notebook.getCells().find((c) => c.kind === vscode.NotebookCellKind.Code && c.document.getText().trim() === name);
  assert.ok(cell, `the notebook has a ${name} cell`);
  return cell;
}

function dataOf(name: string): Data | undefined {
  const item = cellOf(name).outputs[0]?.items.find((i) => i.mime === MIME);
  return item ? (JSON.parse(new TextDecoder().decode(item.data)) as Data) : undefined;
}

/** Whether every cell ended a run that started at or after `t0` (VS Code's execute commands return before the run ends). */
const ranSince = (cells: vscode.NotebookCell[], t0: number) => (cells.every((c) => (c.executionSummary?.timing?.endTime ?? 0) >= t0) ? true : undefined);

async function execute(name: string): Promise<void> {
  const cell = cellOf(name);
  const t0 = Date.now();
  // VS Code does not queue a run for a cell that is executing, and AICMO's output refreshes are
  // executions: one that starts just after the idle check (the watcher seeing the last run's
  // write) swallows the request. A request that started nothing is made again, as a person would.
  for (let attempt = 1; ; attempt += 1) {
    await (await aicmoApi()).notebooksIdle();
    await vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start: cell.index, end: cell.index + 1 }], document: notebook.uri });
    const ran = await eventually(`the ${name} cell to run`, () => ranSince([cell], t0), 10_000).then(() => true, (e: unknown) => (attempt === 3 ? Promise.reject(e) : false));
    if (ran) return;
  }
}

describe('Campaign notebook', function () {
  this.timeout(60_000);

  before(async () => {
    const aicmo = await aicmoApi();
    api = aicmo.getAPI(1);
    const created = await run('aicmo.newProject', {
      name: 'Contoso Bikes Spring', industry: 'bicycle retail', goal: 'Online sales of spring bikes', goalMetric: 'sales',
      audiences: ['commuters'], budget: '30000', currency: 'EUR', startDate: '2026-03-01', endDate: '2026-05-31',
    });
    assert.equal(created.ok, true, created.message);
    api.registerSubsystem({ name: 'flaky', needs: [], run: () => { throw new Error('quota exceeded'); }, validate: () => [], render: () => '' }, { id: 'test.flaky', label: 'Flaky test plugin' });
    api.registerSubsystem({
      name: 'slow', needs: [],
      run: async (ctx) => {
        slow.started = true;
        while (slow.block && !ctx.signal.aborted) await new Promise((r) => setTimeout(r, 50));
        return { done: true };
      },
      validate: () => [], render: () => 'done',
    }, { id: 'test.slow' });
  });

  it('the sample plugin extension registered its seo subsystem through getAPI(1)', async () => {
    const seo = await eventually('the seo subsystem', () => api.subsystems().find((s) => s.name === 'seo'));
    assert.deepEqual([seo.needs, seo.plugin?.id], [['strategy'], 'aicmo-examples.seo-subsystem']);
    assert.throws(() => (api as unknown as { registerSubsystem: (s: unknown, p: unknown) => void }).registerSubsystem({ name: 'strategy', needs: [], run: () => ({}), validate: () => [], render: () => '' }, { id: 'test.dup' }), /The plugin test\.dup cannot register "strategy": that name is already taken by a built-in subsystem\./);
    const exports = (await aicmoApi()) as unknown as { getAPI(v: number): unknown };
    assert.throws(() => exports.getAPI(2), /AICMO has no API version 2; this AICMO offers version 1/);
  });

  it('"Open Campaign Notebook" makes the file (brief, then one cell per subsystem in run order) and opens it', async () => {
    const outcome = await run('aicmo.openCampaignNotebook', slug);
    assert.equal(outcome.ok, true, outcome.message);
    const { file, created } = outcome.value as { file: string; created: boolean };
    assert.equal(created, true);
    assert.equal(file, path.join(workspaceRoot(), '.aicmo', 'notebooks', `${slug}.campaign`));
    const onDisk = JSON.parse(readFileSync(file, 'utf8')) as { project: { slug: string }; cells: { kind: string; name?: string }[] };
    assert.equal(onDisk.project.slug, slug);
    const names = onDisk.cells.map((c) => c.name ?? c.kind);
    assert.equal(names[0], 'brief');
    assert.deepEqual(names.filter((n) => ['strategy', 'brand', 'social', 'media', 'creatives', 'pm', 'analytics', 'portal'].includes(n)), ['strategy', 'brand', 'social', 'media', 'creatives', 'pm', 'analytics', 'portal']);
    assert.ok(names.indexOf('seo') > names.indexOf('strategy'), `seo after strategy: ${names.join(', ')}`);
    notebook = await eventually('the open notebook', () => vscode.workspace.notebookDocuments.find((d) => d.uri.fsPath === file));
    assert.equal(notebook.notebookType, 'aicmo-campaign');
    assert.equal(dataOf('brief')?.cell, 'brief', 'outputs come from the store when it opens');
    assert.equal(dataOf('strategy')?.status, 'missing');
    await vscode.commands.executeCommand('_notebook.selectKernel', { id: 'aicmo-campaign-controller', extension: 'aicmo.aicmo' });
  });

  it('runs the strategy cell through the core: the output carries the artifact item and Markdown', async () => {
    await execute('strategy');
    const cell = cellOf('strategy');
    await eventually('the strategy output', () => (dataOf('strategy')?.version === 1 ? true : undefined));
    assert.deepEqual(cell.outputs[0]!.items.map((i) => i.mime), [MIME, 'text/markdown']);
    const d = dataOf('strategy')!;
    assert.equal(d.status, 'in_review');
    assert.match((d.content as { executiveSummary?: string }).executiveSummary ?? '', /\w/);
    assert.match(new TextDecoder().decode(cell.outputs[0]!.items[1]!.data), /\*\*Strategy\*\* v1 · in review/);
    assert.equal(cell.executionSummary?.success, true);
  });

  it('the creatives cell shows why it waits (no approved strategy) instead of running', async () => {
    await execute('media');
    await execute('creatives');
    const d = await eventually('the waiting creatives output', () => (dataOf('creatives')?.notice ? dataOf('creatives') : undefined));
    assert.match(d.notice!.message, /^Creatives: waiting for strategy approval; it did not run\.$/);
    assert.match(d.waiting ?? '', /^Waiting for strategy approval: strategy v1 is in review/);
    assert.equal(d.status, 'missing', 'nothing was made');
    assert.equal(cellOf('creatives').executionSummary?.success, undefined);
  });

  it('Run All runs every cell in order; a failing plugin fails alone, named after the plugin, and the sample plugin writes its ideas', async () => {
    await (await aicmoApi()).notebooksIdle();
    const t0 = Date.now();
    await vscode.commands.executeCommand('notebook.execute', notebook.uri);
    await eventually('every cell to run', () => ranSince(notebook.getCells().filter((c) => c.kind === vscode.NotebookCellKind.Code), t0), 45_000);
    const flaky = dataOf('flaky')!;
    assert.equal(flaky.lastError, 'The plugin Flaky test plugin failed in flaky: quota exceeded.');
    assert.equal(cellOf('flaky').executionSummary?.success, false);
    for (const name of ['brand', 'social', 'pm', 'analytics', 'portal']) assert.equal(cellOf(name).executionSummary?.success, true, name);
    const seo = dataOf('seo')!;
    assert.equal(seo.plugin?.id, 'aicmo-examples.seo-subsystem');
    assert.ok((seo.content as { keywords: { label: string }[] }).keywords.some((k) => k.label === 'idea — not measured'));
  });

  it('Cancel stops a running cell: its signal fires and nothing is written', async () => {
    const before = (await api.latestArtifacts(slug)).find((a) => a.name === 'slow')?.version;
    slow.block = true;
    slow.started = false;
    const running = execute('slow');
    await eventually('the slow plugin to start', () => (slow.started ? true : undefined), 20_000);
    const i = cellOf('slow').index;
    await vscode.commands.executeCommand('notebook.cell.cancelExecution', { ranges: [{ start: i, end: i + 1 }], document: notebook.uri });
    await running;
    const d = await eventually('the cancelled output', () => (dataOf('slow')?.notice?.message.includes('cancelled') ? dataOf('slow') : undefined));
    assert.equal(d.notice!.message, 'The run was cancelled; nothing was written.');
    slow.block = false;
    assert.equal((await api.latestArtifacts(slug)).find((a) => a.name === 'slow')?.version, before);
  });

  it('a decision made elsewhere (the CLI) reaches the open notebook and onDidRecordEvent', async () => {
    const seen: string[] = [];
    const sub = api.onDidRecordEvent((e) => seen.push(e.type));
    await new Promise((r) => setTimeout(r, 500)); // the feed starts following the log
    const approved = await cli(['strategy', 'approve', slug]);
    assert.equal(approved.code, 0, approved.stderr);
    await eventually('the approved strategy in the notebook', () => (dataOf('strategy')?.status === 'approved' ? true : undefined));
    assert.equal((cellOf('strategy').outputs[0]!.metadata as { aicmo: { status: string } }).aicmo.status, 'approved', 'the status bar reads approved');
    await eventually('the strategy.approved event', () => (seen.includes('strategy.approved') ? true : undefined));
    sub.dispose();
  });

  it("saving keeps the strategist's notes and writes no outputs", async () => {
    const edit = new vscode.WorkspaceEdit();
    edit.set(notebook.uri, [vscode.NotebookEdit.insertCells(1, [new vscode.NotebookCellData(vscode.NotebookCellKind.Markup, '## Call with Contoso\nThey want **more video**.', 'markdown')])]);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await notebook.save());
    const text = readFileSync(notebook.uri.fsPath, 'utf8');
    const saved = JSON.parse(text) as { cells: { kind: string; text?: string }[] };
    assert.deepEqual(saved.cells[1], { kind: 'markdown', text: '## Call with Contoso\nThey want **more video**.' });
    assert.doesNotMatch(text, /outputs|executiveSummary/);
  });

  it('a bad .campaign file is refused with one sentence and left as it is', async () => {
    const dir = path.join(workspaceRoot(), '.aicmo', 'notebooks');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'broken.campaign');
    const bad = '{ "format": "aicmo-campaign-notebook", "version": 1, "cells": "rm -rf" }';
    writeFileSync(file, bad);
    await assert.rejects(Promise.resolve(vscode.workspace.openNotebookDocument(vscode.Uri.file(file))), /is not a campaign notebook AICMO can read: project: .*; it was left as it is\./);
    assert.equal(readFileSync(file, 'utf8'), bad);
  });
});
