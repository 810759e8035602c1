// <aicmo-command-app>: what needs the strategist now — approvals waiting, failed runs, overdue
// tasks, stale artifacts, goals behind target, leads not contacted yet — each linked to the panel that resolves
// it, grouped by project within each kind (a project with many collapses to one line: "Northpeak:
// 16 overdue ▸"), and the recent activity feed.
import { html, nothing, type TemplateResult } from 'lit';
import { PANEL_TITLES } from '../../protocol/common';
import { ATTENTION_KINDS, CommandSnapshotNotification, type AttentionItemView, type CommandData } from '../../protocol/panels/command';
import { PanelApp } from '../common/panelApp';
import { formatWhen } from '../common/format';
import '../common/components/statusBadge';

const HEADINGS: Record<(typeof ATTENTION_KINDS)[number], string> = {
  approval: 'Approvals waiting',
  'failed-run': 'Failed runs',
  'overdue-task': 'Overdue tasks',
  'stale-artifact': 'Stale artifacts',
  'goal-behind': 'Goals behind target',
  'new-leads': 'Leads not contacted yet',
};

/** How many items of one kind a project shows before they fold into one line. */
const FOLD_AFTER = 3;

const FOLDED: Record<(typeof ATTENTION_KINDS)[number], string> = {
  approval: 'waiting for approval',
  'failed-run': 'failed runs',
  'overdue-task': 'overdue',
  'stale-artifact': 'stale',
  'goal-behind': 'behind target',
  'new-leads': 'new leads',
};

/** Items by project, in the order the projects first appear. */
function byProject(items: readonly AttentionItemView[]): AttentionItemView[][] {
  const groups = new Map<string, AttentionItemView[]>();
  for (const i of items) groups.set(i.project.id, [...(groups.get(i.project.id) ?? []), i]);
  return [...groups.values()];
}

export class CommandApp extends PanelApp<CommandData> {
  protected override readonly projectScoped = false;

  constructor() {
    super('command', CommandSnapshotNotification);
  }

  protected override renderData(d: CommandData): TemplateResult {
    return html`
      ${d.items.length === 0 ? html`<aicmo-empty-state heading="Nothing needs you now" hint="New approvals, failures, overdue tasks and leads will show up here."></aicmo-empty-state>` : nothing}
      ${ATTENTION_KINDS.map((kind) => {
        const items = d.items.filter((i) => i.kind === kind);
        if (items.length === 0) return nothing;
        return html`<section aria-label=${HEADINGS[kind]} data-kind=${kind}>
          <h2>${HEADINGS[kind]} <span class="muted">(${items.length})</span></h2>
          ${byProject(items).map((group) =>
            group.length > FOLD_AFTER
              ? html`<details class="folded" data-project=${group[0]!.project.slug}>
                  <summary><strong>${group[0]!.project.name}</strong>: ${group.length} ${FOLDED[kind]}</summary>
                  <ul class="plain">${group.map((i) => this.renderItem(i))}</ul>
                </details>`
              : html`<ul class="plain" data-project=${group[0]!.project.slug}>${group.map((i) => this.renderItem(i))}</ul>`,
          )}
        </section>`;
      })}
      <h2>Recent activity</h2>
      ${d.activity.length === 0
        ? html`<p class="muted">No activity yet.</p>`
        : html`<ul class="plain activity">${d.activity.map((a) => html`<li><span class="muted">${formatWhen(a.at)}</span> ${a.project ? html`<strong>${a.project.name}</strong> · ` : nothing}${a.title}${a.actor ? html` <span class="muted">by ${a.actor}</span>` : nothing}</li>`)}</ul>`}
    `;
  }

  private renderItem(i: AttentionItemView): TemplateResult {
    return html`<li class="row item">
      <strong>${i.project.name}</strong> · <span>${i.title}</span>${i.since ? html`<span class="muted">since ${formatWhen(i.since)}</span>` : nothing}
      <button class="link" aria-label=${`Open ${PANEL_TITLES[i.panel]} for ${i.project.name}`} @click=${() => this.openPanel(i.panel, i.project.slug)}>Open ${PANEL_TITLES[i.panel]}</button>
    </li>`;
  }
}
customElements.define('aicmo-command-app', CommandApp);
