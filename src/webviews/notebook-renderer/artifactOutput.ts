// <aicmo-artifact-output>: one campaign-notebook cell's output, drawn with the panels' components
// (status badge, empty state, buttons, the shared styles): its status and version, why it waits
// or is stale, the content, the Kaizen insights that shaped it, and its decisions — Approve,
// Reject or Request changes (with a reason) on the strategy, the media plan and a plugin's output,
// and on creatives one by one or in bulk. A decision posts a message to the host (renderer messaging); the host runs the operation
// and the cell re-renders with the new status and the outcome's sentence. Text is always text.
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { NOTEBOOK_DECISIONS, type ArtifactOutput, type DecideMessage, type OutputCreative } from '../../protocol/notebook';
import { baseStyles } from '../common/styles';
import { formatWhen, humanize } from '../common/format';
import { DECISION_LABELS, reasonProblem, type DecisionKind } from './decisions';
import { briefSection, genericSection, mediaSection, statusLabel, strategySection } from './sections';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import '../common/components/statusBadge';
import '../common/components/emptyState';

export type PostMessage = (message: DecideMessage | { type: 'editIntake'; project: string }) => void;

const AWAITING = new Set(['draft', 'in_review', 'changes_requested']);

export class ArtifactOutputElement extends LitElement {
  static override properties = { data: { attribute: false }, trusted: { type: Boolean }, canPost: { type: Boolean } };
  declare data: ArtifactOutput | null;
  /** The workspace is trusted (decisions change campaign files). */
  declare trusted: boolean;
  /** The renderer can talk to the host (messaging is available). */
  declare canPost: boolean;
  post: PostMessage = () => undefined;
  private reason = '';
  private formError = '';
  private selection = new Set<string>();

  constructor() {
    super();
    this.data = null;
    this.trusted = true;
    this.canPost = true;
  }

  static override styles = [
    baseStyles,
    css`
      :host { padding: 4px 0; }
      .head { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
      .head h2 { margin: 0; }
      .note { margin: 6px 0; padding: 4px 8px; border-left: 3px solid var(--vscode-focusBorder); background: var(--vscode-textBlockQuote-background); }
      .note.error { border-left-color: var(--vscode-errorForeground); }
      .note.warning { border-left-color: var(--vscode-editorWarning-foreground, var(--vscode-errorForeground)); }
      dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 4px 0; }
      dt { color: var(--vscode-descriptionForeground); }
      dd { margin: 0; }
      .creatives { display: grid; gap: 6px; }
      .ccard { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; }
      .ccard .copy { white-space: pre-wrap; }
      .ccard .headline { font-weight: 600; }
      .violations { margin: 2px 0; padding-left: 16px; }
      vscode-textfield.reason { min-width: 260px; }
      pre.generic { max-height: 360px; overflow: auto; }
    `,
  ];

  override render() {
    const d = this.data;
    if (!d) return html`<aicmo-empty-state heading="Nothing to show" hint="Run the cell to build its output."></aicmo-empty-state>`;
    return html`
      <section aria-label=${`${d.title} output`} data-cell=${d.cell}>
        <div class="head">
          <h2>${d.title}</h2>
          ${d.kind === 'subsystem' ? html`<aicmo-status-badge status=${statusLabel(d)}></aicmo-status-badge>` : nothing}
          ${d.version !== null ? html`<span class="muted version">v${d.version}${d.createdAt ? ` · ${formatWhen(d.createdAt)}` : ''}</span>` : nothing}
          ${d.plugin ? html`<span class="muted plugin">from ${d.plugin.label ?? d.plugin.id}</span>` : nothing}
        </div>
        ${d.notice ? html`<div class="note ${d.notice.level} notice" role=${d.notice.level === 'error' ? 'alert' : 'status'}>${d.notice.message}</div>` : nothing}
        ${d.lastError ? html`<div class="note error last-error" role="alert">Last run failed: ${d.lastError}</div>` : nothing}
        ${d.waiting ? html`<div class="note warning waiting">${d.waiting}</div>` : nothing}
        ${d.stale.map((s) => html`<div class="note warning stale">Stale: ${s}</div>`)}
        ${d.statusNote && !d.stale.includes(d.statusNote) ? html`<p class="muted status-note">${d.statusNote}</p>` : nothing}
        ${this.renderBody(d)}
        ${d.insights.length ? html`<details class="insights"><summary>Shaped by ${d.insights.length} Kaizen insight${d.insights.length === 1 ? '' : 's'}</summary><ul>${d.insights.map((i) => html`<li>${i.sentence}</li>`)}</ul></details>` : nothing}
        ${d.skipKaizen ? html`<p class="muted">Built on priors only (Kaizen skipped).</p>` : nothing}
      </section>
    `;
  }

