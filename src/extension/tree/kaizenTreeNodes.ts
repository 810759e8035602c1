// The Kaizen tree's nodes, without vscode (unit-tested; loaded with the core, not at activation):
// the kinds of insight in the order of src/protocol/kaizenGroups.ts (the Kaizen panel's rule),
// each with its insights ranked by evidence and its one-fact insights folded under "Weak evidence
// (N)"; one "No evidence yet: …" line for every kind with nothing behind it. An insight drawn from
// several clients' data says so; its evidence names the projects by name and its dates as dates.
import type { Insight, InsightReport } from '../core';
import { evidenceCountText, groupInsights, kaizenKindName, severalClientsText } from '../../protocol/kaizenGroups';
import { countText, dateRangeText, listText, numberText } from '../../orchestrator/domain/labels';

export type KaizenTreeIcon = 'lightbulb' | 'sparkle' | 'note' | 'fold' | 'circle-outline';

export interface KaizenTreeNode {
  /** Unique in the tree (the TreeItem's id). */
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  icon: KaizenTreeIcon;
  /** How it opens: children shown, children behind a click, or no children. */
  state: 'expanded' | 'collapsed' | 'none';
  contextValue?: string;
  children: KaizenTreeNode[];
}

/** What a test reads of the tree as VS Code shows it (label, description, state, children). */
export interface KaizenTreeItemSnapshot {
  label: string;
  description: string;
  state: KaizenTreeNode['state'];
  children: KaizenTreeItemSnapshot[];
}


/** "Northpeak Winter and Fabrikam Outdoor"; projects no longer in the workspace are counted, never shown by id. */
export function projectNamesText(ids: readonly string[], names: ReadonlyMap<string, string>): string {
  const known = ids.map((id) => names.get(id)).filter((n): n is string => n !== undefined);
  const gone = ids.length - known.length;
  return listText([...known, ...(gone > 0 ? [gone === 1 ? 'a project no longer in the workspace' : `${numberText(gone)} projects no longer in the workspace`] : [])]);
}

function evidenceNodes(i: Insight, names: ReadonlyMap<string, string>): KaizenTreeNode[] {
  const e = i.evidence;
  const dates = dateRangeText(e.window.from, e.window.to);
  const facts = evidenceCountText(i);
  const nodes: KaizenTreeNode[] = [{ id: `kaizen:evidence:${i.id}:count`, label: facts, description: dates, tooltip: `${facts}, ${dates}`, icon: 'note', state: 'none', children: [] }];
  if (e.projects.length > 0) {
    const from = `From ${projectNamesText(e.projects, names)}`;
    nodes.push({ id: `kaizen:evidence:${i.id}:projects`, label: from, ...(e.projects.length > 1 ? { description: countText(e.projects.length, 'client') } : {}), tooltip: from, icon: 'note', state: 'none', children: [] });
  }
  return nodes;
}

function insightNode(i: Insight, names: ReadonlyMap<string, string>): KaizenTreeNode {
  const several = severalClientsText(i);
  return {
    id: `kaizen:insight:${i.id}`,
    label: i.summary,
    ...(several ? { description: several } : {}),
    tooltip: several ? `${i.summary}\n\nDrawn ${several} (${projectNamesText(i.evidence.projects, names)}).` : i.summary,
    icon: 'sparkle',
    state: 'collapsed',
    contextValue: 'insight',
    children: evidenceNodes(i, names),
  };
}

/** The tree's top-level nodes; none when Kaizen has nothing at all (the view's welcome text shows instead). */
export function kaizenTreeNodes(report: Pick<InsightReport, 'insights' | 'kinds'>, names: ReadonlyMap<string, string>): KaizenTreeNode[] {
  if (report.insights.length === 0 && report.kinds.every((k) => k.insights === 0)) return [];
  const groups = groupInsights(report.insights, report.kinds);
  const nodes = groups.kinds.map(({ kind, strong, weak }): KaizenTreeNode => {
    const note = report.kinds.find((k) => k.kind === kind)?.note;
    const children = strong.map((i) => insightNode(i, names));
    if (weak.length > 0) {
      children.push({
        id: `kaizen:${kind}:weak`,
        label: `Weak evidence (${numberText(weak.length)})`,
        description: weak.length === 1 ? 'rests on one fact' : 'one fact each',
        tooltip: `${countText(weak.length, 'insight')} of ${kaizenKindName(kind).toLowerCase()} ${weak.length === 1 ? 'rests' : 'rest'} on one fact each: read ${weak.length === 1 ? 'it' : 'them'} as a hint, not a finding.`,
        icon: 'fold',
        state: 'collapsed',
        children: weak.map((i) => insightNode(i, names)),
      });
    }
    return { id: `kaizen:${kind}`, label: kaizenKindName(kind), ...(note ? { description: note } : {}), icon: 'lightbulb', state: 'expanded', children };
  });
  if (groups.noEvidence.length > 0) {
    nodes.push({
      id: 'kaizen:no-evidence',
      label: `No evidence yet: ${groups.noEvidence.map((k) => kaizenKindName(k).toLowerCase()).join(', ')}`,
      tooltip: 'Insights appear as results are imported, creatives and strategies are decided (with a reason when rejected), and tasks are completed with their hours.',
      icon: 'circle-outline',
      state: 'none',
      children: [],
    });
  }
  return nodes;
}
