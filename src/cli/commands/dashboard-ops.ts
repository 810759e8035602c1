// `aicmo dashboard pipeline|context|unified|pm|timeline`: the operator views of the workspace and
// of one project (merged into the `dashboard` group beside `dashboard analytics|trends`).
import {
  getExecutionTimeline,
  getProjectContext,
  getProjectPmDashboard,
  getProjectsPipeline,
  getProjectUnifiedView,
  type ExecutionTimeline,
  type PmDashboard,
  type ProjectContext,
  type ProjectsPipeline,
  type ProjectUnifiedView,
} from '../../orchestrator/services';
import type { CommandGroup } from '../registry';
import { serviceEnvOf, valueOf } from '../serviceEnv';
import { countText } from '../../orchestrator/domain/labels';

function pipelineText(p: ProjectsPipeline): string {
  if (p.totals.projects === 0) return 'No projects yet. Add one with: aicmo project add --name …';
  const lines = [`Pipeline: ${countText(p.totals.projects, 'project')}, ${p.totals.awaitingApproval} awaiting approval, ${p.totals.blocked} blocked · leads ${p.totals.leads} · outreach ${p.totals.outreach}${p.paused ? ' · GLOBAL PAUSE ON' : ''}`];
  for (const col of p.columns) {
    lines.push('', `${col.stage} (${col.count})`);
    for (const x of col.projects) {
      const badges = x.badges.length ? `  [${x.badges.join(', ')}]` : '';
      const counts = x.leads || x.outreach ? `  leads ${x.leads} · outreach ${x.outreach}` : '';
      lines.push(`  ${x.slug}  ${x.name}${badges}${counts}`);
      for (const b of x.blockers) lines.push(`      ! ${b.message}`);
    }
  }
  return lines.join('\n');
}

function contextText(c: ProjectContext): string {
  const p = c.project;
  const lines = [
    `${p.name}  (${p.slug})  —  ${c.stage}${c.badges.length ? ` [${c.badges.join(', ')}]` : ''}`,
    `  goal         ${p.goalMetric} — ${p.goal}`,
    `  audiences    ${p.audiences.join('; ')}`,
    `  dates        ${p.startDate ?? '…'} → ${p.endDate ?? '…'}`,
    `  strategy     ${c.strategy ? `v${c.strategy.version} ${c.strategy.status.replace(/_/g, ' ')}${c.strategy.statusNote ? ` (${c.strategy.statusNote})` : ''}` : 'none yet'}`,
  ];
  for (const b of c.blockers) lines.push(`  ! ${b.message}`);
  lines.push('', `Approvals (${c.approvals.length}):`);
  if (c.approvals.length === 0) lines.push('  none yet');
  for (const a of c.approvals) lines.push(`  ${a.at}  ${a.actor.name} ${a.action.replace(/_/g, ' ')} ${a.target.kind} ${a.target.id}${a.comment ? ` — ${a.comment}` : ''}`);
  return lines.join('\n');
}

function unifiedText(u: ProjectUnifiedView): string {
  const lines = [`${u.project.name} — latest artifacts`];
  for (const a of Object.values(u.artifacts)) {
    const head = a.version === null ? 'missing' : `v${a.version} ${a.status.replace(/_/g, ' ')}`;
    const kaizen = a.skipKaizen ? '  (Kaizen skipped)' : a.insights.length ? `  (${a.insights.length} insight${a.insights.length === 1 ? '' : 's'} applied)` : '';
    lines.push(`  ${a.name.padEnd(10)} ${head}${kaizen}`);
    if (a.statusNote) lines.push(`      ${a.statusNote}`);
    if (a.outOfDate) lines.push(`      out of date: ${a.outOfDate}`);
    if (a.lastError) lines.push(`      ! last attempt failed: ${a.lastError}`);
    for (const i of a.insights) lines.push(`      · ${i.sentence}`);
  }
  return lines.join('\n');
}

