// Layout below the narrow breakpoint, shared by the panels: a panel is as wide as its editor
// group, so side by side with the editor or a side bar it is often under 1,000 px. Tables marked
// `reflow` then draw each row as a card: the first cell as its heading across the card, the
// others as labelled values (`data-label` on each cell) that wrap onto as many lines as the width
// needs, so no column is clipped and the page never scrolls sideways. A `sortable` table keeps its
// header as a row of sort buttons (a header cell marked `no-sort` is only read out); another
// table's header is only read out. The table, row and cell roles are set in the markup too,
// because Chromium drops a table's roles once its parts are not displayed as table parts.
import { css, unsafeCSS } from 'lit';

/** The media condition under which panels reflow (the War Room's columns stack at the same width). */
export const NARROW = unsafeCSS('(max-width: 1000px)');

export const reflowTableStyles = css`
  @media ${NARROW} {
    table.reflow, table.reflow thead, table.reflow tbody { display: block; }
    table.reflow thead tr { display: flex; flex-wrap: wrap; gap: 2px calc(var(--gap) * 2); border-bottom: 1px solid var(--vscode-widget-border, var(--vscode-panel-border)); }
    table.reflow thead th { border-bottom: none; padding: 4px 0; }
    table.reflow:not(.sortable) thead, table.reflow thead th.no-sort {
      position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
    }
    table.reflow tbody tr {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 9.5em), 1fr));
      gap: 4px var(--gap);
      padding: 8px 0;
      border-bottom: 1px solid var(--vscode-widget-border, var(--vscode-panel-border));
    }
    table.reflow tbody td { display: block; border-bottom: none; padding: 0; min-width: 0; overflow-wrap: anywhere; text-align: left; }
    table.reflow tbody td:first-child { grid-column: 1 / -1; font-weight: 600; }
    table.reflow tbody td[data-label]:not(:first-child)::before {
      content: attr(data-label);
      display: block;
      font-size: 0.9em;
      color: var(--vscode-descriptionForeground);
    }
    table.reflow tbody td.wide { grid-column: 1 / -1; }
  }
`;
