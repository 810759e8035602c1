// What an artifact's content also becomes outside the artifacts table: creative variants as
// rows of `creatives`, PM tasks as rows of `tasks` (inside the artifact's transaction), and the
// portal's client review pack as files under `.aicmo/reports/` (after it is saved). Keyed by
// artifact kind; a kind without an entry is stored as an artifact only.
import path from 'node:path';
import type { Project } from '../domain/project';
import { writeFileAtomic } from '../store/atomicFile';
import { makeFolders } from '../store/pathGuard';
import type { NewCreative, NewTask, ProjectWriter, StoredArtifact } from '../store/types';
import { stableJson } from './inputsHash';

export interface Projection {
  /** Runs inside the transaction that stores the artifact. */
  inTx?(tx: ProjectWriter, artifact: StoredArtifact, content: unknown): void;
  /** Runs after the artifact is saved; returns paths of files written. */
  afterSave?(aicmoDir: string, project: Project, artifact: StoredArtifact, content: unknown): string[];
}

interface VariantLike {
  id?: unknown;
  key?: unknown;
  channel?: unknown;
  format?: unknown;
  angle?: unknown;
  language?: unknown;
  fields?: unknown;
  facts?: unknown;
  fingerprint?: unknown;
  inputs?: unknown;
  headline?: unknown;
  body?: unknown;
  cta?: unknown;
  status?: unknown;
  violations?: unknown;
  rank?: unknown;
  rankReason?: unknown;
}

const s = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const obj = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/**
 * Creative row ids are readable and deterministic: "<project slug>-v<creatives version>-<variant
 * id>", e.g. "acme-spring-v2-meta-social-proof" (unique across the workspace, since slugs are).
 */
export function creativeRowId(slug: string, version: number, variantId: string): string {
  return `${slug}-v${version}-${variantId}`;
}

const INPUT_WORDS: [string, string][] = [
  ['product', 'the product'],
  ['brand', 'the brand'],
  ['benefits', 'a benefit it uses'],
  ['proofs', 'a proof point it uses'],
  ['offer', 'the offer'],
  ['landingUrl', 'the landing URL'],
  ['mustInclude', 'the must-include terms'],
  ['rules', "the brief's rules"],
  ['format', 'the ad format'],
  ['cta', 'the call to action'],
  ['address', 'the form of address'],
  ['engine', 'the generation engine'],
  ['generation', 'a regenerate was asked for'],
];

const SCALAR_FACTS = new Set(['product', 'brand', 'offer']);

/** What differs between the inputs of two versions of a creative, in words ("a benefit it uses and the brief's rules"). */
export function changedInputs(before: Record<string, unknown>, after: Record<string, unknown>, brief?: { benefits?: readonly string[] | undefined; proofs?: readonly string[] | undefined }): string {
  const bf = obj(before.facts);
  const af = obj(after.facts);
  const value = (o: Record<string, unknown>, f: Record<string, unknown>, k: string): unknown => (k in f ? f[k] : o[k]);
  // A name one version says and the other does not (its copy leads with other facts) is not a change of that name.
  const dropped = (k: string): boolean => SCALAR_FACTS.has(k) && k in bf !== k in af;
  // With the brief at hand, a benefit or proof point changed only when one the old version used is no longer in it (the new version leading with another is not a change).
  const listKept = (k: string): boolean => {
    const now = k === 'benefits' ? brief?.benefits : k === 'proofs' ? brief?.proofs : undefined;
    const used = bf[k];
    return now !== undefined && Array.isArray(used) && used.every((x) => now.includes(x as string));
  };
  const out = INPUT_WORDS.filter(([k]) => !dropped(k) && !listKept(k) && stableJson(value(before, bf, k) ?? null) !== stableJson(value(after, af, k) ?? null)).map(([, w]) => w);
  if (out.length === 0) return Object.keys(before).length === 0 ? 'it was made before creatives recorded their inputs' : 'the language model wrote its copy (the earlier write had failed)';
  return out.length === 1 ? out[0]! : `${out.slice(0, -1).join(', ')} and ${out[out.length - 1]}`;
}

/**
 * A creatives artifact's variants as rows: a variant whose fingerprint is that of the current
 * creative of its key is that creative (kept with its status, schedule, comments and history;
 * only its rank moves); any other is a new version, linked to the one it replaces, which is
 * marked stale with why and keeps its decision. A current creative whose key the set no longer
 * has (its channel left the plan) stays, marked stale.
 */
