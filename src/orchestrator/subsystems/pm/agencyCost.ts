// Planned hours against a rough agency cost: hours × the hourly rate, compared with the project's
// budget. Agency time that costs more than the whole budget is a warning a strategist must see
// before the plan goes to the client; a rate in another currency is never converted.
import { formatMoney, minorDigits } from '../../domain/money';
import type { Project } from '../../domain/project';
import type { HourlyRateSetting } from '../types';
import type { PmContent } from './types';

const SOURCE: Record<HourlyRateSetting['source'], string> = { workspace: 'the workspace rate (aicmo team rate)', vscode: 'the aicmo.pm.hourlyRate setting' };

export function agencyCost(project: Project, hours: number, rate: HourlyRateSetting | null): { cost: PmContent['agencyCost']; warning: string | null } {
  const budget = formatMoney({ amountMinor: project.budgetMinor, currency: project.currency });
  const base = { hours, rate, budgetMinor: project.budgetMinor, currency: project.currency };
  if (!rate) {
    return { cost: { ...base, amountMinor: null, formatted: null, budgetShare: null, overBudget: false, note: `No hourly rate set, so the ${hours} h of agency work are not checked against the ${budget} budget (set one with aicmo team rate 95, or the aicmo.pm.hourlyRate setting).` }, warning: null };
  }
  if (rate.currency !== null && rate.currency !== project.currency) {
    return { cost: { ...base, amountMinor: null, formatted: null, budgetShare: null, overBudget: false, note: `The hourly rate is in ${rate.currency} and the budget in ${project.currency}: agency cost not checked (rates are never converted; set a rate in ${project.currency}).` }, warning: null };
  }
  const amountMinor = Math.round(hours * rate.amount * 10 ** minorDigits(project.currency));
  const formatted = formatMoney({ amountMinor, currency: project.currency });
  const perHour = formatMoney({ amountMinor: Math.round(rate.amount * 10 ** minorDigits(project.currency)), currency: project.currency });
  const share = project.budgetMinor > 0 ? amountMinor / project.budgetMinor : null;
  const overBudget = amountMinor > project.budgetMinor;
  const pct = share === null ? '' : ` (${Math.round(share * 100)} % of the ${budget} budget)`;
  const note = `${hours} h of agency work at ${perHour} an hour (${SOURCE[rate.source]}) is ${formatted}${pct}.`;
  const warning = overBudget
    ? `Agency time costs more than the whole budget: ${hours} h at ${perHour} an hour is ${formatted} against ${budget}. Agree the fee separately, cut the scope or raise the budget before the plan goes to the client.`
    : null;
  return { cost: { ...base, amountMinor, formatted, budgetShare: share === null ? null : Math.round(share * 10_000) / 10_000, overBudget, note }, warning };
}
