// What `activate` returns (`extension.exports`): the versioned API for other extensions
// (`getAPI(1)`, typed in api/aicmo.d.ts), plus what tests and scripts read — the activation cost
// and read-only views of what the UI shows. No private state is reachable through it.
import type { AicmoExtensionExports } from '../../api/aicmo';
import type { KaizenTreeItemSnapshot } from './tree/kaizenTreeNodes';
import type { TreeSnapshot } from './tree/nodes';

export interface AicmoApi extends AicmoExtensionExports {
  /** Time spent inside `activate`, in milliseconds. */
  readonly activationMs: number;
  /** Time the first load of the orchestrator bundle took (ms); undefined until something needed it. */
  coreLoadMs(): number | undefined;
  /** What the Projects tree shows now (its last loaded model; no reload). */
  projectsTree(): TreeSnapshot;
  /** Reloads the trees and the status bar, as a change on disk would. */
  refresh(): Promise<void>;
  /** The status bar item's text. */
  statusBarText(): string;
  /** The campaigns folder, when known without asking. */
  campaignsFolder(): string | undefined;
  /** The Markdown last shown for a preview named like "Unified View - acme.md". */
  previewText(name: string): string | undefined;
  /** Summaries of the insights the Kaizen tree shows, deriving them when needed. */
  kaizenInsights(): Promise<string[]>;
  /** The Kaizen tree as VS Code shows it (labels, descriptions, open or folded, children), derived again. */
  kaizenTree(): Promise<KaizenTreeItemSnapshot[]>;
  /** The newest snapshot an open panel was given (`unified`, `gallery`, …); undefined when it is not open. */
  panelSnapshot(panel: string): unknown;
  /** Resolves once no refresh of the open campaign notebooks' outputs is under way. */
  notebooksIdle(): Promise<void>;
}
