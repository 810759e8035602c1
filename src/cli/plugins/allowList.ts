// Which workspaces' plugins this person allowed on this machine, kept OUTSIDE any repo (so a
// cloned repo can never allow itself): `$AICMO_CONFIG_DIR`, else `$XDG_CONFIG_HOME/aicmo`, else
// `~/.config/aicmo` (`%APPDATA%\aicmo` on Windows), file `allowed-plugins.json`. Each entry is
// keyed by the workspace's real path and holds the fingerprint of its plugins.json and modules:
// a change to any of them needs a new `aicmo plugins allow`.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from '../../orchestrator/store/atomicFile';

export interface Allowance {
  root: string;
  fingerprint: string;
  modules: string[];
  at: string;
}

export function configDir(env: NodeJS.ProcessEnv): string {
  if (env.AICMO_CONFIG_DIR) return path.resolve(env.AICMO_CONFIG_DIR);
  if (process.platform === 'win32' && env.APPDATA) return path.join(env.APPDATA, 'aicmo');
  return path.join(env.XDG_CONFIG_HOME ? path.resolve(env.XDG_CONFIG_HOME) : path.join(os.homedir(), '.config'), 'aicmo');
}

const fileOf = (env: NodeJS.ProcessEnv) => path.join(configDir(env), 'allowed-plugins.json');

export function readAllowances(env: NodeJS.ProcessEnv): Allowance[] {
  const file = fileOf(env);
  if (!existsSync(file)) return [];
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as { allowed?: unknown };
    return Array.isArray(json.allowed) ? json.allowed.filter((a): a is Allowance => typeof a?.root === 'string' && typeof a?.fingerprint === 'string') : [];
  } catch {
    return []; // an unreadable list allows nothing
  }
}

export function allowanceFor(env: NodeJS.ProcessEnv, root: string): Allowance | undefined {
  return readAllowances(env).find((a) => a.root === root);
}

export function writeAllowance(env: NodeJS.ProcessEnv, allowance: Allowance | { root: string; remove: true }): string {
  const file = fileOf(env);
  const rest = readAllowances(env).filter((a) => a.root !== allowance.root);
  const next = 'remove' in allowance ? rest : [...rest, allowance];
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic(file, `${JSON.stringify({ allowed: next.sort((a, b) => a.root.localeCompare(b.root)) }, null, 2)}\n`);
  return file;
}
