// `aicmo kaizen insights [--project P]`: what Kaizen has learned, each insight with its evidence.
import path from 'node:path';
import { dateRangeText } from '../../orchestrator/domain/labels';
import { getKaizenInsights } from '../../orchestrator/services';
import type { CommandGroup } from '../registry';
import { KAIZEN_FLAG_SPECS, KAIZEN_FLAGS_USAGE, kaizenOptionsOf } from '../kaizenFlags';
import { serviceEnvOf, valueOf } from '../serviceEnv';

export const kaizenCommands: CommandGroup = {
  name: 'kaizen',
  summary: 'insights learned from results and decisions',
  commands: [
    {
      name: 'insights',
      summary: 'list the insights with their evidence ("no evidence yet" for kinds without any)',
      usage: `kaizen insights [--project P] ${KAIZEN_FLAGS_USAGE}`,
      options: { project: { type: 'string' }, ...KAIZEN_FLAG_SPECS },
      async run(ctx, { values }) {
        const kaizen = kaizenOptionsOf(values, 'kaizen insights');
        const env = await serviceEnvOf(ctx, { create: false });
        const r = valueOf(await getKaizenInsights(env, { project: values.project as string | undefined, ...kaizen }));
        // Event-log lines Kaizen could not use (as `aicmo events` reports them), the first few by line.
        for (const s of r.skipped.slice(0, 10)) ctx.warn(`skipped ${path.relative(ctx.workspace, s.file) || s.file} line ${s.line}: ${s.reason}`);
        if (r.skipped.length > 10) ctx.warn(`skipped ${r.skipped.length - 10} more unusable event-log lines`);
        const scope = `weighted by similarity, other industries ${r.scoping.crossIndustry ? 'counted at a low weight' : 'off'}, weighted to the last ${r.scoping.halfLifeWeeks} weeks`;
        const lines: string[] = [r.project ? `Insights for ${r.project.slug} (${scope}):` : `Insights across the workspace (weighted to the last ${r.scoping.halfLifeWeeks} weeks):`];
        for (const k of r.kinds) {
          lines.push(`${k.kind}: ${k.note}`);
          for (const i of r.insights.filter((x) => x.kind === k.kind)) {
            const w = i.evidence.window.from ? `, ${dateRangeText(i.evidence.window.from, i.evidence.window.to)}` : '';
            lines.push(`  - ${i.summary} [${i.evidence.count} ${i.evidence.source}, ${i.evidence.projects.length} project${i.evidence.projects.length === 1 ? '' : 's'}${w}]`);
          }
        }
        return { json: r, text: lines.join('\n') };
      },
    },
  ],
};
