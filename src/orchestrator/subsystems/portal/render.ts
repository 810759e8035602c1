// Renders the client review pack. Every piece of user text goes through escapeHtml (HTML) or
// escapeMarkdown (Markdown); the HTML is one file with inline styles, no scripts and nothing
// loaded from elsewhere, so it opens safely anywhere.
import { escapeHtml, escapeMarkdown } from '../common/text';
import { ADS_HEADING, ADS_STYLE, adsHtml, adsMarkdown } from './adsRender';
import type { PackInput } from './pack';

const h = escapeHtml;
const md = escapeMarkdown;

const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.5}
h1,h2{line-height:1.2}table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #ccc;padding:.4rem .6rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}.muted{color:#666}.status{display:inline-block;padding:.1rem .5rem;border-radius:.3rem;background:#eef}
.ahead{background:#e3f4e3}.behind{background:#fbe3e3}
${ADS_STYLE}`;

const list = (items: readonly string[]): string => (items.length === 0 ? '' : `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`);

function resultsHtml(p: PackInput): string {
  const r = p.results;
  const parts = [`<h2>Results so far</h2>`, `<p class="muted">${h(r.periodText === 'no results yet' ? 'No results yet.' : `Period: ${r.periodText}.`)} ${h(r.note)}</p>`];
  if (r.spend) parts.push(`<p>Spent ${h(r.spend.actualText)} of the ${h(r.spend.budgetText)} budget${r.spend.shareOfBudget === null ? '' : ` (${Math.round(r.spend.shareOfBudget * 100)} %)`}.</p>`);
  const rows = r.rows
    .map(
      (x) =>
        `<tr><td>${h(x.measure)}</td><td>${h(x.targetText)}</td><td>${h(x.expectedText ?? '—')}</td><td>${h(x.actualText)}</td><td><span class="status ${x.status === 'ahead' ? 'ahead' : x.status === 'behind' ? 'behind' : ''}">${h(x.statusText)}</span>${x.note ? `<br><span class="muted">${h(x.note)}</span>` : ''}</td></tr>`,
    )
    .join('\n');
  parts.push(`<table><thead><tr><th>Measure</th><th>Goal</th><th>Expected by now</th><th>Result</th><th>Status</th></tr></thead><tbody>\n${rows}\n</tbody></table>`);
  return parts.join('\n');
}

export function renderHtml(p: PackInput): string {
  const parts: string[] = [];
  parts.push(`<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n<title>${h(p.title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>`);
  parts.push(`<h1>${h(p.title)}</h1>`, `<p class="muted">${h(p.statusText)}</p>`);
  if (p.feedback.length > 0) {
    parts.push('<h2>What changed after your feedback</h2>');
    for (const f of p.feedback) {
      parts.push(`<p>${h(f.who)} asked on ${h(f.when)}: “${h(f.asked)}”</p>`);
      parts.push(list([...f.done.map((d) => h(d)), ...f.open.map((o) => `<em>Still open:</em> ${h(o)}`)]) || '<p class="muted">Nothing changed yet.</p>');
    }
  }
  parts.push(resultsHtml(p));
  parts.push('<h2>Strategy</h2>', `<p>${h(p.summary)}</p>`);
  if (p.journey) parts.push(`<h3>How your customers buy</h3><p>${h(p.journey)}</p>`);
  parts.push('<h3>Objectives</h3>' + list(p.objectives.map((o) => `${h(o.label)} — ${h(o.targetText)} <span class="muted">(${h(o.how)})</span>`)));
  parts.push('<h3>Pillars</h3>' + list(p.pillars.map((x) => `<strong>${h(x.name)}</strong>: ${h(x.description)}`)));
  parts.push('<h3>Timeline</h3><table><thead><tr><th>Phase</th><th>From</th><th>To</th></tr></thead><tbody>' + p.timeline.map((t) => `<tr><td>${h(t.phase)}</td><td>${h(t.from)}</td><td>${h(t.to)}</td></tr>`).join('') + '</tbody></table>');
  parts.push('<h3>Risks</h3>' + list(p.risks.map((r) => `${h(r.risk)} <em>What we do about it:</em> ${h(r.mitigation)}`)));
  if (p.rules.length > 0) parts.push('<h3>Advertising rules we follow</h3>' + list(p.rules.map((r) => `${h(r.rule)} <span class="muted">(${h(r.source)})</span>`)));
  if (p.claims.length > 0) parts.push('<h3>Claims to confirm with you</h3>' + list(p.claims.map((c) => `“${h(c.text)}”: ${h(c.why)}`)));
  parts.push('<h2>Media plan</h2>');
  if (p.media) {
    parts.push(`<p>${h(p.media.headline)}</p>`);
    parts.push('<table><thead><tr><th>Channel</th><th>Budget</th><th>Share</th><th>Why</th></tr></thead><tbody>' + p.media.allocations.map((a) => `<tr><td>${h(a.channel)}</td><td>${h(a.amount)}</td><td>${h(a.share)}</td><td>${h(a.why)}</td></tr>`).join('') + '</tbody></table>');
    parts.push(`<p class="muted">${h(p.media.note)}</p>`);
  } else parts.push('<p>The media plan is not ready yet.</p>');
  parts.push(adsHtml(p.ads));
  parts.push('<h2>Creatives awaiting your decision</h2>');
  if (p.creativesNote) parts.push(`<p class="muted">${h(p.creativesNote)}</p>`);
  if (p.creatives.length === 0) parts.push('<p>No creatives await a decision.</p>');
  else {
    const rows = p.creatives
      .map((c) => `<tr><td>${h(c.channel)}</td><td>${h(c.format)}</td><td>${h(c.angle)}</td><td><strong>${h(c.headline)}</strong><br>${h(c.body)}<br><em>${h(c.cta)}</em></td><td>${h(c.status)}</td><td>${c.notes.length === 0 ? 'none' : c.notes.map(h).join('<br>')}</td></tr>`)
      .join('\n');
    parts.push(`<table><thead><tr><th>Channel</th><th>Format</th><th>Angle</th><th>Copy</th><th>Status</th><th>Notes</th></tr></thead><tbody>\n${rows}\n</tbody></table>`);
  }
  // A plugin's Markdown is shown as text: its markup is not ours to trust in HTML.
  for (const x of p.extraSections) parts.push(`<h2>${h(x.title)}</h2>\n<pre style="white-space:pre-wrap">${h(x.markdown)}</pre>`);
  parts.push('<h2>History</h2>');
  parts.push(p.history.length === 0 ? '<p>No decisions yet.</p>' : list(p.history.map((x) => `${h(x.when)} — ${h(x.text)}`)));
  parts.push('</body>\n</html>\n');
  return parts.join('\n');
}

/** The pack's top-level sections in the order both renderings show them. */
export function packSections(p: PackInput): string[] {
  return [...(p.feedback.length > 0 ? ['What changed after your feedback'] : []), 'Results so far', 'Strategy', 'Media plan', ADS_HEADING, 'Creatives awaiting your decision', ...p.extraSections.map((x) => x.title), 'History'];
}

export function renderMarkdown(p: PackInput): string {
  const out: string[] = [`# ${md(p.title)}`, '', md(p.statusText), ''];
  if (p.feedback.length > 0) {
    out.push('## What changed after your feedback', '');
    for (const f of p.feedback) {
      out.push(`${md(f.who)} asked on ${md(f.when)}: "${md(f.asked)}"`, '');
      for (const d of f.done) out.push(`- ${md(d)}`);
      for (const o of f.open) out.push(`- *Still open:* ${md(o)}`);
      if (f.done.length + f.open.length === 0) out.push('- Nothing changed yet.');
      out.push('');
    }
  }
  const r = p.results;
  out.push('## Results so far', '', md(r.periodText === 'no results yet' ? 'No results yet.' : `Period: ${r.periodText}.`) + ` ${md(r.note)}`, '');
  if (r.spend) out.push(`Spent ${md(r.spend.actualText)} of the ${md(r.spend.budgetText)} budget${r.spend.shareOfBudget === null ? '' : ` (${Math.round(r.spend.shareOfBudget * 100)} %)`}.`, '');
  out.push('| Measure | Goal | Expected by now | Result | Status |', '|---|---|---|---|---|');
  for (const x of r.rows) out.push(`| ${md(x.measure)} | ${md(x.targetText)} | ${md(x.expectedText ?? '—')} | ${md(x.actualText)} | ${md(x.statusText)}${x.note ? ` — ${md(x.note)}` : ''} |`);
  out.push('', '## Strategy', '', md(p.summary), '');
  if (p.journey) out.push('### How your customers buy', '', md(p.journey), '');
  out.push('### Objectives', '');
  for (const o of p.objectives) out.push(`- ${md(o.label)} — ${md(o.targetText)} (${md(o.how)})`);
  out.push('', '### Pillars', '');
  for (const x of p.pillars) out.push(`- **${md(x.name)}**: ${md(x.description)}`);
  out.push('', '### Timeline', '', '| Phase | From | To |', '|---|---|---|');
  for (const t of p.timeline) out.push(`| ${md(t.phase)} | ${md(t.from)} | ${md(t.to)} |`);
  out.push('', '### Risks', '');
  for (const x of p.risks) out.push(`- ${md(x.risk)} *What we do about it:* ${md(x.mitigation)}`);
  if (p.rules.length > 0) {
    out.push('', '### Advertising rules we follow', '');
    for (const x of p.rules) out.push(`- ${md(x.rule)} (${md(x.source)})`);
  }
  if (p.claims.length > 0) {
    out.push('', '### Claims to confirm with you', '');
    for (const c of p.claims) out.push(`- "${md(c.text)}": ${md(c.why)}`);
  }
  out.push('', '## Media plan', '');
  if (p.media) {
    out.push(md(p.media.headline), '', '| Channel | Budget | Share | Why |', '|---|---|---|---|');
    for (const a of p.media.allocations) out.push(`| ${md(a.channel)} | ${md(a.amount)} | ${md(a.share)} | ${md(a.why)} |`);
    out.push('', `_${md(p.media.note)}_`);
  } else out.push('The media plan is not ready yet.');
  out.push('', ...adsMarkdown(p.ads));
  out.push('', '## Creatives awaiting your decision', '');
  if (p.creativesNote) out.push(`_${md(p.creativesNote)}_`, '');
  if (p.creatives.length === 0) out.push('No creatives await a decision.');
  for (const c of p.creatives) {
    out.push(`- **${md(c.headline)}** (${md(c.channel)}, ${md(c.format)}, ${md(c.angle)}, ${md(c.status)})`, `  ${md(c.body)} — ${md(c.cta)}`);
    for (const n of c.notes) out.push(`  - note: ${md(n)}`);
  }
  for (const x of p.extraSections) out.push('', `## ${md(x.title)}`, '', x.markdown.trim());
  out.push('', '## History', '');
  if (p.history.length === 0) out.push('No decisions yet.');
  for (const x of p.history) out.push(`- ${md(x.when)} — ${md(x.text)}`);
  out.push('');
  return out.join('\n');
}
