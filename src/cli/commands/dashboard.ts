// `aicmo dashboard analytics|trends <project>`: results and trend strengths of a project.
import { GROUP_BYS, type AnalyticsDashboard, type GroupBy, type TrendSeries } from '../../orchestrator/analytics';
import { getProjectAnalyticsDashboard, getProjectTrends } from '../../orchestrator/services';
import { serviceEnvOf, valueOf } from '../serviceEnv';
import type { CommandGroup } from '../registry';

const show = (x: number | null | undefined, digits = 2) => (x === null || x === undefined ? 'no data' : x.toLocaleString('en-US', { maximumFractionDigits: digits }));
const pct = (x: number | null) => (x === null ? 'no data' : `${(x * 100).toFixed(2)} %`);

function analyticsText(d: AnalyticsDashboard): string {
  const t = d.totals;
  const k = d.kpis;
  const lines = [
    `${d.project.name} — ${d.period.from ?? '…'} to ${d.period.to ?? '…'} (${d.currency}, ${d.rows} rows)`,
    `Spend ${show(t.spend)} · Impressions ${show(t.impressions)} · Clicks ${show(t.clicks)} · Conversions ${show(t.conversions)} · Value ${show(t.conversionValue)}${t.reach ? ` · Reach ≥ ${show(t.reach.value)}` : ''}`,
    `CTR ${pct(k.ctr)} · CPC ${show(k.cpc)} · CPM ${show(k.cpm)} · CPA ${show(k.cpa)} · Conv. rate ${pct(k.conversionRate)} · ROAS ${show(k.roas)} · ROI ${pct(k.roi)}`,
  ];
  if (d.change) {
    const c = d.change;
    lines.push(`vs ${d.previousPeriod!.from} – ${d.previousPeriod!.to}: spend ${pct(c.spend?.relative ?? null)}, conversions ${pct(c.conversions?.relative ?? null)}, CPA ${pct(c.cpa?.relative ?? null)}, ROAS ${pct(c.roas?.relative ?? null)}`);
  }
  if (d.goals.length) {
    lines.push('Goals:');
    for (const g of d.goals) {
      const name = g.label.toLowerCase() === g.metric.toLowerCase() ? g.metric : `${g.metric} (${g.label})`;
      lines.push(`  ${name.padEnd(28)} target ${show(g.target)}  actual ${show(g.actual)}  ${g.status}${g.status === 'no data' || g.status === 'behind' ? (g.note ? ` — ${g.note}` : '') : ''}`);
    }
  }
  lines.push(`By ${d.by}:`);
  for (const g of d.groups) lines.push(`  ${g.key.padEnd(24)} spend ${show(g.totals.spend).padStart(12)}  conv ${show(g.totals.conversions).padStart(9)}  CPA ${show(g.kpis.cpa).padStart(8)}  ROAS ${show(g.kpis.roas).padStart(6)}`);
  for (const n of d.notes) lines.push(`Note: ${n}`);
  return lines.join('\n');
}

function trendsText(series: TrendSeries[]): string {
  if (series.length === 0) return 'No trend series imported (aicmo trends import <project> <file>).';
  return series.map((s) => `${`${s.keyword} (${s.geo})`.padEnd(36)} ${s.strength.padEnd(10)} ${s.evidence.rule}`).join('\n');
}

export const dashboardCommands: CommandGroup = {
  name: 'dashboard',
  summary: 'dashboards: analytics and trends of a project',
  commands: [
    {
      name: 'analytics',
      summary: 'totals, KPIs, change, goals and a breakdown of imported results',
      usage: `dashboard analytics <project> [--from DATE] [--to DATE] [--by ${GROUP_BYS.filter((b) => b !== 'project').join('|')}]`,
      args: ['project'],
      options: { from: { type: 'string' }, to: { type: 'string' }, by: { type: 'string' } },
      fieldFlags: { from: '--from DATE', to: '--to DATE', by: '--by' },
      async run(ctx, { values, positionals }) {
        const d = valueOf(
          await getProjectAnalyticsDashboard(await serviceEnvOf(ctx), positionals[0]!, {
            from: values.from as string | undefined,
            to: values.to as string | undefined,
            by: values.by as GroupBy | undefined,
          }),
        );
        return { json: d, text: analyticsText(d) };
      },
    },
    {
      name: 'trends',
      summary: 'strength of each imported keyword series, with the numbers that decided it',
      usage: 'dashboard trends <project>',
      args: ['project'],
      async run(ctx, { positionals }) {
        const series = valueOf(await getProjectTrends(await serviceEnvOf(ctx), positionals[0]!));
        return { json: series, text: trendsText(series) };
      },
    },
  ],
};
