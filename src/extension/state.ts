// What the commands share: the session, the trees, the status bar, the selected project, and
// one `refresh` that reloads everything a change can affect.
import * as vscode from 'vscode';
import type { AicmoSession } from './session';
import type { AicmoStatusBar } from './statusBar';
import type { KaizenTreeProvider } from './tree/kaizenTree';
import type { ProjectsTreeProvider } from './tree/projectsTree';

const SELECTED_KEY = 'aicmo.selectedProject';

export class AicmoState {
  constructor(
    readonly context: vscode.ExtensionContext,
    readonly log: vscode.LogOutputChannel,
    readonly session: AicmoSession,
    readonly projects: ProjectsTreeProvider,
    readonly kaizen: KaizenTreeProvider,
    readonly status: AicmoStatusBar,
  ) {}

  get selectedSlug(): string | undefined {
    return this.context.workspaceState.get<string>(SELECTED_KEY);
  }

  async select(slug: string | undefined): Promise<void> {
    await this.context.workspaceState.update(SELECTED_KEY, slug);
    this.status.update(this.projects.pipeline, slug);
    await this.projects.refresh();
  }

  /** Reloads the trees and the status bar (after a command, or a change on disk). */
  async refresh(): Promise<void> {
    await this.projects.refresh();
    this.kaizen.refresh();
    this.status.update(this.projects.pipeline, this.selectedSlug);
  }
}
