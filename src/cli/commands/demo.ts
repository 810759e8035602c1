// `aicmo demo [--dir DIR]`: the demo (the `demo.create` operation, the same one "Open Demo" runs in
// VS Code) in its own folder: three client projects with the sample exports imported, leads, runs
// and one approved strategy. Idempotent: a re-run refreshes the projects instead of adding them.
import path from 'node:path';
import { outcomeText, runOp } from '../operations';
import type { CommandGroup } from '../registry';

export const demoCommands: CommandGroup = {
  name: 'demo',
  summary: 'create (or refresh) a demo workspace with three client projects',
  commands: [
    {
      name: '',
      summary: 'create (or refresh) a demo workspace with three client projects',
      usage: 'demo [--dir DIR]   (DIR defaults to demo-workspace/ in the workspace folder)',
      options: { dir: { type: 'string' } },
      async run(ctx, { values }) {
        const dir = path.resolve(ctx.workspace, (values.dir as string | undefined) ?? 'demo-workspace');
        const outcome = await runOp(ctx, 'demo.create', {}, { root: dir, create: true });
        const d = outcome.value;
        const slugOf = (name: string) => d.projects.find((p) => p.name === name)?.slug ?? name;
        const leads = d.leads;
        const lines = [
          `Demo workspace: ${dir}`,
          ...d.projects.map((p) => `  ${p.action.padEnd(10)} ${p.slug}  —  ${p.industry}, ${p.goalMetric}, ${p.currency}`),
          ...d.sampleData.map((s) =>
            s.status === 'imported'
              ? `  imported   ${s.file} → ${slugOf(s.project)} (${s.rows} ${s.kind === 'trends' ? 'points' : 'rows'}, ${s.replaced} replaced)`
              : `  no data    ${s.file} not found (set AICMO_SAMPLE_DATA to the folder of the sample exports)`,
          ),
          leads.status === 'imported'
            ? `  leads      ${leads.file} → ${slugOf(leads.project)} (${leads.created} new, ${leads.merged} updated, ${leads.mergedInFile} duplicate merged; ${leads.outreachLogged} first emails logged)`
            : `  no data    ${leads.file} not found`,
          ...d.flow.runs.map((r) => {
            const waiting = r.subsystems.filter((x) => x.status !== 'completed').map((x) => `${x.name} ${x.status}`);
            return `  flow       ${r.slug}: ${r.status}${waiting.length ? ` (${waiting.join(', ')})` : ''}`;
          }),
          ...(d.flow.approved ? [`  ${d.flow.approved.action === 'approved' ? 'approved  ' : 'kept      '} strategy v${d.flow.approved.version} of ${d.flow.approved.slug}${d.flow.approved.action === 'approved' ? ', then ran its flow again for the creatives' : ' (already approved)'}`] : []),
          ...d.stages.map((x) => `  stage      ${x.slug}: ${x.stage}${x.blockers.length ? ` — ${x.blockers[0]}` : ''}`),
        ];
        return { json: d, text: outcomeText(outcome, lines, `--workspace ${path.relative(process.cwd(), dir) || '.'}`) };
      },
    },
  ],
};
