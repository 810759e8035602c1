// Messages every panel shares: the ready handshake, navigation between panels, project
// selection, the persisted UI state, notices from the host, and the snapshot envelope.
import * as v from 'valibot';
import { command, notification, type Schema } from './ipc';
import { PANEL_IDS } from './panelCatalog';

export { PANEL_IDS, PANEL_TITLES, WORKSPACE_PANEL_IDS, type PanelId } from './panelCatalog';
export const panelIdSchema = v.picklist(PANEL_IDS);

/** Non-empty text with a sane upper bound (user text from a webview is untrusted). */
export const text = (max = 10_000) => v.pipe(v.string(), v.maxLength(max));
export const requiredText = (max = 10_000) => v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max));
/** A project id or slug. */
export const projectRefSchema = v.pipe(v.string(), v.minLength(1, 'must name a project'), v.maxLength(200));
/** Who acts (a person's name). */
export const actorSchema = v.pipe(v.string(), v.trim(), v.minLength(1, 'must name who acts'), v.maxLength(200));
export const isoDateSchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'));
/** How many next steps a notice offers at most. */
export const MAX_STEPS = 6;
export const idListSchema = v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(200))), v.minLength(1, 'must list at least one id'), v.maxLength(10_000));

/** UI state a panel persists with setState (data is always re-fetched from the host). */
export const uiStateSchema = v.object({
  project: v.optional(v.nullable(v.string())),
  tab: v.optional(v.string()),
  filters: v.optional(v.record(v.string(), v.string())),
  sort: v.optional(v.object({ key: v.string(), dir: v.picklist(['asc', 'desc']) })),
  selection: v.optional(v.array(v.string())),
});
export type UiState = v.InferOutput<typeof uiStateSchema>;

export const projectRef = v.object({ id: v.string(), slug: v.string(), name: v.string() });
export type ProjectRef = v.InferOutput<typeof projectRef>;

// ---- Commands every panel may send -----------------------------------------------------------

/** The ready handshake: the webview is listening; the host answers with a full snapshot. */
export const ReadyCommand = command('webview/ready', v.object({ panel: panelIdSchema, state: v.nullable(uiStateSchema) }));
export const OpenPanelCommand = command('webview/openPanel', v.object({ panel: panelIdSchema, project: v.optional(v.nullable(projectRefSchema)) }));
export const SelectProjectCommand = command('webview/selectProject', v.object({ project: projectRefSchema }));
export const NewProjectCommand = command('webview/newProject', v.object({}));
export const RefreshCommand = command('webview/refresh', v.object({}));
/** Takes one of the next steps the latest notice offered (by its position; the host keeps the steps). */
export const TakeStepCommand = command('webview/takeStep', v.object({ index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_STEPS - 1)) }));
/** Opens a project's campaign notebook (AICMO: Open Campaign Notebook). */
export const OpenNotebookCommand = command('webview/openNotebook', v.object({ project: projectRefSchema }));

export const COMMON_COMMANDS = [ReadyCommand, OpenPanelCommand, SelectProjectCommand, NewProjectCommand, RefreshCommand, TakeStepCommand, OpenNotebookCommand] as const;

// ---- Notifications every panel handles -------------------------------------------------------

/**
 * A one-sentence outcome of a command (success only when it happened), with the next steps the
 * core offers as button labels (taken with TakeStepCommand) and, when the outcome names items the
 * person should look at next (creatives that need fixing), their ids for the panel to select.
 */
export const NoticeNotification = notification(
  'host/notice',
  v.object({
    level: v.picklist(['info', 'warning', 'error']),
    message: text(2000),
    steps: v.optional(v.pipe(v.array(text(120)), v.maxLength(MAX_STEPS))),
    select: v.optional(v.pipe(v.array(text(400)), v.maxLength(5000))),
  }),
);

/**
 * The envelope of every panel snapshot: the data (null while none could be read), the one-sentence
 * error when reading failed, the project the panel shows and the projects it can switch to.
 */
export function snapshotParams<T>(data: Schema<T>) {
  return v.object({
    /** The project shown (null for workspace-wide panels or when none is chosen). */
    project: v.nullable(projectRef),
    /** Projects the panel can switch to. */
    projects: v.array(projectRef),
    /** Name used as `by` in approvals (from the host's settings). */
    actor: v.string(),
    /** ISO timestamp of the snapshot (ages such as "older than a week" are relative to it). */
    at: v.string(),
    data: v.nullable(data),
    error: v.nullable(v.string()),
  });
}

export interface Snapshot<T> {
  project: ProjectRef | null;
  projects: ProjectRef[];
  actor: string;
  at: string;
  data: T | null;
  error: string | null;
}
