// The client report's results: each objective of the strategy (its KPI and the brief's target)
// measured on the imported results of the period, with its status against the goal, or "no data"
// and why when there is none. Computed with the analytics library (summed numerators and
// denominators; goal pace aware of direction and of the elapsed share of the campaign).
import { dataRange, goalProgress, measureKpi, sumTotals, KPI_KEYS, KPI_SPECS, type AnalyticsRow, type KpiKey, type KpiMeasure, type Period } from '../../analytics';
import { minorDigits } from '../../domain/money';
import type { Project } from '../../domain/project';
import type { StrategyObjective } from '../strategy/types';
import { dateWords, figureWords } from './clientWords';

export interface ResultRow {
  measure: string;
  /** The KPI it is computed as, or null when the results cannot answer it. */
  kpi: string | null;
  target: number | null;
  targetText: string;
  /** What was expected by now (pro-rated campaign totals), or null. */
  expectedText: string | null;
  actual: number | null;
  actualText: string;
  status: 'ahead' | 'on track' | 'behind' | 'no data' | 'no goal';
  statusText: string;
  /** Why there is no figure, or how it was judged, in the client's words. */
  note: string | null;
}

export interface ResultsSection {
  period: Period | null;
  periodText: string;
  spend: { actualText: string; budgetText: string; shareOfBudget: number | null } | null;
  rows: ResultRow[];
  note: string;
}

const STATUS_TEXT: Record<ResultRow['status'], string> = {
  ahead: 'ahead of goal',
  'on track': 'on track',
  behind: 'behind goal',
  'no data': 'no data',
  'no goal': 'no goal set',
};

const isKpiKey = (k: string): k is KpiKey => (KPI_KEYS as readonly string[]).includes(k);

function clientNote(note: string | undefined, needs: string | undefined): string | null {
  if (needs) return `Not measured yet: this needs ${needs} figures, which the imported ad results do not have.`;
  if (!note) return null;
  if (/^no data: no results imported/.test(note)) return 'No results for this period yet.';
  if (/^no data: /.test(note)) return `No data: ${note.slice('no data: '.length)}.`;
  if (/^pro-rated: /.test(note)) return `Judged against the share of the goal expected by now (${note.slice('pro-rated: '.length)}).`;
  if (/^compared with the full target/.test(note)) return 'Judged against the whole goal (the campaign dates are not set).';
  return `${note.charAt(0).toUpperCase()}${note.slice(1)}.`;
}

/** The note of a measure without a goal: why it has no figure, or that it is a lower bound. */
function noGoalNote(m: KpiMeasure | null, needs: string | undefined): string | null {
  if (m === null) return clientNote(undefined, needs ?? 'its own');
  if (m.value === null) return clientNote(m.why ? `no data: ${m.why}` : undefined, undefined);
  return m.exact ? null : `At least this many: ${m.why}.`;
}

/**
 * Results for the period (default: every imported day). `currency` is the currency of the rows
 * (null when they mix currencies); money figures are only shown in the project's own currency.
 */
export function buildResults(input: { project: Project; objectives: readonly StrategyObjective[]; rows: readonly AnalyticsRow[]; period?: Period; rowsCurrency?: string | null }): ResultsSection {
  const { project } = input;
  const range = input.period ?? dataRange(input.rows);
  const rows = range ? input.rows.filter((r) => r.date >= range.from && r.date <= range.to) : [];
  const totals = sumTotals(rows);
  const sameCurrency = input.rowsCurrency === undefined || input.rowsCurrency === project.currency;
  const ctx = { currency: project.currency, goalMetric: project.goalMetric, projectStart: project.startDate, projectEnd: project.endDate, asOf: range?.to };
  const out: ResultRow[] = [];
  for (const o of input.objectives) {
    const unit = o.unit;
    const money = unit === 'money' || (isKpiKey(o.kpi) && KPI_SPECS[o.kpi].fields.some((f) => f === 'spendMinor' || f === 'conversionValueMinor'));
    if (money && !sameCurrency) {
      out.push({ measure: o.label, kpi: o.kpi, target: o.target, targetText: o.target === null ? 'not set' : figureWords(o.target, unit, project.currency), expectedText: null, actual: null, actualText: 'no data', status: 'no data', statusText: STATUS_TEXT['no data'], note: `No data: the results are in ${input.rowsCurrency ?? 'several currencies'} and the budget in ${project.currency}; figures in different currencies are not mixed.` });
      continue;
    }
    if (o.target !== null) {
      const g = goalProgress({ [o.kpi]: o.target }, totals, ctx)[0]!;
      const total = g.kpi !== null && isKpiKey(g.kpi) && KPI_SPECS[g.kpi].kind === 'total';
      out.push({
        measure: o.label,
        kpi: g.kpi,
        target: o.target,
        targetText: figureWords(o.target, unit, project.currency),
        expectedText: total && g.expected !== null && g.expected !== o.target ? figureWords(g.expected, unit, project.currency) : null,
        actual: g.actual,
        actualText: figureWords(g.actual, unit, project.currency),
        status: g.status,
        statusText: STATUS_TEXT[g.status],
        note: clientNote(g.note, g.needs),
      });
      continue;
    }
    const m = isKpiKey(o.kpi) ? measureKpi(o.kpi, totals, project.currency) : null;
    out.push({
      measure: o.label,
      kpi: isKpiKey(o.kpi) ? o.kpi : null,
      target: null,
      targetText: 'not set',
      expectedText: null,
      actual: m?.value ?? null,
      actualText: figureWords(m?.value ?? null, unit, project.currency),
      status: 'no goal',
      statusText: STATUS_TEXT['no goal'],
      note: noGoalNote(m, o.needs),
    });
  }
  const periodText = range ? `${dateWords(range.from)} to ${dateWords(range.to)}` : 'no results yet';
  const spendMinor = totals.spendMinor;
  const major = (minor: number) => minor / 10 ** minorDigits(project.currency);
  const spend =
    rows.length > 0 && spendMinor !== null && sameCurrency
      ? {
          actualText: figureWords(major(spendMinor), 'money', project.currency),
          budgetText: figureWords(major(project.budgetMinor), 'money', project.currency),
          shareOfBudget: project.budgetMinor > 0 ? Math.round((spendMinor / project.budgetMinor) * 10_000) / 10_000 : null,
        }
      : null;
  const note =
    rows.length === 0
      ? 'No results have been imported for this period yet: every measure below says "no data" until they are.'
      : `${rows.length.toLocaleString('en')} rows of imported ad results from ${periodText}; every ratio is computed from the period's totals.`;
  return { period: range, periodText, spend, rows: out, note };
}
