// The Projects tree: stages (INTAKE … DONE, with counts) → projects (status at a glance) →
// their artifacts. It keeps its own model, reloaded by `refresh()` (after a command, or when the
// watcher sees .aicmo/ change), so what `snapshot()` returns is exactly what the tree shows.
import * as vscode from 'vscode';
import type { ProjectsPipeline, UnifiedArtifact } from '../core';
import type { AicmoSession } from '../session';
import type { ArtifactNode, ProjectsTreeNode, StageNode, TreeSnapshot } from './nodes';
import { artifactItem, projectContextValue, projectItem, projectStatus, stageItem, stageLabel } from './projectItems';

export class ProjectsTreeProvider implements vscode.TreeDataProvider<ProjectsTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ProjectsTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private model: ProjectsPipeline | undefined;
  private loading: Promise<void> | undefined;
  private again = false;
  private readonly loaded = new vscode.EventEmitter<ProjectsPipeline>();
  /** Fires after every reload with the new model. */
  readonly onDidLoad = this.loaded.event;

  constructor(
    private readonly session: AicmoSession,
    private readonly log: vscode.LogOutputChannel,
    private readonly selectedSlug: () => string | undefined,
  ) {}

  get pipeline(): ProjectsPipeline | undefined {
    return this.model;
  }

  /** Reloads the model from the store; calls made while one runs coalesce into one more reload. */
  refresh(): Promise<void> {
    if (this.loading) {
      this.again = true;
      return this.loading;
    }
    this.loading = (async () => {
      do {
        this.again = false;
        await this.load();
      } while (this.again);
    })().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async load(): Promise<void> {
    let next: ProjectsPipeline | undefined;
    const store = await this.session.store(false).catch((e: unknown) => {
      this.log.error(`Projects tree: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    });
    if (store) {
      const result = await this.session.core.getProjectsPipeline(this.session.core.serviceEnv(store, 'aicmo'));
      if (result.ok) next = result.value;
      else this.log.error(`Projects tree: ${result.error.message}`);
    }
    this.model = next ?? { paused: false, columns: [], totals: { projects: 0, blocked: 0, awaitingApproval: 0, onHold: 0, cancelled: 0, leads: 0, outreach: 0 } };
    await vscode.commands.executeCommand('setContext', 'aicmo.hasProjects', this.model.totals.projects > 0);
    await vscode.commands.executeCommand('setContext', 'aicmo.paused', this.model.paused);
    await vscode.commands.executeCommand('setContext', 'aicmo.loaded', true);
    this.changed.fire(undefined);
    this.loaded.fire(this.model);
  }

  getTreeItem(node: ProjectsTreeNode): vscode.TreeItem {
    switch (node.kind) {
      case 'stage':
        return stageItem(node);
      case 'project':
        return projectItem(node, this.selectedSlug());
      case 'artifact':
        return artifactItem(node);
    }
  }

  async getChildren(node?: ProjectsTreeNode): Promise<ProjectsTreeNode[]> {
    if (!node) {
      if (!this.model) await this.refresh();
      const model = this.model;
      if (!model || model.totals.projects === 0) return []; // the welcome view shows instead
      return model.columns.map((c): StageNode => ({ kind: 'stage', stage: c.stage, label: c.label, projects: c.projects }));
    }
    if (node.kind === 'stage') return node.projects.map((project) => ({ kind: 'project', project }));
    if (node.kind === 'project') return this.artifactsOf(node.project.slug, node.project.name);
    return [];
  }

  private async artifactsOf(slug: string, name: string): Promise<ArtifactNode[]> {
    const store = await this.session.store(false);
    if (!store) return [];
    const result = await this.session.core.getProjectUnifiedView(this.session.core.serviceEnv(store, 'aicmo'), slug);
    if (!result.ok) {
      this.log.error(`Artifacts of ${slug}: ${result.error.message}`);
      return [];
    }
    return Object.values(result.value.artifacts).map((artifact: UnifiedArtifact): ArtifactNode => ({ kind: 'artifact', project: { slug, name }, artifact }));
  }

  getParent(node: ProjectsTreeNode): ProjectsTreeNode | undefined {
    if (node.kind === 'project' && this.model) {
      const column = this.model.columns.find((c) => c.stage === node.project.stage);
      return column ? { kind: 'stage', stage: column.stage, label: column.label, projects: column.projects } : undefined;
    }
    return undefined;
  }

  /** What the tree shows now (no reload): stages with counts and each project's status. */
  snapshot(): TreeSnapshot {
    const model = this.model;
    if (!model || model.totals.projects === 0) return { paused: model?.paused ?? false, stages: [] };
    return {
      paused: model.paused,
      stages: model.columns.map((c) => ({
        stage: c.stage,
        label: stageLabel(c.label, c.count),
        count: c.count,
        projects: c.projects.map((p) => ({ id: p.id, slug: p.slug, label: p.name, description: projectStatus(p), contextValue: projectContextValue(p) })),
      })),
    };
  }

  dispose(): void {
    this.changed.dispose();
    this.loaded.dispose();
  }
}
