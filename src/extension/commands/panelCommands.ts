// One "Open …" command per panel, all through the `openPanel(kind, project)` seam, plus Open
// Artifact (a tree child) which previews one artifact of a project.
import type { CommandOutcome } from '../outcome';
import { openMarkdownPreview } from '../panels/markdownPreview';
import { openPanel, WORKSPACE_PANELS, type PanelKind } from '../panels/openPanel';
import type { AicmoState } from '../state';
import { projectRefOf, resolveProject } from '../targets';
import type { Handler } from './registerCommand';

export const PANEL_COMMANDS: Record<string, PanelKind> = {
  'aicmo.openCommandCenter': 'command',
  'aicmo.openPipeline': 'pipeline',
  'aicmo.openWarRoom': 'warroom',
  'aicmo.openGallery': 'gallery',
  'aicmo.openPm': 'pm',
  'aicmo.openAnalytics': 'analytics',
  'aicmo.openControlTower': 'controltower',
  'aicmo.openPortal': 'portal',
  'aicmo.openTrends': 'trends',
  'aicmo.openUnifiedView': 'unified',
  'aicmo.openKaizen': 'kaizen',
};

export function panelCommands(state: AicmoState): Record<string, Handler> {
  const handlers: Record<string, Handler> = {};
  for (const [id, kind] of Object.entries(PANEL_COMMANDS)) {
    handlers[id] = async (arg?: unknown): Promise<CommandOutcome> => {
      // Workspace panels take an optional project (Kaizen weighted for it); project panels ask.
      const project = WORKSPACE_PANELS.has(kind) ? projectRefOf(arg) : await resolveProject(state, arg, `Open the ${kind} of which project?`);
      const message = await openPanel(state, kind, kind === 'kaizen' ? undefined : project);
      return { ok: true, message };
    };
  }
  handlers['aicmo.openArtifact'] = async (projectArg?: unknown, name?: unknown): Promise<CommandOutcome> => {
    const isNode = projectArg && typeof projectArg === 'object' && (projectArg as { kind?: unknown }).kind === 'artifact';
    const artifact = isNode ? (projectArg as { artifact: { name: string } }).artifact.name : typeof name === 'string' ? name : undefined;
    const project = await resolveProject(state, projectArg, 'Open an artifact of which project?');
    const message = await openMarkdownPreview(state, 'unified', project, artifact);
    return { ok: true, message };
  };
  return handlers;
}
