// <aicmo-kaizen-app>: the insights grouped by kind and ranked by how much evidence they carry
// (insights resting on one fact folded under "Weak evidence"; those drawn from several clients'
// data say so), the kinds with no evidence yet named once, and the learning-event stream,
// virtualized, with filters by project, type and time.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Snapshot } from '../../protocol/common';
import { KaizenSnapshotNotification, type InsightView, type KaizenData, type LearningEventView } from '../../protocol/panels/kaizen';
import { evidenceCountText, fromSeveralClients, groupInsights, kaizenKindName, severalClientsText } from '../../protocol/kaizenGroups';
import { eventTypeName } from '../../protocol/eventTypes';
import { PanelApp } from '../common/panelApp';
import { baseStyles } from '../common/styles';
import { formatDateRange, formatWhen } from '../common/format';
import { filterEvents, TIME_WINDOWS } from './eventFilter';
import '../common/components/virtualList';

const kindName = kaizenKindName;

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
    // Events name their project by id or slug; both read as the project's name.
    const names = new Map(s.projects.flatMap((p) => [[p.id, p.name], [p.slug, p.name]] as const));
    const types = [...new Set(d.events.map((e) => e.type))].sort();
    const projects = [...new Set(d.events.map((e) => e.project).filter((p): p is string => p !== null))];
    return html`
      <h2>Insights</h2>
      ${this.renderInsights(d, names)}
      <h2>Learning events</h2>
      <div class="toolbar" role="search">
        <select aria-label="Filter events by project" @change=${(e: Event) => this.ipc.setFilter('project', (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!f.project}>All projects</option>
          ${projects.map((p) => html`<option value=${p} ?selected=${f.project === p}>${names.get(p) ?? p}</option>`)}
        </select>
        <select aria-label="Filter events by type" @change=${(e: Event) => this.ipc.setFilter('type', (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!f.type}>All types</option>
          ${types.map((t) => html`<option value=${t} ?selected=${f.type === t}>${eventTypeName(t)}</option>`)}
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

  private renderInsights(d: KaizenData, names: Map<string, string>): TemplateResult {
    if (d.insights.length === 0) {
      return html`<aicmo-empty-state heading="No evidence yet" hint="Insights appear as results are imported and creatives and strategies are approved or rejected."></aicmo-empty-state>`;
    }
    const groups = groupInsights(d.insights, d.kinds);
    return html`
      ${groups.kinds.map(({ kind, insights: all, strong, weak }) => {
        const note = d.kinds.find((k) => k.kind === kind)?.note;
        return html`<section class="kind" data-kind=${kind}>
            <h3>${kindName(kind)} <span class="muted">(${note ? note.replace(/\.$/, '') : `${all.length} ${all.length === 1 ? 'insight' : 'insights'}`})</span></h3>
            ${strong.length > 0 ? html`<div class="grid insights">${strong.map((i) => this.renderInsight(i, names))}</div>` : nothing}
            ${weak.length > 0
              ? html`<details class="weak"><summary>Weak evidence: ${weak.length} ${weak.length === 1 ? 'insight rests' : 'insights rest'} on one fact each</summary>
                  <div class="grid insights">${weak.map((i) => this.renderInsight(i, names))}</div></details>`
              : nothing}
          </section>`;
      })}
      ${groups.noEvidence.length > 0 ? html`<p class="muted no-evidence">No evidence yet for ${groups.noEvidence.map((k) => kindName(k).toLowerCase()).join(', ')}.</p>` : nothing}
    `;
  }

  private renderInsight(i: InsightView, names: Map<string, string>): TemplateResult {
    const projects = i.evidence.projects;
    const from = fromSeveralClients(i) ? ` · ${severalClientsText(i)} (${projects.map((p) => names.get(p) ?? p).join(', ')})` : projects.length === 1 ? ` · from ${names.get(projects[0]!) ?? projects[0]}` : '';
    const window = i.evidence.window.from ? ` · ${formatDateRange(i.evidence.window.from, i.evidence.window.to)}` : '';
    return html`<section class="card" data-insight=${i.id}><h3>${i.summary}</h3>
      <div class="muted">${evidenceCountText(i)}${window}${from}</div></section>`;
  }

  private renderEvent(e: LearningEventView, names: Map<string, string>): TemplateResult {
    return html`<div class="event" role="listitem" data-event=${e.id}><span class="muted">${formatWhen(e.ts)}</span> ${e.summary}
      <span class="muted">${e.project ? html`· ${names.get(e.project) ?? 'a project no longer in the workspace'} ` : nothing}· by ${e.actor}</span></div>`;
  }
}
customElements.define('aicmo-kaizen-app', KaizenApp);
