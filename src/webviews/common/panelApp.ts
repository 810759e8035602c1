// The base of every panel's root element: owns the PanelController and renders the parts every
// panel shares — header with title and project picker, host notices, error and loading states.
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { OpenPanelCommand, PANEL_TITLES, SelectProjectCommand, type PanelId, type Snapshot } from '../../protocol/common';
import type { NotificationType, RequestType } from '../../protocol/ipc';
import { PanelController } from './panelController';
import { baseStyles } from './styles';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import './components/emptyState';

export abstract class PanelApp<T> extends LitElement {
  static override styles = [baseStyles];
  protected readonly ipc: PanelController<T>;
  /** Panels bound to one project show a project picker. */
  protected readonly projectScoped: boolean = true;

  constructor(
    protected readonly panel: PanelId,
    snapshotType: NotificationType<string, Snapshot<T>>,
    requests: readonly RequestType[] = [],
  ) {
    super();
    this.ipc = new PanelController<T>(this, panel, snapshotType, requests);
  }

  /** The panel's body for data that arrived. */
  protected abstract renderData(data: T, snapshot: Snapshot<T>): TemplateResult;

  /** Extra header controls (buttons) for a panel. */
  protected renderActions(_snapshot: Snapshot<T> | null): TemplateResult | typeof nothing {
    return nothing;
  }

  /** The "no data" state when the host has no data for the panel. */
  protected renderNoData(_snapshot: Snapshot<T>): TemplateResult {
    return html`<aicmo-empty-state heading="No data yet" hint="Choose a project, or create one with New Project."></aicmo-empty-state>`;
  }

  protected openPanel(panel: PanelId, project?: string | null): void {
    this.ipc.send(OpenPanelCommand, { panel, project: project ?? null });
  }

  protected get projectSlug(): string | null {
    return this.ipc.snapshot?.project?.slug ?? null;
  }

  override render() {
    const s = this.ipc.snapshot;
    return html`
      <header class="panel-header">
        <h1>${PANEL_TITLES[this.panel]}${s?.project ? html`<span class="muted"> — ${s.project.name}</span>` : nothing}</h1>
        ${this.projectScoped && s && s.projects.length > 0 ? this.renderProjectPicker(s) : nothing}
        ${this.renderActions(s)}
      </header>
      ${this.renderNotice()}
      ${!s
        ? html`<p class="muted" role="status">Loading…</p>`
        : s.error
          ? html`<div class="notice error" role="alert"><span>${s.error}</span></div>`
          : s.data === null
            ? this.renderNoData(s)
            : this.renderData(s.data, s)}
    `;
  }

  private renderNotice() {
    const n = this.ipc.notice;
    if (!n) return nothing;
    const steps = n.steps ?? [];
    return html`<div class="notice ${n.level}" role=${n.level === 'error' ? 'alert' : 'status'}>
      <span>${n.message}</span>
      ${steps.length > 0
        ? html`<span class="next-steps" role="group" aria-label="Next steps">${steps.map(
            (label, i) => html`<vscode-button ?secondary=${i > 0} data-step=${i} @click=${() => this.ipc.takeStep(i)}>${label}</vscode-button>`,
          )}</span>`
        : nothing}
      <vscode-button secondary aria-label="Dismiss message" @click=${() => this.ipc.dismissNotice()}>Dismiss</vscode-button>
    </div>`;
  }

  private renderProjectPicker(s: Snapshot<T>) {
    const current = s.project?.slug ?? '';
    return html`<label class="row"><span class="muted">Project</span>
      <select
        aria-label="Project"
        @change=${(e: Event) => {
          const slug = (e.target as HTMLSelectElement).value;
          if (slug) {
            this.ipc.setUi({ project: slug });
            this.ipc.send(SelectProjectCommand, { project: slug });
          }
        }}
      >
        ${current ? nothing : html`<option value="" selected>Choose a project…</option>`}
        ${s.projects.map((p) => html`<option value=${p.slug} ?selected=${p.slug === current}>${p.name}</option>`)}
      </select></label>`;
  }
}

/** Adds the panel's root element to the page once (the bundle's entry calls it). */
export function mountPanel(tag: string): void {
  if (!document.querySelector(tag)) document.body.append(document.createElement(tag));
}
