// The typed views of the workspace index that callers get inside `readWorkspace` /
// `writeWorkspace`: the team, the settings and the (derived, read-only) rollups.
import type { Database } from 'sql.js';
import type { EventRecorder } from '../events';
import { readRollups, type RollupsReader } from './rollups';
import { readSettings, writeSettings, type SettingsReader, type SettingsWriter } from './settings';
import { readTeam, writeTeam, type TeamReader, type TeamWriter } from './team';

export interface WorkspaceReader {
  readonly team: TeamReader;
  readonly settings: SettingsReader;
  readonly rollups: RollupsReader;
}

export interface WorkspaceWriter extends WorkspaceReader {
  readonly team: TeamWriter;
  readonly settings: SettingsWriter;
  /** Workspace-wide learning events of this write (project null unless given). */
  readonly events: EventRecorder;
}

export function workspaceReader(db: Database): WorkspaceReader {
  return { team: readTeam(db), settings: readSettings(db), rollups: readRollups(db) };
}

export function workspaceWriter(db: Database, events: EventRecorder, touch: () => void): WorkspaceWriter {
  // An event is a write: it goes into the index's outbox.
  return { team: writeTeam(db, touch), settings: writeSettings(db, touch), rollups: readRollups(db), events: { record: (e) => (events.record(e), touch()) } };
}
