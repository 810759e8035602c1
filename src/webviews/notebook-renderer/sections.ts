// The body of each kind of output: the brief, the strategy, the media plan, and any other
// subsystem's content (a plugin's included) as labelled lines. Lit templates: every value is text.
import { html, nothing, type TemplateResult } from 'lit';
import type { ArtifactOutput } from '../../protocol/notebook';
import { formatDateRange, formatMinor, humanize } from '../common/format';
import { contentLines, obj, objs, str, strs } from './read';

const list = (xs: string[]) => (xs.length ? xs.join('; ') : '—');

export function briefSection(d: ArtifactOutput): TemplateResult {
  const i = obj(d.content) ?? {};
  const budget = typeof i.budgetMinor === 'number' && typeof i.currency === 'string' ? formatMinor(i.budgetMinor, i.currency) : '—';
  const targets = Object.entries(obj(i.kpiTargets) ?? {}).map(([k, n]) => `${k} ${String(n)}`).join(', ') || '—';
  return html`<dl class="brief">
    <dt>Client</dt><dd>${str(i.client) ?? '—'}</dd>
    <dt>Industry</dt><dd>${str(i.industry) ?? '—'}</dd>
    <dt>Goal</dt><dd>${str(i.goal) ?? '—'}${str(i.goalMetric) ? ` (${str(i.goalMetric)})` : ''}</dd>
    <dt>Audiences</dt><dd>${list(strs(i.audiences))}</dd>
    <dt>Budget</dt><dd>${budget}</dd>
    <dt>Dates</dt><dd>${str(i.startDate) || str(i.endDate) ? formatDateRange(str(i.startDate), str(i.endDate)) : 'not set'}</dd>
    <dt>Must include</dt><dd>${list(strs(i.mustInclude))}</dd>
    <dt>Do not do</dt><dd>${list(strs(i.doNotDo))}</dd>
    <dt>KPI targets</dt><dd>${targets}</dd>
  </dl>`;
}

export function strategySection(content: unknown): TemplateResult {
  const c = obj(content) ?? {};
  const objectives = objs(c.objectives);
  const pillars = objs(c.pillars);
  const risks = objs(c.risks);
  return html`
    ${str(c.executiveSummary) ? html`<p class="summary">${str(c.executiveSummary)}</p>` : nothing}
    ${objectives.length
      ? html`<h3>Objectives</h3><ul class="objectives">${objectives.map((o) => html`<li>${str(o.label) ?? str(o.kpi) ?? '?'}: ${o.target === null || o.target === undefined ? html`<span class="muted">no target set</span>` : `target ${str(o.target)}`}${str(o.direction) ? html` <span class="muted">(${str(o.direction)} is better)</span>` : nothing}</li>`)}</ul>`
      : nothing}
    ${pillars.length ? html`<h3>Pillars</h3><ul class="pillars">${pillars.map((p) => html`<li><strong>${str(p.name) ?? ''}</strong>: ${str(p.description) ?? ''}</li>`)}</ul>` : nothing}
    ${risks.length ? html`<details><summary>Risks (${risks.length})</summary><ul>${risks.map((r) => html`<li>${str(r.risk) ?? ''}${str(r.mitigation) ? html` — <em>mitigation:</em> ${str(r.mitigation)}` : nothing}</li>`)}</ul></details>` : nothing}
  `;
}

export function mediaSection(content: unknown): TemplateResult {
  const c = obj(content) ?? {};
  const budget = obj(c.budget);
  const rows = objs(c.allocations);
  const share = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : 'no data');
  const amount = (a: Record<string, unknown>) => (typeof a.amountMinor === 'number' && str(budget?.currency) ? formatMinor(a.amountMinor, str(budget!.currency)!) : (str(a.amountFormatted) ?? 'no data'));
  return html`
    <p class="muted">${[str(obj(c.objective)?.objective), str(budget?.formatted) ? `budget ${str(budget!.formatted)}` : undefined].filter(Boolean).join(' · ')}</p>
    ${str(obj(c.proposal)?.summary) ? html`<p class="proposal">${str(obj(c.proposal)!.summary)}</p>` : nothing}
    ${rows.length
      ? html`<table class="allocations"><thead><tr><th>Channel</th><th class="num">Amount</th><th class="num">Share</th><th>Why</th></tr></thead>
          <tbody>${rows.map((a) => html`<tr><td>${str(a.label) ?? str(a.channel) ?? '?'}</td><td class="num">${amount(a)}</td><td class="num">${share(a.share)}</td><td>${str(a.rationale) ?? ''}</td></tr>`)}</tbody></table>`
      : html`<p class="muted">No allocations.</p>`}
    ${str(c.methodNote) ? html`<p class="muted">${str(c.methodNote)}</p>` : nothing}
  `;
}

const scalar = (x: unknown): x is string | number | boolean => typeof x === 'string' || (typeof x === 'number' && Number.isFinite(x)) || typeof x === 'boolean';
const cellText = (x: unknown): string => (typeof x === 'boolean' ? (x ? 'yes' : 'no') : typeof x === 'number' ? String(Number(x.toFixed(4))) : String(x));

function table(rows: Record<string, unknown>[]): TemplateResult {
  const columns = [...new Set(rows.slice(0, 20).flatMap((r) => Object.keys(r).filter((k) => scalar(r[k]))))].slice(0, 7);
  const shown = rows.slice(0, 100);
  return html`<table class="generic-table"><thead><tr>${columns.map((c) => html`<th>${humanize(c)}</th>`)}</tr></thead>
    <tbody>${shown.map((r) => html`<tr>${columns.map((c) => html`<td>${scalar(r[c]) ? cellText(r[c]) : ''}</td>`)}</tr>`)}</tbody></table>
    ${rows.length > shown.length ? html`<p class="muted">… ${rows.length - shown.length} more rows</p>` : nothing}`;
}

/**
 * Any content (another subsystem's, a plugin's): its text fields as paragraphs, its lists of
 * objects as tables, its lists of words as lines, the rest as labelled lines.
 */
export function genericSection(content: unknown): TemplateResult {
  const c = obj(content);
  if (!c) return html`<pre class="text generic">${contentLines(content).slice(0, 200).join('\n')}</pre>`;
  const parts: TemplateResult[] = [];
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c)) {
    if (typeof v === 'string' && v.length <= 2000) parts.push(html`<p><span class="muted">${humanize(k)}:</span> ${v}</p>`);
    else if (Array.isArray(v) && v.length > 0 && v.every((x) => obj(x))) parts.push(html`<h3>${humanize(k)}</h3>${table(v as Record<string, unknown>[])}`);
    else if (Array.isArray(v) && v.length > 0 && v.every(scalar)) parts.push(html`<p><span class="muted">${humanize(k)}:</span> ${v.map(cellText).join(', ')}</p>`);
    else rest[k] = v;
  }
  const lines = contentLines(rest);
  if (lines.length > 0) parts.push(html`<details><summary>More (${lines.length} lines)</summary><pre class="text generic">${lines.slice(0, 200).join('\n')}${lines.length > 200 ? `\n… ${lines.length - 200} more lines` : ''}</pre></details>`);
  return html`<div class="generic">${parts}</div>`;
}

export function statusLabel(d: ArtifactOutput): string {
  if (d.kind === 'brief') return 'brief';
  if (d.stale.length > 0) return 'stale';
  return humanize(d.status);
}
