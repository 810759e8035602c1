// <aicmo-pm-app>: the tasks table (sortable; status and actual hours editable), a Gantt chart
// with the critical path, capacity by role with over-allocation highlighted, and the team form
// ("Assign team" beside the one line naming the unassigned and over-allocated roles).
import { css, html, nothing, type TemplateResult } from 'lit';
import type { VisualizationSpec } from 'vega-embed';
import type { Snapshot } from '../../protocol/common';
import {
  AddTeamMemberCommand,
  CompleteTaskCommand,
  PmSnapshotNotification,
  RemoveTeamMemberCommand,
  SetHourlyRateCommand,
  TASK_STATUSES,
  UpdateTaskStatusCommand,
  type PmData,
  type PmTaskView,
} from '../../protocol/panels/pm';
import { PanelApp } from '../common/panelApp';
import { baseStyles } from '../common/styles';
import { formatDate, formatNumber, formatShortDate, humanize } from '../common/format';
import { sortTasks, TASK_SORT_KEYS, type TaskSortKey } from './taskSort';
import { emptyDraft, renderTeamForm, type TeamDraft } from './teamForm';
import { reflowTableStyles } from '../common/layout';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '../common/components/statusBadge';
import '../common/components/chart';

const COLUMNS: [TaskSortKey, string, boolean][] = [
  ['title', 'Task', false],
  ['phase', 'Phase', false],
  ['role', 'Role', false],
  ['start', 'Start', false],
  ['due', 'Due', false],
  ['estimatedHours', 'Estimated h', true],
  ['actualHours', 'Actual h', true],
  ['status', 'Status', false],
];
/** Each column's header, which labels its value when a narrow panel draws the rows as cards. */
const LABEL = Object.fromEntries(COLUMNS.map(([key, label]) => [key, label])) as Record<TaskSortKey, string>;

