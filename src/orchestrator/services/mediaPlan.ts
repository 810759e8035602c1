// getProjectMediaPlan: a project's latest media plan (the proposal, with its diff against the
// approved plan) and the approved version that creatives, PM and the portal follow.
import { lastApproved } from '../flow/approvedVersion';
import type { MediaContent } from '../subsystems/media/types';
import type { ServiceEnv } from './env';
import { attempt, type Result } from './result';

export interface ProjectMediaPlan {
  project: { id: string; slug: string; name: string };
  /** The latest media plan version, or null before the first run. */
  latest: { id: string; version: number; status: string; statusNote: string | null; createdAt: string; content: MediaContent } | null;
  /** The last version a person approved (status approved, or stale after approval), or null. */
  approved: { id: string; version: number; status: string } | null;
  /** The version downstream subsystems follow: the approved one while it is current, else the latest. */
  inUse: number | null;
}

export function getProjectMediaPlan(env: ServiceEnv, projectRef: string): Promise<Result<ProjectMediaPlan>> {
  return attempt(() =>
    env.store.readProject(projectRef, (tx) => {
      const project = tx.project;
      const latest = tx.artifacts.latest('media');
      const approved = lastApproved(tx, 'media');
      return {
        project: { id: project.id, slug: project.slug, name: project.name },
        latest: latest ? { id: latest.id, version: latest.version, status: latest.status, statusNote: latest.statusNote, createdAt: latest.createdAt, content: latest.content as MediaContent } : null,
        approved: approved ? { id: approved.id, version: approved.version, status: approved.status } : null,
        inUse: approved?.status === 'approved' ? approved.version : (latest?.version ?? null),
      };
    }),
  );
}
