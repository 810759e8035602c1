// getExecutionTimeline: what happened on a project, oldest first — runs, subsystem failures,
// approval actions, imports, task completions, leads and outreach — from the project file's rows,
// plus the learning events that no row records (project changes, lead imports, stale marking).
import { subsystemName } from '../domain/labels';
import type { LearningEvent } from '../events';
import { importFormatName } from '../imports/summary';
import type { ProjectReader } from '../store/types';
import type { ServiceEnv } from './env';
import { attempt, type Result } from './result';

export const TIMELINE_KINDS = ['project', 'run', 'failure', 'approval', 'import', 'task', 'leads', 'outreach', 'artifact'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineEntry {
  /** ISO timestamp. */
  at: string;
  kind: TimelineKind;
  /** One line a person reads. */
  title: string;
  /** Who did it, when known. */
  actor: string | null;
  /** The row or event it comes from, e.g. "run:r_…", "approval:aa_…", "event:e_…". */
  ref: string;
  data: Record<string, unknown>;
}

export interface ExecutionTimeline {
  project: { id: string; slug: string; name: string };
  entries: TimelineEntry[];
  /** Event lines that could not be read (a torn last line), reported rather than hidden. */
  skippedEventLines: number;
}

/** A decision in the past tense ("request_changes" → "sent back for changes"). */
export const DECISION_PAST: Record<string, string> = { approve: 'approved', reject: 'rejected', request_changes: 'sent back for changes', comment: 'commented on' };

/** What a decision was about, as a person says it. */
const TARGETS: Record<string, string> = { strategy: 'Strategy', creative: 'A creative', media: 'Media plan', brand: 'Brand guidance' };

/** How a run ended, by its status. */
const RUN_ENDS: Record<string, string> = { completed: 'Run completed', partial: 'Run done in part', failed: 'Run failed', cancelled: 'Run cancelled', interrupted: 'Run interrupted' };

/** "Run done in part" for "partial"; an unknown status as "Run <its words>". */
export function runEndText(status: string): string {
  return RUN_ENDS[status] ?? `Run ${status.replace(/_/g, ' ')}`;
}

/** Event types the project rows do not already cover. */
const EVENT_ONLY: Record<string, (e: LearningEvent) => { kind: TimelineKind; title: string }> = {
  'project.created': () => ({ kind: 'project', title: 'Project created' }),
  'project.updated': (e) => ({ kind: 'project', title: `Project updated: ${Object.keys((e.data.changes as Record<string, unknown> | undefined) ?? {}).join(', ') || 'fields'}` }),
  'project.archived': () => ({ kind: 'project', title: 'Project archived' }),
  'leads.imported': (e) => ({ kind: 'leads', title: `Leads imported from ${String(e.data.fileName ?? 'a file')}: ${Number(e.data.created ?? 0)} new, ${Number(e.data.merged ?? 0)} merged` }),
  'artifact.stale': (e) => ({ kind: 'artifact', title: `${e.data.kind === undefined ? 'An output' : subsystemName(String(e.data.kind))}${e.data.version === undefined ? '' : ` v${String(e.data.version)}`} marked stale` }),
  'flow.cancelled': () => ({ kind: 'run', title: 'Run cancelled' }),
  'task.status_changed': (e) => ({ kind: 'task', title: `Task ${typeof e.data.title === 'string' ? `“${e.data.title}”` : String(e.data.taskId ?? '')} set to ${String(e.data.to ?? '').replace(/_/g, ' ')}` }),
};

const KIND_ORDER = new Map<TimelineKind, number>(TIMELINE_KINDS.map((k, i) => [k, i]));

function rowEntries(tx: ProjectReader): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const r of tx.runs.list()) {
    out.push({ at: r.startedAt, kind: 'run', title: `Run started${r.skipKaizen ? ' (Kaizen skipped)' : ''}`, actor: null, ref: `run:${r.id}`, data: { runId: r.id } });
    if (r.finishedAt) {
      // A partial run (e.g. creatives waiting for approval) is not a failure; failed subsystems
      // appear as their own failure entries below.
      const failed = r.status === 'failed';
      out.push({
        at: r.finishedAt,
        kind: failed ? 'failure' : 'run',
        title: `${runEndText(r.status)}${r.error ? `: ${r.error}` : ''}`,
        actor: null,
        ref: `run-end:${r.id}`,
        data: { runId: r.id, status: r.status },
      });
    }
  }
  for (const a of tx.artifacts.failures()) {
    out.push({
      at: a.createdAt,
      kind: 'failure',
      title: `${subsystemName(a.kind)} failed: ${a.error ?? ''}`,
      actor: null,
      ref: `artifact:${a.id}`,
      data: { subsystem: a.kind, runId: a.runId },
    });
  }
  for (const a of tx.approvals.list()) {
    const what = TARGETS[a.target.kind] ?? subsystemName(a.target.kind);
    out.push({
      at: a.at,
      kind: 'approval',
      title: `${what} ${DECISION_PAST[a.action] ?? a.action.replace(/_/g, ' ')}${a.comment ? ` — “${a.comment}”` : ''}`,
      actor: `${a.actor.name}${a.actor.kind === 'client' ? ' (client)' : ''}`,
      ref: `approval:${a.id}`,
      data: { action: a.action, target: a.target, ...(a.comment ? { comment: a.comment } : {}) },
    });
  }
  for (const i of tx.imports.list()) {
    out.push({
      at: i.importedAt,
      kind: 'import',
      title: `Imported ${i.fileName} (${importFormatName(i.format)}): ${i.rowsImported} rows${i.rowsReplaced ? `, ${i.rowsReplaced} replaced` : ''}`,
      actor: i.actor,
      ref: `import:${i.id}`,
      data: { fileName: i.fileName, format: i.format, rowsImported: i.rowsImported, rowsReplaced: i.rowsReplaced },
    });
  }
  for (const t of tx.tasks.list()) {
    if (t.completedAt) {
      out.push({
        at: t.completedAt,
        kind: 'task',
        title: `Task done: ${t.title} (${t.actualHours === null ? `actual hours not entered yet${t.estimatedHours === null ? '' : `; ${t.estimatedHours} h estimated`}` : `${t.actualHours} h${t.estimatedHours === null ? '' : ` of ${t.estimatedHours} h estimated`}`})`,
        actor: t.assignee,
        ref: `task:${t.id}`,
        data: { taskId: t.id, estimatedHours: t.estimatedHours, actualHours: t.actualHours },
      });
    }
  }
  const leadNames = new Map(tx.leads.list().map((l) => [l.id, l.name]));
  for (const o of tx.outreach.list()) {
    const name = leadNames.get(o.leadId);
    if (o.sentAt === null || name === undefined) continue;
    out.push({
      at: o.sentAt,
      kind: 'outreach',
      title: `Outreach step ${o.step} to ${name} by ${o.channel}: ${o.status.replace(/_/g, ' ')}`,
      actor: null,
      ref: `outreach:${o.id}`,
      data: { leadId: o.leadId, channel: o.channel, step: o.step, status: o.status },
    });
  }
  return out;
}

