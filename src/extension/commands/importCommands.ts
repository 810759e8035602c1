// Imports: metrics (Google Ads, Meta Ads, generic CSV), trends (Google Trends) and leads — the
// core's import operations — with the project and the file as arguments or asked (file picker).
// Imports are all-or-nothing in the core; Cancel stops an import that has not started writing
// (the importers take no AbortSignal).
import path from 'node:path';
import { trustWords } from '../../orchestrator/operations/catalog';
import { notifyInfo } from '../notify';
import { UserFacingError, type CommandOutcome } from '../outcome';
import { withCancellableProgress } from '../progress';
import type { AicmoState } from '../state';
import { resolveFile, resolveProject } from '../targets';
import { requireTrust } from '../trust';
import type { Handler } from './registerCommand';
import { notifyActionsOf, runOperation } from './runOperation';

const KINDS = {
  metrics: { operation: 'metrics.import', label: 'metrics' },
  trends: { operation: 'trends.import', label: 'trend series' },
  leads: { operation: 'leads.import', label: 'leads' },
} as const;

async function importFile(state: AicmoState, kind: keyof typeof KINDS, projectArg: unknown, fileArg: unknown): Promise<CommandOutcome> {
  const { operation, label } = KINDS[kind];
  requireTrust(trustWords(operation));
  const ref = await resolveProject(state, projectArg, `Import ${label} into which project?`);
  const file = await resolveFile(fileArg, `Import a ${kind} CSV`, { 'CSV files': ['csv', 'tsv', 'txt'], 'All files': ['*'] });
  const name = path.basename(file);
  const outcome = await withCancellableProgress(`AICMO: importing ${name}`, state.status, async (signal, report) => {
    if (signal.aborted) throw new UserFacingError(`The import of ${name} was cancelled; nothing was written.`, 'cancelled');
    report('reading and checking every row…');
    return runOperation(state, operation, { project: ref, file });
  }).finally(() => state.refresh());
  notifyInfo(outcome.message, ...notifyActionsOf(outcome.next));
  return { ok: true, message: outcome.message, value: outcome.value };
}

export function importCommands(state: AicmoState) {
  return {
    'aicmo.importMetrics': (project?: unknown, file?: unknown) => importFile(state, 'metrics', project, file),
    'aicmo.importTrends': (project?: unknown, file?: unknown) => importFile(state, 'trends', project, file),
    'aicmo.importLeads': (project?: unknown, file?: unknown) => importFile(state, 'leads', project, file),
  } satisfies Record<string, Handler>;
}
