// Shared CSS for every panel (adopted stylesheets: no inline style attributes, CSP-safe).
// Colours come only from --vscode-* variables; high-contrast themes get visible borders. Text in a
// warning, error or success colour uses the tokens VS Code keeps readable on the editor
// background in every theme (the list and git decoration foregrounds: 4.5:1 or more), not
// editorWarning/errorForeground, which are icon colours (#bf8803 on white is 3.1:1).
// Disabled buttons: vscode-elements draws a disabled vscode-button at opacity 0.4, which puts its
// label under 4.5:1 in every theme (High Contrast Light: white on light blue, 1.9:1), and VS Code's
// disabledForeground is no better (#7f7f7f on white, 4.0:1). So a disabled button here keeps full
// opacity, drops its fill (the surface under it shows) and draws its label and a dashed outline
// in the theme's descriptionForeground, the colour themes keep readable for secondary text:
// plainly not clickable, still legible.
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    color: var(--vscode-foreground);
    font-family: var(--vscode-font-family);
    font-size: var(--vscode-font-size);
    --gap: 8px;
    --card-bg: var(--vscode-editorWidget-background, var(--vscode-sideBar-background));
    --card-border: var(--vscode-widget-border, var(--vscode-contrastBorder, transparent));
    --aicmo-warning-fg: var(--vscode-list-warningForeground, var(--vscode-foreground));
    --aicmo-error-fg: var(--vscode-list-errorForeground, var(--vscode-foreground));
    --aicmo-ok-fg: var(--vscode-gitDecoration-addedResourceForeground, var(--vscode-foreground));
  }
  * { box-sizing: border-box; }
  h1 { font-size: 1.4em; font-weight: 600; margin: 0; }
  h2 { font-size: 1.15em; font-weight: 600; margin: 16px 0 8px; }
  h3 { font-size: 1em; font-weight: 600; margin: 0 0 4px; }
  .muted { color: var(--vscode-descriptionForeground); }
  .error-text { color: var(--aicmo-error-fg); }
  .warning-text { color: var(--aicmo-warning-fg); }
  .ok-text { color: var(--aicmo-ok-fg); }
  header.panel-header { display: flex; align-items: center; gap: var(--gap); flex-wrap: wrap; margin-bottom: 12px; }
  header.panel-header h1 { flex: 1 1 auto; }
  .toolbar { display: flex; gap: var(--gap); align-items: center; flex-wrap: wrap; margin: 8px 0; }
  .card {
    background: var(--card-bg);
    border: 1px solid var(--card-border);
    border-radius: 4px;
    padding: 8px 10px;
  }
  .card:focus-within, .card:focus { outline: 1px solid var(--vscode-focusBorder); }
  .grid { display: grid; gap: var(--gap); grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); }
  .row { display: flex; gap: var(--gap); align-items: center; flex-wrap: wrap; }
  .notice { padding: 6px 10px; margin: 8px 0; border-left: 3px solid var(--vscode-focusBorder); background: var(--vscode-textBlockQuote-background); display: flex; gap: var(--gap); align-items: center; }
  .notice.error { border-left-color: var(--vscode-errorForeground); }
  .notice.warning { border-left-color: var(--vscode-editorWarning-foreground); }
  .notice { flex-wrap: wrap; }
  .notice > span:first-child { flex: 1; min-width: 16em; }
  .notice .next-steps { display: flex; gap: var(--gap); flex-wrap: wrap; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--vscode-widget-border, var(--vscode-panel-border)); vertical-align: top; }
  th { font-weight: 600; color: var(--vscode-descriptionForeground); }
  th button.sort { all: unset; cursor: pointer; font-weight: 600; }
  th button.sort:focus-visible { outline: 1px solid var(--vscode-focusBorder); }
  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
  select, input[type='date'], input[type='number'] {
    background: var(--vscode-dropdown-background);
    color: var(--vscode-dropdown-foreground);
    border: 1px solid var(--vscode-dropdown-border, var(--vscode-contrastBorder, transparent));
    font: inherit;
    padding: 2px 4px;
  }
  select:focus, input:focus { outline: 1px solid var(--vscode-focusBorder); }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  progress, meter { width: 100%; height: 8px; accent-color: var(--vscode-progressBar-background); }
  a, .link { color: var(--vscode-textLink-foreground); cursor: pointer; background: none; border: none; padding: 0; font: inherit; text-align: left; }
  .link:focus-visible { outline: 1px solid var(--vscode-focusBorder); }
  vscode-button[disabled] { opacity: 1; }
  vscode-button[disabled]::part(base) {
    background: transparent;
    color: var(--vscode-descriptionForeground, var(--vscode-foreground));
    border-color: var(--vscode-descriptionForeground, var(--vscode-foreground));
    border-style: dashed;
  }
  ul.plain { list-style: none; padding: 0; margin: 0; }
  ul.plain li { padding: 3px 0; }
  pre.text { white-space: pre-wrap; font-family: var(--vscode-editor-font-family); margin: 0; }
`;
