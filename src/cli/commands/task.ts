// `aicmo task complete <id> --hours H [--project P]`: record a PM task as done with its actual hours.
import { AicmoError } from '../../orchestrator/domain/errors';
import { completeProjectTask } from '../../orchestrator/services';
import type { CommandGroup } from '../registry';
import { serviceEnvOf, valueOf } from '../serviceEnv';

export const taskCommands: CommandGroup = {
  name: 'task',
  summary: 'PM tasks: complete one with its actual hours',
  commands: [
    {
      name: 'complete',
      summary: 'mark a task done with the hours it really took (Kaizen calibrates estimates from these)',
      usage: 'task complete <id> --hours H [--project P]',
      args: ['id'],
      options: { hours: { type: 'string' }, project: { type: 'string' } },
      fieldFlags: { project: '--project P' },
      required: ['hours'],
      async run(ctx, { values, positionals }) {
        const text = String(values.hours).trim();
        const hours = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
        if (Number.isNaN(hours)) throw new AicmoError('invalid-input', `--hours must be a number of hours (e.g. 6 or 7.5), not "${text}".`, { field: 'hours' });
        const env = await serviceEnvOf(ctx, { create: false });
        const r = valueOf(await completeProjectTask(env, positionals[0]!, hours, values.project as string | undefined));
        const est = r.estimatedHours === null ? '' : ` (estimated ${r.estimatedHours} h)`;
        return { json: r, text: `Completed ${r.id} of ${r.project}: ${r.actualHours} h${est}.` };
      },
    },
  ],
};
