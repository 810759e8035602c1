// Imports: metrics (Google Ads, Meta Ads, generic CSV), trends (Google Trends) and leads, each with
// the project and the file as arguments or asked (file picker). Imports are all-or-nothing in the
// core; Cancel stops an import that has not started writing (the importers take no AbortSignal).
import type { CommandOutcome } from '../outcome';
import { notifyInfo } from '../notify';
import { withCancellableProgress } from '../progress';
import type { AicmoState } from '../state';
import { resolveFile, resolveProject } from '../targets';
import { requireTrust } from '../trust';
import type { Handler } from './registerCommand';
import { UserFacingError } from '../outcome';
import path from 'node:path';

type Kind = 'metrics' | 'trends' | 'leads';

const LABELS: Record<Kind, string> = { metrics: 'metrics', trends: 'trend series', leads: 'leads' };

async function importFile(state: AicmoState, kind: Kind, projectArg: unknown, fileArg: unknown): Promise<CommandOutcome> {
  requireTrust(`Importing ${LABELS[kind]}`);
  const ref = await resolveProject(state, projectArg, `Import ${LABELS[kind]} into which project?`);
  const file = await resolveFile(fileArg, `Import a ${kind} CSV`, { 'CSV files': ['csv', 'tsv', 'txt'], 'All files': ['*'] });
  const env = await state.session.env();
  const core = state.session.core;
  const name = path.basename(file);
  const outcome = await withCancellableProgress(`AICMO: importing ${name}`, state.status, async (signal, report): Promise<{ message: string; value: unknown }> => {
    if (signal.aborted) throw new UserFacingError(`The import of ${name} was cancelled; nothing was written.`, 'cancelled');
    report('reading and checking every row…');
    if (kind === 'metrics') {
      const r = await core.importMetricsFile(env.store, ref, file, { actor: env.actor });
      return { message: `Imported ${r.rowsImported} ${r.platform} rows from ${r.fileName} into ${ref}${r.rowsReplaced ? ` (${r.rowsReplaced} replaced earlier rows)` : ''}.`, value: r };
    }
    if (kind === 'trends') {
      const r = await core.importTrendsFile(env.store, ref, file, { actor: env.actor });
      return { message: `Imported ${r.pointsImported} trend points for ${r.keywords.map((k) => k.keyword).join(', ')} from ${r.fileName} into ${ref}.`, value: r };
    }
    const r = core.unwrap(await core.importLeads(env, ref, file));
    return { message: `Imported ${r.rowsTotal} leads from ${r.fileName} into ${ref}: ${r.created} new, ${r.merged} merged.`, value: r };
  }).finally(() => state.refresh());
  const action = kind === 'metrics' ? { title: 'Open Analytics', command: 'aicmo.openAnalytics', args: [ref] } : kind === 'trends' ? { title: 'Open Social Trends', command: 'aicmo.openTrends', args: [ref] } : { title: 'Open War Room', command: 'aicmo.openWarRoom', args: [ref] };
  notifyInfo(outcome.message, action);
  return { ok: true, ...outcome };
}

export function importCommands(state: AicmoState): Record<string, Handler> {
  return {
    'aicmo.importMetrics': (project?: unknown, file?: unknown) => importFile(state, 'metrics', project, file),
    'aicmo.importTrends': (project?: unknown, file?: unknown) => importFile(state, 'trends', project, file),
    'aicmo.importLeads': (project?: unknown, file?: unknown) => importFile(state, 'leads', project, file),
  };
}
