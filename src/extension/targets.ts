// Command targets: every command accepts its target as an argument (a project id or slug, a tree
// node, or `{ project }`), and asks with a quick pick when called without one.
import * as vscode from 'vscode';
import { PromptCancelled, UserFacingError } from './outcome';
import type { AicmoState } from './state';

/** The project reference carried by a command argument, if any. */
export function projectRefOf(arg: unknown): string | undefined {
  if (typeof arg === 'string' && arg.trim() !== '') return arg.trim();
  if (arg && typeof arg === 'object') {
    const o = arg as { kind?: unknown; project?: unknown; slug?: unknown; id?: unknown };
    if (o.kind === 'project' && o.project && typeof o.project === 'object') return (o.project as { slug: string }).slug;
    if (o.kind === 'artifact' && o.project && typeof o.project === 'object') return (o.project as { slug: string }).slug;
    if (typeof o.project === 'string') return o.project;
    if (typeof o.slug === 'string') return o.slug;
    if (typeof o.id === 'string') return o.id;
  }
  return undefined;
}

/** The project a command works on: from its argument, else asked (the selected project first). */
export async function resolveProject(state: AicmoState, arg: unknown, placeHolder: string): Promise<string> {
  const ref = projectRefOf(arg);
  if (ref) return ref;
  await state.projects.refresh();
  const projects = state.projects.pipeline?.columns.flatMap((c) => c.projects) ?? [];
  if (projects.length === 0) throw new UserFacingError('There are no AICMO projects yet; create one with "AICMO: New Project".', 'not-found');
  const selected = state.selectedSlug;
  const items = projects
    .map((p) => ({ label: p.name, description: `${p.stageLabel}${p.slug === selected ? ' · selected' : ''}`, slug: p.slug }))
    .sort((a, b) => Number(b.slug === selected) - Number(a.slug === selected));
  const picked = await vscode.window.showQuickPick(items, { placeHolder });
  if (!picked) throw new PromptCancelled('the project pick');
  return picked.slug;
}

/** A file path from the argument (string path or Uri), else an open dialog. */
export async function resolveFile(arg: unknown, title: string, filters: Record<string, string[]>): Promise<string> {
  if (arg instanceof vscode.Uri) return arg.fsPath;
  if (typeof arg === 'string' && arg.trim() !== '') return arg.trim();
  const picked = await vscode.window.showOpenDialog({ title, canSelectMany: false, canSelectFiles: true, filters, openLabel: 'Import' });
  if (!picked?.[0]) throw new PromptCancelled('the file pick');
  return picked[0].fsPath;
}

/** Free text from the argument, else an input box; `required` refuses empty answers. */
export async function resolveText(arg: unknown, options: { prompt: string; placeHolder?: string; required?: boolean }): Promise<string> {
  if (typeof arg === 'string' && arg.trim() !== '') return arg.trim();
  const text = await vscode.window.showInputBox({
    prompt: options.prompt,
    placeHolder: options.placeHolder,
    ignoreFocusOut: true,
    validateInput: (v) => (options.required && v.trim() === '' ? 'A reason is required: it is recorded and Kaizen learns from it.' : undefined),
  });
  if (text === undefined) throw new PromptCancelled(options.prompt);
  return text.trim();
}
