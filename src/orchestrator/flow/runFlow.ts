// The orchestrator host: runs subsystem plugins in dependency order, each in isolation, and
// records each result as a new artifact version with its inputs hash, duration and the Kaizen
// insights it applied, plus the run row and the learning events of the run.
import { performance } from 'node:perf_hooks';
import { AicmoError, isAicmoError } from '../domain/errors';
import { newId } from '../domain/ids';
import { subsystemName } from '../domain/labels';
import { createRandom, subsystemSeed } from '../domain/random';
import { engineRecordOf, rewriteWithEngine, sameGeneratedContent } from '../engine/rewriteWithEngine';
import type { GenerationEngine } from '../engine/types';
import { deriveInsights } from '../kaizen/insights';
import type { Insight } from '../kaizen/types';
import type { RunStatus, StoredArtifact, WorkspaceStore } from '../store/types';
import { subsystems as registry } from '../subsystems';
import { WaitingForApprovalError } from '../subsystems/common/inputs';
import type { ArtifactInput, Subsystem, SubsystemContext, SubsystemResult } from '../subsystems/types';
import { lastApproved } from './approvedVersion';
import { inputsHash, stableJson } from './inputsHash';
import { orderSubsystems, upstreamOf } from './order';
import { assertNotPaused } from './pause';
import { PROJECTIONS } from './projections';
import { subsystemData } from './subsystemData';
import type { FlowResult, FlowStatus, RunFlowOptions, SubsystemRunResult } from './types';

/** The machine's calendar day (YYYY-MM-DD). */
const localIsoDate = (d: Date): string => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Milliseconds rounded to a tenth. */
const ms = (x: number): number => Math.round(x * 10) / 10;

const asInput = (a: StoredArtifact): ArtifactInput => ({ name: a.kind, version: a.version, status: a.status, approved: a.status === 'approved', content: a.content });

function flowStatus(results: readonly SubsystemRunResult[]): FlowStatus {
  if (results.some((r) => r.status === 'cancelled')) return 'cancelled';
  const done = results.filter((r) => r.status === 'completed').length;
  if (done === results.length) return 'completed';
  if (done === 0 && results.some((r) => r.status === 'failed')) return 'failed';
  return 'partial';
}

function summary(results: readonly SubsystemRunResult[]): string | null {
  // "Creatives: waiting for strategy approval", "Media plan: failed (no channels)".
  const lines = results
    .filter((r) => r.status !== 'completed')
    .map((r) => {
      const detail = (r.error ?? r.message ?? '').replace(`${r.name}: `, '');
      return `${subsystemName(r.name)}: ${detail.startsWith(r.status) ? detail : `${r.status}${detail ? ` (${detail})` : ''}`}`;
    });
  return lines.length > 0 ? lines.join('; ') : null;
}

function selectSubsystems(ordered: readonly Subsystem[], names: readonly string[] | undefined): Subsystem[] {
  if (names === undefined) return [...ordered];
  for (const n of names) {
    if (!ordered.some((s) => s.name === n)) {
      throw new AicmoError('not-found', `There is no subsystem named "${n}"; known: ${ordered.map((s) => s.name).join(', ')}.`, { field: 'only' });
    }
  }
  return ordered.filter((s) => names.includes(s.name));
}

/** Runs the full flow (or one subsystem with `only`) for a project. Refused while paused. */
export function runFlow(store: WorkspaceStore, projectRef: string, options: RunFlowOptions): Promise<FlowResult> {
  return runSelection(store, projectRef, options.only === undefined ? undefined : [options.only], options);
}

/** Reruns the subsystems whose latest attempt failed (nothing to do → a completed run of none). */
export async function retryFailed(store: WorkspaceStore, projectRef: string, options: Omit<RunFlowOptions, 'only'>): Promise<FlowResult> {
  const plugins = options.subsystems ?? registry;
  const failed = await store.readProject(projectRef, (tx) => plugins.filter((s) => tx.artifacts.latestAttempt(s.name)?.error != null).map((s) => s.name));
  if (failed.length === 0) throw new AicmoError('not-found', `No subsystem of ${projectRef} has a failed latest result; nothing to retry.`);
  return runSelection(store, projectRef, failed, options);
}

