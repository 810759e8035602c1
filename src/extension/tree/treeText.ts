// The words of the Projects tree, without vscode (unit-tested): stage labels with counts, a
// project's tooltip, an artifact's label and status. Human names come from the core's labels
// (domain/labels.ts) through the pipeline and unified-view data: "Strategy", not "STRATEGY";
// "Project plan", not "pm"; "in review", not "in_review"; the project's name, never its slug.
import type { PipelineProject, UnifiedArtifact } from '../core';

/** "Strategy (3)". */
export function stageLabel(label: string, count: number): string {
  return `${label} (${count})`;
}

/** The tooltip's Markdown source: name, industry, goal, budget and stage in words, then what blocks the project. */
export function projectTooltipMarkdown(p: PipelineProject): string {
  const head = `**${escapeMd(p.name)}**\n\n${escapeMd(p.industry)} · goal: ${escapeMd(p.goalLabel)} · budget ${escapeMd(p.budget.display)} · stage: ${escapeMd(p.stageLabel)}\n\n`;
  const blockers = p.blockers.length > 0 ? p.blockers.map((b) => `- ${b.waiting ? '$(bell)' : '$(warning)'} ${escapeMd(b.message)}`).join('\n') : 'Nothing blocks this project.';
  return head + blockers;
}

/** "Project plan". */
export function artifactLabel(a: UnifiedArtifact): string {
  return a.label;
}

/** "v2 in review", "v1 approved · last run failed", "not made yet", "failed". */
export function artifactStatusText(a: UnifiedArtifact): string {
  if (a.status === 'missing') return a.lastError ? 'failed' : 'not made yet';
  return `v${a.version} ${a.statusLabel}${a.lastError ? ' · last run failed' : a.outOfDate ? ' · out of date' : ''}`;
}

export function escapeMd(text: string): string {
  // < > & as entities: VS Code parses a tooltip's Markdown source as HTML to make its plain text.
  return text.replace(/[\\`*_{}[\]()#+\-.!|$]/g, (c) => `\\${c}`).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
