// What a panel's commands and requests do, through the operator services and the core's actions
// (never reimplemented here). Each returns a Result whose value is the one sentence the host shows
// (and, for requests, the typed response). Runs in the core bundle; the host checks workspace
// trust, asks for files and posts notices and snapshots.
import type { ImportKind } from '../../../protocol';
import { saveStrategyEdit } from '../../../orchestrator/actions';
import { latestArtifact } from '../../../orchestrator/artifacts';
import { AicmoError } from '../../../orchestrator/domain/errors';
import { importMetricsFile, importTrendsFile } from '../../../orchestrator/imports';
import {
  attempt,
  decideProjectCreatives,
  decideProjectStrategy,
  completeProjectTask,
  exportClientReport,
  importLeads,
  runProjectFlow,
  scheduleCreatives,
  setGlobalPause,
  unwrap,
  type Result,
  type ServiceEnv,
} from '../../../orchestrator/services';
import type { FlowResult } from '../../../orchestrator/flow';
import type { GenerationEngine } from '../../../orchestrator/engine';
import type { KaizenOptions } from '../../../orchestrator/kaizen/insights';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A panel command, already validated against the protocol. */
export type PanelAction =
  | { method: 'warroom/approveStrategy' | 'warroom/rejectStrategy' | 'warroom/requestStrategyChanges'; params: { project: string; version: number; by: string; reason?: string } }
  | { method: 'warroom/saveStrategyEdit'; params: { project: string; baseVersion: number; by: string; content: Record<string, unknown> } }
  | { method: 'gallery/approveCreatives' | 'gallery/rejectCreatives' | 'gallery/requestCreativeChanges'; params: { project: string; ids: string[]; by: string; reason?: string } }
  | { method: 'gallery/scheduleCreatives'; params: { project: string; ids: string[]; date: string } }
  | { method: 'pm/completeTask'; params: { project: string; id: string; hours: number } }
  | { method: 'pm/updateTaskStatus'; params: { project: string; id: string; status: string } }
  | { method: 'controltower/setPaused'; params: { on: boolean } }
  | { method: 'controltower/retrySubsystem' | 'unified/runSubsystem'; params: { project: string; name: string } };

export interface ActionOptions {
  skipKaizen?: boolean;
  /** How runs weigh evidence (settings aicmo.kaizen.crossIndustry / halfLifeWeeks). */
  kaizen?: KaizenOptions;
  signal?: AbortSignal;
  /** The generation engine for runs started from a panel (the same setting as the commands). */
  engine?: GenerationEngine;
  /** Subsystem settings for runs (e.g. `{ pm: { hourlyRate } }` from the VS Code settings). */
  options?: Record<string, unknown>;
}

/** Panel commands that write campaign files (all of them: the host checks trust first). */
export const WRITING_METHODS: ReadonlySet<string> = new Set<PanelAction['method']>([
  'warroom/approveStrategy', 'warroom/rejectStrategy', 'warroom/requestStrategyChanges', 'warroom/saveStrategyEdit',
  'gallery/approveCreatives', 'gallery/rejectCreatives', 'gallery/requestCreativeChanges', 'gallery/scheduleCreatives',
  'pm/completeTask', 'pm/updateTaskStatus', 'controltower/setPaused', 'controltower/retrySubsystem', 'unified/runSubsystem',
]);

async function checkStrategyVersion(env: ServiceEnv, project: string, version: number): Promise<void> {
  const latest = await env.store.readProject(project, (db) => latestArtifact(db, 'strategy'));
  if (latest && latest.version !== version) {
    throw new AicmoError('conflict', `Strategy v${version} is no longer the current one (v${latest.version} is); review v${latest.version} before deciding (nothing was changed).`, { field: 'version' });
  }
}

function describeRun(name: string, r: FlowResult): string {
  const s = r.subsystems.find((x) => x.name === name);
  if (s?.status === 'failed') return `${name} failed again: ${s.error ?? 'see the AICMO log'}.`;
  return `${name} ran (${r.status})${s?.version !== undefined ? `: version ${s.version}` : ''}.`;
}

