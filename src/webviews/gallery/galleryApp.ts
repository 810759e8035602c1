// <aicmo-gallery-app>: creative cards by channel with their limits and violations, filters
// (channel, angle, status), multi-select with bulk approve / reject / request changes (reason
// required) / schedule, and each card's rank reason. Virtualized: 2,000 cards open quickly.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Snapshot } from '../../protocol/common';
import {
  ApproveCreativesCommand,
  GallerySnapshotNotification,
  RejectCreativesCommand,
  RequestCreativeChangesCommand,
  ScheduleCreativesCommand,
  type CreativeView,
  type GalleryData,
} from '../../protocol/panels/gallery';
import { PanelApp } from '../common/panelApp';
import { baseStyles } from '../common/styles';
import { humanize } from '../common/format';
import { distinct, galleryRows, type GalleryFilters, type GalleryRow } from './galleryFilter';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import '../common/components/statusBadge';
import '../common/components/virtualList';

export class GalleryApp extends PanelApp<GalleryData> {
  private memo: { data: GalleryData; key: string; rows: GalleryRow[] } | undefined;
  private reason = '';
  private date = '';
  private formError = '';

  static override styles = [
    baseStyles,
    css`
      aicmo-virtual-list { display: block; height: calc(100vh - 230px); min-height: 300px; }
      aicmo-virtual-list lit-virtualizer { height: 100%; }
      .channel { width: 100%; padding: 10px 0 4px; }
      .channel h2 { margin: 0; }
      .ccard { width: 100%; margin-bottom: 6px; display: grid; grid-template-columns: auto 1fr; gap: 4px 10px; }
      .ccard.selected { border-color: var(--vscode-focusBorder); }
      .ccard input[type='checkbox'] { margin-top: 3px; accent-color: var(--vscode-focusBorder); }
      .headline { font-weight: 600; }
      .copy { white-space: pre-wrap; }
      .violations { margin: 2px 0; padding-left: 16px; }
      .bulk { position: sticky; top: 0; z-index: 1; background: var(--vscode-editor-background); padding: 6px 0; border-bottom: 1px solid var(--vscode-widget-border, transparent); }
      .counts { margin: 0 0 6px; }
    `,
  ];

  constructor() {
    super('gallery', GallerySnapshotNotification);
  }

  private filters(): GalleryFilters {
    return { channel: this.ipc.filter('channel'), angle: this.ipc.filter('angle'), status: this.ipc.filter('status') };
  }

  private rows(data: GalleryData): GalleryRow[] {
    const key = JSON.stringify(this.filters());
    if (!this.memo || this.memo.data !== data || this.memo.key !== key) this.memo = { data, key, rows: galleryRows(data, this.filters()) };
    return this.memo.rows;
  }

  private get selected(): Set<string> {
    return new Set(this.ipc.ui.selection ?? []);
  }

  private toggle(id: string, on: boolean): void {
    const s = this.selected;
    if (on) s.add(id);
    else s.delete(id);
    this.ipc.setUi({ selection: [...s] });
  }

  /** Selected ids that still exist in the current snapshot. */
  private selectedIds(data: GalleryData): string[] {
    const s = this.selected;
    return data.creatives.filter((c) => s.has(c.id)).map((c) => c.id);
  }

  private bulk(kind: 'approve' | 'reject' | 'changes' | 'schedule', data: GalleryData, s: Snapshot<GalleryData>): void {
    const ids = this.selectedIds(data);
    const project = s.project?.slug;
    this.formError = '';
    if (!project || ids.length === 0) return;
    const reason = this.reason.trim();
    if ((kind === 'reject' || kind === 'changes') && !reason) {
      this.formError = kind === 'reject' ? 'Give a reason to reject the selected creatives.' : 'Say what should change before requesting changes.';
      this.requestUpdate();
      return;
    }
    if (kind === 'schedule' && !this.date) {
      this.formError = 'Choose the date to schedule the selected creatives on.';
      this.requestUpdate();
      return;
    }
    if (kind === 'approve') this.ipc.send(ApproveCreativesCommand, { project, ids, by: s.actor });
    else if (kind === 'reject') this.ipc.send(RejectCreativesCommand, { project, ids, by: s.actor, reason });
    else if (kind === 'changes') this.ipc.send(RequestCreativeChangesCommand, { project, ids, by: s.actor, reason });
    else this.ipc.send(ScheduleCreativesCommand, { project, ids, date: this.date });
    this.ipc.setUi({ selection: [] });
  }

  protected override renderNoData() {
    return html`<aicmo-empty-state heading="No creatives yet" hint="Approve the strategy in the War Room, then run the flow: the creatives subsystem writes the variants.">
      <vscode-button @click=${() => this.openPanel('warroom', this.projectSlug)}>Open War Room</vscode-button>
    </aicmo-empty-state>`;
  }

