// Shared helpers for the integration suites: the extension and its test API, the workspace on
// disk, the bundled CLI run as a real child process, and polling for what the UI shows.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { AicmoApi } from '../../../src/extension/api';

export type Outcome = { ok: boolean; message: string; code?: string; value?: unknown };

export async function aicmoApi(): Promise<AicmoApi> {
  const extension = vscode.extensions.getExtension<AicmoApi>('aicmo.aicmo');
  assert.ok(extension, 'the AICMO extension is installed');
  return extension.activate();
}

export function extensionRoot(): string {
  return vscode.extensions.getExtension('aicmo.aicmo')!.extensionPath;
}

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the launcher opens a workspace folder');
  return folder.uri.fsPath;
}

/** Runs an AICMO command and returns its outcome (every AICMO command returns one). */
export async function run(command: string, ...args: unknown[]): Promise<Outcome> {
  const outcome = await vscode.commands.executeCommand<Outcome>(command, ...args);
  assert.ok(outcome && typeof outcome.ok === 'boolean', `${command} returns an outcome`);
  return outcome;
}

/** The repo's CLI bundle (dist/cli.js), run as a child process on the test workspace. */
export function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const file = path.join(extensionRoot(), 'dist', 'cli.js');
  return new Promise((resolve) => {
    execFile(process.execPath, [file, '--workspace', workspaceRoot(), '--by', 'cli-test', ...args], { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** Polls until `check` returns a value (not undefined), or fails after `timeoutMs`. */
export async function eventually<T>(what: string, check: () => T | undefined | Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Every learning event on disk (all month files). */
export function eventsOnDisk(): Array<{ type: string; project: string | null; data: Record<string, unknown> }> {
  const dir = path.join(workspaceRoot(), '.aicmo', 'events');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));
}

/** The stage a project shows under in the tree, if it is there. */
export function stageInTree(api: AicmoApi, slug: string): string | undefined {
  return api.projectsTree().stages.find((s) => s.projects.some((p) => p.slug === slug))?.stage;
}

/** The Google Ads sample export the demo ships (src/orchestrator/demo/data). */
export function googleAdsSample(): string {
  return path.join(extensionRoot(), 'src', 'orchestrator', 'demo', 'data', 'google-ads-campaign-daily.csv');
}

export const trusted = () => process.env.AICMO_TEST_TRUSTED !== '0';
