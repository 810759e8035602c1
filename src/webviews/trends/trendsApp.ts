// <aicmo-trends-app>: imported keyword series with their strength (and the rule that decided
// it), a chart of the series, and the content ideas; Import trends CSV when there is none.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { VisualizationSpec } from 'vega-embed';
import type { Snapshot } from '../../protocol/common';
import { ImportCsvRequest } from '../../protocol/panels/analytics';
import { TrendsSnapshotNotification, type TrendsData } from '../../protocol/panels/trends';
import { PanelApp } from '../common/panelApp';
import { baseStyles } from '../common/styles';
import { humanize } from '../common/format';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '../common/components/statusBadge';
import '../common/components/chart';

export class TrendsApp extends PanelApp<TrendsData> {
  private memo: { data: TrendsData; spec: VisualizationSpec } | undefined;

  static override styles = [baseStyles, css`aicmo-chart { min-height: 220px; }`];

  constructor() {
    super('trends', TrendsSnapshotNotification, [ImportCsvRequest]);
  }

  private async importTrends(): Promise<void> {
    const project = this.projectSlug;
    if (!project) return;
    try {
      const r = await this.ipc.request(ImportCsvRequest, { project, kind: 'trends' });
      this.ipc.notice = { level: r.imported ? 'info' : 'warning', message: r.message };
    } catch (e) {
      this.ipc.notice = { level: 'error', message: e instanceof Error ? e.message : String(e) };
    }
    this.requestUpdate();
  }

  protected override renderActions(s: Snapshot<TrendsData> | null) {
    return s?.project ? html`<vscode-button icon="cloud-upload" @click=${() => void this.importTrends()}>Import trends CSV</vscode-button>` : nothing;
  }

  private spec(d: TrendsData): VisualizationSpec {
    if (this.memo?.data === d) return this.memo.spec;
    const values = d.series.flatMap((s) => s.points.filter((p) => p.value !== null).map((p) => ({ keyword: s.keyword, date: p.date, value: p.value })));
    const spec = {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 'container',
      height: 200,
      data: { values },
      mark: 'line',
      encoding: { x: { field: 'date', type: 'temporal', title: null }, y: { field: 'value', type: 'quantitative', title: 'Interest (0–100)' }, color: { field: 'keyword', type: 'nominal', title: null } },
    } as VisualizationSpec;
    this.memo = { data: d, spec };
    return spec;
  }

  protected override renderData(d: TrendsData): TemplateResult {
    if (d.series.length === 0 && d.ideas.length === 0) {
      return html`<aicmo-empty-state heading="No trends imported" hint="Download a Google Trends CSV for your keywords and import it with Import trends CSV."></aicmo-empty-state>`;
    }
    return html`
      ${d.series.length ? html`<aicmo-chart .spec=${this.spec(d)} label="Keyword interest over time"></aicmo-chart>` : nothing}
      <table aria-label="Keyword series" class="series">
        <thead><tr><th>Keyword</th><th>Geo</th><th>Strength</th><th class="num">Points</th><th>Why</th></tr></thead>
        <tbody>${d.series.map((s) => html`<tr data-keyword=${s.keyword}><td>${s.keyword}</td><td>${s.geo}</td><td><aicmo-status-badge status=${s.strength}></aicmo-status-badge></td><td class="num">${s.evidence.points}</td><td class="muted">${s.evidence.rule}</td></tr>`)}</tbody>
      </table>
      <h2>Content ideas</h2>
      ${d.ideas.length === 0
        ? html`<p class="muted">No ideas yet: run the flow (the social subsystem writes them from the trends).</p>`
        : html`<ul class="ideas">${d.ideas.map((i) => html`<li>${i.idea}${i.keyword || i.channel ? html` <span class="muted">(${[i.keyword, i.channel ? humanize(i.channel) : null].filter(Boolean).join(' · ')})</span>` : nothing}</li>`)}</ul>`}
    `;
  }
}
customElements.define('aicmo-trends-app', TrendsApp);
