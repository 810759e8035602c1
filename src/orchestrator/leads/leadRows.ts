// Leads and outreach attempts of one project file: typed reads and the writes of an import or a
// logged attempt. Reads take a sql.js Database from `store.readProject`; writes run inside
// `store.writeProject`.
import type { Database } from 'sql.js';
import { allRows, oneRow, text, textOrNull, type Row } from '../artifacts/sqlRows';
import { newId } from '../domain/ids';
import type { ParsedLead } from './leadsCsv';
import { LEAD_STATUS_ORDER, leadStatusAfter, type LeadStatus, type OutreachChannel, type OutreachStatus } from './outreachTypes';

export interface LeadRow {
  id: string;
  name: string;
  company: string | null;
  email: string | null;
  role: string | null;
  source: string | null;
  status: string;
  createdAt: string;
  /** Outreach attempts logged for this lead. */
  attempts: number;
  /** Time of the latest attempt (sent time), or null. */
  lastContactAt: string | null;
}

export interface OutreachAttemptRow {
  id: string;
  leadId: string;
  channel: string;
  step: number;
  status: string;
  sentAt: string | null;
}

function toLead(r: Row): LeadRow {
  return {
    id: text(r.id),
    name: text(r.name),
    company: textOrNull(r.company),
    email: textOrNull(r.email),
    role: textOrNull(r.role),
    source: textOrNull(r.source),
    status: text(r.status),
    createdAt: text(r.created_at),
    attempts: Number(r.attempts ?? 0),
    lastContactAt: textOrNull(r.last_contact_at),
  };
}

const LEAD_SELECT = `SELECT l.*, COUNT(o.id) AS attempts, MAX(o.sent_at) AS last_contact_at
  FROM leads l LEFT JOIN outreach_attempts o ON o.lead_id = l.id`;

/** Leads by name, then email. */
export function listLeads(db: Database): LeadRow[] {
  return allRows(db, `${LEAD_SELECT} GROUP BY l.id ORDER BY l.name COLLATE NOCASE, l.email, l.id`).map(toLead);
}

export function getLead(db: Database, id: string): LeadRow | undefined {
  const r = oneRow(db, `${LEAD_SELECT} WHERE l.id = ? GROUP BY l.id`, [id]);
  return r ? toLead(r) : undefined;
}

export function findLeadByEmail(db: Database, email: string): LeadRow | undefined {
  const r = oneRow(db, `${LEAD_SELECT} WHERE l.email = ? GROUP BY l.id`, [email.trim().toLowerCase()]);
  return r ? toLead(r) : undefined;
}

export interface LeadUpsertCounts {
  created: number;
  /** Leads already in the project (same email) updated with the file's values. */
  merged: number;
  /** Existing leads the file matched but did not change. */
  unchanged: number;
}

/** Adds new leads and merges the rest into existing leads with the same email. */
export function upsertLeads(db: Database, leads: readonly ParsedLead[], createdAt: string): LeadUpsertCounts {
  const counts: LeadUpsertCounts = { created: 0, merged: 0, unchanged: 0 };
  for (const lead of leads) {
    const existing = findLeadByEmail(db, lead.email);
    if (!existing) {
      db.run("INSERT INTO leads(id, name, company, email, role, source, status, created_at) VALUES(?, ?, ?, ?, ?, ?, 'new', ?)", [
        newId('l_'),
        lead.name,
        lead.company,
        lead.email,
        lead.role,
        lead.source,
        createdAt,
      ]);
      counts.created++;
      continue;
    }
    const next = { name: lead.name || existing.name, company: lead.company ?? existing.company, role: lead.role ?? existing.role, source: lead.source ?? existing.source };
    if (next.name === existing.name && next.company === existing.company && next.role === existing.role && next.source === existing.source) {
      counts.unchanged++;
      continue;
    }
    db.run('UPDATE leads SET name = ?, company = ?, role = ?, source = ? WHERE id = ?', [next.name, next.company, next.role, next.source, existing.id]);
    counts.merged++;
  }
  return counts;
}

/** Outreach attempts, oldest first (of one lead, or of all). */
export function listOutreachAttempts(db: Database, leadId?: string): OutreachAttemptRow[] {
  const rows =
    leadId === undefined
      ? allRows(db, 'SELECT * FROM outreach_attempts ORDER BY sent_at, id')
      : allRows(db, 'SELECT * FROM outreach_attempts WHERE lead_id = ? ORDER BY sent_at, id', [leadId]);
  return rows.map((r) => ({ id: text(r.id), leadId: text(r.lead_id), channel: text(r.channel), step: Number(r.step), status: text(r.status), sentAt: textOrNull(r.sent_at) }));
}

/** The step an attempt gets when none is given: one after the lead's highest step. */
export function nextOutreachStep(db: Database, leadId: string): number {
  const r = oneRow(db, 'SELECT COALESCE(MAX(step), 0) AS s FROM outreach_attempts WHERE lead_id = ?', [leadId]);
  return Number(r?.s ?? 0) + 1;
}

export interface NewOutreachAttempt {
  leadId: string;
  channel: OutreachChannel;
  status: OutreachStatus;
  step: number;
  sentAt: string;
}

/** Records an attempt and moves the lead's status forward (never back). */
export function insertOutreachAttempt(db: Database, a: NewOutreachAttempt): OutreachAttemptRow {
  const id = newId('o_');
  db.run('INSERT INTO outreach_attempts(id, lead_id, channel, step, status, sent_at) VALUES(?, ?, ?, ?, ?, ?)', [id, a.leadId, a.channel, a.step, a.status, a.sentAt]);
  const lead = getLead(db, a.leadId);
  const after = leadStatusAfter(a.status);
  const current = (lead?.status ?? 'new') as LeadStatus;
  if ((LEAD_STATUS_ORDER[after] ?? 0) > (LEAD_STATUS_ORDER[current] ?? 0)) db.run('UPDATE leads SET status = ? WHERE id = ?', [after, a.leadId]);
  return { id, leadId: a.leadId, channel: a.channel, step: a.step, status: a.status, sentAt: a.sentAt };
}

export interface LeadCounts {
  leads: number;
  /** Leads with at least one attempt. */
  contacted: number;
  outreachAttempts: number;
  /** Leads who answered (replied, booked a meeting or declined). */
  replied: number;
  meetings: number;
}

export function leadCounts(db: Database): LeadCounts {
  const r = oneRow(
    db,
    `SELECT (SELECT COUNT(*) FROM leads) AS leads,
            (SELECT COUNT(DISTINCT lead_id) FROM outreach_attempts) AS contacted,
            (SELECT COUNT(*) FROM outreach_attempts) AS attempts,
            (SELECT COUNT(*) FROM leads WHERE status IN ('replied', 'meeting_booked', 'not_interested')) AS replied,
            (SELECT COUNT(*) FROM leads WHERE status = 'meeting_booked') AS meetings`,
  );
  return { leads: Number(r?.leads ?? 0), contacted: Number(r?.contacted ?? 0), outreachAttempts: Number(r?.attempts ?? 0), replied: Number(r?.replied ?? 0), meetings: Number(r?.meetings ?? 0) };
}
