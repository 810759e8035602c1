// The `leads` table of a project file: people to reach (identified by email), with their outreach
// count and last contact.
import type { Database } from 'sql.js';
import { newId } from '../../domain/ids';
import type { ParsedLead } from '../../leads/leadsCsv';
import { allRows, oneRow, text, textOrNull, type Row } from '../sqlRows';

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

export interface LeadCounts {
  leads: number;
  /** Leads with at least one attempt. */
  contacted: number;
  outreachAttempts: number;
  /** Leads who answered (replied, booked a meeting or declined). */
  replied: number;
  meetings: number;
}

export interface LeadUpsertCounts {
  created: number;
  /** Leads already in the project (same email) updated with the file's values. */
  merged: number;
  /** Existing leads the file matched but did not change. */
  unchanged: number;
}

export interface LeadsReader {
  /** Leads by name, then email. */
  list(): LeadRow[];
  get(id: string): LeadRow | undefined;
  findByEmail(email: string): LeadRow | undefined;
  counts(): LeadCounts;
}

export interface LeadsWriter extends LeadsReader {
  /** Adds new leads and merges the rest into existing leads with the same email. */
  upsert(leads: readonly ParsedLead[], createdAt: string): LeadUpsertCounts;
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

export function readLeads(db: Database): LeadsReader {
  return {
    list: () => allRows(db, `${LEAD_SELECT} GROUP BY l.id ORDER BY l.name COLLATE NOCASE, l.email, l.id`).map(toLead),
    get(id) {
      const r = oneRow(db, `${LEAD_SELECT} WHERE l.id = ? GROUP BY l.id`, [id]);
      return r ? toLead(r) : undefined;
    },
    findByEmail(email) {
      const r = oneRow(db, `${LEAD_SELECT} WHERE l.email = ? GROUP BY l.id`, [email.trim().toLowerCase()]);
      return r ? toLead(r) : undefined;
    },
    counts() {
      const r = oneRow(
        db,
        `SELECT (SELECT COUNT(*) FROM leads) AS leads,
                (SELECT COUNT(DISTINCT lead_id) FROM outreach_attempts) AS contacted,
                (SELECT COUNT(*) FROM outreach_attempts) AS attempts,
                (SELECT COUNT(*) FROM leads WHERE status IN ('replied', 'meeting_booked', 'not_interested')) AS replied,
                (SELECT COUNT(*) FROM leads WHERE status = 'meeting_booked') AS meetings`,
      );
      return { leads: Number(r?.leads ?? 0), contacted: Number(r?.contacted ?? 0), outreachAttempts: Number(r?.attempts ?? 0), replied: Number(r?.replied ?? 0), meetings: Number(r?.meetings ?? 0) };
    },
  };
}

export function writeLeads(db: Database, touch: () => void): LeadsWriter {
  const reader = readLeads(db);
  return {
    ...reader,
    upsert(leads, createdAt) {
      touch();
      const counts: LeadUpsertCounts = { created: 0, merged: 0, unchanged: 0 };
      for (const lead of leads) {
        const existing = reader.findByEmail(lead.email);
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
    },
  };
}
