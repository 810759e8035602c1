// Markdown renderings of the core's views, used by the read-only preview until the panels exist.
// Pure text building: no vscode. Every text that comes from the workspace (names, errors, notes,
// insight summaries) goes through escapeMarkdown: VS Code's preview renders Markdown and HTML, and
// a project named `![](https://…)` must not load anything.
import { escapeMarkdown as md } from '../../orchestrator/subsystems/common/text';
import type { InsightReport, ProjectsPipeline, ProjectUnifiedView, UnifiedArtifact } from '../core';

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
  if (a.status !== 'missing') {
    lines.push(a.skipKaizen ? '_Built on priors only (Kaizen skipped)._' : a.insights.length > 0 ? `Shaped by ${a.insights.length} Kaizen insight(s): ${a.insights.map((i) => md(String((i as { summary?: string; id?: string }).summary ?? (i as { id?: string }).id))).join('; ')}` : '_No Kaizen insight applied (no evidence yet)._', '');
    lines.push(contentBlock(a.content), '');
  }
  return lines.join('\n');
}

export function unifiedViewMarkdown(view: ProjectUnifiedView, title: string, only?: string): string {
  const artifacts = Object.values(view.artifacts).filter((a) => only === undefined || a.name === only);
  return [`# ${md(title)}: ${md(view.project.name)}`, '', `\`${view.project.slug}\` · read-only preview (the full panel is on its way)`, '', ...artifacts.map(artifactMarkdown)].join('\n');
}

export function pipelineMarkdown(pipeline: ProjectsPipeline, title: string): string {
  const lines = [`# ${md(title)}`, '', pipeline.paused ? '**All runs are paused.**' : 'Runs are not paused.', ''];
  lines.push(`${pipeline.totals.projects} projects · ${pipeline.totals.blocked} blocked · ${pipeline.totals.onHold} on hold · ${pipeline.totals.leads} leads · ${pipeline.totals.outreach} outreach attempts`, '');
  for (const c of pipeline.columns) {
    lines.push(`## ${c.stage} (${c.count})`, '');
    if (c.projects.length === 0) {
      lines.push('_none_', '');
      continue;
    }
    lines.push('| Project | Budget | Badges | Blockers |', '|---|---|---|---|');
    for (const p of c.projects) lines.push(`| ${md(p.name)} (\`${p.slug}\`) | ${md(p.budget.display)} | ${md(p.badges.join(', '))} | ${md(p.blockers.map((b) => b.message).join(' '))} |`);
    lines.push('');
  }
  return lines.join('\n');
}

export function kaizenMarkdown(report: InsightReport): string {
  const lines = ['# Kaizen: what AICMO has learned', ''];
  for (const k of report.kinds) {
    lines.push(`## ${md(k.kind)}`, '', md(k.note), '');
    for (const i of report.insights.filter((x) => x.kind === k.kind)) {
      const e = i.evidence;
      lines.push(`- ${md(i.summary)} — ${e.count} ${md(e.source)}, ${md(e.window.from ?? '…')} → ${md(e.window.to ?? '…')}, ${e.projects.length} project(s)`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
