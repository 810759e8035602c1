// <aicmo-status-badge>: a status word with a tone (never colour alone: the word is the status).
import { LitElement, css, html } from 'lit';
import { humanize } from '../format';

const TONES: Record<string, 'ok' | 'warn' | 'error' | 'info' | 'neutral'> = {
  approved: 'ok',
  scheduled: 'ok',
  done: 'ok',
  ahead: 'ok',
  'on track': 'ok',
  growing: 'ok',
  emerging: 'info',
  peak: 'info',
  in_review: 'info',
  draft: 'neutral',
  missing: 'neutral',
  todo: 'neutral',
  in_progress: 'info',
  changes_requested: 'warn',
  stale: 'warn',
  'on hold': 'warn',
  blocked: 'warn',
  behind: 'error',
  declining: 'warn',
  rejected: 'error',
  failed: 'error',
  'failed run': 'error',
  'over-allocated': 'error',
  unassigned: 'warn',
  stale_data: 'warn',
  cancelled: 'error',
  unreadable: 'error',
  error: 'error',
  warning: 'warn',
  paused: 'warn',
  resumed: 'ok',
};

export function toneOf(status: string): string {
  return TONES[status] ?? TONES[status.replace(/ /g, '_')] ?? 'neutral';
}

export class StatusBadge extends LitElement {
  static override properties = { status: { type: String } };
  declare status: string;

  constructor() {
    super();
    this.status = '';
  }

  static override styles = css`
    :host { display: inline-block; }
    span {
      display: inline-block;
      padding: 0 6px;
      border-radius: 9px;
      font-size: 0.85em;
      line-height: 18px;
      border: 1px solid var(--vscode-contrastBorder, transparent);
      background: var(--vscode-badge-background);
      color: var(--vscode-badge-foreground);
      white-space: nowrap;
    }
    .ok { background: color-mix(in srgb, var(--vscode-testing-iconPassed, #3a3) 25%, transparent); color: var(--vscode-foreground); }
    .info { background: color-mix(in srgb, var(--vscode-focusBorder) 25%, transparent); color: var(--vscode-foreground); }
    .warn { background: color-mix(in srgb, var(--vscode-editorWarning-foreground, #c90) 25%, transparent); color: var(--vscode-foreground); }
    .error { background: color-mix(in srgb, var(--vscode-errorForeground) 25%, transparent); color: var(--vscode-foreground); }
  `;

  override render() {
    return html`<span class=${toneOf(this.status)}>${humanize(this.status)}</span>`;
  }
}
customElements.define('aicmo-status-badge', StatusBadge);