function storeCreativeRows(tx: ProjectWriter, artifact: StoredArtifact, content: unknown): void {
  const project = tx.project;
  const variants = ((content as { variants?: unknown })?.variants ?? []) as VariantLike[];
  if (!Array.isArray(variants)) return;
  const current = new Map(tx.creatives.list().map((c) => [c.key, c]));
  const seen = new Set<string>();
  const rows: NewCreative[] = [];
  const replaced: { id: string; newId: string; note: string }[] = [];
  variants.forEach((v, i) => {
    const variantId = s(v.id, `${s(v.channel)}-${s(v.angle)}-${i + 1}`);
    const key = s(v.key, variantId);
    seen.add(key);
    const rank = typeof v.rank === 'number' ? v.rank : null;
    const rankReason = typeof v.rankReason === 'string' ? v.rankReason : null;
    const prev = current.get(key);
    if (prev && prev.fingerprint !== '' && prev.fingerprint === s(v.fingerprint) && stableJson(prev.fields) === stableJson(obj(v.fields))) {
      tx.creatives.updateKept(prev.id, rank, rankReason, null);
      return;
    }
    const id = creativeRowId(project.slug, artifact.version, variantId);
    const inputs = obj(v.inputs);
    rows.push({
      id,
      key,
      channel: s(v.channel),
      format: s(v.format),
      angle: s(v.angle),
      language: s(v.language, 'en'),
      headline: s(v.headline),
      body: s(v.body),
      cta: s(v.cta),
      fields: obj(v.fields) as Record<string, string | string[]>,
      facts: Array.isArray(v.facts) ? v.facts.filter((f): f is string => typeof f === 'string') : [],
      fingerprint: s(v.fingerprint),
      inputs,
      generation: typeof inputs.generation === 'number' ? inputs.generation : 0,
      status: s(v.status, 'in_review'),
      violations: Array.isArray(v.violations) ? v.violations : [],
      rank,
      rankReason,
      parentId: prev?.id ?? null,
    });
    if (prev) replaced.push({ id: prev.id, newId: id, note: `Stale: replaced by ${id} (creatives version ${artifact.version}) because ${changedInputs(prev.inputs, inputs, { benefits: project.benefits, proofs: project.proofPoints })}; it stays ${prev.status.replace('_', ' ')}.` });
  });
  tx.creatives.insertSet(artifact.id, artifact.version, rows, artifact.createdAt);
  for (const r of replaced) tx.creatives.markReplaced(r.id, r.newId, r.note);
  for (const [key, c] of current) {
    if (!seen.has(key) && c.staleNote === null) tx.creatives.updateKept(c.id, null, c.rankReason, `Stale: creatives version ${artifact.version} has no ${key} (its channel, angle or language is no longer planned); it stays ${c.status.replace('_', ' ')}.`);
  }
}

interface TaskLike {
  id?: unknown;
  phase?: unknown;
  template?: unknown;
  title?: unknown;
  role?: unknown;
  estimatedHours?: unknown;
  start?: unknown;
  due?: unknown;
  dependsOn?: unknown;
}

function storeTaskRows(tx: ProjectWriter, _artifact: StoredArtifact, content: unknown): void {
  const tasks = ((content as { tasks?: unknown })?.tasks ?? []) as TaskLike[];
  if (!Array.isArray(tasks)) return;
  const rows: NewTask[] = tasks
    .filter((t) => typeof t.id === 'string')
    .map((t) => ({
      id: t.id as string,
      phase: s(t.phase),
      template: typeof t.template === 'string' ? t.template : null,
      title: s(t.title),
      role: typeof t.role === 'string' ? t.role : null,
      estimatedHours: typeof t.estimatedHours === 'number' ? t.estimatedHours : null,
      start: typeof t.start === 'string' ? t.start : null,
      due: typeof t.due === 'string' ? t.due : null,
      dependsOn: Array.isArray(t.dependsOn) ? t.dependsOn.filter((d): d is string => typeof d === 'string') : [],
    }));
  tx.tasks.upsertPlan(rows);
}

function writeReviewPack(aicmoDir: string, project: Project, artifact: StoredArtifact, content: unknown): string[] {
  const pack = (content as { reviewPack?: { fileStem?: unknown; markdown?: unknown; html?: unknown } })?.reviewPack;
  if (!pack || typeof pack.markdown !== 'string' || typeof pack.html !== 'string') return [];
  const stem = (typeof pack.fileStem === 'string' && /^[a-z0-9][a-z0-9._-]*$/i.test(pack.fileStem) ? pack.fileStem : `${project.slug}-review-v${artifact.version}`).replace(/\.+$/, '');
  const dir = path.join(aicmoDir, 'reports');
  makeFolders(dir);
  const md = path.join(dir, `${stem}.md`);
  const html = path.join(dir, `${stem}.html`);
  writeFileAtomic(md, pack.markdown);
  writeFileAtomic(html, pack.html);
  return [md, html];
}

export const PROJECTIONS: Readonly<Record<string, Projection>> = {
  creatives: { inTx: storeCreativeRows },
  pm: { inTx: storeTaskRows },
  portal: { afterSave: writeReviewPack },
};
