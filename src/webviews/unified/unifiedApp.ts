// <aicmo-unified-app>: all eight subsystem outputs of one project side by side, each with its
// status, the Kaizen insights it used, its last error, and a button to re-run it. The media card
// shows the plan's diff against the approved one and approves it or sends it back (media.decide).
import { css, html, nothing, type TemplateResult } from 'lit';
import { ApproveMediaPlanCommand, RequestMediaPlanChangesCommand, RunSubsystemCommand, UnifiedSnapshotNotification, type UnifiedArtifactView, type UnifiedData } from '../../protocol/panels/unified';
import type { MediaPlanView } from '../../protocol/panels/mediaPlan';
import type { Snapshot } from '../../protocol/common';
import { PanelApp } from '../common/panelApp';
import { baseStyles } from '../common/styles';
import { formatWhen } from '../common/format';
import { mediaDecisions, mediaDiffTable } from '../common/mediaPlan';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import '../common/components/statusBadge';

export class UnifiedApp extends PanelApp<UnifiedData> {
  private mediaReason = '';
  private mediaError = '';

  static override styles = [
    baseStyles,
    css`
      .media-diff th, .media-diff td { text-align: left; padding: 2px 8px 2px 0; }
      .media-decide { margin: 8px 0; }
    `,
  ];

  constructor() {
    super('unified', UnifiedSnapshotNotification);
  }

  protected override renderData(d: UnifiedData, s: Snapshot<UnifiedData>): TemplateResult {
    return html`<div class="grid">${d.artifacts.map((a) => this.renderArtifact(a, s.project?.slug ?? '', a.name === 'media' ? d.media : null, s))}</div>`;
  }

  private decideMedia(kind: 'approve' | 'larger' | 'changes', m: MediaPlanView, s: Snapshot<UnifiedData>): void {
    const project = s.project?.slug;
    this.mediaError = '';
    if (!project) return;
    const reason = this.mediaReason.trim();
    if (kind === 'changes' && !reason) {
      this.mediaError = 'Say what should change in the media plan before requesting changes.';
      this.requestUpdate();
      return;
    }
    const base = { project, version: m.version, by: s.actor };
    if (kind === 'changes') this.ipc.send(RequestMediaPlanChangesCommand, { ...base, reason });
    else this.ipc.send(ApproveMediaPlanCommand, kind === 'larger' ? { ...base, acceptLargerMove: true } : base);
    this.mediaReason = '';
    this.requestUpdate();
  }

  /** The media card's diff and decisions (the whole section with Reject is in the War Room). */
  private renderMediaDecision(m: MediaPlanView, s: Snapshot<UnifiedData>): TemplateResult {
    const can = mediaDecisions(m);
    return html`<div class="media-decide">
      ${mediaDiffTable(m, { why: false })}
      ${m.guardrail ? html`<p class="guardrail muted">${m.guardrail.sentence}</p>` : nothing}
      <div class="toolbar" role="group" aria-label="Decide on the media plan">
        <vscode-button ?disabled=${!can.approve} @click=${() => this.decideMedia('approve', m, s)}>${m.status === 'approved' ? 'Media plan approved' : 'Approve media plan'}</vscode-button>
        ${can.largerMove ? html`<vscode-button class="approve-larger" @click=${() => this.decideMedia('larger', m, s)}>Approve the larger move</vscode-button>` : nothing}
        <vscode-textfield class="media-reason" placeholder="What should change" label="What should change in the media plan" .value=${this.mediaReason} @input=${(e: Event) => (this.mediaReason = (e.target as HTMLInputElement).value)}></vscode-textfield>
        <vscode-button secondary ?disabled=${!can.refuse} @click=${() => this.decideMedia('changes', m, s)}>Request media plan changes</vscode-button>
        <vscode-button secondary @click=${() => this.openPanel('warroom', s.project?.slug)}>Open in War Room</vscode-button>
      </div>
      ${this.mediaError ? html`<p class="error-text media-error" role="alert">${this.mediaError}</p>` : nothing}
    </div>`;
  }

  private renderArtifact(a: UnifiedArtifactView, project: string, media: MediaPlanView | null, s: Snapshot<UnifiedData>): TemplateResult {
    return html`<section class="card" aria-label=${a.label} data-subsystem=${a.name}>
      <div class="row"><h3>${a.label}</h3><aicmo-status-badge status=${a.status}></aicmo-status-badge>${a.version !== null ? html`<span class="muted">v${a.version}</span>` : nothing}</div>
      ${a.createdAt ? html`<div class="muted">${formatWhen(a.createdAt)}</div>` : nothing}
      ${a.statusNote ? html`<p class="warning-text">${a.statusNote}</p>` : nothing}
      ${a.outOfDate ? html`<p class="warning-text out-of-date">Out of date: ${a.outOfDate}</p>` : nothing}
      ${a.lastError ? html`<p class="error-text last-error">Last run failed: ${a.lastError}</p>` : nothing}
      ${a.status === 'missing' ? html`<p class="muted">Not produced yet.</p>` : html`<ul class="highlights">${a.highlights.map((h) => html`<li>${h}</li>`)}</ul>`}
      ${media && a.status !== 'missing' ? this.renderMediaDecision(media, s) : nothing}
      <div class="muted insights">${a.skipKaizen ? 'Made with Kaizen skipped (priors only).' : a.insights.length ? html`Insights used:<ul>${a.insights.map((i) => html`<li>${i.sentence}</li>`)}</ul>` : 'No Kaizen insights applied.'}</div>
      <vscode-button secondary aria-label=${`Re-run ${a.label}`} @click=${() => this.ipc.send(RunSubsystemCommand, { project, name: a.name })}>Re-run</vscode-button>
    </section>`;
  }
}
customElements.define('aicmo-unified-app', UnifiedApp);
