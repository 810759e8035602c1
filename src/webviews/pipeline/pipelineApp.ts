// <aicmo-pipeline-app>: the projects kanban by stage with counts, search and filters; each card
// shows what blocks the project and opens its War Room; New Project from the header.
import { css, html, type TemplateResult } from 'lit';
import { NewProjectCommand, OpenNotebookCommand, type Snapshot } from '../../protocol/common';
import { PipelineSnapshotNotification, type PipelineData, type PipelineProjectView } from '../../protocol/panels/pipeline';
import { PanelApp } from '../common/panelApp';
import { baseStyles } from '../common/styles';
import { humanize } from '../common/format';
import { filterColumns, goalsOf, type PipelineFilters } from './pipelineFilter';
import { NARROW } from '../common/layout';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import '../common/components/statusBadge';
import '../common/components/virtualList';

const FLAGS = ['awaiting approval', 'blocked', 'unblocked', 'on hold', 'cancelled', 'failed run', 'stale', 'unreadable'];
const STAGE_LABELS: Record<string, string> = { INTAKE: 'Intake', STRATEGY: 'Strategy', CREATIVE: 'Creative', EXECUTION: 'Execution', DONE: 'Done' };

const count = new Intl.NumberFormat('en');
const plural = (n: number, one: string, many = `${one}s`) => `${count.format(n)} ${n === 1 ? one : many}`;

/** "40 leads: 28 contacted, 3 replied, 1 meeting booked" — where the project's leads stand. */
function leadsLine(p: Pick<PipelineProjectView, 'leads' | 'leadsContacted' | 'leadsReplied' | 'meetings'>): string {
  const parts = [`${count.format(p.leadsContacted)} contacted`];
  if (p.leadsContacted < p.leads) parts.push(`${count.format(p.leads - p.leadsContacted)} not yet`);
  if (p.leadsReplied > 0) parts.push(`${count.format(p.leadsReplied)} replied`);
  if (p.meetings > 0) parts.push(`${plural(p.meetings, 'meeting')} booked`);
  return `${plural(p.leads, 'lead')}: ${parts.join(', ')}`;
}

export class PipelineApp extends PanelApp<PipelineData> {
  protected override readonly projectScoped = false;
  private memo: { data: PipelineData; key: string; columns: PipelineData['columns']; goals: string[] } | undefined;

  static override styles = [
    baseStyles,
    css`
      /* Five stages side by side; below the narrow breakpoint they wrap onto rows of as many
         columns as fit at 240 px (three at 900 px, one on a phone-width panel), each list half a
         screen tall so the next row shows too. */
      .board { display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); gap: var(--gap); }
      .column { display: flex; flex-direction: column; min-width: 0; }
      .column h2 { margin: 0 0 6px; display: flex; justify-content: space-between; }
      aicmo-virtual-list { display: block; height: calc(100vh - 170px); min-height: 240px; }
      aicmo-virtual-list lit-virtualizer { height: 100%; }
      @media ${NARROW} {
        .board { grid-template-columns: repeat(auto-fill, minmax(min(100%, 240px), 1fr)); row-gap: 16px; }
        aicmo-virtual-list { height: calc(50vh - 90px); }
      }
      .pcard { width: 100%; margin-bottom: 6px; overflow-wrap: anywhere; }
      .pcard .name { font-weight: 600; font-size: 1em; }
      .blockers { margin: 4px 0 0; padding-left: 16px; color: var(--aicmo-warning-fg); }
      .waiting { margin: 4px 0 0; padding-left: 16px; }
      .totals { margin: 0 0 8px; }
    `,
  ];

  constructor() {
    super('pipeline', PipelineSnapshotNotification);
  }

  private filters(): PipelineFilters {
    return { search: this.ipc.filter('search'), flag: this.ipc.filter('flag'), goal: this.ipc.filter('goal') };
  }

  private view(data: PipelineData) {
    const f = this.filters();
    const key = JSON.stringify(f);
    if (!this.memo || this.memo.data !== data || this.memo.key !== key) {
      this.memo = { data, key, columns: filterColumns(data, f), goals: goalsOf(data) };
    }
    return this.memo;
  }

