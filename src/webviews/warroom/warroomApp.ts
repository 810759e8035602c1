// <aicmo-warroom-app>: one project's intake and current strategy. Edit saves a new version;
// approve, reject or request changes (a reason is required for the last two); the version history
// shows what changed between a version and the one before it. The Media section shows the latest
// media plan as a diff against the approved one and decides on it (media.decide, with the version
// seen); "Approve the larger move" appears only when the plan recommends it.
import { css, html, nothing, type TemplateResult } from 'lit';
import { OpenNotebookCommand, type Snapshot } from '../../protocol/common';
import {
  ApproveMediaCommand,
  ApproveStrategyCommand,
  RejectMediaCommand,
  RequestMediaChangesCommand,
  RejectStrategyCommand,
  RequestStrategyChangesCommand,
  SaveStrategyEditCommand,
  WarroomSnapshotNotification,
  type StrategyVersionView,
  type WarroomData,
} from '../../protocol/panels/warroom';
import { PanelApp } from '../common/panelApp';
import { baseStyles } from '../common/styles';
import { NARROW } from '../common/layout';
import { formatDateRange, formatMinor, formatWhen, humanize } from '../common/format';
import type { MediaPlanView } from '../../protocol/panels/mediaPlan';
import { mediaDecisions, mediaDiffTable, shareText } from '../common/mediaPlan';
import { diffLines, pillarsToText, textToPillars } from './strategyText';
import { documentLines, documentOf, type Section } from './strategyDocument';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import '@vscode-elements/elements/dist/vscode-textarea/index.js';
import '../common/components/statusBadge';

