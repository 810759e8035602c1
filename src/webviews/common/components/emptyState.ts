// <aicmo-empty-state>: "no data" that says how to get data; actions go in the default slot.
import { LitElement, css, html } from 'lit';

export class EmptyState extends LitElement {
  static override properties = { heading: { type: String }, hint: { type: String } };
  declare heading: string;
  /** How to get data, in one sentence. */
  declare hint: string;

  constructor() {
    super();
    this.heading = 'No data';
    this.hint = '';
  }

  static override styles = css`
    :host { display: block; }
    div { padding: 16px; border: 1px dashed var(--vscode-widget-border, var(--vscode-contrastBorder, currentColor)); border-radius: 4px; text-align: center; }
    p { margin: 4px 0; color: var(--vscode-descriptionForeground); }
    strong { color: var(--vscode-foreground); }
    ::slotted(*) { margin-top: 8px; }
  `;

  override render() {
    return html`<div role="status"><strong>${this.heading}</strong><p>${this.hint}</p><slot></slot></div>`;
  }
}
customElements.define('aicmo-empty-state', EmptyState);
