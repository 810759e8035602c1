// `.aicmo/plugins.json`: the plugin modules a workspace asks the CLI to load. It comes from the
// repo, so it is untrusted: parsed strictly, every path relative and inside the workspace (its real
// path, so no symlink leads out), and fingerprinted (the file and each module's bytes) so an
// allowance given on one machine holds for exactly these bytes. Loading a module runs its code,
// which is why the CLI loads them only when the person allowed it (see src/cli/plugins).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { AicmoError } from '../domain/errors';

export const PLUGINS_FILE = '.aicmo/plugins.json';

const fileSchema = v.strictObject({
  plugins: v.pipe(
    v.array(v.strictObject({ module: v.pipe(v.string(), v.minLength(1), v.maxLength(500)), label: v.optional(v.pipe(v.string(), v.maxLength(80))) })),
    v.maxLength(50),
  ),
});

export interface WorkspacePlugin {
  /** The path as written in plugins.json (the plugin's id in messages). */
  module: string;
  label?: string;
  /** The module's real path (inside the workspace). */
  file: string;
  /** sha256 of the module's bytes. */
  sha256: string;
}

export interface WorkspacePlugins {
  /** The real path of the workspace folder. */
  root: string;
  plugins: WorkspacePlugin[];
  /** sha256 over plugins.json and every module's bytes: what an allowance is given for. */
  fingerprint: string;
}

const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/** The workspace's plugins, checked; undefined when there is no plugins.json. */
export function readWorkspacePlugins(workspace: string): WorkspacePlugins | undefined {
  const file = path.join(workspace, ...PLUGINS_FILE.split('/'));
  if (!existsSync(file)) return undefined;
  const root = realpathSync(workspace);
  if (!realpathSync(file).startsWith(root + path.sep)) throw new AicmoError('invalid-input', `${PLUGINS_FILE} leads outside the workspace (a symbolic link); no plugin was loaded.`);
  const bytes = readFileSync(file);
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new AicmoError('invalid-input', `${PLUGINS_FILE} is not JSON; no plugin was loaded.`);
  }
  const parsed = v.safeParse(fileSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0]!;
    const at = v.getDotPath(issue);
    throw new AicmoError('invalid-input', `${PLUGINS_FILE} is not valid: ${at ? `${at}: ` : ''}${issue.message.replace(/\.$/, '')} (expected {"plugins": [{"module": "path/inside/the/workspace.js"}]}); no plugin was loaded.`, at ? { field: at } : {});
  }
  const plugins = parsed.output.plugins.map((p, i): WorkspacePlugin => {
    const where = `${PLUGINS_FILE} plugins[${i}] ("${p.module}")`;
    if (path.isAbsolute(p.module) || /^[a-zA-Z]:/.test(p.module)) throw new AicmoError('invalid-input', `${where} is an absolute path; a plugin module is named relative to the workspace folder.`, { field: `plugins.${i}.module` });
    const wanted = path.resolve(root, p.module);
    if (!existsSync(wanted)) throw new AicmoError('not-found', `${where} does not exist.`, { field: `plugins.${i}.module` });
    const real = realpathSync(wanted);
    if (!real.startsWith(root + path.sep)) throw new AicmoError('invalid-input', `${where} is outside the workspace (or a symbolic link out of it); a plugin module must be inside the workspace.`, { field: `plugins.${i}.module` });
    if (!statSync(real).isFile()) throw new AicmoError('invalid-input', `${where} is not a file.`, { field: `plugins.${i}.module` });
    return { module: p.module, ...(p.label ? { label: p.label } : {}), file: real, sha256: sha256(readFileSync(real)) };
  });
  const fingerprint = sha256([sha256(bytes), ...plugins.map((p) => `${p.module}\n${p.sha256}`)].join('\n'));
  return { root, plugins, fingerprint };
}
