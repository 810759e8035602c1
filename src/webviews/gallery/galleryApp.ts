// <aicmo-gallery-app>: creatives by channel, each shown as the ad it is (a search result with a
// shuffle through the combinations Google may show, a feed card, an inbox line, a post) with the
// violations on the field they concern, the format's limits, the brief's notes; filters
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
import { formatDate, humanize } from '../common/format';
import { distinct, galleryRows, type GalleryFilters, type GalleryRow } from './galleryFilter';
import { adPreview, adPreviewStyles } from './adPreviews';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import '../common/components/statusBadge';
import '../common/components/virtualList';
import { briefFactName } from '../../protocol/briefFacts';

const languages = new Intl.DisplayNames(['en'], { type: 'language' });
/** "en" → "English", "de" → "German"; a code the browser does not know stays as it is. */
function languageName(code: string): string {
  try {
    return languages.of(code) ?? code;
  } catch {
    return code;
  }
}

export class GalleryApp extends PanelApp<GalleryData> {
  private memo: { data: GalleryData; key: string; rows: GalleryRow[] } | undefined;
  private reason = '';
  private date = '';
  private formError = '';
  /** Approving selected creatives with violations waits for the person to confirm (the ids asked for). */
  private confirming: string[] | null = null;
  /** Which headline/description combination each search ad shows (by creative id). */
  private readonly shuffles = new Map<string, number>();
  private brand = '';

