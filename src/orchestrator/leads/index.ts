// Leads and outreach of a project: CSV import (validated, all-or-nothing, merged by email),
// listing, and logged outreach attempts.
export * from '../domain/outreach';
export * from './leadsCsv';
export type { LeadCounts, LeadRow, LeadUpsertCounts, OutreachAttemptRow } from '../store/types';
export { importLeadsFile, type LeadsImportOptions, type LeadsImportResult } from './importLeadsFile';
export { locateLead, logOutreach, type OutreachInput, type OutreachLogResult } from './logOutreach';