async function runSelection(store: WorkspaceStore, projectRef: string, names: readonly string[] | undefined, options: RunFlowOptions): Promise<FlowResult> {
  await assertNotPaused(store);
  const ordered = orderSubsystems(options.subsystems ?? registry);
  const selected = selectSubsystems(ordered, names);
  const registered = new Set(ordered.map((s) => s.name));
  const project0 = await store.getProject(projectRef);
  const skipKaizen = options.skipKaizen === true;
  const signal = options.signal ?? new AbortController().signal;
  const actor = options.actor;
  const insights: readonly Insight[] = skipKaizen ? [] : (await deriveInsights(store, { project: project0.id, ...options.kaizen })).insights;
  const approvedKinds = new Set(ordered.filter((s) => s.downstreamUsesApproved).map((s) => s.name));

  const runId = newId('r_');
  await store.writeProject(project0.id, (tx) => {
    tx.runs.start({ id: runId, startedAt: new Date().toISOString(), skipKaizen });
    tx.events.record({
      type: 'flow.started',
      actor,
      data: { runId, subsystems: selected.map((s) => s.name), skipKaizen, ...(options.only ? { only: options.only } : {}), insights: insights.length },
    });
  });

  const results: SubsystemRunResult[] = [];
  const byName = new Map<string, SubsystemRunResult>();
  const record = (r: SubsystemRunResult): void => {
    results.push(r);
    byName.set(r.name, r);
  };

  for (const s of selected) {
    if (signal.aborted) {
      record({ name: s.name, status: 'cancelled', durationMs: 0, message: 'The run was cancelled before it started.' });
      continue;
    }
    const blocked = upstreamOf(s, registered)
      .map((u) => byName.get(u))
      .find((r) => r !== undefined && r.status !== 'completed' && s.needs.includes(r.name));
    if (blocked) {
      const why = blocked.status === 'waiting' ? `${blocked.name} is waiting for approval` : `${blocked.name} ${blocked.status === 'failed' ? 'failed' : `was ${blocked.status}`} in this run`;
      record({ name: s.name, status: 'skipped', durationMs: 0, message: `skipped: ${why}.` });
      continue;
    }
    record(await runOne(store, s, registered, { projectRef: project0.id, runId, insights, skipKaizen, signal, actor, options: options.options, engine: options.engine, approvedKinds }));
  }

  const status = flowStatus(results);
  await store.writeProject(project0.id, (tx) => {
    tx.runs.finish(runId, status as RunStatus, new Date().toISOString(), summary(results));
    tx.events.record({
      type: 'flow.completed',
      actor,
      data: { runId, status, skipKaizen, subsystems: results.map((r) => ({ name: r.name, status: r.status, ...(r.version === undefined ? {} : { version: r.version }), durationMs: r.durationMs })) },
    });
  });
  return { runId, status, skipKaizen, subsystems: results };
}

interface RunOneArgs {
  projectRef: string;
  runId: string;
  insights: readonly Insight[];
  skipKaizen: boolean;
  signal: AbortSignal;
  actor: string;
  options: Record<string, unknown> | undefined;
  engine: GenerationEngine | undefined;
  /** Kinds whose dependents read the last approved version (when there is one). */
  approvedKinds: ReadonlySet<string>;
}

