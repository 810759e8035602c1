// Runs the real CLI (dist/cli.js) as a child process. The bundle is rebuilt first when it is
// missing or older than any source file, so the tests always exercise the current code.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const cliPath = path.join(repoRoot, 'dist', 'cli.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds dist/cli.js unless it is newer than every file under src/. */
export function ensureCliBuilt(): void {
  if (existsSync(cliPath) && statSync(cliPath).mtimeMs >= newestSource(path.join(repoRoot, 'src'))) return;
  const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node esbuild.mjs failed:\n${r.stdout}\n${r.stderr}`);
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  input?: string;
}

/** `aicmo …args` in `cwd`; AICMO_ACTOR is unset unless given, so tests control the actor. */
export function aicmo(args: string[], options: RunOptions): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, AICMO_DEBUG: undefined, AICMO_ACTOR: undefined, ...options.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: options.cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** Asserts the run succeeded with --json output and returns the parsed document. */
export function jsonOf<T = unknown>(r: CliResult): T {
  if (r.code !== 0) throw new Error(`aicmo exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}
