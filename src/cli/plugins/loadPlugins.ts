// The CLI's plugins: the modules `.aicmo/plugins.json` lists, loaded (which runs their code) only
// when the person passed --allow-plugins or allowed this workspace's plugins on this machine with
// `aicmo plugins allow` — for exactly the bytes they allowed. Each module is CommonJS and exports
// `subsystems` (the same contract as getAPI(1).registerSubsystem, api/aicmo.d.ts) and optionally
// `label`; each subsystem goes into a runtime registry, refused with a sentence naming the plugin
// when its name collides or its needs are unknown.
import { createRequire } from 'node:module';
import path from 'node:path';
import { AicmoError } from '../../orchestrator/domain/errors';
import { PLUGINS_FILE, readWorkspacePlugins, SubsystemRegistry, type WorkspacePlugins } from '../../orchestrator/plugins';
import { allowanceFor } from './allowList';

export type PluginPermission = 'flag' | 'allowed' | 'not allowed' | 'changed since allowed';

export interface PluginStatus {
  plugins: WorkspacePlugins;
  permission: PluginPermission;
}

/** The workspace's plugins and whether they may be loaded; undefined when it lists none. */
export function pluginStatus(workspace: string, env: NodeJS.ProcessEnv, allowFlag: boolean): PluginStatus | undefined {
  const plugins = readWorkspacePlugins(workspace);
  if (!plugins || plugins.plugins.length === 0) return undefined;
  if (allowFlag) return { plugins, permission: 'flag' };
  const allowance = allowanceFor(env, plugins.root);
  return { plugins, permission: !allowance ? 'not allowed' : allowance.fingerprint === plugins.fingerprint ? 'allowed' : 'changed since allowed' };
}

/** Loads each module and registers its subsystems (throws one sentence naming the module that failed). */
export function loadPluginModules(plugins: WorkspacePlugins): SubsystemRegistry {
  const registry = new SubsystemRegistry();
  const load = createRequire(path.join(plugins.root, 'aicmo-plugins.js'));
  for (const p of plugins.plugins) {
    let mod: { subsystems?: unknown; label?: unknown; default?: { subsystems?: unknown; label?: unknown } };
    try {
      mod = load(p.file) as typeof mod;
    } catch (e) {
      throw new AicmoError('invalid-input', `The plugin ${p.module} could not be loaded: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`, { cause: e });
    }
    const subsystems = mod.subsystems ?? mod.default?.subsystems;
    if (!Array.isArray(subsystems)) throw new AicmoError('invalid-input', `The plugin ${p.module} exports no subsystems list (module.exports.subsystems = [ … ]).`);
    const label = p.label ?? (typeof mod.label === 'string' ? mod.label : undefined) ?? (typeof mod.default?.label === 'string' ? mod.default.label : undefined);
    for (const s of subsystems) registry.register(s, { id: p.module, ...(label ? { label } : {}) });
  }
  return registry;
}

/** What a command runs with: the plugins' registry when they may be loaded; a warning otherwise. */
export function workspaceSubsystems(workspace: string, env: NodeJS.ProcessEnv, allowFlag: boolean, warn: (message: string) => void): SubsystemRegistry | undefined {
  const status = pluginStatus(workspace, env, allowFlag);
  if (!status) return undefined;
  const n = status.plugins.plugins.length;
  const what = `${PLUGINS_FILE} lists ${n} plugin${n === 1 ? '' : 's'}`;
  if (status.permission === 'not allowed') {
    warn(`${what}, not loaded: loading runs their code, so allow them on this machine with \`aicmo plugins allow\` (or pass --allow-plugins).`);
    return undefined;
  }
  if (status.permission === 'changed since allowed') {
    warn(`${what}, not loaded: they changed since you allowed them; check them, then \`aicmo plugins allow\` again (or pass --allow-plugins).`);
    return undefined;
  }
  return loadPluginModules(status.plugins);
}
