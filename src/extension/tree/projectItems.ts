// How projects, stages and artifacts look in the tree: labels, the status at a glance, icons,
// tooltips and the context values the menus' `when` clauses match.
import * as vscode from 'vscode';
import type { PipelineProject } from '../core';
import { artifactContextValue } from './artifactContext';
import type { ArtifactNode, ProjectNode, StageNode } from './nodes';
import { artifactLabel, artifactStatusText, projectTooltipMarkdown, stageLabel } from './treeText';

export { artifactStatusText, stageLabel };

const STAGE_ICONS: Record<string, string> = { INTAKE: 'inbox', STRATEGY: 'lightbulb', CREATIVE: 'paintcan', EXECUTION: 'rocket', DONE: 'pass' };
/** The status at a glance, most urgent first: "failed run · strategy in review · 3 creatives awaiting". */
export function projectStatus(p: PipelineProject): string {
  const parts: string[] = [];
  if (p.badges.includes('unreadable')) parts.push('unreadable');
  if (p.badges.includes('failed run')) parts.push('failed run');
  if (p.strategyStatus === 'in_review') parts.push('strategy in review');
  else if (p.strategyStatus === 'changes_requested') parts.push('strategy changes requested');
  else if (p.strategyStatus === 'rejected') parts.push('strategy rejected');
  if (p.creativesAwaiting > 0) parts.push(`${p.creativesAwaiting} creative${p.creativesAwaiting === 1 ? '' : 's'} awaiting decision`);
  if (p.badges.includes('stale')) parts.push('stale');
  if (p.badges.includes('on hold')) parts.push('on hold');
  if (p.badges.includes('cancelled')) parts.push('cancelled');
  return parts.join(' · ');
}

/** Space-separated tokens for `viewItem =~ /…/` in package.json menus. */
export function projectContextValue(p: PipelineProject): string {
  const tokens = ['project'];
  if (p.strategyStatus === 'in_review') tokens.push('strategyInReview');
  if (p.creativesAwaiting > 0) tokens.push('creativesAwaiting');
  if (p.badges.includes('failed run')) tokens.push('failedRun');
  if (p.badges.includes('on hold')) tokens.push('onHold');
  return tokens.join(' ');
}

function projectIcon(p: PipelineProject): vscode.ThemeIcon {
  if (p.badges.includes('unreadable') || p.badges.includes('failed run')) return new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
  if (p.badges.includes('cancelled')) return new vscode.ThemeIcon('circle-slash');
  if (p.badges.includes('on hold')) return new vscode.ThemeIcon('debug-pause');
  if (p.strategyStatus === 'in_review' || p.creativesAwaiting > 0) return new vscode.ThemeIcon('eye', new vscode.ThemeColor('list.warningForeground'));
  if (p.badges.includes('stale')) return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  return new vscode.ThemeIcon('folder');
}

export function stageItem(node: StageNode): vscode.TreeItem {
  const item = new vscode.TreeItem(stageLabel(node.label, node.projects.length), node.projects.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
  item.id = `stage:${node.stage}`;
  item.iconPath = new vscode.ThemeIcon(STAGE_ICONS[node.stage] ?? 'circle-outline');
  item.contextValue = 'stage';
  return item;
}

export function projectItem(node: ProjectNode, selectedSlug: string | undefined): vscode.TreeItem {
  const p = node.project;
  const item = new vscode.TreeItem(p.name, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `project:${p.id}`;
  const status = projectStatus(p);
  item.description = [p.slug === selectedSlug ? '●' : '', status || p.budget.display].filter(Boolean).join(' ');
  item.iconPath = projectIcon(p);
  item.contextValue = projectContextValue(p);
  item.tooltip = new vscode.MarkdownString(projectTooltipMarkdown(p), true);
  return item;
}

const ARTIFACT_ICONS: Record<string, string> = {
  approved: 'pass-filled', in_review: 'eye', draft: 'edit', rejected: 'close', changes_requested: 'comment-discussion', stale: 'warning', missing: 'circle-outline',
};

export function artifactItem(node: ArtifactNode): vscode.TreeItem {
  const a = node.artifact;
  const item = new vscode.TreeItem(artifactLabel(a), vscode.TreeItemCollapsibleState.None);
  item.id = `artifact:${node.project.slug}:${a.name}`;
  item.description = artifactStatusText(a);
  item.iconPath = a.lastError ? new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground')) : new vscode.ThemeIcon(ARTIFACT_ICONS[a.status] ?? 'file');
  item.contextValue = artifactContextValue(a);
  item.tooltip = a.lastError ? `Last run failed: ${a.lastError}` : [a.statusNote, a.outOfDate ? `Out of date: ${a.outOfDate}` : null].filter(Boolean).join('\n') || undefined;
  if (a.status !== 'missing') item.command = { command: 'aicmo.openArtifact', title: 'Open Artifact', arguments: [node.project.slug, a.name] };
  return item;
}
