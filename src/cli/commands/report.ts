// `aicmo report <project> [--format md|html] [--out FILE] [--from DATE] [--to DATE]`: the client
// review pack as one file, its results for the period.
import path from 'node:path';
import { REPORT_FORMATS } from '../../orchestrator/operations';
import { runOp } from '../operations';
import type { CommandGroup } from '../registry';

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
      fieldFlags: { format: `--format ${REPORT_FORMATS.join('|')}`, from: '--from DATE', to: '--to DATE' },
      async run(ctx, { values, positionals }) {
        const out = values.out as string | undefined;
        const outcome = await runOp(ctx, 'report.export', {
          project: positionals[0]!,
          ...(values.format === undefined ? {} : { format: values.format as string }),
          ...(out === undefined ? {} : { out: path.resolve(out) }),
          ...(values.from === undefined ? {} : { from: values.from as string }),
          ...(values.to === undefined ? {} : { to: values.to as string }),
        });
        return { json: outcome.value, text: outcome.message };
      },
    },
  ],
};
