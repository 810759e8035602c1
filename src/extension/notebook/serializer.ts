// The `aicmo-campaign` notebook serializer: a .campaign file ↔ cells. The file holds the project
// and the cells only (the core parses it strictly; a bad file fails to open with the core's one
// sentence and is never written over); outputs are rebuilt from the store when it opens, and are
// transient, so they never make the notebook dirty or reach the file.
import * as vscode from 'vscode';
import { NOTEBOOK_CELL_LANGUAGE } from '../../protocol/notebookIds';
import type { CampaignCell, CampaignNotebook } from '../core';
import type { AicmoSession } from '../session';
import { cellOutput } from './cellOutput';

export interface NotebookProjectRef {
  id: string;
  slug: string;
}

/** The project a campaign notebook belongs to (from its metadata). */
export function notebookProject(notebook: { metadata?: { [key: string]: unknown } }): NotebookProjectRef | undefined {
  const p = (notebook.metadata?.aicmo as { project?: unknown } | undefined)?.project as NotebookProjectRef | undefined;
  return p && typeof p.id === 'string' && typeof p.slug === 'string' ? p : undefined;
}

/** "brief", or the subsystem a code cell runs (its text). */
export function cellName(cell: { document: { getText(): string } }): string {
  return cell.document.getText().trim();
}

export class CampaignSerializer implements vscode.NotebookSerializer {
  static readonly options: vscode.NotebookDocumentContentOptions = { transientOutputs: true, transientCellMetadata: {}, transientDocumentMetadata: {} };

  constructor(private readonly session: AicmoSession, private readonly log: vscode.LogOutputChannel) {}

  async deserializeNotebook(content: Uint8Array): Promise<vscode.NotebookData> {
    const core = this.session.core;
    const file = core.parseCampaignNotebook(content);
    const cells = core.withEverySubsystem(file.cells, this.session.registry.list());
    const data = new vscode.NotebookData(cells.map((c) => this.cellData(c)));
    data.metadata = { aicmo: { project: file.project } };
    await this.addOutputs(data, file);
    return data;
  }

  serializeNotebook(data: vscode.NotebookData): Uint8Array {
    const core = this.session.core;
    const project = notebookProject(data);
    if (!project) throw new Error('This notebook has lost the project it belongs to; it was not saved (reopen it with "AICMO: Open Campaign Notebook").');
    const cells: CampaignCell[] = data.cells.map((c) => {
      if (c.kind === vscode.NotebookCellKind.Markup) return { kind: 'markdown', text: c.value };
      const name = c.value.trim();
      return name === 'brief' ? { kind: 'brief' } : { kind: 'subsystem', name };
    });
    return core.serializeCampaignNotebook({ format: 'aicmo-campaign-notebook', version: 1, project, cells });
  }

  private cellData(c: CampaignCell): vscode.NotebookCellData {
    if (c.kind === 'markdown') return new vscode.NotebookCellData(vscode.NotebookCellKind.Markup, c.text, 'markdown');
    return new vscode.NotebookCellData(vscode.NotebookCellKind.Code, c.kind === 'brief' ? 'brief' : c.name, NOTEBOOK_CELL_LANGUAGE);
  }

  /** Outputs from the store, when the campaigns folder is known and holds the project. */
  private async addOutputs(data: vscode.NotebookData, file: CampaignNotebook): Promise<void> {
    try {
      const store = await this.session.store(false);
      if (!store) return;
      const env = await this.session.env();
      const code = data.cells.filter((c) => c.kind === vscode.NotebookCellKind.Code);
      const result = await this.session.core.getNotebookOutputs(env, file.project.id, code.map((c) => c.value.trim()));
      if (!result.ok) {
        this.log.warn(`Campaign notebook of ${file.project.slug}: ${result.error.message}`);
        return;
      }
      code.forEach((c, i) => (c.outputs = [cellOutput(result.value.cells[i]!)]));
    } catch (e) {
      this.log.warn(`Campaign notebook of ${file.project.slug}: outputs not built (${e instanceof Error ? e.message : String(e)})`);
    }
  }
}
