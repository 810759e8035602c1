// Builds a panel's full snapshot from the operator services: the envelope (project shown, the
// projects to switch to, actor, time) and the panel's data, or the one-sentence error when
// reading failed. Runs in the core bundle (no vscode); the panel host posts what this returns.
import type { ControlTowerData, GROUP_BY_IDS, PanelId, ProjectRef, Snapshot } from '../../../protocol';

type GroupById = (typeof GROUP_BY_IDS)[number];
import { artifactHistory } from '../../../orchestrator/artifacts';
import {
  getCreativesForProject,
  getExecutionTimeline,
  getKaizenInsights,
  getProjectAnalyticsDashboard,
  getProjectContext,
  getProjectPmDashboard,
  getProjectsPipeline,
  getProjectTrends,
  getProjectUnifiedView,
  unwrap,
  type PipelineProject,
  type ServiceEnv,
} from '../../../orchestrator/services';
import { CHANNEL_FORMATS } from '../../../orchestrator/subsystems/creatives/channelLimits';
import { attentionItems, overdueTasks, refOf, type ProjectFacts } from './commandItems';
import { controlTowerData, type ProjectTimeline } from './controlTower';
import { eventSummary } from './eventSummary';
import { artifactHighlights } from './highlights';
import { portalData } from './portalRequests';

/** Panels that show the whole workspace; the others show one project. */
export const WORKSPACE_PANEL_IDS: ReadonlySet<PanelId> = new Set<PanelId>(['command', 'pipeline', 'controltower', 'kaizen']);

export interface SnapshotRequest {
  /** Slug or id of the project to show (project panels); default the first project. */
  project?: string | null;
  /** Analytics breakdown and period, as the panel last asked. */
  analytics?: { by?: GroupById; from?: string; to?: string };
  /** The generation engine in use (a VS Code setting; the Control Tower shows it). */
  engine?: ControlTowerData['engine'];
}

const KAIZEN_EVENTS = 2000;
const ACTIVITY = 30;

function allProjects(columns: { projects: PipelineProject[] }[]): PipelineProject[] {
  return columns.flatMap((c) => c.projects);
}

const today = (env: ServiceEnv) => (env.now?.() ?? new Date()).toISOString().slice(0, 10);

async function unifiedFailures(env: ServiceEnv, slug: string): Promise<ProjectFacts['failed']> {
  const view = unwrap(await getProjectUnifiedView(env, slug));
  return Object.values(view.artifacts).filter((a) => a.lastError !== null).map((a) => ({ subsystem: a.name, error: a.lastError!, at: a.createdAt }));
}

async function projectData(env: ServiceEnv, panel: PanelId, slug: string, request: SnapshotRequest): Promise<unknown> {
  switch (panel) {
    case 'warroom': {
      const ctx = unwrap(await getProjectContext(env, slug));
      const versions = await env.store.readProject(slug, (db) => artifactHistory(db, 'strategy'));
      const p = ctx.project;
      return {
        intake: {
          name: p.name, client: p.client ?? undefined, brand: p.brand ?? undefined, industry: p.industry, geography: p.geography ?? undefined, product: p.product ?? undefined,
          goal: p.goal, goalMetric: p.goalMetric, audiences: p.audiences, budgetMinor: p.budgetMinor, currency: p.currency, startDate: p.startDate ?? undefined, endDate: p.endDate ?? undefined,
          constraints: p.constraints, mustInclude: p.mustInclude, doNotDo: p.doNotDo, kpiTargets: p.kpiTargets as Record<string, number>, lifecycle: p.lifecycle,
        },
        stage: ctx.stage,
        badges: ctx.badges,
        blockers: ctx.blockers,
        versions: versions
          .filter((a) => a.content !== null && !(a as { error?: string | null }).error)
          .sort((a, b) => a.version - b.version)
          .map((a) => ({ version: a.version, status: a.status, createdAt: a.createdAt, statusNote: a.statusNote ?? null, content: a.content as Record<string, unknown>, insights: a.insights.map((i) => ({ id: i.id, sentence: i.sentence })) })),
        approvals: ctx.approvals,
      };
    }
    case 'gallery': {
      const c = unwrap(await getCreativesForProject(env, slug));
      const channels = new Set(c.creatives.map((x) => x.channel));
      const formats = Object.values(CHANNEL_FORMATS)
        .filter((f) => channels.has(f.channel) || channels.size === 0)
        .map((f) => ({ channel: f.channel, format: f.format, copy: f.copy, fields: f.fields.map(({ key, label, list, min, max, maxChars, recommendedChars }) => ({ key, label, list, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }), ...(maxChars === undefined ? {} : { maxChars }), ...(recommendedChars === undefined ? {} : { recommendedChars }) })), ...(f.note ? { note: f.note } : {}), sources: f.sources }));
      return { creatives: c.creatives, counts: c.counts, formats, notes: c.notes, rules: c.rules };
    }
    case 'pm': {
      const { project: _project, ...rest } = unwrap(await getProjectPmDashboard(env, slug));
      return rest;
    }
    case 'analytics': {
      const q = request.analytics ?? {};
      const { project: _project, ...rest } = unwrap(await getProjectAnalyticsDashboard(env, slug, { ...(q.by ? { by: q.by } : {}), ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) }));
      return rest;
    }
    case 'portal': {
      const ctx = unwrap(await getProjectContext(env, slug));
      const creatives = unwrap(await getCreativesForProject(env, slug));
      return portalData({
        strategy: ctx.strategy ? { version: ctx.strategy.version, status: ctx.strategy.status, createdAt: ctx.strategy.createdAt } : null,
        creatives: creatives.creatives.map((c) => ({ id: c.id, status: c.status, channel: c.channel, headline: c.headline })),
        approvals: ctx.approvals,
      });
    }
    case 'trends': {
      const series = unwrap(await getProjectTrends(env, slug));
      const view = unwrap(await getProjectUnifiedView(env, slug));
      const social = (view.artifacts.social?.content ?? null) as { opportunities?: { title: string; format?: string; keyword?: string }[] } | null;
      const ideas = (social?.opportunities ?? []).map((o) => ({ keyword: o.keyword ?? null, channel: o.format ?? null, idea: o.title }));
      return { series, ideas };
    }
    case 'unified': {
      const view = unwrap(await getProjectUnifiedView(env, slug));
      return {
        artifacts: Object.values(view.artifacts).map((a) => ({
          name: a.name, status: a.status, version: a.version, highlights: artifactHighlights(a.name, a.content),
          insights: a.insights.map((i) => ({ id: i.id, sentence: i.sentence })), skipKaizen: a.skipKaizen, statusNote: a.statusNote, createdAt: a.createdAt, lastError: a.lastError,
        })),
      };
    }
    default:
      throw new Error(`${panel} is not a project panel`);
  }
}

