// Every panel by id: its title, whether it shows the workspace or one project, the VS Code command
// that opens it, and the messages it sends besides the common ones with the operation each one
// runs. Pure data (no valibot): the VS Code host's light half reads it at activation; the message
// schemas are in panels/<panel>.ts and the registry, the snapshot builders and handlers in
// src/extension/panels/descriptors/. Adding a panel starts here.
import type { OperationName } from '../orchestrator/operations/catalog';

export type PanelScope = 'workspace' | 'project';

export interface PanelInfo {
  /** Tab and header title; the open command is titled "Open <title>". */
  readonly title: string;
  readonly scope: PanelScope;
  /** The command that opens it (contributed in package.json). */
  readonly openCommand: string;
  /**
   * Each message the panel may send besides the common ones, with the operations it runs
   * (empty: the host answers it itself, e.g. a new query for the snapshot).
   */
  readonly messages: { readonly [method: string]: readonly OperationName[] };
}

export const PANEL_CATALOG = {
  command: { title: 'Command Center', scope: 'workspace', openCommand: 'aicmo.openCommandCenter', messages: {} },
  pipeline: { title: 'Pipeline', scope: 'workspace', openCommand: 'aicmo.openPipeline', messages: {} },
  warroom: {
    title: 'War Room',
    scope: 'project',
    openCommand: 'aicmo.openWarRoom',
    messages: {
      'warroom/approveStrategy': ['strategy.decide'],
      'warroom/rejectStrategy': ['strategy.decide'],
      'warroom/requestStrategyChanges': ['strategy.decide'],
      'warroom/saveStrategyEdit': ['strategy.saveEdit'],
      'warroom/approveMedia': ['media.decide'],
      'warroom/rejectMedia': ['media.decide'],
      'warroom/requestMediaChanges': ['media.decide'],
    },
  },
  gallery: {
    title: 'Creative Gallery',
    scope: 'project',
    openCommand: 'aicmo.openGallery',
    messages: {
      'gallery/approveCreatives': ['creatives.decide'],
      'gallery/rejectCreatives': ['creatives.decide'],
      'gallery/requestCreativeChanges': ['creatives.decide'],
      'gallery/scheduleCreatives': ['creatives.schedule'],
    },
  },
  pm: {
    title: 'PM Dashboard',
    scope: 'project',
    openCommand: 'aicmo.openPm',
    messages: {
      'pm/completeTask': ['task.complete'],
      'pm/updateTaskStatus': ['task.setStatus'],
      'pm/addTeamMember': ['team.add'],
      'pm/removeTeamMember': ['team.remove'],
      'pm/setHourlyRate': ['team.setRate'],
    },
  },
  analytics: { title: 'Analytics', scope: 'project', openCommand: 'aicmo.openAnalytics', messages: { 'data/importCsv': ['metrics.import', 'trends.import'], 'analytics/query': [] } },
  controltower: { title: 'Control Tower', scope: 'workspace', openCommand: 'aicmo.openControlTower', messages: { 'controltower/setPaused': ['pause.set'], 'controltower/retrySubsystem': ['flow.run'] } },
  portal: { title: 'Client Portal', scope: 'project', openCommand: 'aicmo.openPortal', messages: { 'portal/exportReport': ['report.export'] } },
  trends: { title: 'Social Trends', scope: 'project', openCommand: 'aicmo.openTrends', messages: { 'data/importCsv': ['trends.import'] } },
  unified: { title: 'Unified View', scope: 'project', openCommand: 'aicmo.openUnifiedView', messages: { 'unified/runSubsystem': ['flow.run'], 'unified/approveMedia': ['media.decide'], 'unified/requestMediaChanges': ['media.decide'] } },
  kaizen: { title: 'Kaizen', scope: 'workspace', openCommand: 'aicmo.openKaizen', messages: {} },
} as const satisfies Record<string, PanelInfo>;

export type PanelId = keyof typeof PANEL_CATALOG;

export const PANEL_IDS = Object.keys(PANEL_CATALOG) as PanelId[];

export const PANEL_TITLES: Record<PanelId, string> = Object.fromEntries(PANEL_IDS.map((id) => [id, PANEL_CATALOG[id].title])) as Record<PanelId, string>;

/** Panels that show the whole workspace; the others show one project. */
export const WORKSPACE_PANEL_IDS: ReadonlySet<PanelId> = new Set(PANEL_IDS.filter((id) => PANEL_CATALOG[id].scope === 'workspace'));

/** The message methods a panel sends besides the common ones. */
export type PanelMethod<P extends PanelId> = keyof (typeof PANEL_CATALOG)[P]['messages'] & string;

export const PANEL_VIEW_TYPE_PREFIX = 'aicmo.panel.';
export const panelViewType = (panel: PanelId): string => `${PANEL_VIEW_TYPE_PREFIX}${panel}`;