  protected override renderData(data: GalleryData, s: Snapshot<GalleryData>): TemplateResult {
    if (data.creatives.length === 0) return this.renderNoData();
    const f = this.filters();
    const rows = this.rows(data);
    const visible = rows.filter((r): r is Extract<GalleryRow, { kind: 'creative' }> => r.kind === 'creative').map((r) => r.creative.id);
    const selected = this.selectedIds(data);
    const c = data.counts;
    const select = (key: keyof GalleryFilters, label: string, all: string) => html`<select aria-label=${label} @change=${(e: Event) => this.ipc.setFilter(key, (e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!f[key]}>${all}</option>
      ${distinct(data, key).map((x) => html`<option value=${x} ?selected=${f[key] === x}>${humanize(x)}</option>`)}
    </select>`;
    return html`
      <p class="counts muted" role="status">${c.total} creatives · ${c.awaiting} awaiting a decision · ${c.approved} approved · ${c.scheduled} scheduled · ${c.rejected} rejected</p>
      <div class="toolbar" role="search">
        ${select('channel', 'Filter by channel', 'All channels')} ${select('angle', 'Filter by angle', 'All angles')} ${select('status', 'Filter by status', 'All statuses')}
        <vscode-button secondary @click=${() => this.ipc.setUi({ selection: [...new Set([...selected, ...visible])] })}>Select all shown (${visible.length})</vscode-button>
        <vscode-button secondary ?disabled=${selected.length === 0} @click=${() => this.ipc.setUi({ selection: [] })}>Clear selection</vscode-button>
      </div>
      <div class="bulk toolbar" role="group" aria-label="Bulk actions on the selected creatives">
        <strong class="selected-count">${selected.length} selected</strong>
        <vscode-button ?disabled=${selected.length === 0} @click=${() => this.bulk('approve', data, s)}>Approve</vscode-button>
        <vscode-textfield
          class="reason"
          placeholder="Reason (required to reject or request changes)"
          label="Reason for rejecting or requesting changes"
          .value=${this.reason}
          @input=${(e: Event) => (this.reason = (e.target as HTMLInputElement).value)}
        ></vscode-textfield>
        <vscode-button secondary ?disabled=${selected.length === 0} @click=${() => this.bulk('reject', data, s)}>Reject</vscode-button>
        <vscode-button secondary ?disabled=${selected.length === 0} @click=${() => this.bulk('changes', data, s)}>Request changes</vscode-button>
        <input type="date" aria-label="Schedule date" .value=${this.date} @change=${(e: Event) => (this.date = (e.target as HTMLInputElement).value)} />
        <vscode-button secondary ?disabled=${selected.length === 0} @click=${() => this.bulk('schedule', data, s)}>Schedule</vscode-button>
        ${this.formError ? html`<span class="error-text form-error" role="alert">${this.formError}</span>` : nothing}
      </div>
      <aicmo-virtual-list .items=${rows} .renderItem=${this.renderRow} label="Creatives by channel"></aicmo-virtual-list>
    `;
  }

  private readonly renderRow = (row: GalleryRow): TemplateResult => {
    if (row.kind === 'channel') {
      const limits = row.limits?.limits ?? [];
      return html`<div class="channel" role="listitem" data-channel=${row.channel}>
        <h2>${humanize(row.channel)} <span class="muted">(${row.count}${row.limits ? ` · ${row.limits.format}` : ''})</span></h2>
        <div class="muted limits">${limits.length ? `Limits: ${limits.map((l) => `${l.label} ≤ ${l.max} characters${l.severity === 'warning' ? ' (recommended)' : ''}`).join('; ')}` : 'No text limits for this channel.'}</div>
      </div>`;
    }
    return this.renderCard(row.creative);
  };

  private renderCard(c: CreativeView): TemplateResult {
    const on = this.selected.has(c.id);
    return html`<div class="card ccard ${on ? 'selected' : ''}" role="listitem" data-creative=${c.id}>
      <input type="checkbox" .checked=${on} aria-label=${`Select ${c.headline}`} @change=${(e: Event) => this.toggle(c.id, (e.target as HTMLInputElement).checked)} />
      <div>
        <div class="row"><span class="headline">${c.headline}</span><aicmo-status-badge status=${c.status}></aicmo-status-badge>${c.scheduledDate ? html`<span class="muted">on ${c.scheduledDate}</span>` : nothing}</div>
        <div class="copy">${c.body}</div>
        <div class="muted">CTA: ${c.cta} · angle ${c.angle} · ${c.format} · v${c.version}</div>
        ${c.violations.length
          ? html`<ul class="violations" aria-label="Violations">${c.violations.map((v) => html`<li class=${v.severity === 'error' ? 'error-text' : 'warning-text'}>${v.severity}: ${v.message}</li>`)}</ul>`
          : nothing}
        <div class="muted rank">${c.rank === null ? 'Not ranked' : `Rank ${c.rank}`}${c.rankReason ? `: ${c.rankReason}` : ''}</div>
      </div>
    </div>`;
  }
}
customElements.define('aicmo-gallery-app', GalleryApp);
