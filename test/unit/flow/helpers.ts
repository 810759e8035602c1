// Fixtures for the orchestrator tests: a real workspace on disk with one project, its event log.
import { EventLog } from '../../../src/orchestrator/events';
import type { ProjectIntake } from '../../../src/orchestrator/domain/project';
import type { LearningEvent } from '../../../src/orchestrator/events';
import { openAicmoWorkspace as openWorkspace } from '../../../src/orchestrator/services/openAicmoWorkspace';
import type { WorkspaceStore } from '../../../src/orchestrator/store/types';
import { intake, tempWorkspace } from '../store/helpers';

export interface Fixture {
  root: string;
  store: WorkspaceStore;
  events: EventLog;
  slug: string;
  projectId: string;
  cleanup: () => void;
}

export async function workspaceWithProject(overrides: Partial<ProjectIntake> = {}): Promise<Fixture> {
  const ws = tempWorkspace();
  const store = await openWorkspace(ws.root, { create: true });
  const events = new EventLog(store.aicmoDir);
  const p = await store.createProject(intake(overrides));
  return {
    root: ws.root,
    store,
    events,
    slug: p.slug,
    projectId: p.id,
    cleanup: () => {
      store.close();
      ws.cleanup();
    },
  };
}

export async function allEvents(events: EventLog, type?: string): Promise<LearningEvent[]> {
  const out: LearningEvent[] = [];
  for await (const e of events.query(type ? { type } : {})) out.push(e);
  return out;
}

export { intake };