/** One section of the strategy as a document: its heading, then paragraphs, bullets, fields or a table. */
function renderSection(sec: Section): TemplateResult {
  const heading = sec.depth === 1 ? html`<h3>${sec.heading}</h3>` : html`<h4>${sec.heading}</h4>`;
  return html`<section class="doc-section" data-section=${sec.heading}>
    ${heading}
    ${sec.blocks.map((b) =>
      b.kind === 'p'
        ? html`<p>${b.text}</p>`
        : b.kind === 'list'
          ? html`<ul>${b.items.map((i) => html`<li>${i}</li>`)}</ul>`
          : b.kind === 'fields'
            ? html`<dl class="fields">${b.items.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>`
            : html`<div class="table-wrap"><table><thead><tr>${b.columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead><tbody>${b.rows.map((r) => html`<tr>${r.map((v) => html`<td>${v}</td>`)}</tr>`)}</tbody></table></div>`,
    )}
  </section>`;
}

export class WarroomApp extends PanelApp<WarroomData> {
  private editing = false;
  private draftSummary = '';
  private draftPillars = '';
  private reason = '';
  private formError = '';
  private diffVersion: number | null = null;
  private mediaReason = '';
  private mediaError = '';

  static override styles = [
    baseStyles,
    css`
      .columns { display: grid; grid-template-columns: minmax(240px, 1fr) 2fr; gap: 16px; }
      @media ${NARROW} { .columns { grid-template-columns: minmax(0, 1fr); } }
      .fields > div { display: contents; }
      .doc-section h3 { margin: 12px 0 4px; }
      .doc-section h4 { margin: 8px 0 2px; }
      .table-wrap { overflow-x: auto; }
      dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0; }
      dt { color: var(--vscode-descriptionForeground); }
      dd { margin: 0; }
      vscode-textarea { width: 100%; }
      .diff .added { color: var(--aicmo-ok-fg); }
      .diff .removed { color: var(--aicmo-error-fg); text-decoration: line-through; }
      .diff li { font-family: var(--vscode-editor-font-family); white-space: pre-wrap; }
      .versions li { display: flex; gap: 8px; align-items: center; }
      .media-diff th, .media-diff td { text-align: left; padding: 2px 8px 2px 0; vertical-align: top; }
      .media-diff .change.up { color: var(--aicmo-ok-fg); }
      .media-diff .change.down { color: var(--aicmo-error-fg); }
    `,
  ];

  constructor() {
    super('warroom', WarroomSnapshotNotification);
  }

  protected override renderActions(s: Snapshot<WarroomData> | null) {
    const project = s?.project?.slug;
    return project ? html`<vscode-button secondary icon="notebook" @click=${() => this.ipc.send(OpenNotebookCommand, { project })}>Open Campaign Notebook</vscode-button>` : nothing;
  }

  protected override renderNoData(s: Snapshot<WarroomData>) {
    return html`<aicmo-empty-state heading=${s.project ? 'Nothing to show' : 'No project chosen'} hint="Choose a project above, or open one from the Pipeline."></aicmo-empty-state>`;
  }

  private current(d: WarroomData): StrategyVersionView | undefined {
    return d.versions.at(-1);
  }

  private decide(kind: 'approve' | 'reject' | 'changes', d: WarroomData, s: Snapshot<WarroomData>): void {
    const v = this.current(d);
    const project = s.project?.slug;
    this.formError = '';
    if (!v || !project) return;
    const reason = this.reason.trim();
    if (kind !== 'approve' && !reason) {
      this.formError = kind === 'reject' ? 'Give a reason to reject the strategy.' : 'Say what should change before requesting changes.';
      this.requestUpdate();
      return;
    }
    if (kind === 'approve') this.ipc.send(ApproveStrategyCommand, { project, version: v.version, by: s.actor });
    else if (kind === 'reject') this.ipc.send(RejectStrategyCommand, { project, version: v.version, by: s.actor, reason });
    else this.ipc.send(RequestStrategyChangesCommand, { project, version: v.version, by: s.actor, reason });
    this.reason = '';
    this.requestUpdate();
  }

  private decideMedia(kind: 'approve' | 'larger' | 'reject' | 'changes', m: MediaPlanView, s: Snapshot<WarroomData>): void {
    const project = s.project?.slug;
    this.mediaError = '';
    if (!project) return;
    const reason = this.mediaReason.trim();
    if ((kind === 'reject' || kind === 'changes') && !reason) {
      this.mediaError = kind === 'reject' ? 'Give a reason to reject the media plan.' : 'Say what should change in the media plan before requesting changes.';
      this.requestUpdate();
      return;
    }
    const base = { project, version: m.version, by: s.actor };
    if (kind === 'approve') this.ipc.send(ApproveMediaCommand, base);
    else if (kind === 'larger') this.ipc.send(ApproveMediaCommand, { ...base, acceptLargerMove: true });
    else if (kind === 'reject') this.ipc.send(RejectMediaCommand, { ...base, reason });
    else this.ipc.send(RequestMediaChangesCommand, { ...base, reason });
    this.mediaReason = '';
    this.requestUpdate();
  }

  private renderMedia(m: MediaPlanView | null, s: Snapshot<WarroomData>): TemplateResult {
    if (!m) return html`<section aria-label="Media plan" class="card media" id="media"><h2>Media plan</h2><p class="muted">No media plan yet: run the flow (AICMO: Run Full Flow) to make one.</p></section>`;
    const can = mediaDecisions(m);
    const inUse = m.inUse === null ? 'none yet' : `v${m.inUse}${m.inUse === m.approvedVersion ? ' (approved)' : ' (latest; none approved yet)'}`;
    return html`<section aria-label="Media plan" class="card media" id="media" data-version=${m.version}>
      <h2>Media plan v${m.version} <aicmo-status-badge status=${m.status}></aicmo-status-badge></h2>
      <p class="muted media-facts">${m.objective} · budget ${m.budget} · compared with ${m.against} · in use downstream: ${inUse}</p>
      ${m.statusNote ? html`<p class="muted">${m.statusNote}</p>` : nothing}
      ${m.decision ? html`<p class="media-decision">${m.decision.by} accepted the larger move proposed in v${m.decision.fromVersion}.</p>` : nothing}
      ${mediaDiffTable(m)}
      ${m.summary ? html`<p class="media-summary">${m.summary}</p>` : nothing}
      ${m.guardrail ? html`<p class="guardrail ${m.guardrail.recommendLargerMove ? 'warning-text' : 'muted'}">${m.guardrail.sentence}</p>` : nothing}
      ${m.unconstrained ? html`<p class="muted unconstrained">Without the step limit: ${m.unconstrained.map((a) => `${a.label} ${shareText(a.share)}`).join(', ')}.</p>` : nothing}
      <p class="muted">${m.methodNote}</p>
      <div class="toolbar" role="group" aria-label="Decide on the media plan">
        <vscode-button class="approve-media" ?disabled=${!can.approve} title=${m.status === 'approved' ? `Media plan v${m.version} is already approved` : ''} @click=${() => this.decideMedia('approve', m, s)}>${m.status === 'approved' ? 'Media plan approved' : 'Approve media plan'}</vscode-button>
        ${can.largerMove ? html`<vscode-button class="approve-larger" @click=${() => this.decideMedia('larger', m, s)}>Approve the larger move</vscode-button>` : nothing}
        <vscode-textfield class="media-reason" placeholder="Reason (required to reject or request changes)" label="Reason for the media plan" .value=${this.mediaReason} @input=${(e: Event) => (this.mediaReason = (e.target as HTMLInputElement).value)}></vscode-textfield>
        <vscode-button secondary ?disabled=${!can.refuse} @click=${() => this.decideMedia('reject', m, s)}>Reject media plan</vscode-button>
        <vscode-button secondary ?disabled=${!can.refuse} @click=${() => this.decideMedia('changes', m, s)}>Request media plan changes</vscode-button>
      </div>
      ${this.mediaError ? html`<p class="error-text media-error" role="alert">${this.mediaError}</p>` : nothing}
    </section>`;
  }

  private startEdit(v: StrategyVersionView): void {
    this.editing = true;
    this.draftSummary = String(v.content?.executiveSummary ?? '');
    this.draftPillars = pillarsToText(v.content?.pillars);
    this.requestUpdate();
  }

  private save(d: WarroomData, s: Snapshot<WarroomData>): void {
    const v = this.current(d);
    const project = s.project?.slug;
    if (!v || !project) return;
    if (!this.draftSummary.trim()) {
      this.formError = 'The executive summary must not be empty.';
      this.requestUpdate();
      return;
    }
    const content = { ...(v.content ?? {}), executiveSummary: this.draftSummary.trim(), pillars: textToPillars(this.draftPillars) };
    this.ipc.send(SaveStrategyEditCommand, { project, baseVersion: v.version, by: s.actor, content });
    this.editing = false;
    this.formError = '';
    this.requestUpdate();
  }

  protected override renderData(d: WarroomData, s: Snapshot<WarroomData>): TemplateResult {
    const i = d.intake;
    const v = this.current(d);
    const list = (xs: string[]) => (xs.length ? xs.join('; ') : '—');
    return html`
      <div class="row"><aicmo-status-badge status=${humanize(d.stage.toLowerCase())}></aicmo-status-badge>${d.badges.map((b) => html`<aicmo-status-badge status=${b}></aicmo-status-badge>`)}</div>
      ${d.blockers.length ? html`<ul class="warning-text blockers" aria-label="What blocks it">${d.blockers.map((b) => html`<li>${b.message}</li>`)}</ul>` : nothing}
      <div class="columns">
        <section aria-label="Intake" class="card intake">
          <h2>Intake</h2>
          <dl>
            <dt>Name</dt><dd class="intake-name">${i.name}</dd>
            <dt>Client</dt><dd>${i.client ?? '—'}</dd>
            <dt>Industry</dt><dd>${i.industry}</dd>
            <dt>Goal</dt><dd>${i.goal} (${i.goalMetric})</dd>
            <dt>Audiences</dt><dd>${list(i.audiences)}</dd>
            <dt>Budget</dt><dd>${formatMinor(i.budgetMinor, i.currency)}</dd>
            <dt>Dates</dt><dd>${i.startDate || i.endDate ? formatDateRange(i.startDate, i.endDate) : '—'}</dd>
            <dt>Must include</dt><dd>${list(i.mustInclude)}</dd>
            <dt>Do not do</dt><dd>${list(i.doNotDo)}</dd>
            <dt>Constraints</dt><dd>${list(i.constraints)}</dd>
            <dt>KPI targets</dt><dd>${Object.entries(i.kpiTargets).map(([k, n]) => `${k} ${n}`).join(', ') || '—'}</dd>
          </dl>
        </section>
        <section aria-label="Strategy" class="strategy">
          ${v ? this.renderStrategy(v, d, s) : html`<aicmo-empty-state heading="No strategy yet" hint="Run the flow (AICMO: Run Full Flow) once the intake is complete."></aicmo-empty-state>`}
        </section>
      </div>
      ${this.renderMedia(d.media, s)}
      ${this.renderHistory(d)}
    `;
  }

  private renderStrategy(v: StrategyVersionView, d: WarroomData, s: Snapshot<WarroomData>): TemplateResult {
    const c = v.content ?? {};
    const pillars = Array.isArray(c.pillars) ? (c.pillars as { name?: unknown; description?: unknown }[]) : [];
    const shown = new Set(['executiveSummary', 'pillars']);
    const rest = documentOf(Object.fromEntries(Object.entries(c).filter(([k]) => !shown.has(k))));
    return html`
      <h2>Strategy v${v.version} <aicmo-status-badge status=${v.status}></aicmo-status-badge></h2>
      ${v.statusNote ? html`<p class="muted">${v.statusNote}</p>` : nothing}
      ${this.editing
        ? html`<div class="editor">
            <label>Executive summary<vscode-textarea rows="5" label="Executive summary" .value=${this.draftSummary} @input=${(e: Event) => (this.draftSummary = (e.target as HTMLTextAreaElement).value)}></vscode-textarea></label>
            <label>Pillars (one per line, "Name: description")<vscode-textarea rows="4" label="Pillars" .value=${this.draftPillars} @input=${(e: Event) => (this.draftPillars = (e.target as HTMLTextAreaElement).value)}></vscode-textarea></label>
            <div class="toolbar">
              <vscode-button @click=${() => this.save(d, s)}>Save as v${v.version + 1}</vscode-button>
              <vscode-button secondary @click=${() => ((this.editing = false), this.requestUpdate())}>Cancel</vscode-button>
            </div>
          </div>`
        : html`<p class="summary">${String(c.executiveSummary ?? '')}</p>
            <ul class="pillars">${pillars.map((p) => html`<li><strong>${String(p.name ?? '')}</strong>: ${String(p.description ?? '')}</li>`)}</ul>
            ${rest.length ? html`<details class="all-sections"><summary>All sections</summary>${rest.map(renderSection)}</details>` : nothing}`}
      ${v.insights.length ? html`<h3>Kaizen insights used</h3><ul class="muted">${v.insights.map((x) => html`<li>${x.sentence}</li>`)}</ul>` : nothing}
      <div class="toolbar" role="group" aria-label="Decide on the strategy">
        <vscode-button class="approve" ?disabled=${this.editing || v.status === 'approved'} title=${v.status === 'approved' ? `Strategy v${v.version} is already approved` : ''} @click=${() => this.decide('approve', d, s)}>${v.status === 'approved' ? 'Approved' : 'Approve'}</vscode-button>
        <vscode-textfield placeholder="Reason (required to reject or request changes)" label="Reason" .value=${this.reason} @input=${(e: Event) => (this.reason = (e.target as HTMLInputElement).value)}></vscode-textfield>
        <vscode-button secondary ?disabled=${this.editing} @click=${() => this.decide('reject', d, s)}>Reject</vscode-button>
        <vscode-button secondary ?disabled=${this.editing} @click=${() => this.decide('changes', d, s)}>Request changes</vscode-button>
        <vscode-button secondary ?disabled=${this.editing} @click=${() => this.startEdit(v)}>Edit</vscode-button>
      </div>
      ${this.formError ? html`<p class="error-text form-error" role="alert">${this.formError}</p>` : nothing}
    `;
  }

  private renderHistory(d: WarroomData): TemplateResult {
    const shown = this.diffVersion ?? d.versions.at(-1)?.version ?? null;
    const idx = d.versions.findIndex((x) => x.version === shown);
    const after = d.versions[idx];
    const before = idx > 0 ? d.versions[idx - 1] : undefined;
    const diff = after ? diffLines(documentLines(before?.content ?? {}), documentLines(after.content ?? {})) : [];
    return html`
      <h2>Version history</h2>
      <ul class="plain versions">
        ${[...d.versions].reverse().map(
          (x) => html`<li>
            <button class="link" aria-pressed=${x.version === shown ? 'true' : 'false'} @click=${() => ((this.diffVersion = x.version), this.requestUpdate())}>v${x.version}</button>
            <aicmo-status-badge status=${x.status}></aicmo-status-badge><span class="muted">${formatWhen(x.createdAt)}</span>
          </li>`,
        )}
      </ul>
      ${after
        ? html`<h3>Changes in v${after.version}${before ? html` since v${before.version}` : ' (first version)'}</h3>
            <ul class="plain diff" aria-label="Differences">
              ${diff.filter((l) => l.op !== 'same').map((l) => html`<li class=${l.op}><span class="visually-hidden">${l.op}: </span>${l.op === 'added' ? '+ ' : '− '}${l.text}</li>`)}
              ${diff.every((l) => l.op === 'same') ? html`<li class="muted">No changes.</li>` : nothing}
            </ul>`
        : nothing}
      <h2>Approval trail</h2>
      ${d.approvals.length === 0
        ? html`<p class="muted">No approval actions yet.</p>`
        : html`<ul class="plain approvals">
            ${d.approvals.map((a) => html`<li>${formatWhen(a.at)} · ${a.actor.name}${a.actor.kind === 'client' ? ' (client)' : ''}: ${humanize(a.action)} ${a.target.kind}${a.comment ? html` — “${a.comment}”` : nothing}</li>`)}
          </ul>`}
    `;
  }
}
customElements.define('aicmo-warroom-app', WarroomApp);
