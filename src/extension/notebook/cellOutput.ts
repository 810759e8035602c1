// A cell's output as VS Code holds it: the renderer's item (application/vnd.aicmo.artifact+json)
// and a Markdown item that reads without the renderer, plus the metadata the cell status bar reads.
import * as vscode from 'vscode';
import { ARTIFACT_MIME } from '../../protocol/notebookIds';
import type { NotebookCellOutput } from '../core';

/** What the status bar reads from a cell's output (no second store read). */
export interface CellOutputMeta {
  project: string;
  cell: string;
  kind: 'brief' | 'subsystem' | 'unknown';
  status: string;
  version: number | null;
  stale: string[];
  failed: string | null;
  waiting: string | null;
  insights: number;
  createdAt: string | null;
}

export function cellOutput(o: NotebookCellOutput): vscode.NotebookCellOutput {
  const d = o.data;
  const meta: CellOutputMeta = {
    project: d.project.slug,
    cell: d.cell,
    kind: d.kind,
    status: d.status,
    version: d.version,
    stale: d.stale,
    failed: d.lastError,
    waiting: d.waiting,
    insights: d.insights.length,
    createdAt: d.createdAt,
  };
  const markdown = d.notice ? `> ${d.notice.message.replace(/\n/g, ' ')}\n\n${o.markdown}` : o.markdown;
  return new vscode.NotebookCellOutput([vscode.NotebookCellOutputItem.json(d, ARTIFACT_MIME), vscode.NotebookCellOutputItem.text(markdown, 'text/markdown')], { aicmo: meta });
}

export function metaOf(cell: vscode.NotebookCell): CellOutputMeta | undefined {
  const meta = cell.outputs[0]?.metadata?.aicmo as CellOutputMeta | undefined;
  return meta && typeof meta === 'object' && typeof meta.cell === 'string' ? meta : undefined;
}
