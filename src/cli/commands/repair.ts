// `aicmo repair`: rebuilds unreadable databases from their text dumps (the bad file is kept
// aside under a new name) and rebuilds the index. Exit 1 when something could not be repaired.
import { repairAicmoWorkspace } from '../../orchestrator/services';
import type { RepairReport } from '../../orchestrator/store/repairWorkspace';
import type { CommandGroup } from '../registry';

function reportText(r: RepairReport): string {
  const lines: string[] = [];
  for (const m of r.movedAside) lines.push(`moved aside  ${m.file} → ${m.movedTo} (${m.reason})`);
  for (const f of r.rebuilt) lines.push(`rebuilt      ${f}`);
  for (const p of r.newerSchema) lines.push(`left alone   ${p.file}: ${p.message}`);
  for (const p of r.unrecovered) lines.push(`NOT REPAIRED ${p.file}: ${p.message}`);
  if (lines.length === 0) lines.push('Nothing to repair: every database is readable.');
  lines.push(`${r.projects} project${r.projects === 1 ? '' : 's'} in the index.`);
  return lines.join('\n');
}

export const repairCommands: CommandGroup = {
  name: 'repair',
  summary: 'rebuild unreadable databases from their .sql dumps, keeping the bad files aside',
  commands: [
    {
      name: '',
      summary: 'rebuild unreadable databases from their .sql dumps, keeping the bad files aside',
      usage: 'repair',
      async run(ctx) {
        const report = await repairAicmoWorkspace(ctx.workspace, ctx.actor);
        const unrepaired = report.unrecovered.length + report.newerSchema.length;
        if (unrepaired > 0) ctx.warn(`${unrepaired} file${unrepaired === 1 ? '' : 's'} could not be repaired; see the report.`);
        ctx.setExitCode(unrepaired > 0 ? 1 : 0);
        return { json: report, text: reportText(report) };
      },
    },
  ],
};
