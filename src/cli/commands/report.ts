// `aicmo report <project> [--format md|html] [--out FILE] [--from DATE] [--to DATE]`: the client
// review pack as one file, its results for the period.
import path from 'node:path';
import { exportClientReport, REPORT_FORMATS } from '../../orchestrator/services';
import type { CommandGroup } from '../registry';
import { serviceEnvOf, valueOf } from '../serviceEnv';

export const reportCommands: CommandGroup = {
  name: 'report',
  summary: 'export the client review pack (results against the goals, strategy, media plan, creatives awaiting decision, history)',
  commands: [
    {
      name: '',
      summary: 'export the client review pack (results against the goals, strategy, media plan, creatives awaiting decision, history)',
      usage: `report <project> [--format ${REPORT_FORMATS.join('|')}] [--out FILE] [--from DATE] [--to DATE]   (default: .aicmo/reports/<slug>-review-v<N>.<format>, results for every imported day)`,
      args: ['project'],
      options: { format: { type: 'string' }, out: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
      async run(ctx, { values, positionals }) {
        const out = values.out as string | undefined;
        const r = valueOf(
          await exportClientReport(await serviceEnvOf(ctx), positionals[0]!, {
            format: values.format as string | undefined,
            out: out === undefined ? undefined : path.resolve(out),
            from: values.from as string | undefined,
            to: values.to as string | undefined,
          }),
        );
        return { json: r, text: `Wrote ${path.relative(process.cwd(), r.file) || r.file} (${r.bytes.toLocaleString('en-US')} bytes): ${r.title}` };
      },
    },
  ],
};
