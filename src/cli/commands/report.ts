// `aicmo report <project> [--format md|html] [--out FILE]`: the client review pack as one file.
import path from 'node:path';
import { exportClientReport, REPORT_FORMATS } from '../../orchestrator/services';
import type { CommandGroup } from '../registry';
import { serviceEnvOf, valueOf } from '../serviceEnv';

export const reportCommands: CommandGroup = {
  name: 'report',
  summary: 'export the client review pack (strategy, media plan, creatives awaiting decision, history)',
  commands: [
    {
      name: '',
      summary: 'export the client review pack (strategy, media plan, creatives awaiting decision, history)',
      usage: `report <project> [--format ${REPORT_FORMATS.join('|')}] [--out FILE]   (default: .aicmo/reports/<slug>-review-v<N>.<format>)`,
      args: ['project'],
      options: { format: { type: 'string' }, out: { type: 'string' } },
      async run(ctx, { values, positionals }) {
        const out = values.out as string | undefined;
        const r = valueOf(
          await exportClientReport(await serviceEnvOf(ctx), positionals[0]!, {
            format: values.format as string | undefined,
            out: out === undefined ? undefined : path.resolve(out),
          }),
        );
        return { json: r, text: `Wrote ${path.relative(process.cwd(), r.file) || r.file} (${r.bytes.toLocaleString('en-US')} bytes): ${r.title}` };
      },
    },
  ],
};
