// Parses a leads CSV (columns: name, company, email, role, source — header names matched without
// regard to case, spaces or a few common aliases). Pure: text in, leads or line-numbered errors
// out. Rows sharing an email (case-insensitive) are merged into one lead: later non-empty values
// fill in or replace earlier ones, so a file never creates two leads for one person.
import { guessDelimiter, isBlank, readCsvTable, stripBom, widthProblem } from '../imports/csvRows';
import type { LineError } from '../imports/types';
import { quoted } from '../imports/quoted';

export const LEAD_FIELDS = ['name', 'company', 'email', 'role', 'source'] as const;
export type LeadField = (typeof LEAD_FIELDS)[number];

export interface ParsedLead {
  /** Lines of the file this lead came from (more than one when rows were merged). */
  lines: number[];
  name: string;
  /** Lower-cased and trimmed: the identity of a lead. */
  email: string;
  company: string | null;
  role: string | null;
  source: string | null;
}

export interface ParsedLeads {
  leads: ParsedLead[];
  /** Data rows read (blank lines not counted). */
  rowsTotal: number;
  /** Rows folded into an earlier row with the same email. */
  mergedInFile: number;
  /** Header columns that are not lead fields (ignored, reported). */
  ignoredColumns: string[];
  errors: LineError[];
}

const ALIASES: Record<string, LeadField> = {
  name: 'name',
  fullname: 'name',
  contact: 'name',
  contactname: 'name',
  company: 'company',
  organisation: 'company',
  organization: 'company',
  account: 'company',
  email: 'email',
  emailaddress: 'email',
  mail: 'email',
  role: 'role',
  title: 'role',
  jobtitle: 'role',
  position: 'role',
  source: 'source',
  leadsource: 'source',
};

/** A practical email check: one @, a dot in the domain, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_FIELD = 300;

function headerKey(cell: string): string {
  return cell.toLowerCase().replace(/[^a-z]/g, '');
}

function emptyToNull(v: string | undefined): string | null {
  const t = (v ?? '').trim();
  return t === '' ? null : t;
}

export function parseLeadsCsv(text: string): ParsedLeads {
  const body = stripBom(text);
  const firstLine = body.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const out: ParsedLeads = { leads: [], rowsTotal: 0, mergedInFile: 0, ignoredColumns: [], errors: [] };
  const table = readCsvTable(body, guessDelimiter(firstLine));
  if (table.errors.length) {
    out.errors.push(...table.errors);
    return out;
  }
  const rows = table.rows;
  const headerIndex = rows.findIndex((r) => !isBlank(r.cells));
  if (headerIndex < 0) {
    out.errors.push({ line: 1, reason: 'the file is empty (expected a header: name, company, email, role, source)' });
    return out;
  }
  const header = rows[headerIndex]!;
  const columns = new Map<LeadField, number>();
  header.cells.forEach((cell, i) => {
    const field = ALIASES[headerKey(cell)];
    if (field === undefined) {
      if (cell.trim() !== '') out.ignoredColumns.push(cell.trim());
    } else if (columns.has(field)) {
      out.errors.push({ line: header.line, reason: `the header has two "${field}" columns` });
    } else columns.set(field, i);
  });
  for (const required of ['name', 'email'] as const) {
    if (!columns.has(required)) out.errors.push({ line: header.line, reason: `the header has no "${required}" column (expected: name, company, email, role, source)` });
  }
  if (out.errors.length) return out;

  const byEmail = new Map<string, ParsedLead>();
  for (const row of rows.slice(headerIndex + 1)) {
    if (isBlank(row.cells)) continue;
    out.rowsTotal++;
    const cell = (f: LeadField) => {
      const i = columns.get(f);
      return i === undefined ? null : emptyToNull(row.cells[i]);
    };
    const width = widthProblem(row, header);
    if (width) {
      out.errors.push({ line: row.line, reason: width });
      continue;
    }
    const problems: string[] = [];
    const name = cell('name');
    const email = cell('email')?.toLowerCase() ?? null;
    if (name === null) problems.push('name is empty');
    if (email === null) problems.push('email is empty');
    else if (!EMAIL.test(email)) problems.push(`email ${quoted(email)} is not an email address`);
    for (const f of LEAD_FIELDS) {
      const v = cell(f);
      if (v !== null && v.length > MAX_FIELD) problems.push(`${f} is longer than ${MAX_FIELD} characters`);
    }
    if (problems.length) {
      out.errors.push({ line: row.line, reason: problems.join('; ') });
      continue;
    }
    const lead: ParsedLead = { lines: [row.line], name: name!, email: email!, company: cell('company'), role: cell('role'), source: cell('source') };
    const earlier = byEmail.get(lead.email);
    if (earlier) {
      out.mergedInFile++;
      mergeInto(earlier, lead);
      earlier.lines.push(row.line);
    } else {
      byEmail.set(lead.email, lead);
      out.leads.push(lead);
    }
  }
  if (out.rowsTotal === 0 && out.errors.length === 0) out.errors.push({ line: header.line, reason: 'the file has a header but no lead rows' });
  return out;
}

/** Later non-empty values win; empty ones keep what is there. */
export function mergeInto<T extends { name: string; company: string | null; role: string | null; source: string | null }>(target: T, incoming: Omit<T, 'lines'> | T): void {
  target.name = incoming.name || target.name;
  target.company = incoming.company ?? target.company;
  target.role = incoming.role ?? target.role;
  target.source = incoming.source ?? target.source;
}
