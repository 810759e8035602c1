// The Kaizen tree: each kind of insight (channel performance, angle approval, estimate accuracy,
// rejection reasons), strongest first → its insights ranked by evidence, the one-fact ones folded
// under "Weak evidence (N)" → their evidence (count and dates, the projects by name). The kinds
// with nothing behind them are named once ("No evidence yet: …"); nothing is guessed. The nodes
// are built by kaizenTreeNodes.ts, loaded with the core (the same rule as the Kaizen panel).
import * as vscode from 'vscode';
import type { InsightReport } from '../core';
import type { AicmoSession } from '../session';
import type { KaizenTreeItemSnapshot, KaizenTreeNode } from './kaizenTreeNodes';

const STATES: Record<KaizenTreeNode['state'], vscode.TreeItemCollapsibleState> = {
  expanded: vscode.TreeItemCollapsibleState.Expanded,
  collapsed: vscode.TreeItemCollapsibleState.Collapsed,
  none: vscode.TreeItemCollapsibleState.None,
};

export class KaizenTreeProvider implements vscode.TreeDataProvider<KaizenTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<KaizenTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private report: InsightReport | undefined;
  private nodes: KaizenTreeNode[] = [];
  private stale = true;

  constructor(private readonly session: AicmoSession, private readonly log: vscode.LogOutputChannel) {}

  /** Marks the insights out of date; they are derived again when the view next asks. */
  refresh(): void {
    this.stale = true;
    this.changed.fire(undefined);
  }

  get current(): InsightReport | undefined {
    return this.report;
  }

  /** Derives the insights now (also what the view does when it is shown). */
  async load(): Promise<InsightReport | undefined> {
    const report = await this.derive();
    this.report = report?.report;
    this.nodes = report?.nodes ?? [];
    if (report) this.stale = false;
    return this.report;
  }

  private async derive(): Promise<{ report: InsightReport; nodes: KaizenTreeNode[] } | undefined> {
    if (!vscode.workspace.getConfiguration('aicmo').get<boolean>('kaizen.enabled', true)) return undefined;
    const store = await this.session.store(false).catch(() => undefined);
    if (!store) return undefined;
    const core = this.session.core;
    const result = await core.getKaizenInsights(core.serviceEnv(store, 'aicmo'));
    if (!result.ok) {
      this.log.error(`Kaizen: ${result.error.message}`);
      return undefined;
    }
    // Projects by name, from the workspace index: the evidence names them, never by id.
    const names = new Map((await store.listProjects()).map((p) => [p.id, p.name]));
    return { report: result.value, nodes: core.kaizenTreeNodes(result.value, names) };
  }

  async getChildren(node?: KaizenTreeNode): Promise<KaizenTreeNode[]> {
    if (node) return node.children;
    if (this.stale || !this.report) await this.load();
    return this.nodes;
  }

  getTreeItem(node: KaizenTreeNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.label, STATES[node.state]);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = new vscode.ThemeIcon(node.icon);
    item.contextValue = node.contextValue;
    return item;
  }

  /** The tree as VS Code is given it (through getChildren and getTreeItem), deriving it when needed. */
  async snapshot(node?: KaizenTreeNode): Promise<KaizenTreeItemSnapshot[]> {
    const out: KaizenTreeItemSnapshot[] = [];
    for (const child of await this.getChildren(node)) {
      const item = this.getTreeItem(child);
      const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
      const state = item.collapsibleState === vscode.TreeItemCollapsibleState.Expanded ? 'expanded' : item.collapsibleState === vscode.TreeItemCollapsibleState.Collapsed ? 'collapsed' : 'none';
      out.push({ label, description: typeof item.description === 'string' ? item.description : '', state, children: await this.snapshot(child) });
    }
    return out;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
