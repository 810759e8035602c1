// `aicmo trends import <project> <file>`: a Google Trends multiTimeline export into a project.
import path from 'node:path';
import { outcomeText, runOp } from '../operations';
import type { CommandGroup } from '../registry';

export const trendsCommands: CommandGroup = {
  name: 'trends',
  summary: 'import Google Trends series',
  commands: [
    {
      name: 'import',
      summary: 'import a Google Trends multiTimeline CSV into a project',
      usage: 'trends import <project> <file>',
      args: ['project', 'file'],
      async run(ctx, { positionals }) {
        const [project, file] = positionals as [string, string];
        const outcome = await runOp(ctx, 'trends.import', { project, file: path.resolve(file) });
        return { json: outcome.value, text: outcomeText(outcome) };
      },
    },
  ],
};
