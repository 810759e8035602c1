// <aicmo-analytics-app>: KPI tiles with change against the previous period, the trend chart,
// goal progress with direction-aware status, the breakdown table, A/B readings, Import CSV, and
// "no data" states that say how to get data.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { VisualizationSpec } from 'vega-embed';
import type { Snapshot } from '../../protocol/common';
import {
  AnalyticsQueryCommand,
  AnalyticsSnapshotNotification,
  GROUP_BY_IDS,
  IMPORT_KINDS,
  ImportCsvRequest,
  type AnalyticsData,
  type ImportKind,
} from '../../protocol/panels/analytics';
import { PanelApp } from '../common/panelApp';
import { baseStyles } from '../common/styles';
import { formatDateRange, formatInt, formatMoney, formatNumber, formatPercent, humanize } from '../common/format';
import { directionWords, kpiTiles } from './kpiDefinitions';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '../common/components/kpiTile';
import '../common/components/statusBadge';
import '../common/components/chart';

const IMPORT_LABELS: Record<ImportKind, string> = {
  'google-ads': 'Google Ads CSV',
  'meta-ads': 'Meta Ads CSV',
  generic: 'Generic CSV (column mapping)',
  trends: 'Google Trends CSV',
  leads: 'Leads CSV',
};


const capitalized = (s: string) => (s === '' ? s : `${s[0]!.toUpperCase()}${s.slice(1)}`);
export class AnalyticsApp extends PanelApp<AnalyticsData> {
  private importKind: ImportKind = 'google-ads';
  private importing = false;
  private chartMemo: { data: AnalyticsData; spec: VisualizationSpec } | undefined;

  static override styles = [
    baseStyles,
    css`
      .tiles { display: grid; gap: var(--gap); grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); }
      aicmo-chart { min-height: 220px; }
      .goal meter { width: 160px; }
    `,
  ];

  constructor() {
    super('analytics', AnalyticsSnapshotNotification, [ImportCsvRequest]);
  }

  private async importCsv(): Promise<void> {
    const project = this.projectSlug;
    if (!project || this.importing) return;
    this.importing = true;
    this.requestUpdate();
    try {
      const result = await this.ipc.request(ImportCsvRequest, { project, kind: this.importKind });
      this.ipc.notice = { level: result.imported ? 'info' : 'warning', message: result.message };
    } catch (e) {
      this.ipc.notice = { level: 'error', message: e instanceof Error ? e.message : String(e) };
    } finally {
      this.importing = false;
      this.requestUpdate();
    }
  }

  protected override renderActions(s: Snapshot<AnalyticsData> | null) {
    if (!s?.project) return nothing;
    return html`<label class="row"><span class="visually-hidden">Import format</span>
        <select aria-label="Import format" @change=${(e: Event) => (this.importKind = (e.target as HTMLSelectElement).value as ImportKind)}>
          ${IMPORT_KINDS.filter((k) => k !== 'leads').map((k) => html`<option value=${k} ?selected=${k === this.importKind}>${IMPORT_LABELS[k]}</option>`)}
        </select></label>
      <vscode-button icon="cloud-upload" ?disabled=${this.importing} @click=${() => void this.importCsv()}>${this.importing ? 'Importing…' : 'Import CSV'}</vscode-button>`;
  }

  protected override renderNoData(s: Snapshot<AnalyticsData>) {
    return html`<aicmo-empty-state
      heading=${s.project ? 'No results imported yet' : 'No project chosen'}
      hint=${s.project ? 'Import a Google Ads or Meta Ads CSV export with Import CSV; the KPIs are computed from its rows.' : 'Choose a project to see its results.'}
    ></aicmo-empty-state>`;
  }

  private trendSpec(d: AnalyticsData): VisualizationSpec {
    if (this.chartMemo?.data === d) return this.chartMemo.spec;
    const values = d.trend.flatMap((t) => [
      { date: t.date, measure: 'Conversions', value: t.conversions },
      { date: t.date, measure: 'Clicks', value: t.clicks },
    ]);
    const spec = {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 'container',
      height: 200,
      data: { values },
      mark: { type: 'line', point: true },
      encoding: {
        x: { field: 'date', type: 'temporal', title: 'Date' },
        y: { field: 'value', type: 'quantitative', title: null },
        color: { field: 'measure', type: 'nominal', title: null },
      },
    } as VisualizationSpec;
    this.chartMemo = { data: d, spec };
    return spec;
  }

