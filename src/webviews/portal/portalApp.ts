// <aicmo-portal-app>: the client approval requests with their full history, and the export of
// the client review pack (a typed request: the host answers where it wrote the file).
import { html, nothing, type TemplateResult } from 'lit';
import type { Snapshot } from '../../protocol/common';
import { ExportReportRequest, PortalSnapshotNotification, type PortalData } from '../../protocol/panels/portal';
import type { ApprovalActionView } from '../../protocol/panels/warroom';
import { PanelApp } from '../common/panelApp';
import { formatWhen, humanize } from '../common/format';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '../common/components/statusBadge';

/** A decision in the past tense ("request_changes" → "sent back for changes"). */
const PAST: Record<string, string> = { approve: 'approved', reject: 'rejected', request_changes: 'sent back for changes', submit: 'submitted', comment: 'commented on', hold: 'put on hold', resume: 'resumed' };

/** "2026-12-02 06:17 · Approved by Dana Strategist", or with what it was about: "· Strategy v1 approved by Dana (client)". */
function actionLine(a: ApprovalActionView, withTarget: boolean): TemplateResult {
  const verb = PAST[a.action] ?? humanize(a.action);
  const who = `${a.actor.name}${a.actor.kind === 'client' ? ' (client)' : ''}`;
  const what = withTarget ? `${a.target.label ?? humanize(a.target.kind)} ${verb}` : `${verb[0]!.toUpperCase()}${verb.slice(1)}`;
  return html`${formatWhen(a.at)} · ${what} by ${who}${a.comment ? html` — “${a.comment}”` : nothing}`;
}

export class PortalApp extends PanelApp<PortalData> {
  private exporting = false;

  constructor() {
    super('portal', PortalSnapshotNotification, [ExportReportRequest]);
  }

  private async exportPack(format: 'markdown' | 'html'): Promise<void> {
    const project = this.projectSlug;
    if (!project || this.exporting) return;
    this.exporting = true;
    this.requestUpdate();
    try {
      const r = await this.ipc.request(ExportReportRequest, { project, format });
      this.ipc.notice = { level: r.exported ? 'info' : 'warning', message: r.message };
    } catch (e) {
      this.ipc.notice = { level: 'error', message: e instanceof Error ? e.message : String(e) };
    } finally {
      this.exporting = false;
      this.requestUpdate();
    }
  }

  protected override renderActions(s: Snapshot<PortalData> | null) {
    if (!s?.project) return nothing;
    return html`<vscode-button icon="export" ?disabled=${this.exporting} @click=${() => void this.exportPack('html')}>Export review pack (HTML)</vscode-button>
      <vscode-button secondary ?disabled=${this.exporting} @click=${() => void this.exportPack('markdown')}>Export as Markdown</vscode-button>`;
  }

  protected override renderData(d: PortalData): TemplateResult {
    return html`
      <h2>Approval requests</h2>
      ${d.requests.length === 0
        ? html`<aicmo-empty-state heading="Nothing to approve" hint="Submit the strategy or creatives for client review from the War Room or the Gallery."></aicmo-empty-state>`
        : html`<ul class="plain requests">${d.requests.map(
            (r) => html`<li class="card" data-target=${`${r.target.kind}:${r.target.id}`}>
              <div class="row"><strong>${r.target.label ?? `${r.target.kind} ${r.target.id}`}</strong><aicmo-status-badge status=${r.status}></aicmo-status-badge>
                ${r.submittedAt ? html`<span class="muted">submitted ${formatWhen(r.submittedAt)}</span>` : nothing}
                <button class="link" @click=${() => this.openPanel(r.target.kind === 'creative' ? 'gallery' : 'warroom', this.projectSlug)}>Open</button></div>
              <ul class="muted">${r.history.map((a) => html`<li>${actionLine(a, false)}</li>`)}</ul>
            </li>`,
          )}</ul>`}
      <h2>Full history</h2>
      ${d.history.length === 0 ? html`<p class="muted">No approval actions yet.</p>` : html`<ul class="plain history">${d.history.map((a) => html`<li>${actionLine(a, true)}</li>`)}</ul>`}
    `;
  }
}
customElements.define('aicmo-portal-app', PortalApp);
