// `aicmo trends import <project> <file>`: a Google Trends multiTimeline export into a project.
import path from 'node:path';
import { importTrendsFile } from '../../orchestrator/imports';
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
        const r = await importTrendsFile(await ctx.store({ create: false }), project, path.resolve(file), { actor: ctx.actor });
        return {
          json: r,
          text: `Imported ${r.pointsImported} trend points from ${r.fileName} (${r.pointsImported - r.pointsReplaced} new, ${r.pointsReplaced} replaced): ${r.keywords.map((k) => `${k.keyword} (${k.geo})`).join(', ')}.`,
        };
      },
    },
  ],
};
