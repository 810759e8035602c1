// The PM panel's team form: the workspace team (name, role by its human name, hours a week) with
// Remove, a row to add a member (name, role, hours) and the agency's hourly rate. It checks what
// was typed before sending (one sentence per problem, shown only after a try) and hands valid
// changes to the panel, which posts them to the host (team.add / team.remove / team.setRate).
import { html, nothing, type TemplateResult } from 'lit';
import type { PmTeamView } from '../../protocol/panels/pm';
import { formatNumber } from '../common/format';

export interface TeamDraft {
  name: string;
  role: string;
  hours: string;
  rate: string | null;
  /** The sentence for the last invalid try, or null. */
  error: string | null;
}

export interface TeamFormActions {
  add(member: { name: string; role: string; weeklyHours: number }): void;
  remove(id: string): void;
  setRate(rate: string | null): void;
  /** The draft changed (the panel re-renders). */
  changed(): void;
  close(): void;
}

export const emptyDraft = (): TeamDraft => ({ name: '', role: '', hours: '40', rate: null, error: null });

/** The member to add, or the one sentence saying what is wrong. */
export function checkDraft(d: TeamDraft, roles: readonly string[]): { name: string; role: string; weeklyHours: number } | string {
  const name = d.name.trim().replace(/\s+/g, ' ');
  if (name === '') return 'Type the team member\'s name.';
  if ([...name].length > 80) return 'A name is at most 80 characters.';
  if (!roles.includes(d.role)) return 'Choose the role this person has on the plan.';
  const hours = Number(d.hours.trim());
  if (d.hours.trim() === '' || !Number.isFinite(hours) || hours <= 0 || hours > 80) return 'Hours a week must be a number more than 0 and at most 80.';
  return { name, role: d.role, weeklyHours: hours };
}

export function renderTeamForm(team: PmTeamView, d: TeamDraft, a: TeamFormActions): TemplateResult {
  const set = (patch: Partial<TeamDraft>) => {
    Object.assign(d, patch);
    a.changed();
  };
  const add = (e: Event) => {
    e.preventDefault();
    const r = checkDraft(d, team.roles.map((x) => x.id));
    if (typeof r === 'string') return set({ error: r });
    set({ error: null, name: '' });
    a.add(r);
  };
  const rate = d.rate ?? team.hourlyRate ?? '';
  const saveRate = () => {
    if (rate.trim() === '') return set({ error: 'Type the hourly rate (e.g. 95 or 95 GBP), or use Clear rate.' });
    set({ error: null });
    a.setRate(rate.trim());
  };
  return html`<section class="team-form" aria-label="Team">
    <h2>Team</h2>
    <p class="muted">The workspace team: the project plan schedules each role's tasks within its members' hours. A change reaches this plan when it is re-run.</p>
    ${team.members.length === 0
      ? html`<p class="muted" data-empty-team>No team members yet.</p>`
      : html`<table aria-label="Team members" class="team">
          <thead><tr><th>Name</th><th>Role</th><th class="num">Hours a week</th><th></th></tr></thead>
          <tbody>${team.members.map(
            (m) => html`<tr data-member=${m.id}><td>${m.name}</td><td>${m.roleLabel}</td><td class="num">${formatNumber(m.weeklyHours)}</td>
              <td><vscode-button secondary aria-label=${`Remove ${m.name} (${m.roleLabel})`} @click=${() => a.remove(m.id)}>Remove</vscode-button></td></tr>`,
          )}</tbody>
        </table>`}
    <form class="row add-member" @submit=${add}>
      <label>Name <input name="member-name" maxlength="80" .value=${d.name} @input=${(e: Event) => set({ name: (e.target as HTMLInputElement).value })} /></label>
      <label>Role <select name="member-role" @change=${(e: Event) => set({ role: (e.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${d.role === ''}>Choose a role…</option>
        ${team.roles.map((r) => html`<option value=${r.id} ?selected=${d.role === r.id}>${r.label}</option>`)}
      </select></label>
      <label>Hours a week <input name="member-hours" type="number" min="0.5" max="80" step="0.5" .value=${d.hours} @input=${(e: Event) => set({ hours: (e.target as HTMLInputElement).value })} /></label>
      <vscode-button @click=${add}>Add member</vscode-button>
    </form>
    <div class="row hourly-rate">
      <label>Hourly rate <input name="hourly-rate" maxlength="40" placeholder="e.g. 95 or 95 GBP" .value=${rate} @input=${(e: Event) => set({ rate: (e.target as HTMLInputElement).value })} /></label>
      <vscode-button secondary @click=${saveRate}>Set rate</vscode-button>
      ${team.hourlyRate !== null ? html`<vscode-button secondary @click=${() => (set({ rate: null, error: null }), a.setRate(null))}>Clear rate</vscode-button>` : nothing}
      <span class="muted" data-rate-text>Now: ${team.hourlyRateText}. The plan checks its hours × this rate against the budget.</span>
    </div>
    ${d.error ? html`<p class="error-text" role="alert" data-team-error>${d.error}</p>` : nothing}
    <vscode-button secondary @click=${() => a.close()}>Close team</vscode-button>
  </section>`;
}