  private renderBody(d: ArtifactOutput): TemplateResult | typeof nothing {
    if (d.kind === 'brief') {
      return html`${briefSection(d)}<div class="toolbar"><vscode-button secondary ?disabled=${!this.canPost} @click=${() => this.post({ type: 'editIntake', project: d.project.slug })}>Edit Intake</vscode-button></div>`;
    }
    if (d.kind === 'unknown' || d.content === null) return d.waiting || d.lastError ? nothing : html`<aicmo-empty-state heading="Not run yet" hint="Run this cell to make its first version."></aicmo-empty-state>`;
    const body = d.cell === 'strategy' ? strategySection(d.content) : d.cell === 'media' ? mediaSection(d.content) : d.cell === 'creatives' ? this.renderCreatives(d) : genericSection(d.content);
    const scope = d.decisions ? NOTEBOOK_DECISIONS[d.decisions].scope : null;
    return html`${body}${scope === 'artifact' || scope === 'subsystem' ? this.renderArtifactDecisions(d) : nothing}`;
  }

  private decide(d: ArtifactOutput, decision: DecisionKind, target: { ids?: string[]; all?: true } = {}): void {
    if (!d.decisions) return;
    const what = target.ids ? (target.ids.length === 1 ? 'this creative' : 'the selected creatives') : target.all ? 'every awaiting creative' : this.noun(d);
    const scope = NOTEBOOK_DECISIONS[d.decisions].scope;
    const problem = reasonProblem(decision, this.reason, what);
    this.formError = problem ?? '';
    if (problem) {
      this.requestUpdate();
      return;
    }
    const reason = this.reason.trim();
    this.post({
      type: 'decide',
      project: d.project.slug,
      cell: d.decisions,
      decision,
      ...(decision !== 'approve' && reason ? { reason } : {}),
      ...(scope === 'subsystem' ? { subsystem: d.cell } : {}),
      ...(scope !== 'items' && d.version !== null ? { version: d.version } : {}),
      ...(target.ids ? { ids: target.ids } : {}),
      ...(target.all ? { all: true } : {}),
    });
    this.reason = '';
    this.selection.clear();
    this.requestUpdate();
  }

  /** How the decisions name what they decide on ("the strategy", "the seo output"). */
  private noun(d: ArtifactOutput): string {
    if (!d.decisions) return '';
    return d.decisions === 'plugin' ? `the ${d.title} output` : NOTEBOOK_DECISIONS[d.decisions].noun;
  }

  private reasonField() {
    return html`<vscode-textfield class="reason" placeholder="Reason (required to reject or request changes)" label="Reason" .value=${this.reason} @input=${(e: Event) => (this.reason = (e.target as HTMLInputElement).value)}></vscode-textfield>`;
  }

  private disabledWhy(): string | undefined {
    if (!this.canPost) return 'This view cannot reach AICMO here; decide in the War Room or the Gallery.';
    if (!this.trusted) return 'Decisions change campaign files, so this workspace must be trusted first.';
    return undefined;
  }

  private renderArtifactDecisions(d: ArtifactOutput): TemplateResult {
    const why = this.disabledWhy();
    const noun = this.noun(d);
    return html`<div class="toolbar decisions" role="group" aria-label=${`Decide on ${noun}`}>
        <vscode-button ?disabled=${!!why || d.status === 'approved'} @click=${() => this.decide(d, 'approve')}>${DECISION_LABELS.approve}</vscode-button>
        ${this.reasonField()}
        <vscode-button secondary ?disabled=${!!why} @click=${() => this.decide(d, 'reject')}>${DECISION_LABELS.reject}</vscode-button>
        <vscode-button secondary ?disabled=${!!why} @click=${() => this.decide(d, 'request_changes')}>${DECISION_LABELS.request_changes}</vscode-button>
      </div>
      ${why ? html`<p class="muted">${why}</p>` : nothing}
      ${this.formError ? html`<p class="error-text form-error" role="alert">${this.formError}</p>` : nothing}`;
  }

