// How projects read in a terminal (without --json).
import { channelLabel } from '../orchestrator/domain/channels';
import { formatMoney } from '../orchestrator/domain/money';
import type { Project } from '../orchestrator/domain/project';
import type { ProjectSummary } from '../orchestrator/store/types';

export type ProjectWithStage = Project & { stage?: ProjectSummary['stage'] };

function row(label: string, value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : `  ${label.padEnd(13)}${value}`;
}

export function projectText(p: ProjectWithStage): string {
  const kpis = Object.entries(p.kpiTargets)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const dates = p.startDate || p.endDate ? `${p.startDate ?? '…'} → ${p.endDate ?? '…'}` : undefined;
  const lines = [
    `${p.name}  (${p.slug}, ${p.id})`,
    row('client', [p.client, p.brand].filter(Boolean).join(' / ') || undefined),
    row('industry', p.industry),
    row('geography', p.geography),
    row('product', p.product),
    row('goal', `${p.goalMetric} — ${p.goal}`),
    row('audiences', p.audiences.join('; ')),
    row('budget', `${formatMoney({ amountMinor: p.budgetMinor, currency: p.currency })} (${p.currency})`),
    row('dates', dates),
    row('kpi targets', kpis),
    row('constraints', p.constraints.join('; ')),
    row('must include', p.mustInclude.join('; ')),
    row('do not do', p.doNotDo.join('; ')),
    row('benefits', p.benefits?.join('; ')),
    row('proof', p.proofPoints?.join('; ')),
    row('offer', p.offer ?? (p.benefits || p.proofPoints ? 'none (no creative offers anything)' : undefined)),
    row('languages', p.languages?.join(', ')),
    row('tone', p.tone),
    row('landing url', p.landingUrl),
    row('competitors', p.competitors?.join('; ')),
    row('channels', p.allowedChannels?.map(channelLabel).join(', ')),
    row('excluded', p.excludedChannels?.map(channelLabel).join(', ')),
    row('caps', p.channelCaps ? Object.entries(p.channelCaps).map(([c, v]) => `${channelLabel(c)} ${Math.round((v ?? 0) * 1000) / 10}%`).join(', ') : undefined),
    row('status', [p.stage, p.lifecycle].filter(Boolean).join(', ')),
    row('revision', `${p.revision}, updated ${p.updatedAt}`),
  ];
  return lines.filter((l): l is string => l !== undefined).join('\n');
}

/** A table of projects, one per line. */
export function projectListText(projects: ProjectSummary[]): string {
  if (projects.length === 0) return 'No projects yet. Add one with: aicmo project add --name …';
  const header = ['SLUG', 'NAME', 'STAGE', 'LIFECYCLE', 'BUDGET', 'ID'];
  const rows = projects.map((p) => [p.slug, p.name, p.stage, p.lifecycle, formatMoney({ amountMinor: p.budgetMinor, currency: p.currency }), p.id]);
  const widths = header.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const fmt = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : (c.length > widths[i]! ? c.slice(0, widths[i]! - 1) + '…' : c).padEnd(widths[i]!)))
      .join('  ');
  return [fmt(header), ...rows.map(fmt)].join('\n');
}
