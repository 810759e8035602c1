// <aicmo-chart>: a vega-lite chart through vega-embed, CSP-safe (expressions interpreted from
// the AST by vega-interpreter: no eval, no new Function; no injected style element), coloured
// from the computed --vscode-* variables and re-embedded when VS Code switches theme.
import { LitElement, css, html } from 'lit';
import embed, { type Result, type VisualizationSpec } from 'vega-embed';
import { expressionInterpreter } from 'vega-interpreter';
import { cssVar, observeTheme } from '../theme';

/** The vega config built from the current theme's colours. */
export function themeConfig(): Record<string, unknown> {
  const fg = cssVar('--vscode-foreground', '#cccccc');
  const muted = cssVar('--vscode-descriptionForeground', fg);
  const grid = cssVar('--vscode-widget-border', cssVar('--vscode-panel-border', '#80808040'));
  const font = cssVar('--vscode-font-family', 'sans-serif');
  const category = [
    cssVar('--vscode-charts-blue', '#3794ff'),
    cssVar('--vscode-charts-orange', '#d18616'),
    cssVar('--vscode-charts-green', '#89d185'),
    cssVar('--vscode-charts-purple', '#b180d7'),
    cssVar('--vscode-charts-red', '#f14c4c'),
    cssVar('--vscode-charts-yellow', '#cca700'),
  ];
  return {
    background: 'transparent',
    font,
    view: { stroke: 'transparent' },
    axis: { labelColor: muted, titleColor: fg, gridColor: grid, domainColor: grid, tickColor: grid },
    legend: { labelColor: muted, titleColor: fg },
    title: { color: fg },
    range: { category },
    mark: { color: category[0] },
  };
}

export class Chart extends LitElement {
  static override properties = { spec: { attribute: false }, label: { type: String } };
  declare spec: VisualizationSpec | null;
  /** Screen-reader description of what the chart shows. */
  declare label: string;
  private result: Result | undefined;
  private stopObserving: (() => void) | undefined;
  private embedding = 0;

  constructor() {
    super();
    this.spec = null;
    this.label = '';
  }

  static override styles = css`
    :host { display: block; }
    .chart { width: 100%; }
  `;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopObserving = observeTheme(() => void this.embedChart());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObserving?.();
    this.result?.finalize();
    this.result = undefined;
  }

  override render() {
    return html`<div class="chart" role="img" aria-label=${this.label}></div>`;
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (changed.has('spec')) void this.embedChart();
  }

  /** Resolves once the current spec is drawn (for tests and benchmarks). */
  rendered: Promise<void> = Promise.resolve();

  private embedChart(): Promise<void> {
    const target = this.renderRoot.querySelector<HTMLElement>('.chart');
    const spec = this.spec;
    const run = ++this.embedding;
    this.result?.finalize();
    this.result = undefined;
    if (!target || !spec) return (this.rendered = Promise.resolve());
    this.rendered = embed(target, spec, {
      ast: true,
      expr: expressionInterpreter,
      actions: false,
      renderer: 'svg',
      defaultStyle: false,
      tooltip: false,
      config: themeConfig(),
    }).then(
      (result) => {
        if (run !== this.embedding) result.finalize();
        else this.result = result;
        this.dispatchEvent(new CustomEvent('chart-rendered', { bubbles: true, composed: true }));
      },
      (error: unknown) => {
        console.warn(`[aicmo chart] ${error instanceof Error ? error.message : String(error)}`);
      },
    );
    return this.rendered;
  }
}
customElements.define('aicmo-chart', Chart);
