// <aicmo-kaizen-app>: the insights with their evidence (or "no evidence yet" per kind) and the
// learning-event stream, virtualized, with filters by project, type and time.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Snapshot } from '../../protocol/common';
import { KaizenSnapshotNotification, type KaizenData, type LearningEventView } from '../../protocol/panels/kaizen';
import { PanelApp } from '../common/panelApp';
import { baseStyles } from '../common/styles';
import { formatWhen, humanize } from '../common/format';
import { filterEvents, TIME_WINDOWS } from './eventFilter';
import '../common/components/virtualList';

export class KaizenApp extends PanelApp<KaizenData> {
  protected override readonly projectScoped = false;
  private memo: { data: KaizenData; key: string; events: LearningEventView[] } | undefined;

  static override styles = [
    baseStyles,
    css`
      aicmo-virtual-list { display: block; height: 50vh; min-height: 200px; }
      aicmo-virtual-list lit-virtualizer { height: 100%; }
      .event { width: 100%; padding: 3px 0; border-bottom: 1px solid var(--vscode-widget-border, transparent); }
    `,
  ];

  constructor() {
    super('kaizen', KaizenSnapshotNotification);
  }

  protected override renderData(d: KaizenData, s: Snapshot<KaizenData>): TemplateResult {
    const f = { project: this.ipc.filter('project'), type: this.ipc.filter('type'), window: this.ipc.filter('window') };
    const key = JSON.stringify(f);
    if (!this.memo || this.memo.data !== d || this.memo.key !== key) this.memo = { data: d, key, events: filterEvents(d.events, f, s.at) };
    const events = this.memo.events;
    const names = new Map(s.projects.map((p) => [p.id, p.name]));
    const types = [...new Set(d.events.map((e) => e.type))].sort();
    const projects = [...new Set(d.events.map((e) => e.project).filter((p): p is string => p !== null))];
    return html`
      <h2>Insights</h2>
      <ul class="plain kinds">${d.kinds.map((k) => html`<li data-kind=${k.kind}><strong>${humanize(k.kind)}</strong>: ${k.insights} insights from ${k.evidence} facts — <span class="muted">${k.note}</span></li>`)}</ul>
      ${d.insights.length === 0
        ? html`<aicmo-empty-state heading="No evidence yet" hint="Insights appear as results are imported and creatives and strategies are approved or rejected."></aicmo-empty-state>`
        : html`<div class="grid insights">${d.insights.map(
            (i) => html`<section class="card" data-insight=${i.id}><h3>${i.summary}</h3>
              <div class="muted">${humanize(i.kind)} · ${i.evidence.count} ${i.evidence.source}${i.evidence.window.from ? ` · ${i.evidence.window.from} to ${i.evidence.window.to ?? '…'}` : ''} · ${i.evidence.projects.length} projects</div></section>`,
          )}</div>`}
      <h2>Learning events</h2>
      <div class="toolbar" role="search">
        <select aria-label="Filter events by project" @change=${(e: Event) => this.ipc.setFilter('project', (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!f.project}>All projects</option>
          ${projects.map((p) => html`<option value=${p} ?selected=${f.project === p}>${names.get(p) ?? p}</option>`)}
        </select>
        <select aria-label="Filter events by type" @change=${(e: Event) => this.ipc.setFilter('type', (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!f.type}>All types</option>
          ${types.map((t) => html`<option value=${t} ?selected=${f.type === t}>${t}</option>`)}
        </select>
        <select aria-label="Filter events by time" @change=${(e: Event) => this.ipc.setFilter('window', (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!f.window}>Any time</option>
          ${Object.keys(TIME_WINDOWS).map((w) => html`<option value=${w} ?selected=${f.window === w}>Last ${TIME_WINDOWS[w]} days</option>`)}
        </select>
        <span class="muted event-count" role="status">${events.length} of ${d.events.length} events</span>
      </div>
      ${events.length === 0
        ? html`<p class="muted">No events match.</p>`
        : html`<aicmo-virtual-list .items=${events} .renderItem=${(e: LearningEventView) => this.renderEvent(e, names)} label="Learning events, newest first"></aicmo-virtual-list>`}
      ${nothing}
    `;
  }

  private renderEvent(e: LearningEventView, names: Map<string, string>): TemplateResult {
    return html`<div class="event" role="listitem" data-event=${e.id}><span class="muted">${formatWhen(e.ts)}</span> <strong>${e.type}</strong>
      ${e.project ? html`· ${names.get(e.project) ?? e.project}` : nothing} · ${e.actor}: ${e.summary}</div>`;
  }
}
customElements.define('aicmo-kaizen-app', KaizenApp);
