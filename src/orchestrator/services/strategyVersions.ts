// getStrategyVersions: every strategy version of a project that has content, oldest first (the
// War Room diffs them; the last one is the current strategy).
import type { StoredArtifact } from '../store/types';
import type { ServiceEnv } from './env';
import { attempt, type Result } from './result';

export function getStrategyVersions(env: ServiceEnv, projectRef: string): Promise<Result<StoredArtifact[]>> {
  return attempt(() =>
    env.store.readProject(projectRef, (tx) =>
      tx.artifacts
        .history('strategy')
        .filter((a) => a.content !== null && a.error === null)
        .sort((a, b) => a.version - b.version),
    ),
  );
}
