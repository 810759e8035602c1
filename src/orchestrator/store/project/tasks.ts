// The `tasks` table of a project file: the PM plan's tasks with their live status and hours.
import type { Database } from 'sql.js';
import { allRows, json, numOrNull, oneRow, text, textOrNull, type Row } from '../sqlRows';

export interface TaskRow {
  id: string;
  phase: string;
  template: string | null;
  title: string;
  role: string | null;
  assignee: string | null;
  estimatedHours: number | null;
  actualHours: number | null;
  start: string | null;
  due: string | null;
  dependsOn: string[];
  status: string;
  completedAt: string | null;
}

export interface NewTask {
  id: string;
  phase: string;
  template?: string | null;
  title: string;
  role?: string | null;
  assignee?: string | null;
  estimatedHours?: number | null;
  start?: string | null;
  due?: string | null;
  dependsOn?: string[];
  status?: string;
}

export interface TasksReader {
  /** Tasks by start date, then id. */
  list(): TaskRow[];
  get(id: string): TaskRow | undefined;
}

export interface TasksWriter extends TasksReader {
  /**
   * Stores a plan's tasks: a task id already stored keeps its status, actual hours and assignee
   * (work done is never lost to a re-plan); its plan fields are refreshed. Tasks that are no
   * longer in the plan and were never started are removed.
   */
  upsertPlan(tasks: readonly NewTask[]): void;
  /** Done, with the hours it really took (null: done by a decision, the hours left for the person to fill in). */
  complete(id: string, actualHours: number | null, completedAt: string): void;
  /** A status other than done (todo, in progress, blocked): hours and completion are kept as they are. */
  setStatus(id: string, status: string): void;
}

function toTask(r: Row): TaskRow {
  return {
    id: text(r.id),
    phase: text(r.phase),
    template: textOrNull(r.template),
    title: text(r.title),
    role: textOrNull(r.role),
    assignee: textOrNull(r.assignee),
    estimatedHours: numOrNull(r.estimated_hours),
    actualHours: numOrNull(r.actual_hours),
    start: textOrNull(r.start_date),
    due: textOrNull(r.due_date),
    dependsOn: json<string[]>(r.depends_on, []),
    status: text(r.status),
    completedAt: textOrNull(r.completed_at),
  };
}

export function readTasks(db: Database): TasksReader {
  return {
    list: () => allRows(db, 'SELECT * FROM tasks ORDER BY start_date IS NULL, start_date, id').map(toTask),
    get(id) {
      const r = oneRow(db, 'SELECT * FROM tasks WHERE id = ?', [id]);
      return r ? toTask(r) : undefined;
    },
  };
}

export function writeTasks(db: Database, touch: () => void): TasksWriter {
  const reader = readTasks(db);
  return {
    ...reader,
    upsertPlan(tasks) {
      touch();
      const keep = new Set(tasks.map((t) => t.id));
      for (const old of reader.list()) {
        if (!keep.has(old.id) && old.status === 'todo' && old.actualHours === null) db.run('DELETE FROM tasks WHERE id = ?', [old.id]);
      }
      for (const t of tasks) {
        db.run(
          `INSERT INTO tasks(id, phase, template, title, role, assignee, estimated_hours, actual_hours, start_date, due_date, depends_on, status, completed_at)
           VALUES(?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, NULL)
           ON CONFLICT(id) DO UPDATE SET phase = excluded.phase, template = excluded.template, title = excluded.title, role = excluded.role,
             estimated_hours = excluded.estimated_hours, start_date = excluded.start_date, due_date = excluded.due_date, depends_on = excluded.depends_on`,
          [t.id, t.phase, t.template ?? null, t.title, t.role ?? null, t.assignee ?? null, t.estimatedHours ?? null, t.start ?? null, t.due ?? null, JSON.stringify(t.dependsOn ?? []), t.status ?? 'todo'],
        );
      }
    },
    complete(id, actualHours, completedAt) {
      touch();
      db.run("UPDATE tasks SET status = 'done', actual_hours = ?, completed_at = ? WHERE id = ?", [actualHours, completedAt, id]);
    },
    setStatus(id, status) {
      touch();
      db.run('UPDATE tasks SET status = ? WHERE id = ?', [status, id]);
    },
  };
}
