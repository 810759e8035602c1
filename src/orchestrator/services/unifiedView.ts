// getProjectUnifiedView: the latest artifact of each subsystem (the built-in eight and the plugins' of env.subsystems) by name, with its
// status and the Kaizen insights it applied; a subsystem never run is "missing", one whose latest
// attempt failed says so (with the last good version, if any, still shown). Read from the store on
// every call: the creatives' status is their current set's (decided and scheduled after the run),
// and a version built on data that arrived since it was made says what changed (sinceVersion.ts).
import type { AppliedInsight } from '../kaizen/types';
import { SUBSYSTEM_NAMES } from '../subsystems/types';
import type { ServiceEnv } from './env';
import { attempt, type Result } from './result';
import { changedSinceVersion, creativesStatusShown } from './sinceVersion';
import { statusName, subsystemName } from '../domain/labels';

export interface UnifiedArtifact {
  name: string;
  /** The subsystem's output in words ("Project plan" for pm). */
  label: string;
  /** The artifact's status, or "missing" when the subsystem never produced one. */
  status: string;
  /** The status in words ("in review", "not made yet"). */
  statusLabel: string;
  version: number | null;
  content: unknown;
  insights: AppliedInsight[];
  skipKaizen: boolean;
  statusNote: string | null;
  createdAt: string | null;
  /** The latest attempt failed (its message); the fields above are the last good version. */
  lastError: string | null;
  /** What arrived in the store since this version was made, and that a re-run would take in; null when nothing. */
  outOfDate: string | null;
}

export interface ProjectUnifiedView {
  project: { id: string; slug: string; name: string };
  /** Keyed by subsystem name, in the orchestrator's order. */
  artifacts: Record<string, UnifiedArtifact>;
}

export function getProjectUnifiedView(env: ServiceEnv, projectRef: string): Promise<Result<ProjectUnifiedView>> {
  return attempt(() =>
    env.store.readProject(projectRef, (tx) => {
      const project = tx.project;
      const latest = tx.artifacts.latestByKind();
      const registered: readonly string[] = env.subsystems?.list().map((s) => s.name) ?? SUBSYSTEM_NAMES;
      const names = [...registered, ...Object.keys(latest).filter((k) => !registered.includes(k)).sort()];
      const artifacts: Record<string, UnifiedArtifact> = {};
      const creativeStatuses = tx.creatives.list().map((c) => c.status);
      for (const name of names) {
        const a = latest[name];
        const last = tx.artifacts.latestAttempt(name);
        const shown = a ? (name === 'creatives' ? creativesStatusShown(a.status, creativeStatuses) : a.status) : 'missing';
        artifacts[name] = {
          name,
          label: subsystemName(name),
          status: shown,
          statusLabel: statusName(shown),
          version: a?.version ?? null,
          content: a?.content ?? null,
          insights: a?.insights ?? [],
          skipKaizen: a?.skipKaizen ?? false,
          statusNote: a?.statusNote ?? null,
          createdAt: a?.createdAt ?? null,
          lastError: last?.error ?? null,
          outOfDate: a && a.status !== 'stale' ? changedSinceVersion(tx, name, a.createdAt) : null,
        };
      }
      return { project: { id: project.id, slug: project.slug, name: project.name }, artifacts };
    }),
  );
}