  protected override renderActions() {
    return html`<vscode-button icon="add" aria-label="New project" @click=${() => this.ipc.send(NewProjectCommand, {})}>New Project</vscode-button>`;
  }

  protected override renderNoData() {
    return html`<aicmo-empty-state heading="No projects yet" hint="Create the first project with New Project (or the AICMO: New Project command).">
      <vscode-button @click=${() => this.ipc.send(NewProjectCommand, {})}>New Project</vscode-button>
    </aicmo-empty-state>`;
  }

  protected override renderData(data: PipelineData, _s: Snapshot<PipelineData>): TemplateResult {
    const { columns, goals } = this.view(data);
    const f = this.filters();
    const t = data.totals;
    if (t.projects === 0) return this.renderNoData();
    return html`
      <p class="totals muted" role="status">
        ${t.projects} ${t.projects === 1 ? 'project' : 'projects'} · ${t.awaitingApproval} awaiting approval · ${t.blocked} blocked · ${t.onHold} on hold · ${t.cancelled} cancelled${data.paused ? ' · global pause is on' : ''}
      </p>
      <div class="toolbar" role="search">
        <vscode-textfield
          placeholder="Search projects"
          label="Search projects by name, slug or industry"
          .value=${f.search}
          @input=${(e: Event) => this.ipc.setFilter('search', (e.target as HTMLInputElement).value)}
        ></vscode-textfield>
        <select aria-label="Filter by status" @change=${(e: Event) => this.ipc.setFilter('flag', (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!f.flag}>All projects</option>
          ${FLAGS.map((x) => html`<option value=${x} ?selected=${f.flag === x}>${x}</option>`)}
        </select>
        <select aria-label="Filter by goal" @change=${(e: Event) => this.ipc.setFilter('goal', (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!f.goal}>All goals</option>
          ${goals.map((g) => html`<option value=${g} ?selected=${f.goal === g}>${g}</option>`)}
        </select>
      </div>
      <div class="board">
        ${columns.map(
          (c) => html`<section class="column" aria-label=${`${STAGE_LABELS[c.stage] ?? c.stage}: ${c.count} projects`} data-stage=${c.stage}>
            <h2><span>${STAGE_LABELS[c.stage] ?? c.stage}</span><span class="count muted">${c.count}</span></h2>
            <aicmo-virtual-list .items=${c.projects} .renderItem=${this.renderCard} label=${`${STAGE_LABELS[c.stage] ?? c.stage} projects`}></aicmo-virtual-list>
          </section>`,
        )}
      </div>
    `;
  }

  private readonly renderCard = (p: PipelineProjectView): TemplateResult => html`<div class="card pcard" role="listitem" data-project=${p.slug}>
    <button class="link name" aria-label=${`Open ${p.name} in the War Room`} @click=${() => this.openPanel('warroom', p.slug)}>${p.name}</button>
    <div class="muted">${p.industry} · ${p.goalMetric} · ${p.budget.display} · <button class="link notebook" aria-label=${`Open the campaign notebook of ${p.name}`} @click=${() => this.ipc.send(OpenNotebookCommand, { project: p.slug })}>Notebook</button></div>
    <div class="row">
      ${p.badges.map((b) => html`<aicmo-status-badge status=${b}></aicmo-status-badge>`)}
      <span class="muted">strategy ${humanize(p.strategyStatus)}</span>
      ${p.creativesAwaiting > 0 ? html`<span class="muted">${p.creativesAwaiting} creatives waiting</span>` : ''}
    </div>
    ${p.leads > 0 ? html`<div class="muted leads">${leadsLine(p)}</div>` : ''}
    ${this.renderList(p.blockers.filter((b) => b.waiting), 'waiting', 'Waiting for your decision')}
    ${this.renderList(p.blockers.filter((b) => !b.waiting), 'blockers', 'What blocks it')}
  </div>`;

  private renderList(items: PipelineProjectView['blockers'], cls: string, label: string): TemplateResult | string {
    if (items.length === 0) return '';
    return html`<ul class=${cls} aria-label=${label}>
      ${items.slice(0, 3).map((b) => html`<li>${b.message}</li>`)}
      ${items.length > 3 ? html`<li>and ${items.length - 3} more</li>` : ''}
    </ul>`;
  }
}
customElements.define('aicmo-pipeline-app', PipelineApp);
