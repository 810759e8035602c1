// `aicmo events`: reads the learning-event log, streaming (a million events print without
// being held in memory). With --limit N, the latest N matches are shown, oldest first.
import path from 'node:path';
import { AicmoError, isAicmoError } from '../../orchestrator/domain/errors';
import type { EventFilter, LearningEvent } from '../../orchestrator/events';
import { compileFilter } from '../../orchestrator/events/eventFilter';
import type { CommandContext } from '../context';
import type { CommandGroup } from '../registry';

function parseLimit(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim())) throw new AicmoError('invalid-input', `--limit "${text}" is not a whole number of 0 or more.`, { field: 'limit' });
  return Number(text);
}

/** A project reference (id or slug) → the id events carry; an unknown id-looking value is used as is. */
async function projectId(ctx: CommandContext, ref: string): Promise<string> {
  try {
    return (await (await ctx.store({ create: false })).getProject(ref)).id;
  } catch (e) {
    if (isAicmoError(e) && e.code === 'not-found' && /^p_/.test(ref)) return ref;
    throw e;
  }
}

function eventLine(e: LearningEvent, slugs: Map<string, string>): string {
  const project = e.project === null ? '-' : (slugs.get(e.project) ?? e.project);
  const data = JSON.stringify(e.data);
  return `${e.ts}  ${e.type.padEnd(22)} ${project.padEnd(24)} ${e.actor.padEnd(12)} ${data === '{}' ? '' : data}`.trimEnd();
}

export const eventsCommands: CommandGroup = {
  name: 'events',
  summary: 'read the learning-event log',
  commands: [
    {
      name: '',
      summary: 'read the learning-event log (oldest first; with --limit, the latest N)',
      usage: 'events [--project P] [--type T|prefix.] [--since ISO] [--until ISO] [--limit N]',
      options: { project: { type: 'string' }, type: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, limit: { type: 'string' } },
      async run(ctx, { values }) {
        const limit = parseLimit(values.limit as string | undefined);
        const filter: EventFilter = {
          type: values.type as string | undefined,
          since: values.since as string | undefined,
          until: values.until as string | undefined,
          limit,
          keep: 'latest',
        };
        compileFilter(filter); // a bad --since/--until fails here, before any output
        const slugs = new Map<string, string>();
        if (values.project !== undefined) filter.project = await projectId(ctx, values.project as string);
        if (!ctx.json) {
          // Slugs read better than ids; the index holds them (absent workspace: ids are shown).
          try {
            for (const p of await (await ctx.store({ create: false })).listProjects()) slugs.set(p.id, p.slug);
          } catch (e) {
            if (!isAicmoError(e)) throw e;
          }
        }
        const onSkipped = (s: { file: string; line: number; reason: string }) =>
          ctx.warn(`skipped ${path.relative(ctx.workspace, s.file) || s.file} line ${s.line}: ${s.reason}`);
        let count = 0;
        if (ctx.json) await ctx.out.write('[');
        for await (const e of ctx.events.query(filter, { onSkipped })) {
          if (ctx.json) await ctx.out.write(`${count === 0 ? '\n' : ',\n'}${JSON.stringify(e)}`);
          else await ctx.out.write(`${eventLine(e, slugs)}\n`);
          count++;
        }
        if (ctx.json) await ctx.out.write(count === 0 ? ']\n' : '\n]\n');
        else if (count === 0) await ctx.out.write('No events match.\n');
        return undefined;
      },
    },
  ],
};
