// `aicmo report <project> [--format md|html] [--out FILE]`: the client review pack as one file.
import path from 'node:path';
import { REPORT_FORMATS } from '../../orchestrator/operations';
import { runOp } from '../operations';
import type { CommandGroup } from '../registry';

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
      fieldFlags: { format: `--format ${REPORT_FORMATS.join('|')}` },
      async run(ctx, { values, positionals }) {
        const out = values.out as string | undefined;
        const outcome = await runOp(ctx, 'report.export', {
          project: positionals[0]!,
          ...(values.format === undefined ? {} : { format: values.format as string }),
          ...(out === undefined ? {} : { out: path.resolve(out) }),
        });
        return { json: outcome.value, text: outcome.message };
      },
    },
  ],
};