function pmText(d: PmDashboard): string {
  const lines = [`${d.project.name} — ${d.progress.done}/${d.progress.total} tasks done, ${d.progress.estimatedHours} h estimated${d.plan ? ` (plan v${d.plan.version})` : ''}`];
  for (const n of d.notes) lines.push(`  ${n}`);
  for (const t of d.tasks) {
    lines.push(`  ${t.onCriticalPath ? '*' : ' '} ${t.id.padEnd(28)} ${(t.start ?? '…').padEnd(10)} → ${(t.due ?? '…').padEnd(10)} ${String(t.estimatedHours ?? '?').padStart(5)} h  ${(t.role ?? '').padEnd(18)} ${t.status}  ${t.title}`);
  }
  if (d.criticalPath.length) lines.push('', `Critical path (*): ${d.criticalPath.join(' → ')}`);
  if (d.capacity.length) {
    lines.push('', 'Capacity:');
    for (const c of d.capacity) lines.push(`  ${c.role.padEnd(20)} demand ${String(c.demandHours).padStart(6)} h  weekly ${String(c.weeklyHours).padStart(5)} h${c.overAllocated ? '  OVER-ALLOCATED' : ''}  ${c.note}`);
  }
  if (d.plan && d.plan.notes.length > 0) lines.push('', 'Notes:', ...d.plan.notes.map((n) => `  ${n}`));
  if (d.plan && d.plan.warnings.length > 0) lines.push('', 'Warnings:', ...d.plan.warnings.map((w) => `  ! ${w}`));
  return lines.join('\n');
}

function timelineText(t: ExecutionTimeline): string {
  const lines = [`${t.project.name} — timeline (${t.entries.length} entries)`];
  for (const e of t.entries) lines.push(`  ${e.at}  ${e.kind.padEnd(8)}  ${e.title}${e.actor ? `  (${e.actor})` : ''}`);
  if (t.skippedEventLines) lines.push(`  (${t.skippedEventLines} unreadable event line(s) skipped; see aicmo events)`);
  return lines.join('\n');
}

export const dashboardOpsCommands: CommandGroup = {
  name: 'dashboard',
  summary: 'dashboards: pipeline, project context, unified view, PM and timeline',
  commands: [
    {
      name: 'pipeline',
      summary: 'projects by stage, with badges, lead and outreach counts and what blocks each',
      usage: 'dashboard pipeline',
      async run(ctx) {
        const p = valueOf(await getProjectsPipeline(await serviceEnvOf(ctx)));
        return { json: p, text: pipelineText(p) };
      },
    },
    {
      name: 'context',
      summary: 'intake, current strategy, approvals and blockers of a project',
      usage: 'dashboard context <project>',
      args: ['project'],
      async run(ctx, { positionals }) {
        const c = valueOf(await getProjectContext(await serviceEnvOf(ctx), positionals[0]!));
        return { json: c, text: contextText(c) };
      },
    },
    {
      name: 'unified',
      summary: "each subsystem's latest artifact by name, with status and the insights it applied",
      usage: 'dashboard unified <project>',
      args: ['project'],
      async run(ctx, { positionals }) {
        const u = valueOf(await getProjectUnifiedView(await serviceEnvOf(ctx), positionals[0]!));
        return { json: u, text: unifiedText(u) };
      },
    },
    {
      name: 'pm',
      summary: 'tasks, critical path and capacity of a project',
      usage: 'dashboard pm <project>',
      args: ['project'],
      async run(ctx, { positionals }) {
        const d = valueOf(await getProjectPmDashboard(await serviceEnvOf(ctx), positionals[0]!));
        return { json: d, text: pmText(d) };
      },
    },
    {
      name: 'timeline',
      summary: 'what happened on a project, oldest first: runs, approvals, imports, tasks, failures, outreach',
      usage: 'dashboard timeline <project> [--limit N]',
      args: ['project'],
      options: { limit: { type: 'string' } },
      async run(ctx, { values, positionals }) {
        const raw = values.limit as string | undefined;
        if (raw !== undefined && !/^\d+$/.test(raw)) throw new Error(`--limit "${raw}" is not a whole number.`);
        const t = valueOf(await getExecutionTimeline(await serviceEnvOf(ctx), positionals[0]!, raw === undefined ? {} : { limit: Number(raw) }));
        return { json: t, text: timelineText(t) };
      },
    },
  ],
};
