// The Markdown of Open Artifact's read-only preview: one artifact (or all of a project) with its
// status, the Kaizen insights it applied and its content. Pure text building: no vscode. Every
// text that comes from the workspace (names, errors, notes, insight summaries) goes through
// escapeMarkdown: VS Code's preview renders Markdown and HTML, and a project named `![](https://…)`
// must not load anything.
import { escapeMarkdown as md } from '../../orchestrator/subsystems/common/text';
import type { ProjectUnifiedView, UnifiedArtifact } from '../core';

function contentBlock(content: unknown, limit = 6000): string {
  let text = JSON.stringify(content, null, 2) ?? 'null';
  if (text.length > limit) text = `${text.slice(0, limit)}\n… (${text.length - limit} more characters)`;
  return `\`\`\`json\n${text.replace(/```/g, '`\u200b``')}\n\`\`\``;
}

export function artifactMarkdown(a: UnifiedArtifact): string {
  const head = a.status === 'missing' ? `## ${md(a.name)} — not run yet` : `## ${md(a.name)} — version ${a.version}, ${md(a.status.replace('_', ' '))}`;
  const lines = [head, ''];
  if (a.lastError) lines.push(`> **Last run failed:** ${md(a.lastError)}`, '');
  if (a.statusNote) lines.push(`> ${md(a.statusNote)}`, '');
  if (a.outOfDate) lines.push(`> **Out of date:** ${md(a.outOfDate)}`, '');
  if (a.status !== 'missing') {
    lines.push(a.skipKaizen ? '_Built on priors only (Kaizen skipped)._' : a.insights.length > 0 ? `Shaped by ${a.insights.length} Kaizen insight(s): ${a.insights.map((i) => md(String((i as { summary?: string; id?: string }).summary ?? (i as { id?: string }).id))).join('; ')}` : '_No Kaizen insight applied (no evidence yet)._', '');
    lines.push(contentBlock(a.content), '');
  }
  return lines.join('\n');
}

export function unifiedViewMarkdown(view: ProjectUnifiedView, title: string, only?: string): string {
  const artifacts = Object.values(view.artifacts).filter((a) => only === undefined || a.name === only);
  return [`# ${md(title)}: ${md(view.project.name)}`, '', `\`${view.project.slug}\` · read-only preview (the Unified View panel shows every artifact live)`, '', ...artifacts.map(artifactMarkdown)].join('\n');
}
