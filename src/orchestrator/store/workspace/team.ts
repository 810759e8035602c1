// The `team_members` table of the workspace index (dumped to workspace.sql): who works on the
// campaigns and their weekly hours (the PM subsystem plans capacity from it).
import type { Database } from 'sql.js';
import { newId } from '../../domain/ids';
import type { TeamMember } from '../../subsystems/types';
import { allRows, text } from '../sqlRows';

export interface StoredTeamMember extends TeamMember {
  id: string;
}

export interface TeamReader {
  /** Members by role, then name. */
  list(): StoredTeamMember[];
}

export interface TeamWriter extends TeamReader {
  /** Adds a member (or replaces the one with this id). */
  put(member: TeamMember & { id?: string }): StoredTeamMember;
  remove(id: string): void;
}

export function readTeam(db: Database): TeamReader {
  return {
    list: () =>
      allRows(db, 'SELECT id, name, role, weekly_hours FROM team_members ORDER BY role, name, id').map((r) => ({ id: text(r.id), name: text(r.name), role: text(r.role), weeklyHours: Number(r.weekly_hours) })),
  };
}

export function writeTeam(db: Database, touch: () => void): TeamWriter {
  return {
    ...readTeam(db),
    put(member) {
      touch();
      const id = member.id ?? newId('tm_');
      db.run(
        'INSERT INTO team_members(id, name, role, weekly_hours) VALUES(?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, role = excluded.role, weekly_hours = excluded.weekly_hours',
        [id, member.name, member.role, member.weeklyHours],
      );
      return { id, name: member.name, role: member.role, weeklyHours: member.weeklyHours };
    },
    remove(id) {
      touch();
      db.run('DELETE FROM team_members WHERE id = ?', [id]);
    },
  };
}
