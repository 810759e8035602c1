// `aicmo leads import|list`: a project's leads (CSV import merged by email, listing).
import type { LeadsImportResult } from '../../orchestrator/leads';
import { listProjectLeads, type ProjectLeads } from '../../orchestrator/services';
import { outcomeText, runOp } from '../operations';
import type { CommandGroup } from '../registry';
import { serviceEnvOf, valueOf } from '../serviceEnv';
import path from 'node:path';

/** What the import did beyond the core's sentence: rows merged within the file, columns ignored. */
function importDetails(r: LeadsImportResult): string[] {
  const lines: string[] = [];
  if (r.mergedInFile) lines.push(`  ${r.mergedInFile} row(s) shared an email with an earlier row of the file and were merged`);
  if (r.ignoredColumns.length) lines.push(`  ignored columns: ${r.ignoredColumns.join(', ')}`);
  return lines;
}

function listText(l: ProjectLeads): string {
  if (l.leads.length === 0) return `${l.project.name}: no leads yet (aicmo leads import ${l.project.slug} <file.csv>).`;
  const header = ['ID', 'NAME', 'EMAIL', 'COMPANY', 'ROLE', 'STATUS', 'TOUCHES'];
  const rows = l.leads.map((x) => [x.id, x.name, x.email ?? '', x.company ?? '', x.role ?? '', x.status, String(x.attempts)]);
  const widths = header.map((h, i) => Math.min(32, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const fmt = (r: string[]) => r.map((c, i) => (c.length > widths[i]! ? c.slice(0, widths[i]! - 1) + '…' : c).padEnd(widths[i]!)).join('  ').trimEnd();
  const c = l.counts;
  return [`${l.project.name}: ${c.leads} leads, ${c.contacted} contacted, ${c.outreachAttempts} attempts, ${c.replied} replied, ${c.meetings} meetings`, fmt(header), ...rows.map(fmt)].join('\n');
}

export const leadsCommands: CommandGroup = {
  name: 'leads',
  summary: "a project's leads: import a CSV, list",
  commands: [
    {
      name: 'import',
      summary: 'import leads from a CSV (name, company, email, role, source); all-or-nothing, merged by email',
      usage: 'leads import <project> <file.csv>',
      args: ['project', 'file'],
      async run(ctx, { positionals }) {
        const outcome = await runOp(ctx, 'leads.import', { project: positionals[0]!, file: path.resolve(positionals[1]!) });
        return { json: outcome.value, text: outcomeText(outcome, importDetails(outcome.value)) };
      },
    },
    {
      name: 'list',
      summary: "list a project's leads with their status and outreach count",
      usage: 'leads list <project>',
      args: ['project'],
      async run(ctx, { positionals }) {
        const l = valueOf(await listProjectLeads(await serviceEnvOf(ctx), positionals[0]!));
        return { json: l, text: listText(l) };
      },
    },
  ],
};
