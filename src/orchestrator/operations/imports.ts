// Imports, all-or-nothing in the core (imports/, leads/): an ad-platform export, a Google Trends
// export, a leads CSV. A rejected file comes back as one error naming every bad line; nothing is
// written. Re-importing a window replaces its rows.
import * as v from 'valibot';
import { importMetricsFile, importSummary, importTrendsFile, METRIC_FORMATS, type ChannelMap, type ColumnMapping, type MetricsImportResult, type TrendsImportResult } from '../imports';
import { importLeadsFile, type LeadsImportResult } from '../leads';
import { defineOperation } from './define';
import { projectRef, record } from './input';
import { panelStep, plural } from './steps';
import type { Outcome } from './types';

const file = v.pipe(v.string(), v.trim(), v.minLength(1, 'must name a file'));

export const importMetricsOperation = defineOperation('metrics.import', {
  input: v.object({
    project: projectRef,
    file,
    /** The export's format; default: detected from its header. */
    format: v.optional(v.picklist(['auto', ...METRIC_FORMATS])),
    /** Generic format: field → column header. */
    map: v.optional(record<ColumnMapping>('a map of field to column')),
    /** Currency when the file does not say (default: the project's). */
    currency: v.optional(v.pipe(v.string(), v.trim(), v.toUpperCase())),
    /** Generic format: the platform when the file has no platform column. */
    platform: v.optional(v.string()),
    /** Channel labels of the file read as these channels first (label → channel id, e.g. "Radio" → "other"). */
    channelMap: v.optional(record<ChannelMap>('a map of channel label to channel')),
  }),
  async execute(env, input): Promise<Outcome<MetricsImportResult>> {
    const project = await env.store.getProject(input.project);
    const r = await importMetricsFile(env.store, project.id, input.file, {
      actor: env.actor,
      ...(env.now ? { now: env.now } : {}),
      ...(input.format ? { format: input.format } : {}),
      ...(input.map ? { map: input.map } : {}),
      ...(input.currency ? { currency: input.currency } : {}),
      ...(input.platform ? { platform: input.platform } : {}),
      ...(input.channelMap ? { channelMap: input.channelMap } : {}),
    });
    // THE import sentence (imports/summary.ts): rows, currency, channels and every label not read straight.
    return { value: r, message: importSummary(r), next: [panelStep('analytics', project.slug)] };
  },
});

export const importTrendsOperation = defineOperation('trends.import', {
  input: v.object({ project: projectRef, file }),
  async execute(env, input): Promise<Outcome<TrendsImportResult>> {
    const project = await env.store.getProject(input.project);
    const r = await importTrendsFile(env.store, project.id, input.file, { actor: env.actor, ...(env.now ? { now: env.now } : {}) });
    const keywords = r.keywords.map((k) => (k.geo ? `${k.keyword} (${k.geo})` : k.keyword)).join(', ');
    return {
      value: r,
      message: `Imported ${r.pointsImported} trend points for ${keywords} from ${r.fileName} into ${project.slug} (${r.pointsImported - r.pointsReplaced} new, ${r.pointsReplaced} replaced).`,
      next: [panelStep('trends', project.slug)],
    };
  },
});

export const importLeadsOperation = defineOperation('leads.import', {
  input: v.object({ project: projectRef, file }),
  async execute(env, input): Promise<Outcome<LeadsImportResult>> {
    const r = await importLeadsFile(env.store, input.project, input.file, { actor: env.actor, ...(env.now ? { now: env.now } : {}) });
    return {
      value: r,
      message: `Imported ${plural(r.rowsTotal, 'lead')} from ${r.fileName} into ${r.project.slug}: ${r.created} new, ${r.merged} merged, ${r.unchanged} unchanged.`,
      next: [panelStep('warroom', r.project.slug)],
    };
  },
});
