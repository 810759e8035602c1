// Stale marking: when an upstream artifact gets a new approved version, the latest versions
// built on an older version of it are marked `stale`, with a note naming the version that
// superseded them; what was built on those is marked stale in turn.
import type { ArtifactsWriter } from '../store/types';

export interface StaleMark {
  id: string;
  kind: string;
  version: number;
  note: string;
}

export function markStaleDownstream(artifacts: ArtifactsWriter, kind: string, approvedVersion: number): StaleMark[] {
  const marks: StaleMark[] = [];
  const latest = Object.values(artifacts.latestByKind());
  // (kind, version that makes older dependents stale | exact version that is now stale)
  const queue: { kind: string; newer?: number; staleVersion?: number; cause: string }[] = [{ kind, newer: approvedVersion, cause: `${kind} version ${approvedVersion} was approved` }];
  while (queue.length > 0) {
    const q = queue.shift()!;
    for (const a of latest) {
      if (a.kind === kind || a.status === 'stale' || marks.some((m) => m.id === a.id)) continue;
      const used = a.inputs[q.kind];
      if (used === undefined) continue;
      const hit = q.newer !== undefined ? used < q.newer : used === q.staleVersion;
      if (!hit) continue;
      const note =
        q.newer !== undefined
          ? `Stale: built on ${q.kind} version ${used}, superseded by approved ${q.kind} version ${q.newer}.`
          : `Stale: built on ${q.kind} version ${used}, which is stale because ${q.cause}.`;
      artifacts.setStatus(a.id, 'stale', note);
      marks.push({ id: a.id, kind: a.kind, version: a.version, note });
      queue.push({ kind: a.kind, staleVersion: a.version, cause: q.cause });
    }
  }
  return marks;
}
