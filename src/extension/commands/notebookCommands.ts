// The campaign notebook's command: Open Campaign Notebook (palette, tree, Pipeline and War Room).
import type { AicmoState } from '../state';
import { openCampaignNotebook } from '../notebook/openNotebook';
import type { Handler } from './registerCommand';

export function notebookCommands(state: AicmoState) {
  return {
    'aicmo.openCampaignNotebook': (project?: unknown) => openCampaignNotebook(state, project),
  } satisfies Record<string, Handler>;
}
