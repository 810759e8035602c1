// One "Open …" command per panel (from the panel catalog), each opening its webview panel through
// the panel host, plus Open Artifact (a tree child): a read-only Markdown preview of one artifact.
import { PANEL_CATALOG, PANEL_IDS } from '../../protocol/panelCatalog';
import type { PanelCommandId } from '../commandIds';
import type { CommandOutcome } from '../outcome';
import { openArtifactPreview } from '../panels/markdownPreview';
import type { PanelHost } from '../panels/panelHost';
import type { AicmoState } from '../state';
import { projectRefOf, resolveProject } from '../targets';
import type { Handler } from './registerCommand';

export function panelCommands(state: AicmoState, host: PanelHost) {
  const handlers = {} as Record<PanelCommandId, Handler>;
  for (const panel of PANEL_IDS) {
    const info = PANEL_CATALOG[panel];
    handlers[info.openCommand] = async (arg?: unknown): Promise<CommandOutcome> => {
      // Workspace panels take an optional project (Kaizen shows the whole workspace); project panels ask.
      const project = info.scope === 'workspace' ? projectRefOf(arg) : await resolveProject(state, arg, `Open the ${info.title} of which project?`);
      await host.open(panel, panel === 'kaizen' ? undefined : project);
      return { ok: true, message: `Opened the ${info.title} panel${project && info.scope === 'project' ? ` for ${project}` : ''}.` };
    };
  }
  return {
    ...handlers,
    'aicmo.openArtifact': async (projectArg?: unknown, name?: unknown): Promise<CommandOutcome> => {
      const isNode = projectArg && typeof projectArg === 'object' && (projectArg as { kind?: unknown }).kind === 'artifact';
      const artifact = isNode ? (projectArg as { artifact: { name: string } }).artifact.name : typeof name === 'string' ? name : undefined;
      const project = await resolveProject(state, projectArg, 'Open an artifact of which project?');
      return { ok: true, message: await openArtifactPreview(state, project, artifact) };
    },
  };
}