/** "2026-12-03" → "2026-12-04" (UTC calendar days). */
function dayAfter(iso: string): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export class PmApp extends PanelApp<PmData> {
  private hours = new Map<string, string>();
  private ganttMemo: { data: PmData; spec: VisualizationSpec } | undefined;
  private teamOpen = false;
  private readonly draft: TeamDraft = emptyDraft();

  static override styles = [
    baseStyles,
    reflowTableStyles,
    css`
      tr.critical td:first-child { border-left: 3px solid var(--vscode-charts-red, var(--vscode-errorForeground)); }
      tr.over td { color: var(--aicmo-error-fg); font-weight: 600; }
      input[type='number'] { width: 70px; }
      aicmo-chart { min-height: 200px; }
      .staffing { display: flex; gap: var(--gap); align-items: center; flex-wrap: wrap; }
      .team-form { border: 1px solid var(--vscode-panel-border, var(--vscode-contrastBorder, transparent)); padding: 8px 12px; margin: 8px 0; }
      .team-form label { display: inline-flex; gap: 4px; align-items: center; }
    `,
  ];

  constructor() {
    super('pm', PmSnapshotNotification);
  }

  protected override renderNoData() {
    return html`<aicmo-empty-state heading="No project plan yet" hint="Run the flow: the PM subsystem makes the tasks from the approved strategy."></aicmo-empty-state>`;
  }

  private sort(): { key: TaskSortKey; dir: 'asc' | 'desc' } {
    const s = this.ipc.ui.sort;
    const key = TASK_SORT_KEYS.find((k) => k === s?.key) ?? 'start';
    return { key, dir: s?.dir ?? 'asc' };
  }

  private complete(t: PmTaskView, project: string): void {
    const raw = this.hours.get(t.id) ?? (t.actualHours === null ? '' : String(t.actualHours));
    const hours = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(hours) || hours < 0) {
      this.ipc.notice = { level: 'error', message: `Enter the actual hours spent on "${t.title}" (a number, 0 or more).` };
      this.requestUpdate();
      return;
    }
    this.ipc.send(CompleteTaskCommand, { project, id: t.id, hours });
  }

  private roleName(d: PmData, role: string): string {
    return d.roleNames[role] ?? humanize(role);
  }

  private ganttSpec(d: PmData): VisualizationSpec {
    if (this.ganttMemo?.data === d) return this.ganttMemo.spec;
    const values = d.tasks
      .filter((t) => t.start && t.due)
      // The due day is worked too: a bar runs to the end of it, so a one-day task is a day wide, not a line.
      .map((t) => ({ task: t.title, start: t.start, end: dayAfter(t.due!), path: t.onCriticalPath ? 'Critical path' : 'Other tasks' }));
    const spec = {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      width: 'container',
      data: { values },
      mark: { type: 'bar', cornerRadius: 2 },
      encoding: {
        y: { field: 'task', type: 'nominal', sort: null, title: null },
        x: { field: 'start', type: 'temporal', title: null },
        x2: { field: 'end' },
        color: { field: 'path', type: 'nominal', title: null, scale: { domain: ['Critical path', 'Other tasks'] } },
      },
    } as VisualizationSpec;
    this.ganttMemo = { data: d, spec };
    return spec;
  }

  private openTeam(): void {
    this.teamOpen = true;
    this.requestUpdate();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[name="member-name"]')?.focus());
  }

  private renderTeam(d: PmData, project: string): TemplateResult | typeof nothing {
    if (!this.teamOpen) return nothing;
    return renderTeamForm(d.team, this.draft, {
      add: (m) => this.ipc.send(AddTeamMemberCommand, { project, ...m }),
      remove: (id) => this.ipc.send(RemoveTeamMemberCommand, { project, id }),
      setRate: (rate) => this.ipc.send(SetHourlyRateCommand, { project, rate }),
      changed: () => this.requestUpdate(),
      close: () => {
        this.teamOpen = false;
        this.requestUpdate();
      },
    });
  }

  private renderStaffing(d: PmData): TemplateResult | typeof nothing {
    if (!d.staffing) return nothing;
    return html`<p class="warning-text staffing" data-staffing><span>${d.staffing.message}</span>
      ${this.teamOpen ? nothing : html`<vscode-button @click=${() => this.openTeam()}>Assign team</vscode-button>`}</p>`;
  }

  protected override renderData(d: PmData, s: Snapshot<PmData>): TemplateResult {
    const project = s.project?.slug ?? '';
    if (d.tasks.length === 0) return html`${d.notes.map((n) => html`<p class="muted">${n}</p>`)}${this.renderNoData()}`;
    const sort = this.sort();
    const tasks = sortTasks(d.tasks, sort.key, sort.dir);
    const p = d.progress;
    return html`
      <p class="muted progress">${p.done} of ${p.total} tasks done · ${formatNumber(p.actualHours)} h spent · ${formatNumber(p.estimatedHours)} h estimated
        ${d.plan ? html` · plan v${d.plan.version} (${humanize(d.plan.status)}), critical path ${d.plan.criticalPathDays} work days, finishes ${formatDate(d.plan.schedule.finish)}${d.plan.schedule.fitsWindow === false ? ' — after the project end date' : ''}` : nothing}</p>
      ${[...d.notes, ...(d.plan?.warnings ?? [])].map((n) => html`<p class="warning-text">${n}</p>`)}
      ${this.renderStaffing(d)}
      ${this.renderTeam(d, project)}
      <h2>Tasks</h2>
      <table aria-label="Tasks" class="tasks reflow sortable" role="table">
        <thead role="rowgroup"><tr role="row">
          ${COLUMNS.map(([key, label, num]) => {
            const active = sort.key === key;
            const ariaSort = active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none';
            return html`<th role="columnheader" class=${num ? 'num' : ''} aria-sort=${ariaSort}><button class="sort" @click=${() => this.ipc.setUi({ sort: { key, dir: active && sort.dir === 'asc' ? 'desc' : 'asc' } })}>${label}${active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</button></th>`;
          })}
          <th role="columnheader" class="no-sort">Complete</th>
        </tr></thead>
        <tbody role="rowgroup">
          ${tasks.map(
            (t) => html`<tr role="row" class=${t.onCriticalPath ? 'critical' : ''} data-task=${t.id}>
              <td role="cell" class="title">${t.title}${t.onCriticalPath ? html` <span class="muted">(critical path)</span>` : nothing}</td>
              <td role="cell" data-label=${LABEL.phase}>${t.phase}</td><td role="cell" data-label=${LABEL.role}>${t.role ? this.roleName(d, t.role) : '—'}${t.assignee ? html` <span class="muted">${t.assignee}</span>` : nothing}</td>
              <td role="cell" data-label=${LABEL.start}>${t.start ? formatShortDate(t.start) : '—'}</td><td role="cell" data-label=${LABEL.due}>${t.due ? formatShortDate(t.due) : '—'}</td>
              <td role="cell" class="num" data-label=${LABEL.estimatedHours}>${formatNumber(t.estimatedHours)}</td>
              <td role="cell" class="num" data-label=${LABEL.actualHours}><input type="number" min="0" step="0.5" aria-label=${`Actual hours for ${t.title}`} .value=${this.hours.get(t.id) ?? (t.actualHours === null ? '' : String(t.actualHours))}
                @input=${(e: Event) => this.hours.set(t.id, (e.target as HTMLInputElement).value)} /></td>
              <td role="cell" data-label=${LABEL.status}><select aria-label=${`Status of ${t.title}`} @change=${(e: Event) => {
                const status = TASK_STATUSES.find((x) => x === (e.target as HTMLSelectElement).value);
                if (status) this.ipc.send(UpdateTaskStatusCommand, { project, id: t.id, status });
              }}>${[...new Set([...TASK_STATUSES, t.status])].map((x) => html`<option value=${x} ?selected=${x === t.status}>${humanize(x)}</option>`)}</select></td>
              <td role="cell" class="complete"><vscode-button secondary aria-label=${`Complete ${t.title}`} @click=${() => this.complete(t, project)}>${t.status === 'done' ? 'Update hours' : 'Done'}</vscode-button></td>
            </tr>`,
          )}
        </tbody>
      </table>
      <h2>Gantt</h2>
      <aicmo-chart .spec=${this.ganttSpec(d)} label="Gantt chart of the tasks; the critical path in its own colour"></aicmo-chart>
      <div class="row"><h2>Capacity by role</h2>${this.teamOpen ? nothing : html`<vscode-button secondary @click=${() => this.openTeam()}>Edit team</vscode-button>`}</div>
      ${d.capacity.length === 0
        ? html`<p class="muted">No team yet: add team members with their weekly hours to see capacity.</p>`
        : html`<table aria-label="Capacity by role" class="capacity reflow" role="table">
            <thead role="rowgroup"><tr role="row"><th role="columnheader">Role</th><th role="columnheader">Members</th><th role="columnheader" class="num">Weekly h</th><th role="columnheader" class="num">Demand h</th><th role="columnheader" class="num">Available h</th><th role="columnheader" class="num">Peak week h</th><th role="columnheader">Status</th></tr></thead>
            <tbody role="rowgroup">${d.capacity.map(
              (c) => html`<tr role="row" class=${c.overAllocated && c.weeklyHours > 0 ? 'over' : ''} data-role=${c.role}><td role="cell">${this.roleName(d, c.role)}</td><td role="cell" data-label="Members">${c.members.join(', ') || '—'}</td><td role="cell" class="num" data-label="Weekly h">${formatNumber(c.weeklyHours)}</td>
                <td role="cell" class="num" data-label="Demand h">${formatNumber(c.demandHours)}</td><td role="cell" class="num" data-label="Available h">${formatNumber(c.availableHours)}</td><td role="cell" class="num" data-label="Peak week h">${formatNumber(c.peakWeekHours)}</td>
                <td role="cell" class="wide" data-label="Status">${c.overAllocated ? html`<aicmo-status-badge status=${c.weeklyHours === 0 ? 'unassigned' : 'over-allocated'}></aicmo-status-badge> ` : nothing}${c.note}</td></tr>`,
            )}</tbody>
          </table>`}
    `;
  }
}
customElements.define('aicmo-pm-app', PmApp);
