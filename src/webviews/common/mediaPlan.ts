// The media plan's diff as the War Room and the Unified View render it: per channel its human
// name, the approved share → the proposed share, the change in points and the evidence; and
// which decisions the plan's status allows.
import { html, nothing, type TemplateResult } from 'lit';
import type { MediaChangeView, MediaPlanView } from '../../protocol/panels/mediaPlan';

/** 0.4 → "40%", 0.125 → "12.5%". */
export function shareText(share: number): string {
  return `${(Math.round(share * 1000) / 10).toString()}%`;
}

/** +0.1 → "+10 pts", −0.05 → "−5 pts", 0 → "no change"; null (new channel) → "new". */
export function changeText(ch: MediaChangeView): string {
  if (ch.change === null) return ch.from === null ? 'new' : '';
  const pts = Math.round(Math.abs(ch.change) * 1000) / 10;
  if (pts === 0) return 'no change';
  return `${ch.change > 0 ? '+' : '−'}${pts.toString()} pts`;
}

/** A version can be approved unless it is approved already or stale; sent back unless stale. */
export function mediaDecisions(m: MediaPlanView): { approve: boolean; refuse: boolean; largerMove: boolean } {
  const open = m.status !== 'stale';
  return { approve: open && m.status !== 'approved', refuse: open, largerMove: open && m.status !== 'approved' && m.guardrail?.recommendLargerMove === true };
}

/** The diff table: Channel | <against> | Proposed | Change | Why (the evidence). */
export function mediaDiffTable(m: MediaPlanView, options: { why?: boolean } = {}): TemplateResult {
  const why = options.why ?? true;
  return html`<div class="table-wrap"><table class="media-diff">
    <caption class="visually-hidden">Media plan v${m.version} against ${m.against}</caption>
    <thead><tr><th scope="col">Channel</th><th scope="col">${capital(m.against)}</th><th scope="col">Proposed</th><th scope="col">Change</th>${why ? html`<th scope="col">Why</th>` : nothing}</tr></thead>
    <tbody>${m.changes.map(
      (ch) => html`<tr data-channel=${ch.channel}>
        <th scope="row" class="channel">${ch.label}</th>
        <td class="from">${ch.from === null ? '—' : shareText(ch.from)}</td>
        <td class="to">${shareText(ch.to)}</td>
        <td class="change ${ch.change !== null && ch.change > 0.0005 ? 'up' : ch.change !== null && ch.change < -0.0005 ? 'down' : ''}">${changeText(ch)}</td>
        ${why ? html`<td class="why">${ch.why}</td>` : nothing}
      </tr>`,
    )}</tbody>
  </table></div>`;
}

const capital = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
