// The read-only Markdown preview behind `openPanel` until the webview panels exist: a virtual
// document (scheme `aicmo-preview`, read-only by nature) shown in VS Code's Markdown preview.
import * as vscode from 'vscode';
import type { AicmoState } from '../state';
import { kaizenMarkdown, pipelineMarkdown, unifiedViewMarkdown } from './markdownText';
import type { PanelKind } from './openPanel';

export const PREVIEW_SCHEME = 'aicmo-preview';

const TITLES: Record<PanelKind, string> = {
  command: 'Command Center', pipeline: 'Pipeline', warroom: 'War Room', gallery: 'Creative Gallery', pm: 'PM Dashboard', analytics: 'Analytics',
  controltower: 'Control Tower', portal: 'Client Portal', trends: 'Social Trends', unified: 'Unified View', kaizen: 'Kaizen',
};

/** Which artifact each project panel centres on (undefined: all of them). */
const FOCUS: Partial<Record<PanelKind, string>> = { gallery: 'creatives', pm: 'pm', analytics: 'analytics', portal: 'portal', trends: 'social' };

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

async function markdownFor(state: AicmoState, kind: PanelKind, project: string | undefined, artifact?: string): Promise<string> {
  const env = await state.session.env();
  const core = state.session.core;
  if (kind === 'kaizen' && project === undefined) return kaizenMarkdown(core.unwrap(await core.getKaizenInsights(env)));
  if (project === undefined) return pipelineMarkdown(core.unwrap(await core.getProjectsPipeline(env)), TITLES[kind]);
  const view = core.unwrap(await core.getProjectUnifiedView(env, project));
  return unifiedViewMarkdown(view, artifact ? `${artifact}` : TITLES[kind], artifact ?? FOCUS[kind]);
}

/** Builds the preview and shows it; returns what the command reports. */
export async function openMarkdownPreview(state: AicmoState, kind: PanelKind, project: string | undefined, artifact?: string): Promise<string> {
  const text = await markdownFor(state, kind, project, artifact);
  const name = `${TITLES[kind]}${project ? ` - ${project}` : ''}${artifact ? ` - ${artifact}` : ''}.md`;
  const uri = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `/${name}` });
  documents.set(uri.toString(), text);
  changed.fire(uri);
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch (e) {
    state.log.warn(`Markdown preview unavailable (${e instanceof Error ? e.message : String(e)}); opening the text instead.`);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
  }
  return `Opened ${TITLES[kind]}${project ? ` for ${project}` : ''} (read-only preview).`;
}

/** The Markdown last shown for a preview title (tests read it). */
export function previewText(name: string): string | undefined {
  for (const [key, text] of documents) if (decodeURIComponent(key).endsWith(`/${name}`)) return text;
  return undefined;
}
