// <aicmo-virtual-list>: a long list that renders only what is on screen (@lit-labs/virtualizer),
// so 10,000 rows open and scroll smoothly. Rendered in light DOM so the panel's styles apply to
// the rows; give it (and its lit-virtualizer) a height with the panel's CSS.
import { LitElement, html, type TemplateResult } from 'lit';
import '@lit-labs/virtualizer';

export class VirtualList<T = unknown> extends LitElement {
  static override properties = {
    items: { attribute: false },
    renderItem: { attribute: false },
    label: { type: String },
  };
  declare items: readonly T[];
  declare renderItem: (item: T, index: number) => TemplateResult;
  declare label: string;

  constructor() {
    super();
    this.items = [];
    this.renderItem = () => html``;
    this.label = '';
  }

  /** Light DOM: rows are styled by the panel that renders them. Size it with CSS. */
  protected override createRenderRoot() {
    return this;
  }

  override render() {
    return html`<lit-virtualizer scroller role="list" aria-label=${this.label} .items=${this.items as T[]} .renderItem=${this.renderItem}></lit-virtualizer>`;
  }
}
customElements.define('aicmo-virtual-list', VirtualList);
