// <aicmo-unified-app>: all eight subsystem outputs of one project side by side, each with its
// status, the Kaizen insights it used, its last error, and a button to re-run it.
import { html, nothing, type TemplateResult } from 'lit';
import { RunSubsystemCommand, UnifiedSnapshotNotification, type UnifiedArtifactView, type UnifiedData } from '../../protocol/panels/unified';
import type { Snapshot } from '../../protocol/common';
import { PanelApp } from '../common/panelApp';
import { formatWhen } from '../common/format';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '../common/components/statusBadge';

export class UnifiedApp extends PanelApp<UnifiedData> {
  constructor() {
    super('unified', UnifiedSnapshotNotification);
  }

  protected override renderData(d: UnifiedData, s: Snapshot<UnifiedData>): TemplateResult {
    return html`<div class="grid">${d.artifacts.map((a) => this.renderArtifact(a, s.project?.slug ?? ''))}</div>`;
  }

  private renderArtifact(a: UnifiedArtifactView, project: string): TemplateResult {
    return html`<section class="card" aria-label=${a.name} data-subsystem=${a.name}>
      <div class="row"><h3>${a.name}</h3><aicmo-status-badge status=${a.status}></aicmo-status-badge>${a.version !== null ? html`<span class="muted">v${a.version}</span>` : nothing}</div>
      ${a.createdAt ? html`<div class="muted">${formatWhen(a.createdAt)}</div>` : nothing}
      ${a.statusNote ? html`<p class="warning-text">${a.statusNote}</p>` : nothing}
      ${a.outOfDate ? html`<p class="warning-text out-of-date">Out of date: ${a.outOfDate}</p>` : nothing}
      ${a.lastError ? html`<p class="error-text last-error">Last run failed: ${a.lastError}</p>` : nothing}
      ${a.status === 'missing' ? html`<p class="muted">Not produced yet.</p>` : html`<ul class="highlights">${a.highlights.map((h) => html`<li>${h}</li>`)}</ul>`}
      <div class="muted insights">${a.skipKaizen ? 'Made with Kaizen skipped (priors only).' : a.insights.length ? html`Insights used:<ul>${a.insights.map((i) => html`<li>${i.sentence}</li>`)}</ul>` : 'No Kaizen insights applied.'}</div>
      <vscode-button secondary aria-label=${`Re-run ${a.name}`} @click=${() => this.ipc.send(RunSubsystemCommand, { project, name: a.name })}>Re-run</vscode-button>
    </section>`;
  }
}
customElements.define('aicmo-unified-app', UnifiedApp);