  protected override renderData(d: AnalyticsData, s: Snapshot<AnalyticsData>): TemplateResult {
    if (d.rows === 0) return this.renderNoData(s);
    const money = (n: number | null) => formatMoney(n, d.currency);
    return html`
      <p class="muted period">
        Results for ${formatDateRange(d.period.from, d.period.to)} · ${formatInt(d.rows)} ${d.rows === 1 ? 'row' : 'rows'}
        ${d.previousPeriod ? html` · compared with ${formatDateRange(d.previousPeriod.from, d.previousPeriod.to)}` : html` · no previous period to compare with`}
      </p>
      <section aria-label="Key figures" class="tiles">
        ${kpiTiles(d).map((t) => html`<aicmo-kpi-tile data-kpi=${t.key} label=${t.label} value=${t.value} .change=${t.change} good-when=${t.goodWhen}></aicmo-kpi-tile>`)}
      </section>

      <h2>Trend</h2>
      ${d.trend.length > 1
        ? html`<aicmo-chart .spec=${this.trendSpec(d)} label=${`Daily clicks and conversions from ${d.trend[0]?.date} to ${d.trend.at(-1)?.date}`}></aicmo-chart>`
        : html`<aicmo-empty-state heading="Not enough days for a trend" hint="Import more days of results to see the trend."></aicmo-empty-state>`}

      <h2>Goals</h2>
      ${d.goals.length === 0
        ? html`<aicmo-empty-state heading="No KPI targets" hint="Add KPI targets to the project's intake (e.g. CPA 40) to track goal progress."></aicmo-empty-state>`
        : html`<table aria-label="Goal progress">
            <thead><tr><th>Goal</th><th class="num">Target</th><th class="num">Actual</th><th>Progress</th><th>Status</th></tr></thead>
            <tbody>
              ${d.goals.map(
                (g) => html`<tr class="goal" data-goal=${g.metric}>
                  <td>${g.metric} <span class="muted">(${directionWords(g.direction)})</span></td>
                  <td class="num">${formatNumber(g.target)}</td>
                  <td class="num">${formatNumber(g.actual)}</td>
                  <td><meter min="0" max="1.5" low="0.9" high="1.1" optimum="1.5" .value=${g.pace ?? 0} aria-label=${`${g.metric} pace`}></meter>
                    <span class="muted">${g.pace === null ? 'no data' : `${formatPercent(g.pace, 0)} of expected pace`}</span></td>
                  <td><aicmo-status-badge status=${g.status}></aicmo-status-badge>${g.note ? html` <span class="muted">${g.note}</span>` : nothing}</td>
                </tr>`,
              )}
            </tbody>
          </table>`}

      <h2>Breakdown</h2>
      <div class="toolbar">
        <label class="row"><span class="muted">By</span>
          <select aria-label="Break down by" @change=${(e: Event) => this.requery((e.target as HTMLSelectElement).value)}>
            ${GROUP_BY_IDS.map((b) => html`<option value=${b} ?selected=${b === d.by}>${capitalized(humanize(b))}</option>`)}
          </select></label>
      </div>
      <table aria-label=${`Results by ${d.by}`} class="breakdown">
        <thead><tr><th>${capitalized(humanize(d.by))}</th><th class="num">Spend</th><th class="num">Clicks</th><th class="num">Conversions</th><th class="num">CTR</th><th class="num">CPA</th><th class="num">ROAS</th></tr></thead>
        <tbody>
          ${d.groups.map(
            (g) => html`<tr><td>${g.label ?? g.key}</td><td class="num">${money(g.totals.spend)}</td><td class="num">${formatInt(g.totals.clicks)}</td><td class="num">${formatNumber(g.totals.conversions)}</td>
              <td class="num">${formatPercent(g.kpis.ctr)}</td><td class="num">${money(g.kpis.cpa)}</td><td class="num">${formatNumber(g.kpis.roas)}</td></tr>`,
          )}
        </tbody>
      </table>

      <h2>A/B readings</h2>
      ${(d.abTests ?? []).length === 0
        ? html`<aicmo-empty-state heading="No A/B tests" hint="A/B readings appear when two creatives of one channel have results."></aicmo-empty-state>`
        : html`<table aria-label="A/B readings">
            <thead><tr><th>Test</th><th>A</th><th>B</th><th class="num">z-test p</th><th class="num">P(B beats A)</th><th>Verdict</th></tr></thead>
            <tbody>
              ${(d.abTests ?? []).map(
                (t) => html`<tr><td>${t.name}</td>
                  <td>${t.a.label}: ${formatPercent(t.a.rate)} (${t.a.conversions}/${t.a.trials})</td>
                  <td>${t.b.label}: ${formatPercent(t.b.rate)} (${t.b.conversions}/${t.b.trials})</td>
                  <td class="num">${t.pValue === null ? 'n/a' : t.pValue.toFixed(3)}</td>
                  <td class="num">${formatPercent(t.pBBeatsA, 1)}</td>
                  <td>${t.verdict}</td></tr>`,
              )}
            </tbody>
          </table>`}
      ${d.notes.length ? html`<ul class="muted notes">${d.notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
    `;
  }

  private requery(by: string): void {
    const project = this.projectSlug;
    const known = GROUP_BY_IDS.find((b) => b === by);
    if (!project || !known) return;
    this.ipc.send(AnalyticsQueryCommand, { project, by: known });
  }
}
customElements.define('aicmo-analytics-app', AnalyticsApp);
