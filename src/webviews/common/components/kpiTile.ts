// <aicmo-kpi-tile>: one figure with its change against the previous period, coloured by whether
// the change is good for this metric (CPA down is good) — the arrow and words say it too.
import { LitElement, css, html, nothing } from 'lit';
import { baseStyles } from '../styles';
import { formatSignedPercent } from '../format';

export type GoodWhen = 'higher' | 'lower' | 'neutral';

export class KpiTile extends LitElement {
  static override properties = {
    label: { type: String },
    value: { type: String },
    change: { type: Number },
    goodWhen: { type: String, attribute: 'good-when' },
    detail: { type: String },
  };
  declare label: string;
  declare value: string;
  /** Relative change vs the previous period (0.12 = +12 %), or null/undefined when unknown. */
  declare change: number | null | undefined;
  declare goodWhen: GoodWhen;
  declare detail: string;

  constructor() {
    super();
    this.label = '';
    this.value = '';
    this.goodWhen = 'higher';
    this.detail = '';
  }

  static override styles = [
    baseStyles,
    css`
      :host { min-width: 140px; }
      .card { height: 100%; }
      .label { color: var(--vscode-descriptionForeground); font-size: 0.9em; }
      .value { font-size: 1.6em; font-weight: 600; margin: 2px 0; font-variant-numeric: tabular-nums; }
      .good { color: var(--aicmo-ok-fg); }
      .bad { color: var(--aicmo-error-fg); }
    `,
  ];

  private tone(): 'good' | 'bad' | 'muted' {
    const c = this.change;
    if (c === null || c === undefined || !Number.isFinite(c) || c === 0 || this.goodWhen === 'neutral') return 'muted';
    return (c > 0) === (this.goodWhen === 'higher') ? 'good' : 'bad';
  }

  override render() {
    const tone = this.tone();
    const c = this.change;
    const known = c !== null && c !== undefined && Number.isFinite(c);
    const arrow = !known ? '' : c > 0 ? '▲' : c < 0 ? '▼' : '';
    const words = tone === 'good' ? ' (better)' : tone === 'bad' ? ' (worse)' : '';
    return html`<div class="card" role="group" aria-label=${this.label}>
      <div class="label">${this.label}</div>
      <div class="value">${this.value}</div>
      <div class="change ${tone}">
        ${known ? html`<span aria-hidden="true">${arrow}</span> ${formatSignedPercent(c)} vs previous period${words}` : html`<span class="muted">no previous period</span>`}
      </div>
      ${this.detail ? html`<div class="muted">${this.detail}</div>` : nothing}
    </div>`;
  }
}
customElements.define('aicmo-kpi-tile', KpiTile);
