// The Kaizen tree: each kind of insight (channel performance, angle approval, estimate accuracy,
// rejection reasons) → its current insights → their evidence (count, window, source, projects).
// A kind with nothing behind it says "no evidence yet"; nothing is guessed.
import * as vscode from 'vscode';
import type { Insight, InsightReport } from '../core';
import type { AicmoSession } from '../session';

type KaizenNode =
  | { kind: 'kind'; summary: InsightReport['kinds'][number]; insights: Insight[] }
  | { kind: 'insight'; insight: Insight }
  | { kind: 'evidence'; id: string; label: string; description?: string };

const KIND_LABELS: Record<string, string> = {
  'channel-performance': 'Channel performance',
  'angle-approval': 'Creative angle approvals',
  'estimate-accuracy': 'Estimate accuracy',
  'rejection-reason': 'Rejection reasons',
};

export class KaizenTreeProvider implements vscode.TreeDataProvider<KaizenNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<KaizenNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private report: InsightReport | undefined;
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
    if (!vscode.workspace.getConfiguration('aicmo').get<boolean>('kaizen.enabled', true)) return (this.report = undefined);
    const store = await this.session.store(false).catch(() => undefined);
    if (!store) return (this.report = undefined);
    const result = await this.session.core.getKaizenInsights(this.session.core.serviceEnv(store, 'aicmo'));
    if (!result.ok) {
      this.log.error(`Kaizen: ${result.error.message}`);
      return (this.report = undefined);
    }
    this.stale = false;
    return (this.report = result.value);
  }

  async getChildren(node?: KaizenNode): Promise<KaizenNode[]> {
    if (!node) {
      if (this.stale || !this.report) await this.load();
      const report = this.report;
      if (!report) return [];
      if (report.insights.length === 0 && report.kinds.every((k) => k.insights === 0)) return []; // welcome text instead
      return report.kinds.map((summary) => ({ kind: 'kind', summary, insights: report.insights.filter((i) => i.kind === summary.kind) }));
    }
    if (node.kind === 'kind') {
      if (node.insights.length === 0) return [{ kind: 'evidence', id: `${node.summary.kind}:none`, label: 'no evidence yet' }];
      return node.insights.map((insight) => ({ kind: 'insight', insight }));
    }
    if (node.kind === 'insight') {
      const e = node.insight.evidence;
      const window = e.window.from || e.window.to ? `${e.window.from ?? '…'} → ${e.window.to ?? '…'}` : 'undated';
      return [
        { kind: 'evidence', id: `${node.insight.id}:count`, label: `${e.count} ${e.source}`, description: window },
        { kind: 'evidence', id: `${node.insight.id}:projects`, label: `${e.projects.length} project${e.projects.length === 1 ? '' : 's'}`, description: e.projects.join(', ') },
      ];
    }
    return [];
  }

  getTreeItem(node: KaizenNode): vscode.TreeItem {
    if (node.kind === 'kind') {
      const item = new vscode.TreeItem(KIND_LABELS[node.summary.kind] ?? node.summary.kind, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `kaizen:${node.summary.kind}`;
      item.description = node.summary.note;
      item.iconPath = new vscode.ThemeIcon(node.insights.length > 0 ? 'lightbulb' : 'circle-outline');
      return item;
    }
    if (node.kind === 'insight') {
      const item = new vscode.TreeItem(node.insight.summary, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `kaizen:insight:${node.insight.id}`;
      item.tooltip = node.insight.summary;
      item.iconPath = new vscode.ThemeIcon('sparkle');
      item.contextValue = 'insight';
      return item;
    }
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.id = `kaizen:evidence:${node.id}`;
    item.description = node.description;
    item.iconPath = new vscode.ThemeIcon('note');
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