  private renderCreatives(d: ArtifactOutput): TemplateResult {
    const list = d.creatives;
    if (list.length === 0) return genericSection(d.content);
    const awaiting = list.filter((c) => AWAITING.has(c.status));
    const selected = list.filter((c) => this.selection.has(c.id)).map((c) => c.id);
    const why = this.disabledWhy();
    const off = !!why;
    return html`
      <p class="muted counts" role="status">${list.length} creatives · ${awaiting.length} awaiting a decision · ${list.filter((c) => c.status === 'approved').length} approved</p>
      <div class="toolbar bulk" role="group" aria-label="Bulk decisions on creatives">
        <vscode-button ?disabled=${off || awaiting.length === 0} @click=${() => this.decide(d, 'approve', { all: true })}>Approve all awaiting (${awaiting.length})</vscode-button>
        <strong class="selected-count">${selected.length} selected</strong>
        <vscode-button secondary ?disabled=${off || selected.length === 0} @click=${() => this.decide(d, 'approve', { ids: selected })}>Approve selected</vscode-button>
        ${this.reasonField()}
        <vscode-button secondary ?disabled=${off || selected.length === 0} @click=${() => this.decide(d, 'reject', { ids: selected })}>Reject selected</vscode-button>
        <vscode-button secondary ?disabled=${off || selected.length === 0} @click=${() => this.decide(d, 'request_changes', { ids: selected })}>Request changes</vscode-button>
      </div>
      ${why ? html`<p class="muted">${why}</p>` : nothing}
      ${this.formError ? html`<p class="error-text form-error" role="alert">${this.formError}</p>` : nothing}
      <div class="creatives" role="list" aria-label="Creatives">${list.map((c) => this.renderCreative(d, c, off))}</div>
    `;
  }

  private renderCreative(d: ArtifactOutput, c: OutputCreative, off: boolean): TemplateResult {
    const on = this.selection.has(c.id);
    const toggle = (e: Event) => {
      if ((e.target as HTMLInputElement).checked) this.selection.add(c.id);
      else this.selection.delete(c.id);
      this.requestUpdate();
    };
    return html`<div class="card ccard" role="listitem" data-creative=${c.id}>
      <input type="checkbox" .checked=${on} aria-label=${`Select ${c.headline}`} @change=${toggle} />
      <div>
        <div class="row"><span class="headline">${c.headline}</span><aicmo-status-badge status=${c.status}></aicmo-status-badge></div>
        <div class="copy">${c.body}</div>
        <div class="muted">CTA: ${c.cta} · ${humanize(c.channel)} · angle ${c.angle} · ${c.format}</div>
        ${c.violations.length ? html`<ul class="violations" aria-label="Violations">${c.violations.map((v) => html`<li class=${v.severity === 'error' ? 'error-text' : 'warning-text'}>${v.severity}: ${v.message}</li>`)}</ul>` : nothing}
        <div class="toolbar">
          <vscode-button ?disabled=${off || c.status === 'approved' || c.status === 'scheduled'} @click=${() => this.decide(d, 'approve', { ids: [c.id] })}>Approve</vscode-button>
          <vscode-button secondary ?disabled=${off || c.status === 'scheduled'} @click=${() => this.decide(d, 'reject', { ids: [c.id] })}>Reject</vscode-button>
          <vscode-button secondary ?disabled=${off || c.status === 'scheduled'} @click=${() => this.decide(d, 'request_changes', { ids: [c.id] })}>Request changes</vscode-button>
        </div>
      </div>
    </div>`;
  }
}
if (!customElements.get('aicmo-artifact-output')) customElements.define('aicmo-artifact-output', ArtifactOutputElement);
