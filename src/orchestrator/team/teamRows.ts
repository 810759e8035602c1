// The workspace team in the index database (`team_members`): the only code that touches it, so a
// change of the store API changes one file.
import type { Database } from 'sql.js';
import { HOURLY_RATE_SETTING } from './hourlyRate';

export interface TeamMemberRow {
  id: string;
  name: string;
  role: string;
  weeklyHours: number;
}

export function listTeamRows(db: Database): TeamMemberRow[] {
  return (db.exec('SELECT id, name, role, weekly_hours FROM team_members ORDER BY role, name, id')[0]?.values ?? []).map((v) => ({ id: String(v[0]), name: String(v[1]), role: String(v[2]), weeklyHours: Number(v[3]) }));
}

export function insertTeamRow(db: Database, row: TeamMemberRow): void {
  db.run('INSERT INTO team_members(id, name, role, weekly_hours) VALUES(?, ?, ?, ?)', [row.id, row.name, row.role, row.weeklyHours]);
}

export function updateTeamRowHours(db: Database, id: string, weeklyHours: number): void {
  db.run('UPDATE team_members SET weekly_hours = ? WHERE id = ?', [weeklyHours, id]);
}

export function deleteTeamRow(db: Database, id: string): void {
  db.run('DELETE FROM team_members WHERE id = ?', [id]);
}

export function readHourlyRateRow(db: Database): string | undefined {
  const v = db.exec('SELECT value FROM settings WHERE key = ?', [HOURLY_RATE_SETTING])[0]?.values[0]?.[0];
  return v === undefined || v === null ? undefined : String(v);
}
