// `aicmo metrics import <project> <file>`: an ad-platform export into a project, all-or-nothing.
import path from 'node:path';
import { AicmoError, isAicmoError } from '../../orchestrator/domain/errors';
import { parseChannelMap, parseColumnMapping, METRIC_FORMATS, type ChannelMap, type ColumnMapping, type LineError, type MetricFormat } from '../../orchestrator/imports';
import { outcomeText, runOp } from '../operations';
import type { CommandGroup } from '../registry';

const FORMATS = ['auto', ...METRIC_FORMATS] as const;

function formatOf(value: string | undefined): MetricFormat | 'auto' {
  const format = value ?? 'auto';
  if (!(FORMATS as readonly string[]).includes(format)) throw new AicmoError('invalid-input', `--format "${format}" is not one of ${FORMATS.join(', ')}.`, { field: 'format' });
  return format as MetricFormat | 'auto';
}

function mappingOf(pairs: string[] | undefined): ColumnMapping | undefined {
  if (!pairs?.length) return undefined;
  try {
    return parseColumnMapping(pairs);
  } catch (e) {
    throw new AicmoError('invalid-input', `${(e as Error).message}.`, { field: 'map' });
  }
}

function channelMapOf(pairs: string[] | undefined): ChannelMap | undefined {
  if (!pairs?.length) return undefined;
  try {
    return parseChannelMap(pairs);
  } catch (e) {
    throw new AicmoError('invalid-input', `${(e as Error).message}.`, { field: 'channelMap' });
  }
}

export const metricsCommands: CommandGroup = {
  name: 'metrics',
  summary: 'import ad-platform results (Google Ads, Meta Ads Manager, generic CSV)',
  commands: [
    {
      name: 'import',
      summary: 'import a CSV export into a project (re-importing a window replaces its rows)',
      usage: 'metrics import <project> <file> [--format auto|google-ads|meta|generic] [--map field=Column …] [--channel-map label=channel …] [--currency ISO] [--platform NAME]',
      args: ['project', 'file'],
      options: { format: { type: 'string' }, map: { type: 'string', multiple: true }, 'channel-map': { type: 'string', multiple: true }, currency: { type: 'string' }, platform: { type: 'string' } },
      async run(ctx, { values, positionals }) {
        const [project, file] = positionals as [string, string];
        const format = formatOf(values.format as string | undefined);
        const map = mappingOf(values.map as string[] | undefined);
        const channelMap = channelMapOf(values['channel-map'] as string[] | undefined);
        const currency = values.currency as string | undefined;
        const platform = values.platform as string | undefined;
        const options = { format, ...(map ? { map } : {}), ...(channelMap ? { channelMap } : {}), ...(currency ? { currency } : {}), ...(platform ? { platform } : {}) };
        try {
          const outcome = await runOp(ctx, 'metrics.import', { project, file: path.resolve(file), ...options });
          const r = outcome.value;
          const json = {
            format: r.format,
            platform: r.platform,
            currency: r.currency,
            rowsImported: r.rowsImported,
            rowsReplaced: r.rowsReplaced,
            rowsRejected: 0,
            errors: [],
            fileName: r.fileName,
            sha256: r.sha256,
            skipped: r.skipped,
            channels: r.channels,
            summary: outcome.message,
          };
          return { json, text: outcomeText(outcome, r.skipped.map((s) => `  line ${s.line}: ${s.reason}`)) };
        } catch (e) {
          const details = isAicmoError(e) && e.code === 'import-rejected' ? (e.details as { errors?: LineError[]; rowsRejected?: number } | undefined) : undefined;
          if (!details?.errors) throw e;
          if (ctx.json) {
            const json = { format: options.format, platform: null, currency: null, rowsImported: 0, rowsReplaced: 0, rowsRejected: details.rowsRejected ?? details.errors.length, errors: details.errors, message: (e as Error).message.split('\n')[0] };
            await ctx.out.write(`${JSON.stringify(json, null, 2)}\n`);
            ctx.setExitCode(1);
            return undefined;
          }
          const [head, ...lines] = (e as Error).message.split('\n');
          throw new AicmoError('import-rejected', `${head} ${lines.join('; ')}`);
        }
      },
    },
  ],
};
