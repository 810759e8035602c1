// What the store says now about an artifact, beyond the version a run stored: the creatives'
// status from their current set (decisions and schedules happen after the run), and, for an
// artifact built from imported data or decisions, what arrived since it was made (imports, decisions)
// — the version is then out of date and says so, with what changed. Pure over a project reader.
import type { ProjectReader } from '../store/project/transaction';

const AWAITING = new Set(['draft', 'in_review', 'changes_requested']);

/** The creatives' status as their current set has it (undefined before any creative is stored). */
export function creativesStatusNow(statuses: readonly string[]): string | undefined {
  if (statuses.length === 0) return undefined;
  if (statuses.some((s) => s === 'in_review' || s === 'draft')) return 'in_review';
  if (statuses.some((s) => AWAITING.has(s))) return 'changes_requested';
  if (statuses.includes('scheduled')) return 'scheduled';
  if (statuses.includes('approved')) return 'approved';
  return 'rejected';
}

/** The status to show for a creatives artifact: a stale set stays stale; otherwise where its creatives' decisions stand now. */
export function creativesStatusShown(artifactStatus: string, statuses: readonly string[]): string {
  return artifactStatus === 'stale' ? artifactStatus : (creativesStatusNow(statuses) ?? artifactStatus);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function files(names: readonly string[]): string {
  const shown = names.slice(0, 3).join(', ');
  return names.length > 3 ? `${shown} and ${plural(names.length - 3, 'more')}` : shown;
}

/**
 * Why the version made at `createdAt` no longer reflects the store, in one sentence with what
 * changed ("3 imports of results since this version (a.csv, b.csv, c.csv) — Re-run to
 * bring it up to date."), or null when nothing it is built from arrived since.
 */
export function changedSinceVersion(tx: ProjectReader, name: string, createdAt: string | null): string | null {
  if (createdAt === null) return null;
  const imports = tx.imports.list().filter((i) => i.importedAt > createdAt);
  const results = imports.filter((i) => i.format !== 'google-trends');
  const trends = imports.filter((i) => i.format === 'google-trends');
  const changes: string[] = [];
  if (name === 'analytics' || name === 'portal') {
    if (results.length > 0) changes.push(`${plural(results.length, 'import')} of results (${files(results.map((i) => i.fileName))})`);
  }
  if (name === 'social' && trends.length > 0) changes.push(`${plural(trends.length, 'trends import')} (${files(trends.map((i) => i.fileName))})`);
  if (name === 'portal') {
    const decisions = tx.approvals.list().filter((a) => a.at > createdAt && (a.action === 'approve' || a.action === 'reject' || a.action === 'request_changes'));
    if (decisions.length > 0) changes.push(plural(decisions.length, 'decision'));
  }
  if (changes.length === 0) return null;
  return `${changes.join(' and ')} since this version — Re-run to bring it up to date.`;
}
