// The `outreach_attempts` table of a project file: each logged touch of a lead. Recording one
// moves the lead's own status forward (never back).
import type { Database } from 'sql.js';
import { newId } from '../../domain/ids';
import { LEAD_STATUS_ORDER, leadStatusAfter, type LeadStatus, type OutreachChannel, type OutreachStatus } from '../../domain/outreach';
import { allRows, oneRow, text, textOrNull } from '../sqlRows';

export interface OutreachAttemptRow {
  id: string;
  leadId: string;
  channel: string;
  step: number;
  status: string;
  sentAt: string | null;
}

export interface NewOutreachAttempt {
  leadId: string;
  channel: OutreachChannel;
  status: OutreachStatus;
  step: number;
  sentAt: string;
}

export interface OutreachReader {
  /** Attempts oldest first (of one lead, or of all). */
  list(leadId?: string): OutreachAttemptRow[];
  /** The step an attempt gets when none is given: one after the lead's highest step. */
  nextStep(leadId: string): number;
}

export interface OutreachWriter extends OutreachReader {
  /** Records an attempt and moves the lead's status forward (never back). */
  record(a: NewOutreachAttempt): OutreachAttemptRow;
}

export function readOutreach(db: Database): OutreachReader {
  return {
    list(leadId) {
      const rows =
        leadId === undefined
          ? allRows(db, 'SELECT * FROM outreach_attempts ORDER BY sent_at, id')
          : allRows(db, 'SELECT * FROM outreach_attempts WHERE lead_id = ? ORDER BY sent_at, id', [leadId]);
      return rows.map((r) => ({ id: text(r.id), leadId: text(r.lead_id), channel: text(r.channel), step: Number(r.step), status: text(r.status), sentAt: textOrNull(r.sent_at) }));
    },
    nextStep(leadId) {
      const r = oneRow(db, 'SELECT COALESCE(MAX(step), 0) AS s FROM outreach_attempts WHERE lead_id = ?', [leadId]);
      return Number(r?.s ?? 0) + 1;
    },
  };
}

export function writeOutreach(db: Database, touch: () => void): OutreachWriter {
  return {
    ...readOutreach(db),
    record(a) {
      touch();
      const id = newId('o_');
      db.run('INSERT INTO outreach_attempts(id, lead_id, channel, step, status, sent_at) VALUES(?, ?, ?, ?, ?, ?)', [id, a.leadId, a.channel, a.step, a.status, a.sentAt]);
      const current = oneRow(db, 'SELECT status FROM leads WHERE id = ?', [a.leadId]);
      const before = (current ? text(current.status) : 'new') as LeadStatus;
      const after = leadStatusAfter(a.status);
      if ((LEAD_STATUS_ORDER[after] ?? 0) > (LEAD_STATUS_ORDER[before] ?? 0)) db.run('UPDATE leads SET status = ? WHERE id = ?', [after, a.leadId]);
      return { id, leadId: a.leadId, channel: a.channel, step: a.step, status: a.status, sentAt: a.sentAt };
    },
  };
}