/** Runs a panel command; `ok` carries the sentence to show. */
export function runPanelAction(env: ServiceEnv, action: PanelAction, options: ActionOptions = {}): Promise<Result<string>> {
  return attempt(async () => {
    const by = (name: string) => ({ name, kind: 'internal' as const });
    switch (action.method) {
      case 'warroom/approveStrategy':
      case 'warroom/rejectStrategy':
      case 'warroom/requestStrategyChanges': {
        const p = action.params;
        await checkStrategyVersion(env, p.project, p.version);
        const decision = action.method === 'warroom/approveStrategy' ? 'approve' : action.method === 'warroom/rejectStrategy' ? 'reject' : 'request_changes';
        const r = unwrap(await decideProjectStrategy(env, p.project, { decision, by: by(p.by), ...(p.reason ? { reason: p.reason } : {}) }));
        const verb = decision === 'approve' ? 'Approved' : decision === 'reject' ? 'Rejected' : 'Requested changes to';
        const stale = r.stale.length > 0 ? ` ${r.stale.map((x) => x.kind).join(', ')} marked stale.` : '';
        return `${verb} strategy v${r.strategy.version} of ${r.project}.${stale}`;
      }
      case 'warroom/saveStrategyEdit': {
        const p = action.params;
        await checkStrategyVersion(env, p.project, p.baseVersion);
        const saved = unwrap(await attempt(() => saveStrategyEdit(env.store, env.events, p.project, p.content, by(p.by))));
        return `Saved the edited strategy as v${saved.version} (in review).`;
      }
      case 'gallery/approveCreatives':
      case 'gallery/rejectCreatives':
      case 'gallery/requestCreativeChanges': {
        const p = action.params;
        const decision = action.method === 'gallery/approveCreatives' ? 'approve' : action.method === 'gallery/rejectCreatives' ? 'reject' : 'request_changes';
        const r = unwrap(await decideProjectCreatives(env, { ids: p.ids, project: p.project }, { decision, by: by(p.by), ...(p.reason ? { reason: p.reason } : {}) }));
        const verb = decision === 'approve' ? 'Approved' : decision === 'reject' ? 'Rejected' : 'Requested changes to';
        return `${verb} ${plural(r.creatives.length, 'creative')}.`;
      }
      case 'gallery/scheduleCreatives': {
        const p = action.params;
        const r = unwrap(await scheduleCreatives(env, p.ids, p.date, p.project));
        return `Scheduled ${plural(r.scheduled.length, 'creative')} for ${p.date}.`;
      }
      case 'pm/completeTask': {
        const p = action.params;
        const r = unwrap(await completeProjectTask(env, p.id, p.hours, p.project));
        return `Completed task ${r.id} with ${r.actualHours} h${r.estimatedHours !== null ? ` (${r.estimatedHours} h estimated)` : ""}.`;
      }
      case 'pm/updateTaskStatus': {
        const p = action.params;
        if (p.status === 'done') throw new AicmoError('invalid-input', 'Mark a task done with "Complete" so its actual hours are recorded.', { field: 'status' });
        throw new AicmoError('invalid-input', `Setting a task to "${p.status.replace(/_/g, ' ')}" is not supported yet; only completing a task is recorded.`, { field: 'status' });
      }
      case 'controltower/setPaused': {
        const r = unwrap(await setGlobalPause(env, action.params.on));
        if (!r.changed) return action.params.on ? 'Runs were already paused.' : 'Runs were not paused.';
        return r.paused ? 'Paused all runs: new runs are refused until you resume.' : 'Resumed runs.';
      }
      case 'controltower/retrySubsystem':
      case 'unified/runSubsystem': {
        const p = action.params;
        const r = unwrap(await runProjectFlow(env, p.project, { only: p.name, ...options }));
        return describeRun(p.name, r);
      }
    }
  });
}

export interface ImportOutcome {
  imported: boolean;
  message: string;
}

/** Imports a CSV of `kind` into a project (all-or-nothing in the core). */
export function importPanelCsv(env: ServiceEnv, project: string, kind: ImportKind, file: string): Promise<Result<string>> {
  return attempt(async () => {
    if (kind === 'trends') {
      const r = await importTrendsFile(env.store, env.events, project, file, { actor: env.actor });
      return `Imported ${r.pointsImported} trend points for ${r.keywords.map((k) => k.keyword).join(', ')} from ${r.fileName}.`;
    }
    if (kind === 'leads') {
      const r = unwrap(await importLeads(env, project, file));
      return `Imported ${r.rowsTotal} leads from ${r.fileName}: ${r.created} new, ${r.merged} merged.`;
    }
    const r = await importMetricsFile(env.store, env.events, project, file, { actor: env.actor });
    return `Imported ${r.rowsImported} ${r.platform} rows from ${r.fileName}${r.rowsReplaced ? ` (${r.rowsReplaced} replaced earlier rows)` : ''}.`;
  });
}

/** Writes the client review pack (`markdown` or `html`). */
export function exportPanelReport(env: ServiceEnv, project: string, format: 'markdown' | 'html'): Promise<Result<{ message: string; path: string }>> {
  return attempt(async () => {
    const r = unwrap(await exportClientReport(env, project, { format: format === 'markdown' ? 'md' : 'html' }));
    return { message: `Exported “${r.title}” (${Math.round(r.bytes / 1024)} KB).`, path: r.file };
  });
}


