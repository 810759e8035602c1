// What an artifact's content also becomes outside the artifacts table: creative variants as
// rows of `creatives`, PM tasks as rows of `tasks` (inside the artifact's transaction), and the
// portal's client review pack as files under `.aicmo/reports/` (after it is saved). Keyed by
// artifact kind; a kind without an entry is stored as an artifact only.
import path from 'node:path';
import type { Database } from 'sql.js';
import { insertCreatives, listCreatives, upsertPlanTasks, type NewCreative, type NewTask, type StoredArtifact } from '../artifacts';
import type { Project } from '../domain/project';
import { writeFileAtomic } from '../store/atomicFile';
import { makeFolders } from '../store/pathGuard';

export interface Projection {
  /** Runs inside the transaction that stores the artifact. */
  inDb?(db: Database, artifact: StoredArtifact, content: unknown, project: Project): void;
  /** Runs after the artifact is saved; returns paths of files written. */
  afterSave?(aicmoDir: string, project: Project, artifact: StoredArtifact, content: unknown): string[];
}

interface VariantLike {
  channel?: unknown;
  format?: unknown;
  angle?: unknown;
  headline?: unknown;
  body?: unknown;
  cta?: unknown;
  status?: unknown;
  violations?: unknown;
  rank?: unknown;
  rankReason?: unknown;
}

const s = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);

/**
 * Creative row ids are readable and deterministic: "<project slug>-v<creatives version>-<variant
 * id>", e.g. "acme-spring-v2-meta-social-proof" (unique across the workspace, since slugs are).
 */
export function creativeRowId(slug: string, version: number, variantId: string): string {
  return `${slug}-v${version}-${variantId}`;
}

function storeCreativeRows(db: Database, artifact: StoredArtifact, content: unknown, project: Project): void {
  const variants = ((content as { variants?: unknown })?.variants ?? []) as VariantLike[];
  if (!Array.isArray(variants)) return;
  const previous = new Map(listCreatives(db).map((c) => [`${c.channel}\u0000${c.angle}`, c.id]));
  const rows: NewCreative[] = variants.map((v, i) => ({
    id: creativeRowId(project.slug, artifact.version, typeof (v as { id?: unknown }).id === 'string' ? (v as { id: string }).id : `${s(v.channel)}-${s(v.angle)}-${i + 1}`),
    channel: s(v.channel),
    format: s(v.format),
    angle: s(v.angle),
    headline: s(v.headline),
    body: s(v.body),
    cta: s(v.cta),
    status: s(v.status, 'in_review'),
    violations: Array.isArray(v.violations) ? v.violations : [],
    rank: typeof v.rank === 'number' ? v.rank : null,
    rankReason: typeof v.rankReason === 'string' ? v.rankReason : null,
    parentId: previous.get(`${s(v.channel)}\u0000${s(v.angle)}`) ?? null,
  }));
  insertCreatives(db, artifact.id, artifact.version, rows, artifact.createdAt);
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

function storeTaskRows(db: Database, _artifact: StoredArtifact, content: unknown): void {
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
  upsertPlanTasks(db, rows);
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
  creatives: { inDb: storeCreativeRows },
  pm: { inDb: storeTaskRows },
  portal: { afterSave: writeReviewPack },
};