async function workspaceData(env: ServiceEnv, panel: PanelId, projects: PipelineProject[], paused: boolean, pipelineData: unknown, request: SnapshotRequest): Promise<unknown> {
  switch (panel) {
    case 'pipeline':
      return pipelineData;
    case 'kaizen': {
      const report = unwrap(await getKaizenInsights(env));
      const events: { id: string; ts: string; type: string; project: string | null; actor: string; summary: string }[] = [];
      const slugs = new Map(projects.map((p) => [p.id, p.slug]));
      for await (const e of env.events.query({ limit: KAIZEN_EVENTS, keep: 'latest' })) events.push({ id: e.id, ts: e.ts, type: e.type, project: e.project === null ? null : (slugs.get(e.project) ?? e.project), actor: e.actor, summary: eventSummary(e) });
      events.reverse();
      return { insights: report.insights.map((i) => ({ id: i.id, kind: i.kind, summary: i.summary, evidence: i.evidence })), kinds: report.kinds, events };
    }
    case 'controltower': {
      const timelines: ProjectTimeline[] = [];
      for (const p of projects) {
        const t = unwrap(await getExecutionTimeline(env, p.slug, { limit: 500 }));
        timelines.push({ project: refOf(p), entries: t.entries, failed: await unifiedFailures(env, p.slug) });
      }
      return controlTowerData(timelines, paused, request.engine ?? { name: 'rules', detail: 'Deterministic rules, templates and benchmark tables.' });
    }
    case 'command': {
      const facts: ProjectFacts[] = [];
      const day = today(env);
      for (const p of projects) {
        const pm = unwrap(await getProjectPmDashboard(env, p.slug));
        const goals = p.metricRows > 0 ? unwrap(await getProjectAnalyticsDashboard(env, p.slug)).goals.filter((g) => g.status === 'behind') : [];
        const failed = p.badges.includes('failed run') ? await unifiedFailures(env, p.slug) : [];
        facts.push({ project: refOf(p), overdueTasks: overdueTasks(pm.tasks, day), goalsBehind: goals.map((g) => ({ metric: g.metric, ...(g.note ? { note: g.note } : {}) })), failed });
      }
      const slugs = new Map(projects.map((p) => [p.id, p]));
      const activity: { at: string; title: string; actor: string | null; project: ProjectRef | null }[] = [];
      for await (const e of env.events.query({ limit: ACTIVITY, keep: 'latest' })) {
        const p = e.project === null ? undefined : slugs.get(e.project);
        activity.push({ at: e.ts, title: eventSummary(e), actor: e.actor, project: p ? refOf(p) : null });
      }
      activity.reverse();
      return { items: attentionItems(projects, facts), activity };
    }
    default:
      throw new Error(`${panel} is not a workspace panel`);
  }
}

function sentence(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.split('\n')[0] ?? message;
}

/**
 * The snapshot of `panel`. Never throws for a read failure: the envelope then carries `error`
 * (one sentence) and `data: null`. A project panel in a workspace with no projects has no data.
 */
export async function buildPanelSnapshot(env: ServiceEnv, panel: PanelId, request: SnapshotRequest = {}): Promise<Snapshot<unknown>> {
  const at = (env.now?.() ?? new Date()).toISOString();
  const base = { project: null as ProjectRef | null, projects: [] as ProjectRef[], actor: env.actor, at, data: null as unknown, error: null as string | null };
  try {
    const pipeline = unwrap(await getProjectsPipeline(env));
    const projects = allProjects(pipeline.columns);
    base.projects = projects.map(refOf);
    if (WORKSPACE_PANEL_IDS.has(panel)) {
      if (request.project) {
        const p = projects.find((x) => x.slug === request.project || x.id === request.project);
        if (p) base.project = refOf(p);
      }
      base.data = await workspaceData(env, panel, projects, pipeline.paused, pipeline, request);
      return base;
    }
    const chosen = projects.find((x) => x.slug === request.project || x.id === request.project) ?? (request.project ? undefined : projects[0]);
    if (!chosen) {
      if (request.project) base.error = `There is no project "${request.project}" in this workspace any more; pick another one.`;
      return base;
    }
    base.project = refOf(chosen);
    base.data = await projectData(env, panel, chosen.slug, request);
    return base;
  } catch (e) {
    base.data = null;
    base.error = sentence(e);
    return base;
  }
}
