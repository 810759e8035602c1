// The last version of an artifact a person approved: the highest version whose status is
// approved, or stale after an approval (a later upstream approval made it stale, but it is still
// what was signed off and what runs). Failed attempts are never approved.
import type { ProjectReader, StoredArtifact } from '../store/types';

export function lastApproved(tx: ProjectReader, kind: string): StoredArtifact | undefined {
  const history = tx.artifacts.history(kind).filter((a) => a.error === null);
  if (!history.some((a) => a.status === 'approved' || a.status === 'stale')) return undefined;
  const approvedIds = new Set(tx.approvals.list({ kind }).filter((x) => x.action === 'approve').map((x) => x.target.id));
  return history.find((a) => a.status === 'approved' || (a.status === 'stale' && approvedIds.has(a.id)));
}
