// Leads and outreach of a project: CSV import (validated, all-or-nothing, merged by email),
// listing, and logged outreach attempts.
export * from './outreachTypes';
export * from './leadsCsv';
export * from './leadRows';
export { importLeadsFile, type LeadsImportOptions, type LeadsImportResult } from './importLeadsFile';
export { locateLead, logOutreach, type OutreachInput, type OutreachLogResult } from './logOutreach';
