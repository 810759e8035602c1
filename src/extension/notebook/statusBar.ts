// The cell status bar of a campaign notebook: the artifact's version, its status (draft, in
// review, approved, stale, failed, …) and how many Kaizen insights shaped it (click: the evidence).
// The brief's cell offers Edit Intake. Read from the cell's output metadata, no store read.
import * as vscode from 'vscode';
import { metaOf } from './cellOutput';

export const SHOW_INSIGHTS_COMMAND = 'aicmo.notebook.showInsights';

function statusWord(m: NonNullable<ReturnType<typeof metaOf>>): { text: string; tooltip: string } {
  if (m.failed) return { text: '$(error) failed', tooltip: `The latest run failed: ${m.failed}` };
  if (m.stale.length > 0 || m.status === 'stale') return { text: '$(warning) stale', tooltip: m.stale.join(' ') || 'Built on an older upstream version.' };
  if (m.waiting && m.version === null) return { text: '$(clock) waiting', tooltip: m.waiting };
  if (m.status === 'missing') return { text: 'not run', tooltip: 'Run the cell to make the first version.' };
  const icon = m.status === 'approved' ? '$(pass) ' : m.status === 'in_review' ? '$(eye) ' : '';
  return { text: `${icon}${m.status.replace(/_/g, ' ')}`, tooltip: `Status: ${m.status.replace(/_/g, ' ')}` };
}

export class CampaignStatusBar implements vscode.NotebookCellStatusBarItemProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCellStatusBarItems = this.changed.event;

  /** Outputs changed: read them again. */
  refresh(): void {
    this.changed.fire();
  }

  provideCellStatusBarItems(cell: vscode.NotebookCell): vscode.NotebookCellStatusBarItem[] {
    const m = metaOf(cell);
    if (!m) return [];
    if (m.kind === 'brief') {
      const edit = new vscode.NotebookCellStatusBarItem('$(edit) Edit Intake', vscode.NotebookCellStatusBarAlignment.Left);
      edit.command = { title: 'Edit Intake', command: 'aicmo.editIntake', arguments: [m.project] };
      edit.tooltip = "Change the client's brief (AICMO: Edit Intake)";
      return [edit];
    }
    if (m.kind === 'unknown') return [];
    const items: vscode.NotebookCellStatusBarItem[] = [];
    if (m.version !== null) {
      const v = new vscode.NotebookCellStatusBarItem(`v${m.version}`, vscode.NotebookCellStatusBarAlignment.Left);
      v.tooltip = m.createdAt ? `Version ${m.version}, made ${m.createdAt.slice(0, 16).replace('T', ' ')} UTC` : `Version ${m.version}`;
      items.push(v);
    }
    const s = statusWord(m);
    const status = new vscode.NotebookCellStatusBarItem(s.text, vscode.NotebookCellStatusBarAlignment.Left);
    status.tooltip = s.tooltip;
    items.push(status);
    if (m.version !== null) {
      const k = new vscode.NotebookCellStatusBarItem(`$(lightbulb) ${m.insights} Kaizen insight${m.insights === 1 ? '' : 's'}`, vscode.NotebookCellStatusBarAlignment.Right);
      k.tooltip = m.insights > 0 ? 'Show the insights applied and their evidence' : 'No Kaizen insight shaped this version';
      k.command = { title: 'Show the insights', command: SHOW_INSIGHTS_COMMAND, arguments: [m.project, m.cell] };
      items.push(k);
    }
    return items;
  }
}
