// The typed views of one project file that callers get inside `readProject` / `writeProject`:
// the project and its tables, read-only or with their writes. No sql.js type leaves the store.
import type { Database } from 'sql.js';
import type { Project, ProjectPatch } from '../../domain/project';
import { applyProjectPatch } from '../../domain/projectRules';
import type { EventRecorder } from '../events';
import { readApprovals, writeApprovals, type ApprovalsReader, type ApprovalsWriter } from './approvals';
import { readArtifacts, writeArtifacts, type ArtifactsReader, type ArtifactsWriter } from './artifacts';
import { readCreatives, writeCreatives, type CreativesReader, type CreativesWriter } from './creatives';
import { readImports, writeImports, type ImportsReader, type ImportsWriter } from './imports';
import { readLeads, writeLeads, type LeadsReader, type LeadsWriter } from './leads';
import { readMetrics, writeMetrics, type MetricsReader, type MetricsWriter } from './metrics';
import { readOutreach, writeOutreach, type OutreachReader, type OutreachWriter } from './outreach';
import { readProjectRow, writeProjectRow } from './projectRow';
import { readRuns, writeRuns, type RunsReader, type RunsWriter } from './runs';
import { readTasks, writeTasks, type TasksReader, type TasksWriter } from './tasks';
import { readTrends, writeTrends, type TrendsReader, type TrendsWriter } from './trends';

export interface ProjectReader {
  /** The project as stored (intake, lifecycle, revision). */
  readonly project: Project;
  readonly artifacts: ArtifactsReader;
  readonly creatives: CreativesReader;
  readonly tasks: TasksReader;
  readonly approvals: ApprovalsReader;
  readonly runs: RunsReader;
  readonly metrics: MetricsReader;
  readonly trends: TrendsReader;
  readonly leads: LeadsReader;
  readonly outreach: OutreachReader;
  readonly imports: ImportsReader;
}

export interface ProjectWriter extends ProjectReader {
  readonly artifacts: ArtifactsWriter;
  readonly creatives: CreativesWriter;
  readonly tasks: TasksWriter;
  readonly approvals: ApprovalsWriter;
  readonly runs: RunsWriter;
  readonly metrics: MetricsWriter;
  readonly trends: TrendsWriter;
  readonly leads: LeadsWriter;
  readonly outreach: OutreachWriter;
  readonly imports: ImportsWriter;
  /** The learning events of this write, appended to the log once it is saved. */
  readonly events: EventRecorder;
  /** Applies a patch to the intake or lifecycle (validated: one sentence naming the field); returns the project as it is now. */
  patchProject(patch: ProjectPatch): Project;
}

export function projectReader(db: Database, project: Project): ProjectReader {
  return {
    project,
    artifacts: readArtifacts(db),
    creatives: readCreatives(db),
    tasks: readTasks(db),
    approvals: readApprovals(db),
    runs: readRuns(db),
    metrics: readMetrics(db),
    trends: readTrends(db),
    leads: readLeads(db),
    outreach: readOutreach(db),
    imports: readImports(db),
  };
}

/** `touch` is called before every write (an event is one), so the store knows whether there is anything to save. */
export function projectWriter(db: Database, start: Project, events: EventRecorder, touch: () => void): ProjectWriter {
  let project = start;
  return {
    get project() {
      return project;
    },
    artifacts: writeArtifacts(db, touch),
    creatives: writeCreatives(db, touch),
    tasks: writeTasks(db, touch),
    approvals: writeApprovals(db, touch),
    runs: writeRuns(db, touch),
    metrics: writeMetrics(db, touch),
    trends: writeTrends(db, touch),
    leads: writeLeads(db, touch),
    outreach: writeOutreach(db, touch),
    imports: writeImports(db, touch),
    events: { record: (e) => (events.record(e), touch()) },
    patchProject(patch) {
      const next = applyProjectPatch(project, patch);
      touch();
      writeProjectRow(db, next);
      project = { ...readProjectRow(db)!, slug: project.slug };
      return project;
    },
  };
}
