// `aicmo task complete <id> --hours H [--project P]`: record a PM task as done with its actual
// hours; `aicmo task status <id> <status> [--project P]`: set it to todo, in_progress or blocked.
import { AicmoError } from '../../orchestrator/domain/errors';
import { TASK_STATUSES } from '../../orchestrator/operations';
import { outcomeText, runOp } from '../operations';
import type { CommandGroup } from '../registry';

const SETTABLE = TASK_STATUSES.filter((s) => s !== 'done');

export const taskCommands: CommandGroup = {
  name: 'task',
  summary: 'PM tasks: complete one with its actual hours, or set its status',
  commands: [
    {
      name: 'complete',
      summary: 'mark a task done with the hours it really took (Kaizen calibrates estimates from these)',
      usage: 'task complete <id> --hours H [--project P]',
      args: ['id'],
      options: { hours: { type: 'string' }, project: { type: 'string' } },
      required: ['hours'],
      fieldFlags: { project: '--project P', hours: '--hours H' },
      async run(ctx, { values, positionals }) {
        const text = String(values.hours).trim();
        const hours = /^\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
        if (Number.isNaN(hours)) throw new AicmoError('invalid-input', `--hours must be a number of hours (e.g. 6 or 7.5), not "${text}".`, { field: 'hours' });
        const outcome = await runOp(ctx, 'task.complete', { id: positionals[0]!, hours, ...(values.project ? { project: values.project as string } : {}) });
        return { json: outcome.value, text: outcomeText(outcome) };
      },
    },
    {
      name: 'status',
      summary: `set a task to ${SETTABLE.join(', ')} (done goes through "task complete", with the hours)`,
      usage: `task status <id> ${SETTABLE.join('|')} [--project P]`,
      args: ['id', 'status'],
      options: { project: { type: 'string' } },
      fieldFlags: { project: '--project P' },
      async run(ctx, { values, positionals }) {
        const [id, status] = positionals as [string, string];
        const known = (TASK_STATUSES as readonly string[]).includes(status);
        if (!known) throw new AicmoError('invalid-input', `The task status "${status}" is not one of ${SETTABLE.join(', ')}.`, { field: 'status' });
        const outcome = await runOp(ctx, 'task.setStatus', { id, status: status as (typeof TASK_STATUSES)[number], ...(values.project ? { project: values.project as string } : {}) });
        return { json: outcome.value, text: outcomeText(outcome) };
      },
    },
  ],
};
