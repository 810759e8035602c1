// The campaign notebook's contract between the extension host and AICMO's notebook renderer:
// the output item each cell carries (MIME `application/vnd.aicmo.artifact+json`), the decisions a
// cell's output offers and the messages the renderer posts for them (renderer messaging). The host
// validates every message with these schemas before an operation runs.
import * as v from 'valibot';
import type { OperationName } from '../orchestrator/operations/catalog';
import { idListSchema, projectRef, projectRefSchema, text } from './common';

export { ARTIFACT_MIME, NOTEBOOK_CELL_LANGUAGE, NOTEBOOK_CONTROLLER_ID, NOTEBOOK_RENDERER_ID, NOTEBOOK_TYPE } from './notebookIds';

/**
 * The decisions a cell's output carries, by cell: the operation a decision runs and what it
 * decides on — the whole artifact (its latest version) or items of it (creatives by id, or all
 * awaiting) — or, for `plugin`, the latest output of the plugin subsystem the message names (every
 * plugin's cell offers these). Another decidable output is one line here.
 */
export const NOTEBOOK_DECISIONS = {
  strategy: { operation: 'strategy.decide', scope: 'artifact', noun: 'the strategy' },
  media: { operation: 'media.decide', scope: 'artifact', noun: 'the media plan' },
  creatives: { operation: 'creatives.decide', scope: 'items', noun: 'creatives' },
  plugin: { operation: 'subsystem.decide', scope: 'subsystem', noun: 'this output' },
} as const satisfies Record<string, { operation: OperationName | (string & {}); scope: 'artifact' | 'items' | 'subsystem'; noun: string }>;

export type DecidableCell = keyof typeof NOTEBOOK_DECISIONS;
export const DECIDABLE_CELLS = Object.keys(NOTEBOOK_DECISIONS) as DecidableCell[];
export const NOTEBOOK_DECISION_KINDS = ['approve', 'reject', 'request_changes'] as const;

const nullableText = v.nullable(v.string());

export const outputCreativeSchema = v.object({
  id: v.string(),
  channel: v.string(),
  angle: v.string(),
  format: v.string(),
  headline: v.string(),
  body: v.string(),
  cta: v.string(),
  status: v.string(),
  version: v.nullable(v.number()),
  violations: v.array(v.object({ severity: v.string(), message: v.string() })),
});
export type OutputCreative = v.InferOutput<typeof outputCreativeSchema>;

/** The data of one cell's output item. */
export const artifactOutputSchema = v.object({
  v: v.literal(1),
  project: projectRef,
  /** Who decides from this output (the reviewer-name setting). */
  actor: v.string(),
  /** "brief", or the subsystem the cell runs. */
  cell: v.string(),
  kind: v.picklist(['brief', 'subsystem', 'unknown']),
  title: v.string(),
  description: v.string(),
  plugin: v.nullable(v.object({ id: v.string(), label: nullableText })),
  /** The artifact's status, "missing" (never run) or "failed" (never succeeded). */
  status: v.string(),
  version: v.nullable(v.number()),
  statusNote: nullableText,
  /** The latest attempt failed with this sentence (the fields above are the last good version). */
  lastError: nullableText,
  /** Why it cannot run yet (an upstream artifact awaits approval or does not exist). */
  waiting: nullableText,
  /** Why its inputs changed upstream since it was made (empty: current). */
  stale: v.array(v.string()),
  insights: v.array(v.object({ id: v.string(), sentence: v.string() })),
  skipKaizen: v.boolean(),
  createdAt: nullableText,
  /** The decision this output offers, if any (a key of NOTEBOOK_DECISIONS). */
  decisions: v.nullable(v.picklist(DECIDABLE_CELLS)),
  /** The artifact's content (the intake for the brief). */
  content: v.unknown(),
  /** The creatives cell: the stored creatives of the latest set, with their current status. */
  creatives: v.array(outputCreativeSchema),
  /** The outcome of the last run or decision from this notebook, in this cell. */
  notice: v.nullable(v.object({ level: v.picklist(['info', 'warning', 'error']), message: v.string() })),
});
export type ArtifactOutput = v.InferOutput<typeof artifactOutputSchema>;

/** Approve / reject / request changes from a cell's output (a reason is required for the last two). */
export const DecideMessage = v.strictObject({
  type: v.literal('decide'),
  project: projectRefSchema,
  cell: v.picklist(DECIDABLE_CELLS),
  decision: v.picklist(NOTEBOOK_DECISION_KINDS),
  reason: v.optional(text(2000)),
  /** The artifact version shown (artifact decisions refuse a version that is no longer the latest). */
  version: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** The plugin subsystem decided on (cell `plugin`). */
  subsystem: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(100))),
  /** Items by id (creatives), or `all` awaiting ones. */
  ids: v.optional(idListSchema),
  all: v.optional(v.boolean()),
});
export type DecideMessage = v.InferOutput<typeof DecideMessage>;

export const EditIntakeMessage = v.strictObject({ type: v.literal('editIntake'), project: projectRefSchema });

export const notebookMessageSchema = v.variant('type', [DecideMessage, EditIntakeMessage]);
export type NotebookMessage = v.InferOutput<typeof notebookMessageSchema>;

/** A renderer message, checked; an invalid one is one sentence saying why. */
export function parseNotebookMessage(raw: unknown): { ok: true; message: NotebookMessage } | { ok: false; error: string } {
  const parsed = v.safeParse(notebookMessageSchema, raw);
  if (parsed.success) return { ok: true, message: parsed.output };
  const issue = parsed.issues[0]!;
  const path = v.getDotPath(issue);
  return { ok: false, error: `The notebook renderer sent a message AICMO does not accept: ${path ? `${path}: ` : ''}${issue.message.replace(/\.$/, '')}.` };
}

/** The notebook cell a decision is about: the subsystem's name (a plugin's, for `plugin`). */
export function decisionCell(m: DecideMessage): string {
  return m.cell === 'plugin' ? (m.subsystem ?? m.cell) : m.cell;
}

/** The operation call a decision maps to (its input is checked again by the operation). */
export function decisionCall(m: DecideMessage): { name: string; input: Record<string, unknown> } {
  const info = NOTEBOOK_DECISIONS[m.cell];
  const reason = m.reason?.trim() ? { reason: m.reason.trim() } : {};
  const version = m.version === undefined ? {} : { version: m.version };
  if (info.scope === 'artifact') return { name: info.operation, input: { project: m.project, decision: m.decision, ...reason, ...version } };
  if (info.scope === 'subsystem') return { name: info.operation, input: { project: m.project, subsystem: m.subsystem ?? '', decision: m.decision, ...reason, ...version } };
  return { name: info.operation, input: { project: m.project, decision: m.decision, ...reason, ...(m.all === true ? { all: true } : { ids: m.ids ?? [] }) } };
}
