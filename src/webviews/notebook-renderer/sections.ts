// The body of each kind of output: the brief, the strategy, the media plan, and any other
// subsystem's content (a plugin's included) as labelled lines. Lit templates: every value is text.
import { html, nothing, type TemplateResult } from 'lit';
import type { ArtifactOutput } from '../../protocol/notebook';
import { formatMinor, humanize } from '../common/format';
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
    <dt>Dates</dt><dd>${str(i.startDate) ?? 'not set'} to ${str(i.endDate) ?? 'not set'}</dd>
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
    ${rows.length
      ? html`<table class="allocations"><thead><tr><th>Channel</th><th class="num">Amount</th><th class="num">Share</th><th>Why</th></tr></thead>
          <tbody>${rows.map((a) => html`<tr><td>${str(a.label) ?? str(a.channel) ?? '?'}</td><td class="num">${amount(a)}</td><td class="num">${share(a.share)}</td><td>${str(a.rationale) ?? ''}</td></tr>`)}</tbody></table>`
      : html`<p class="muted">No allocations.</p>`}
    ${str(c.methodNote) ? html`<p class="muted">${str(c.methodNote)}</p>` : nothing}
  `;
}

/** Any content as labelled lines ("pillars[1].name: Trust"), at most 200 of them. */
export function genericSection(content: unknown): TemplateResult {
  const lines = contentLines(content);
  const shown = lines.slice(0, 200);
  return html`<pre class="text generic">${shown.join('\n')}${lines.length > shown.length ? `\n… ${lines.length - shown.length} more lines` : ''}</pre>`;
}

export function statusLabel(d: ArtifactOutput): string {
  if (d.kind === 'brief') return 'brief';
  if (d.stale.length > 0) return 'stale';
  return humanize(d.status);
}