async function runOne(store: WorkspaceStore, s: Subsystem, registered: ReadonlySet<string>, a: RunOneArgs): Promise<SubsystemRunResult> {
  const upstream = upstreamOf(s, registered);
  const { project, latest, version, approvedOwn, approvedUp } = await store.readProject(a.projectRef, (tx) => ({
    project: tx.project,
    latest: tx.artifacts.latestByKind(),
    version: tx.artifacts.nextVersion(s.name),
    approvedOwn: lastApproved(tx, s.name),
    approvedUp: Object.fromEntries(upstream.filter((u) => a.approvedKinds.has(u)).map((u) => [u, lastApproved(tx, u)] as const)),
  }));

  // Needs must exist; approvals gate (no artifact, no placeholder).
  const missing = s.needs.filter((n) => latest[n] === undefined);
  if (missing.length > 0) {
    return fail(store, s, a, 0, new AicmoError('invalid-input', `${s.name} needs the ${missing.join(' and ')} artifact${missing.length > 1 ? 's' : ''}, and there is none yet: run ${missing.join(', ')} first.`));
  }
  const unapproved = (s.requiresApproved ?? []).find((n) => latest[n]?.status !== 'approved');
  if (unapproved) {
    return { name: s.name, status: 'waiting', durationMs: 0, message: `${s.name}: waiting for ${unapproved} approval` };
  }

  const inputs: SubsystemContext['inputs'] = {};
  const inputVersions: Record<string, number> = {};
  for (const u of upstream) {
    const approvedUpstream = approvedUp[u];
    const art = approvedUpstream?.status === 'approved' ? approvedUpstream : latest[u];
    if (art) {
      inputs[u] = asInput(art);
      inputVersions[u] = art.version;
    }
  }
  const own = latest[s.name];
  const evidence = s.evidenceFingerprint ? s.evidenceFingerprint({ project, insights: a.insights, skipKaizen: a.skipKaizen, ...(a.options ? { options: a.options } : {}) }) : undefined;
  const hash = inputsHash({ subsystem: s.name, inputs: inputVersions, project, options: a.options, skipKaizen: a.skipKaizen, evidence });
  // An approved or hand-edited version (no run) is kept while its inputs are the same: a run
  // never replaces a person's decision or edit with generated content.
  if (own && (own.status === 'approved' || (own.runId === null && own.status === 'in_review')) && own.inputsHash === hash) {
    const why = own.status === 'approved' ? 'approved' : 'edited by hand';
    return { name: s.name, status: 'completed', version: own.version, durationMs: 0, message: `unchanged: version ${own.version} is ${why} and its inputs have not changed, kept.`, insights: own.insights.map((i) => i.id) };
  }
  // A proposal a person rejected or sent back is not proposed again while nothing it was made
  // from (evidence included) has changed.
  if (own && s.evidenceFingerprint && (own.status === 'rejected' || own.status === 'changes_requested') && own.inputsHash === hash) {
    const inUse = approvedOwn ? ` (approved version ${approvedOwn.version} stays in use)` : '';
    return { name: s.name, status: 'completed', version: own.version, durationMs: 0, message: `unchanged: version ${own.version} was ${own.status === 'rejected' ? 'rejected' : 'sent back'} and nothing it was made from has changed, so nothing new is proposed${inUse}.`, insights: own.insights.map((i) => i.id) };
  }
  const contextFor = (v: number): SubsystemContext => ({
    project,
    inputs,
    ...(own ? { previous: asInput(own) } : {}),
    ...(approvedOwn ? { approved: asInput(approvedOwn) } : {}),
    version: v,
    today: localIsoDate(new Date()),
    random: createRandom(subsystemSeed(project.id, s.name, v)),
    insights: a.insights,
    skipKaizen: a.skipKaizen,
    signal: a.signal,
    data: subsystemData(store, a.projectRef),
    ...(a.options ? { options: a.options } : {}),
    ...(a.engine ? { engine: a.engine.kind } : {}),
  });
  const attempt = async (v: number): Promise<SubsystemResult<unknown>> => {
    const result = await s.run(contextFor(v));
    const problems = s.validate(result.content);
    if (problems.length > 0) {
      const who = s.plugin ? `The plugin ${s.plugin.label ?? s.plugin.id}'s subsystem ${s.name}` : s.name;
      throw new AicmoError('invalid-input', `${who} produced content that fails its ${s.plugin ? 'own ' : ''}checks: ${problems.join(' ')}`, { details: { problems } });
    }
    return result;
  };
  // The latest version is still current (not stale, rejected or sent back), was made from the
  // same upstream versions and the same Kaizen mode: if its own seed gives the same content
  // again, nothing changed and it is kept (with its approval).
  const current = own !== undefined && ['draft', 'in_review', 'approved'].includes(own.status) && stableJson(own.inputs) === stableJson(inputVersions) && own.skipKaizen === a.skipKaizen;

  const t0 = performance.now();
  let result: SubsystemResult<unknown>;
  try {
    if (current) {
      const again = await attempt(own.version);
      if (sameGeneratedContent(again.content, own.content, a.engine, s.name)) {
        return { name: s.name, status: 'completed', version: own.version, durationMs: ms(performance.now() - t0), message: `unchanged: same content as version ${own.version}, kept.`, insights: own.insights.map((i) => i.id) };
      }
    }
    result = await attempt(version);
    result = { ...result, content: await rewriteWithEngine(a.engine, s, contextFor(version), result.content) };
  } catch (e) {
    const durationMs = ms(performance.now() - t0);
    if (e instanceof WaitingForApprovalError) return { name: s.name, status: 'waiting', durationMs, message: `${s.name}: waiting for ${e.waitingFor} approval` };
    if (a.signal.aborted || (isAicmoError(e) && e.code === 'cancelled')) return { name: s.name, status: 'cancelled', durationMs, message: 'The run was cancelled.' };
    return fail(store, s, a, durationMs, e);
  }
  const durationMs = ms(performance.now() - t0);
  const applied = a.skipKaizen ? [] : result.appliedInsights;

  const projection = PROJECTIONS[s.name];
  const stored = await store.writeProject(a.projectRef, (tx) => {
    const art = tx.artifacts.insert({
      kind: s.name,
      status: s.initialStatus ?? 'draft',
      content: result.content,
      inputsHash: hash,
      inputs: inputVersions,
      insights: applied,
      skipKaizen: a.skipKaizen,
      runId: a.runId,
      durationMs,
    });
    projection?.inTx?.(tx, art, result.content);
    tx.events.record({
      type: 'subsystem.completed',
      actor: a.actor,
      data: { runId: a.runId, subsystem: s.name, version: art.version, artifactId: art.id, status: art.status, durationMs: Math.round(durationMs), inputsHash: hash, skipKaizen: a.skipKaizen, insights: applied.map((i) => i.id) },
    });
    for (const i of applied) {
      tx.events.record({ type: 'kaizen.applied', actor: a.actor, data: { runId: a.runId, subsystem: s.name, version: art.version, insight: i.id, sentence: i.sentence } });
    }
    return art;
  });
  const files = projection?.afterSave?.(store.aicmoDir, project, stored, result.content) ?? [];
  const written = engineRecordOf(result.content);
  return {
    name: s.name,
    status: 'completed',
    version: stored.version,
    durationMs,
    insights: applied.map((i) => i.id),
    ...(files.length > 0 ? { files } : {}),
    ...(written ? { engine: { used: written.used, written: written.fields.filter((f) => f.engine === 'languageModel').length, fields: written.fields.length } } : {}),
  };
}

async function fail(store: WorkspaceStore, s: Subsystem, a: RunOneArgs, durationMs: number, e: unknown): Promise<SubsystemRunResult> {
  const message = e instanceof Error ? e.message : String(e);
  const stack = e instanceof Error ? e.stack : undefined;
  await store.writeProject(a.projectRef, (tx) => {
    const stored = tx.artifacts.insert({ kind: s.name, status: 'draft', content: {}, runId: a.runId, durationMs, error: message, skipKaizen: a.skipKaizen });
    tx.events.record({
      type: 'subsystem.failed',
      actor: a.actor,
      data: { runId: a.runId, subsystem: s.name, attempt: stored.version, error: message, ...(stack ? { stack } : {}) },
    });
  });
  return { name: s.name, status: 'failed', durationMs, error: message };
}
