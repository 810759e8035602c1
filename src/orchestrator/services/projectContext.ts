// getProjectContext: what a strategist needs before acting on a project — the intake, the
// current strategy (latest version, status, why), the approval trail and the stage with blockers.
import { isPaused } from '../flow/pause';
import type { Project } from '../domain/project';
import type { StoredArtifact } from '../store/types';
import type { ApprovalActionRecord } from '../subsystems/types';
import type { Blocker } from './blockers';
import { deriveProjectSummary } from './deriveProjectSummary';
import type { ServiceEnv } from './env';
import { pipelineProject } from './pipeline';
import { attempt, type Result } from './result';

export interface ProjectContext {
  project: Project;
  stage: string;
  badges: string[];
  blockers: Blocker[];
  /** The latest strategy version, or null when none was made yet. */
  strategy: StoredArtifact | null;
  /** Every approval action on the project (strategy, creatives, holds), oldest first. */
  approvals: ApprovalActionRecord[];
}

export function getProjectContext(env: ServiceEnv, projectRef: string): Promise<Result<ProjectContext>> {
  return attempt(async () => {
    const paused = await isPaused(env.store);
    return env.store.readProject(projectRef, (tx) => {
      const project = tx.project;
      // Derived from the file itself, so it is current even if the index lags.
      const derived = deriveProjectSummary(tx);
      const row = pipelineProject(
        { ...project, goalMetric: project.goalMetric, stage: derived.stage, flags: derived.flags },
        paused,
      );
      return {
        project,
        stage: derived.stage,
        badges: row.badges,
        blockers: row.blockers,
        strategy: tx.artifacts.latest('strategy') ?? null,
        approvals: tx.approvals.list(),
      };
    });
  });
}
