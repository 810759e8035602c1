// Loads the heavy half (dist/extension-core.js: the orchestrator, sql.js) on first use only.
// The path is computed at run time so esbuild leaves it out of dist/extension.js.
import path from 'node:path';
import type * as CoreModule from './core';

export type Core = typeof CoreModule;

let core: Core | undefined;
let loadMs: number | undefined;

export function loadCore(): Core {
  if (!core) {
    const startedAt = performance.now();
    const file = path.join(__dirname, 'extension-core.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    core = require(file) as Core;
    loadMs = performance.now() - startedAt;
  }
  return core;
}

/** How long the first load took (ms), or undefined while it has not happened. */
export function coreLoadMs(): number | undefined {
  return loadMs;
}
