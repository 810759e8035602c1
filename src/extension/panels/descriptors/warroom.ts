// War Room: one project's intake and every strategy version with the approval trail; decisions
// carry the version the person looked at. Its Media section: the latest media plan as a diff
// against the approved one, decided on through media.decide.
import { getProjectContext, getProjectMediaPlan, getStrategyVersions, unwrap } from '../../../orchestrator/services';
import { mediaPlanView } from '../snapshots/mediaPlan';
import { internal, type PanelDescriptor } from './types';

export const warroom: PanelDescriptor<'warroom'> = {
  async snapshot({ env, slug }) {
    const ctx = unwrap(await getProjectContext(env, slug));
    const versions = unwrap(await getStrategyVersions(env, slug));
    const media = mediaPlanView(unwrap(await getProjectMediaPlan(env, slug)));
    const p = ctx.project;
    return {
      intake: {
        name: p.name, client: p.client ?? undefined, brand: p.brand ?? undefined, industry: p.industry, geography: p.geography ?? undefined, product: p.product ?? undefined,
        goal: p.goal, goalMetric: p.goalMetric, audiences: p.audiences, budgetMinor: p.budgetMinor, currency: p.currency, startDate: p.startDate ?? undefined, endDate: p.endDate ?? undefined,
        constraints: p.constraints, mustInclude: p.mustInclude, doNotDo: p.doNotDo, kpiTargets: p.kpiTargets, lifecycle: p.lifecycle,
      },
      stage: ctx.stage,
      badges: ctx.badges,
      blockers: ctx.blockers,
      versions: versions.map((a) => ({ version: a.version, status: a.status, createdAt: a.createdAt, statusNote: a.statusNote, content: a.content as Record<string, unknown>, insights: a.insights.map((i) => ({ id: i.id, sentence: i.sentence })) })),
      approvals: ctx.approvals,
      media,
    };
  },
  commands: {
    'warroom/approveStrategy': (p) => ({ run: { name: 'strategy.decide', input: { project: p.project, decision: 'approve', version: p.version, by: internal(p.by) } } }),
    'warroom/rejectStrategy': (p) => ({ run: { name: 'strategy.decide', input: { project: p.project, decision: 'reject', version: p.version, reason: p.reason, by: internal(p.by) } } }),
    'warroom/requestStrategyChanges': (p) => ({ run: { name: 'strategy.decide', input: { project: p.project, decision: 'request_changes', version: p.version, reason: p.reason, by: internal(p.by) } } }),
    'warroom/approveMedia': (p) => ({ run: { name: 'media.decide', input: { project: p.project, decision: 'approve', version: p.version, by: internal(p.by), ...(p.acceptLargerMove === true ? { acceptLargerMove: true } : {}) } } }),
    'warroom/rejectMedia': (p) => ({ run: { name: 'media.decide', input: { project: p.project, decision: 'reject', version: p.version, reason: p.reason, by: internal(p.by) } } }),
    'warroom/requestMediaChanges': (p) => ({ run: { name: 'media.decide', input: { project: p.project, decision: 'request_changes', version: p.version, reason: p.reason, by: internal(p.by) } } }),
    'warroom/saveStrategyEdit': (p) => ({ run: { name: 'strategy.saveEdit', input: { project: p.project, baseVersion: p.baseVersion, content: p.content, by: internal(p.by) } } }),
  },
  requests: {},
};