export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  const ta = Date.parse(a.at);
  const tb = Date.parse(b.at);
  if (ta !== tb) return (Number.isNaN(ta) ? 0 : ta) - (Number.isNaN(tb) ? 0 : tb);
  const k = KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)!;
  return k !== 0 ? k : a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0;
}

export function getExecutionTimeline(env: ServiceEnv, projectRef: string, options: { limit?: number } = {}): Promise<Result<ExecutionTimeline>> {
  return attempt(async () => {
    const { project, entries } = await env.store.readProject(projectRef, (tx) => ({ project: { id: tx.project.id, slug: tx.project.slug, name: tx.project.name }, entries: rowEntries(tx) }));
    let skipped = 0;
    const runActors = new Map<string, string>();
    for await (const e of env.events.query({ project: project.id }, { onSkipped: () => skipped++ })) {
      if (e.type === 'flow.started' && typeof e.data.runId === 'string') runActors.set(e.data.runId, e.actor);
      const describe = EVENT_ONLY[e.type];
      if (!describe) continue;
      entries.push({ at: e.ts, ...describe(e), actor: e.actor, ref: `event:${e.id}`, data: e.data });
    }
    // Runs are rows without an actor; who started each is on its flow.started event.
    for (const entry of entries) {
      const runId = typeof entry.data.runId === 'string' ? entry.data.runId : undefined;
      if (entry.actor === null && runId !== undefined && (entry.kind === 'run' || entry.kind === 'failure')) entry.actor = runActors.get(runId) ?? null;
    }
    entries.sort(compareEntries);
    const limited = options.limit !== undefined && options.limit >= 0 ? entries.slice(Math.max(0, entries.length - options.limit)) : entries;
    return { project, entries: limited, skippedEventLines: skipped };
  });
}
