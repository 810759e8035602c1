// Open Artifact: a read-only Markdown preview of one artifact of a project (or of all of them), as
// a virtual document (scheme `aicmo-preview`, read-only by nature) in VS Code's Markdown preview.
import * as vscode from 'vscode';
import type { AicmoState } from '../state';

export const PREVIEW_SCHEME = 'aicmo-preview';

const documents = new Map<string, string>();
const changed = new vscode.EventEmitter<vscode.Uri>();

export function registerPreviewProvider(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, {
      onDidChange: changed.event,
      provideTextDocumentContent: (uri) => documents.get(uri.toString()) ?? '# Nothing to show\n\nRun the command again to rebuild this preview.',
    }),
  );
}

/** Builds the preview of `artifact` (every artifact when undefined) and shows it; returns what the command reports. */
export async function openArtifactPreview(state: AicmoState, project: string, artifact?: string): Promise<string> {
  const env = await state.session.env();
  const core = state.session.core;
  const view = core.unwrap(await core.getProjectUnifiedView(env, project));
  const text = core.unifiedViewMarkdown(view, artifact ?? 'Unified View', artifact); // built in the core half (markdownText.ts)
  const name = `Unified View - ${project}${artifact ? ` - ${artifact}` : ''}.md`;
  const uri = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `/${name}` });
  documents.set(uri.toString(), text);
  changed.fire(uri);
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch (e) {
    state.log.warn(`Markdown preview unavailable (${e instanceof Error ? e.message : String(e)}); opening the text instead.`);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
  }
  return `Opened ${artifact ?? 'every artifact'} of ${project} (read-only preview).`;
}

/** The Markdown last shown for a preview title (tests read it). */
export function previewText(name: string): string | undefined {
  for (const [key, text] of documents) if (decodeURIComponent(key).endsWith(`/${name}`)) return text;
  return undefined;
}
