// `aicmo plugins list|allow|deny`: the workspace's plugin modules (.aicmo/plugins.json) and this
// machine's permission to load them, remembered outside the repo (src/cli/plugins/allowList.ts).
import { PLUGINS_FILE } from '../../orchestrator/plugins';
import type { CommandContext } from '../context';
import { allowanceFor, writeAllowance } from '../plugins/allowList';
import { loadPluginModules, pluginStatus } from '../plugins/loadPlugins';
import type { CommandGroup } from '../registry';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function status(ctx: CommandContext) {
  const s = pluginStatus(ctx.workspace, ctx.env, false);
  if (!s) throw Object.assign(new Error(`This workspace has no plugins: ${PLUGINS_FILE} is missing or lists none.`), { code: 'not-found' });
  return s;
}

export const pluginsCommands: CommandGroup = {
  name: 'plugins',
  summary: "the workspace's plugin modules (.aicmo/plugins.json) and whether this machine may load them",
  commands: [
    {
      name: 'list',
      summary: 'list the plugin modules, whether they are allowed here, and (when allowed) their subsystems',
      usage: 'plugins list',
      async run(ctx) {
        const s = pluginStatus(ctx.workspace, ctx.env, false);
        if (!s) return { json: { file: PLUGINS_FILE, plugins: [], permission: null }, text: `No plugins: ${PLUGINS_FILE} is missing or lists none.` };
        const loaded = s.permission === 'allowed' || ctx.allowPlugins ? loadPluginModules(s.plugins).pluginSubsystems() : [];
        const plugins = s.plugins.plugins.map((p) => ({ module: p.module, label: p.label ?? null, sha256: p.sha256, subsystems: loaded.filter((x) => x.plugin?.id === p.module).map((x) => ({ name: x.name, needs: [...x.needs] })) }));
        const lines = plugins.map((p) => `  ${p.module}${p.label ? ` (${p.label})` : ''}${p.subsystems.length ? ` — ${p.subsystems.map((x) => `${x.name} (needs ${x.needs.join(', ') || 'nothing'})`).join(', ')}` : ''}`);
        const permission = ctx.allowPlugins && s.permission !== 'allowed' ? 'flag' : s.permission;
        const head = `${plural(plugins.length, 'plugin')} in ${PLUGINS_FILE}, ${permission === 'allowed' ? 'allowed on this machine' : permission === 'flag' ? 'loaded for this command (--allow-plugins)' : permission === 'changed since allowed' ? 'changed since allowed on this machine (not loaded)' : 'not allowed on this machine (not loaded)'}:`;
        return { json: { file: PLUGINS_FILE, root: s.plugins.root, fingerprint: s.plugins.fingerprint, permission, plugins }, text: [head, ...lines, ...(permission === 'allowed' || permission === 'flag' ? [] : ['Next: aicmo plugins allow'])].join('\n') };
      },
    },
    {
      name: 'allow',
      summary: "allow this workspace's plugins to load on this machine (exactly their current bytes)",
      usage: 'plugins allow',
      async run(ctx) {
        const s = status(ctx);
        // Loading checks them (names, needs) before anything is remembered.
        const loaded = loadPluginModules(s.plugins).pluginSubsystems();
        const file = writeAllowance(ctx.env, { root: s.plugins.root, fingerprint: s.plugins.fingerprint, modules: s.plugins.plugins.map((p) => p.module), at: new Date().toISOString() });
        const n = s.plugins.plugins.length;
        return {
          json: { root: s.plugins.root, fingerprint: s.plugins.fingerprint, file, subsystems: loaded.map((x) => x.name) },
          text: `Allowed the ${plural(n, 'plugin')} of ${s.plugins.root} on this machine (subsystems: ${loaded.map((x) => x.name).join(', ') || 'none'}); a change to ${PLUGINS_FILE} or a module needs a new allow.`,
        };
      },
    },
    {
      name: 'deny',
      summary: "stop loading this workspace's plugins on this machine",
      usage: 'plugins deny',
      async run(ctx) {
        const s = status(ctx);
        const had = allowanceFor(ctx.env, s.plugins.root) !== undefined;
        if (had) writeAllowance(ctx.env, { root: s.plugins.root, remove: true });
        return { json: { root: s.plugins.root, removed: had }, text: had ? `Denied the plugins of ${s.plugins.root} on this machine; they are no longer loaded.` : `The plugins of ${s.plugins.root} were not allowed on this machine; nothing changed.` };
      },
    },
  ],
};
