// <aicmo-controltower-app>: the global pause switch, the generation engine, failed runs with
// their error and a retry button, data freshness per source ("never imported" apart from "older
// than a week"), and the execution timeline, newest first, with pause and resume (virtualized).
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Snapshot } from '../../protocol/common';
import {
  ControlTowerSnapshotNotification,
  FRESHNESS_LIMIT_DAYS,
  RetrySubsystemCommand,
  SetPausedCommand,
  type ControlTowerData,
  type TimelineEntryView,
} from '../../protocol/panels/controltower';
import { PanelApp } from '../common/panelApp';
import { baseStyles } from '../common/styles';
import { daysBetween, formatWhen } from '../common/format';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '../common/components/statusBadge';
import '../common/components/virtualList';

export class ControltowerApp extends PanelApp<ControlTowerData> {
  protected override readonly projectScoped = false;

  static override styles = [
    baseStyles,
    css`
      .pause { display: flex; gap: 12px; align-items: center; }
      aicmo-virtual-list { display: block; height: 45vh; min-height: 200px; }
      aicmo-virtual-list lit-virtualizer { height: 100%; }
      .entry { width: 100%; padding: 3px 0; border-bottom: 1px solid var(--vscode-widget-border, transparent); }
      tr.stale td { color: var(--aicmo-warning-fg); }
    `,
  ];

  constructor() {
    super('controltower', ControlTowerSnapshotNotification);
  }

  protected override renderData(d: ControlTowerData, s: Snapshot<ControlTowerData>): TemplateResult {
    return html`
      <section class="card pause" aria-label="Global pause">
        <strong class="pause-state">${d.paused ? 'Paused: no new runs start.' : 'Running: new runs may start.'}</strong>
        <vscode-button aria-pressed=${d.paused ? 'true' : 'false'} @click=${() => this.ipc.send(SetPausedCommand, { on: !d.paused })}>${d.paused ? 'Resume runs' : 'Pause all runs'}</vscode-button>
        <span class="muted engine">Generation engine: ${d.engine.name} — ${d.engine.detail}</span>
      </section>

      <h2>Failed runs</h2>
      ${d.failedRuns.length === 0
        ? html`<p class="muted">No failed runs.</p>`
        : html`<ul class="plain failed">${d.failedRuns.map(
            (f) => html`<li class="card" data-failed=${`${f.project.slug}:${f.subsystem}`}>
              <div class="row"><strong>${f.project.name}</strong> · ${f.subsystem} <span class="muted">${formatWhen(f.at)}</span>
                <vscode-button secondary aria-label=${`Retry ${f.subsystem} for ${f.project.name}`} @click=${() => this.ipc.send(RetrySubsystemCommand, { project: f.project.slug, name: f.subsystem })}>Retry</vscode-button></div>
              <div class="error-text">${f.error}</div>
            </li>`,
          )}</ul>`}

      <h2>Data freshness</h2>
      ${d.freshness.length === 0
        ? html`<aicmo-empty-state heading="No data sources yet" hint="Import a Google Ads, Meta Ads or Google Trends CSV from the Analytics panel."></aicmo-empty-state>`
        : html`<table aria-label="Data freshness per source" class="freshness">
            <thead><tr><th>Source</th><th>Project</th><th>Last import</th><th>Status</th></tr></thead>
            <tbody>${d.freshness.map((f) => {
              const age = f.lastImport ? daysBetween(f.lastImport, s.at) : null;
              const stale = age !== null && age > FRESHNESS_LIMIT_DAYS;
              const days = Math.floor(age ?? 0);
              const status =
                age === null
                  ? html`<aicmo-status-badge status="missing"></aicmo-status-badge> never imported: import results from the Analytics panel`
                  : stale
                    ? html`<aicmo-status-badge status="stale"></aicmo-status-badge> older than a week: import fresh results`
                    : html`<aicmo-status-badge status="done"></aicmo-status-badge> fresh`;
              return html`<tr class=${age === null ? 'never' : stale ? 'stale' : ''} data-source=${f.source}><td>${f.source}</td><td>${f.project?.name ?? 'all'}</td>
                <td>${f.lastImport ? `${formatWhen(f.lastImport)} (${days === 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`})` : 'never'}</td>
                <td class="freshness-status">${status}</td></tr>`;
            })}</tbody>
          </table>`}

      <h2>Execution timeline</h2>
      ${d.timeline.length === 0
        ? html`<p class="muted">Nothing has run yet.</p>`
        : html`<aicmo-virtual-list .items=${d.timeline} .renderItem=${this.renderEntry} label="Execution timeline, newest first"></aicmo-virtual-list>`}
      ${nothing}
    `;
  }

  private readonly renderEntry = (e: TimelineEntryView): TemplateResult => html`<div class="entry" role="listitem">
    <span class="muted">${formatWhen(e.at)}</span> <aicmo-status-badge status=${e.kind === 'failure' ? 'failed' : e.kind === 'pause' ? (e.title.startsWith('Runs resumed') ? 'resumed' : 'paused') : e.kind}></aicmo-status-badge>
    ${e.project ? html`<strong>${e.project.name}</strong> · ` : nothing}${e.title}${e.actor ? html` <span class="muted">by ${e.actor}</span>` : nothing}
  </div>`;
}
customElements.define('aicmo-controltower-app', ControltowerApp);
