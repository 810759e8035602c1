// The campaign notebook file (`.aicmo/notebooks/<slug>.campaign`): which project it belongs to and
// its cells — the brief, one per subsystem, and the strategist's own Markdown notes — never the
// outputs, which are rebuilt from the store. The file comes from the repo, so it is untrusted: it
// is parsed strictly (JSON, this exact shape) and a bad one is refused with one sentence, never
// "repaired" or overwritten. Writing is deterministic (same cells → same bytes), so git diffs stay
// small.
import * as v from 'valibot';
import { AicmoError } from '../domain/errors';

export const CAMPAIGN_FORMAT = 'aicmo-campaign-notebook';
export const CAMPAIGN_FORMAT_VERSION = 1;
export const CAMPAIGN_EXTENSION = '.campaign';
/** Where "Open Campaign Notebook" keeps a project's notebook, relative to the workspace folder. */
export const NOTEBOOKS_DIR = '.aicmo/notebooks';
const MAX_BYTES = 2_000_000;

const cellSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('brief') }),
  /** A cell that runs a subsystem; the name is the cell's text (an unknown one says so when run). */
  v.strictObject({ kind: v.literal('subsystem'), name: v.pipe(v.string(), v.maxLength(200)) }),
  /** The strategist's own notes, kept as written. */
  v.strictObject({ kind: v.literal('markdown'), text: v.pipe(v.string(), v.maxLength(200_000)) }),
]);

const fileSchema = v.strictObject({
  format: v.literal(CAMPAIGN_FORMAT),
  version: v.literal(CAMPAIGN_FORMAT_VERSION),
  project: v.strictObject({ id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)), slug: v.pipe(v.string(), v.minLength(1), v.maxLength(200)) }),
  cells: v.pipe(v.array(cellSchema), v.maxLength(2000)),
});

export type CampaignCell = v.InferOutput<typeof cellSchema>;
export type CampaignNotebook = v.InferOutput<typeof fileSchema>;

function jsonProblem(text: string, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const at = /position (\d+)/.exec(message);
  if (!at) return 'it is not JSON';
  const before = text.slice(0, Number(at[1]));
  return `it is not JSON (line ${before.split('\n').length})`;
}

/** Reads a notebook file's bytes; one sentence naming the problem (and `name`, the file) when they are not one. */
export function parseCampaignNotebook(bytes: Uint8Array, name = 'This campaign notebook'): CampaignNotebook {
  if (bytes.byteLength > MAX_BYTES) throw new AicmoError('invalid-input', `${name} is ${Math.round(bytes.byteLength / 1024)} KB, larger than a campaign notebook can be (${MAX_BYTES / 1_000_000} MB); it was not opened.`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new AicmoError('invalid-input', `${name} is empty; open the project with "AICMO: Open Campaign Notebook" to make its notebook.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new AicmoError('invalid-input', `${name} cannot be read: ${jsonProblem(text, e)}; it was left as it is.`);
  }
  const parsed = v.safeParse(fileSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0]!;
    const path = v.getDotPath(issue);
    const why = issue.message.replace(/\.$/, '');
    throw new AicmoError('invalid-input', `${name} is not a campaign notebook AICMO can read: ${path ? `${path}: ` : ''}${why}; it was left as it is.`, path ? { field: path } : {});
  }
  return parsed.output;
}

/** The file's bytes: two-space JSON with a final newline, keys in a fixed order. */
export function serializeCampaignNotebook(notebook: CampaignNotebook): Uint8Array {
  const plain = {
    format: CAMPAIGN_FORMAT,
    version: CAMPAIGN_FORMAT_VERSION,
    project: { id: notebook.project.id, slug: notebook.project.slug },
    cells: notebook.cells.map((c) => (c.kind === 'brief' ? { kind: 'brief' } : c.kind === 'subsystem' ? { kind: 'subsystem', name: c.name } : { kind: 'markdown', text: c.text })),
  };
  return new TextEncoder().encode(`${JSON.stringify(plain, null, 2)}\n`);
}

/** A new project's notebook: the brief, then one cell per subsystem in run order. */
export function newCampaignNotebook(project: { id: string; slug: string }, subsystems: readonly string[]): CampaignNotebook {
  return { format: CAMPAIGN_FORMAT, version: CAMPAIGN_FORMAT_VERSION, project: { id: project.id, slug: project.slug }, cells: [{ kind: 'brief' }, ...subsystems.map((name) => ({ kind: 'subsystem' as const, name }))] };
}

/**
 * The cells with every registered subsystem present: one missing (a plugin installed since, or a
 * cell deleted) is put back where the run order puts it, so each subsystem has its cell.
 */
export function withEverySubsystem(cells: readonly CampaignCell[], ordered: readonly { name: string }[]): CampaignCell[] {
  const out = [...cells];
  const has = (n: string) => out.some((c) => c.kind === 'subsystem' && c.name === n);
  ordered.forEach((s, i) => {
    if (has(s.name)) return;
    // After the brief, and after the last cell of a subsystem that runs before it.
    const before = new Set(ordered.slice(0, i).map((x) => x.name));
    let at = out.findIndex((c) => c.kind === 'brief') + 1;
    out.forEach((c, j) => {
      if (c.kind === 'subsystem' && before.has(c.name)) at = Math.max(at, j + 1);
    });
    out.splice(at, 0, { kind: 'subsystem', name: s.name });
  });
  return out;
}

/** `.aicmo/notebooks/<slug>.campaign` (relative, with forward slashes). */
export function notebookPathFor(slug: string): string {
  return `${NOTEBOOKS_DIR}/${slug}${CAMPAIGN_EXTENSION}`;
}
