// Renders the client review pack. Every piece of user text goes through escapeHtml (HTML) or
// escapeMarkdown (Markdown); the HTML is one file with inline styles, no scripts and nothing
// loaded from elsewhere, so it opens safely anywhere.
import { escapeHtml, escapeMarkdown } from '../common/text';
import type { ApprovalActionRecord } from '../types';
import type { CreativeVariantLike, PackInput } from './rules';

const h = escapeHtml;
const md = escapeMarkdown;

function label(action: string): string {
  return action.replace(/_/g, ' ');
}

function creativeRowsHtml(items: readonly CreativeVariantLike[]): string {
  if (items.length === 0) return '<p>No creatives await a decision.</p>';
  const rows = items
    .map(
      (c) =>
        `<tr><td>${h(c.channel)}</td><td>${h(c.format)}</td><td>${h(c.angle)}</td><td><strong>${h(c.headline)}</strong><br>${h(c.body)}<br><em>${h(c.cta)}</em></td><td>${h(label(c.status))}</td><td>${
          c.violations.length === 0 ? 'none' : c.violations.map((v) => h(v.message)).join('<br>')
        }</td></tr>`,
    )
    .join('\n');
  return `<table><thead><tr><th>Channel</th><th>Format</th><th>Angle</th><th>Copy</th><th>Status</th><th>Checks</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function historyHtml(history: readonly ApprovalActionRecord[]): string {
  if (history.length === 0) return '<p>No actions yet.</p>';
  return `<ul>${history
    .map((a) => `<li>${h(a.at)} — ${h(a.actor.name)} (${h(a.actor.kind)}) ${h(label(a.action))} ${h(a.target.kind)} ${h(a.target.label ?? a.target.id)}${a.comment ? `: “${h(a.comment)}”` : ''}</li>`)
    .join('')}</ul>`;
}

const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.5}
h1,h2{line-height:1.2}table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #ccc;padding:.4rem .6rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}.muted{color:#666}.status{display:inline-block;padding:.1rem .5rem;border-radius:.3rem;background:#eef}`;

export function renderHtml(p: PackInput): string {
  const s = p.strategy;
  const parts: string[] = [];
  parts.push(`<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n<title>${h(p.title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>`);
  parts.push(`<h1>${h(p.title)}</h1>`);
  parts.push(`<p class="muted">Strategy version ${p.strategyVersion} · status <span class="status">${h(label(p.strategyStatus))}</span></p>`);
  parts.push('<h2>Strategy</h2>');
  parts.push(`<p>${h(s.executiveSummary)}</p>`);
  parts.push('<h3>Objectives</h3><ul>' + s.objectives.map((o) => `<li>${h(o.label)}${o.target === null ? ' — no target set' : ` — target ${h(String(o.target))}`} <span class="muted">(${h(o.formula)})</span></li>`).join('') + '</ul>');
  parts.push('<h3>Pillars</h3><ul>' + s.pillars.map((x) => `<li><strong>${h(x.name)}</strong>: ${h(x.description)}</li>`).join('') + '</ul>');
  parts.push('<h3>Timeline</h3><table><thead><tr><th>Phase</th><th>Start</th><th>End</th></tr></thead><tbody>' + s.timeline.map((t) => `<tr><td>${h(t.phase)}</td><td>${h(t.start ?? 'not set')}</td><td>${h(t.end ?? 'not set')}</td></tr>`).join('') + '</tbody></table>');
  parts.push('<h3>Risks</h3><ul>' + s.risks.map((r) => `<li>${h(r.risk)} <em>Mitigation:</em> ${h(r.mitigation)}</li>`).join('') + '</ul>');
  parts.push('<h2>Media plan</h2>');
  if (p.media) {
    parts.push(`<p>${h(p.media.objective.objective)} · budget ${h(p.media.budget.formatted)}${p.media.flight ? ` · ${h(p.media.flight.start)} to ${h(p.media.flight.end)}` : ''}</p>`);
    parts.push('<table><thead><tr><th>Channel</th><th>Amount</th><th>Share</th><th>Why</th></tr></thead><tbody>' + p.media.allocations.map((a) => `<tr><td>${h(a.label)}</td><td>${h(a.amountFormatted)}</td><td>${(a.share * 100).toFixed(1)}%</td><td>${h(a.rationale)}</td></tr>`).join('') + '</tbody></table>');
    parts.push(`<p class="muted">${h(p.media.methodNote)}</p>`);
  } else parts.push('<p>No media plan yet.</p>');
  parts.push('<h2>Creatives awaiting your decision</h2>');
  parts.push(p.creativesNote ? `<p class="muted">${h(p.creativesNote)}</p>` : '');
  parts.push(creativeRowsHtml(p.creatives));
  // A plugin's Markdown is shown as text: its markup is not ours to trust in HTML.
  for (const x of p.extraSections) parts.push(`<h2>${h(x.title)}</h2>\n<pre style="white-space:pre-wrap">${h(x.markdown)}</pre>`);
  parts.push('<h2>History</h2>');
  parts.push(historyHtml(p.history));
  parts.push('</body>\n</html>\n');
  return parts.filter((x) => x !== '').join('\n');
}

export function renderMarkdown(p: PackInput): string {
  const s = p.strategy;
  const out: string[] = [];
  out.push(`# ${md(p.title)}`, '', `Strategy version ${p.strategyVersion} · status **${label(p.strategyStatus)}**`, '');
  out.push('## Strategy', '', md(s.executiveSummary), '', '### Objectives', '');
  for (const o of s.objectives) out.push(`- ${md(o.label)}${o.target === null ? ' — no target set' : ` — target ${o.target}`} (${md(o.formula)})`);
  out.push('', '### Pillars', '');
  for (const x of s.pillars) out.push(`- **${md(x.name)}**: ${md(x.description)}`);
  out.push('', '### Timeline', '', '| Phase | Start | End |', '|---|---|---|');
  for (const t of s.timeline) out.push(`| ${md(t.phase)} | ${t.start ?? 'not set'} | ${t.end ?? 'not set'} |`);
  out.push('', '### Risks', '');
  for (const r of s.risks) out.push(`- ${md(r.risk)} *Mitigation:* ${md(r.mitigation)}`);
  out.push('', '## Media plan', '');
  if (p.media) {
    out.push(`${md(p.media.objective.objective)} · budget ${md(p.media.budget.formatted)}${p.media.flight ? ` · ${p.media.flight.start} to ${p.media.flight.end}` : ''}`, '');
    out.push('| Channel | Amount | Share | Why |', '|---|---|---|---|');
    for (const a of p.media.allocations) out.push(`| ${md(a.label)} | ${md(a.amountFormatted)} | ${(a.share * 100).toFixed(1)}% | ${md(a.rationale)} |`);
    out.push('', `_${md(p.media.methodNote)}_`);
  } else out.push('No media plan yet.');
  out.push('', '## Creatives awaiting your decision', '');
  if (p.creativesNote) out.push(`_${md(p.creativesNote)}_`, '');
  if (p.creatives.length === 0) out.push('No creatives await a decision.');
  for (const c of p.creatives) {
    out.push(`- **${md(c.headline)}** (${md(c.channel)}, ${md(c.format)}, ${md(c.angle)}, ${label(c.status)})`, `  ${md(c.body)} — ${md(c.cta)}`);
    for (const v of c.violations) out.push(`  - check: ${md(v.message)}`);
  }
  for (const x of p.extraSections) out.push('', `## ${md(x.title)}`, '', x.markdown.trim());
  out.push('', '## History', '');
  if (p.history.length === 0) out.push('No actions yet.');
  for (const a of p.history) out.push(`- ${md(a.at)} — ${md(a.actor.name)} (${a.actor.kind}) ${label(a.action)} ${md(a.target.kind)} ${md(a.target.label ?? a.target.id)}${a.comment ? `: "${md(a.comment)}"` : ''}`);
  out.push('');
  return out.join('\n');
}