  static override styles = [
    baseStyles,
    adPreviewStyles,
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
      .notes { margin: 4px 0; padding-left: 16px; }
      .stale { border-style: dashed; }
    `,
  ];

  constructor() {
    super('gallery', GallerySnapshotNotification);
  }

  private filters(): GalleryFilters {
    return { channel: this.ipc.filter('channel'), angle: this.ipc.filter('angle'), status: this.ipc.filter('status') };
  }

  private rows(data: GalleryData): GalleryRow[] {
    // The selection is part of the key: a new rows array makes the virtual list draw every box again,
    // so Select all, Clear selection and an outcome's selection always show in the boxes.
    const key = JSON.stringify([this.filters(), this.ipc.ui.selection ?? []]);
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
    if (kind === 'approve') {
      // Creatives with errors are named before approving; what is not approved stays selected (the host's notice says which).
      const flagged = data.creatives.filter((c) => ids.includes(c.id) && c.violations.some((x) => x.severity === 'error'));
      if (flagged.length > 0) {
        this.confirming = ids;
        this.requestUpdate();
        return;
      }
      this.ipc.send(ApproveCreativesCommand, { project, ids, by: s.actor });
      return;
    }
    if (kind === 'reject') this.ipc.send(RejectCreativesCommand, { project, ids, by: s.actor, reason });
    else if (kind === 'changes') this.ipc.send(RequestCreativeChangesCommand, { project, ids, by: s.actor, reason });
    else this.ipc.send(ScheduleCreativesCommand, { project, ids, date: this.date });
    this.ipc.setUi({ selection: [] });
  }

  /** The channel as people name it (from the snapshot). */
  private channelName(channel: string): string {
    return this.ipc.snapshot?.data?.channelNames[channel] ?? humanize(channel);
  }

  private approveAnyway(s: Snapshot<GalleryData>): void {
    const ids = this.confirming;
    const project = s.project?.slug;
    this.confirming = null;
    if (ids && project) this.ipc.send(ApproveCreativesCommand, { project, ids, by: s.actor, confirm: true });
    this.requestUpdate();
  }

  /** "2 of the 5 selected have violations": each named with what is wrong, before anything is approved. */
  private renderConfirm(data: GalleryData, s: Snapshot<GalleryData>): TemplateResult | typeof nothing {
    const ids = this.confirming;
    if (!ids) return nothing;
    const flagged = data.creatives.filter((c) => ids.includes(c.id) && c.violations.some((x) => x.severity === 'error'));
    if (flagged.length === 0) return nothing;
    return html`<div class="notice warning confirm" role="alertdialog" aria-label="Confirm approving creatives with violations">
      <div>
        <strong>${flagged.length} of the ${ids.length} selected ${flagged.length === 1 ? 'has violations' : 'have violations'}:</strong>
        <ul class="confirm-list">
          ${flagged.map(
            (c) => html`<li data-confirm=${c.id}>“${c.headline || c.id}” (${this.channelName(c.channel)}): ${c.violations
                .filter((x) => x.severity === 'error')
                .map((x) => x.message)
                .join(' ')}</li>`,
          )}
        </ul>
        <span class="muted">A creative over a platform's hard limit (length, count, call to action) is never approved; fix or regenerate it.</span>
      </div>
      <span class="next-steps">
        <vscode-button class="approve-anyway" @click=${() => this.approveAnyway(s)}>Approve anyway</vscode-button>
        <vscode-button secondary class="cancel-approve" @click=${() => ((this.confirming = null), this.requestUpdate())}>Cancel</vscode-button>
      </span>
    </div>`;
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
    this.brand = s.project?.name ?? '';
    const select = (key: keyof GalleryFilters, label: string, all: string) => html`<select aria-label=${label} @change=${(e: Event) => this.ipc.setFilter(key, (e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!f[key]}>${all}</option>
      ${distinct(data, key).map((x) => html`<option value=${x} ?selected=${f[key] === x}>${key === 'channel' ? this.channelName(x) : humanize(x)}</option>`)}
    </select>`;
    return html`
      ${data.notes.length > 0 ? html`<ul class="notes muted" aria-label="Notes on the brief">${data.notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
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
      ${this.renderConfirm(data, s)}
      <aicmo-virtual-list .items=${rows} .renderItem=${this.renderRow} label="Creatives by channel"></aicmo-virtual-list>
    `;
  }

  private readonly renderRow = (row: GalleryRow): TemplateResult => {
    if (row.kind === 'channel') {
      const f = row.format;
      const limits = (f?.fields ?? [])
        .filter((x) => x.maxChars !== undefined || x.recommendedChars !== undefined)
        .map((x) => `${x.label}${x.list ? ` (${x.min}–${x.max})` : ''} ≤ ${x.maxChars ?? x.recommendedChars} characters${x.maxChars === undefined ? ' (recommended)' : ''}`);
      return html`<div class="channel" role="listitem" data-channel=${row.channel}>
        <h2>${this.channelName(row.channel)} <span class="muted">(${row.count}${f ? ` · ${f.format}` : ''})</span></h2>
        <div class="muted limits">${limits.length ? `Limits: ${limits.join('; ')}` : 'No text limits for this channel.'}${f?.note ? ` ${f.note}` : ''}</div>
      </div>`;
    }
    return this.renderCard(row.creative);
  };

  private renderCard(c: CreativeView): TemplateResult {
    const on = this.selected.has(c.id);
    const shuffle = this.shuffles.get(c.id) ?? 0;
    const brand = typeof c.fields.businessName === 'string' ? c.fields.businessName : this.brand;
    const whole = c.violations.filter((v) => v.field === 'creative');
    return html`<div class="card ccard ${on ? 'selected' : ''} ${c.staleNote ? 'stale' : ''}" role="listitem" data-creative=${c.id}>
      <input type="checkbox" .checked=${on} aria-label=${`Select ${c.headline || c.id}`} @change=${(e: Event) => this.toggle(c.id, (e.target as HTMLInputElement).checked)} />
      <div>
        <div class="row"><span class="headline">${c.headline}</span><aicmo-status-badge status=${c.status}></aicmo-status-badge>${c.scheduledDate ? html`<span class="muted scheduled">on ${formatDate(c.scheduledDate)}</span>` : nothing}</div>
        <div class="muted">${c.format} · ${humanize(c.angle)} · ${languageName(c.language)} · v${c.version}${c.facts.length ? ` · uses ${c.facts.map(briefFactName).join(', ')}` : ' · uses no brief fact'}</div>
        ${c.staleNote ? html`<div class="warning-text stale-note">${c.staleNote}</div>` : nothing}
        ${c.replaces ? html`<div class="muted replaces">Replaces ${c.replaces.id} (${c.replaces.status.replace('_', ' ')}${c.replaces.scheduledDate ? ` ${c.replaces.scheduledDate}` : ''}).</div>` : nothing}
        ${whole.length ? html`<ul class="violations" aria-label="Violations of the whole creative">${whole.map((v) => html`<li class=${v.severity === 'error' ? 'error-text' : 'warning-text'}>${v.severity}: ${v.message}</li>`)}</ul>` : nothing}
        ${adPreview(c, brand, shuffle, () => {
          this.shuffles.set(c.id, shuffle + 1);
          this.memo = undefined; // a new rows array makes the virtual list render the card again
          this.requestUpdate();
        })}
        <div class="muted rank">${c.rank === null ? 'Not ranked' : `Rank ${c.rank}`}${c.rankReason ? `: ${c.rankReason}` : ''}</div>
      </div>
    </div>`;
  }
}
customElements.define('aicmo-gallery-app', GalleryApp);
