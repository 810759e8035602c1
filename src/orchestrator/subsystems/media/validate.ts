// Required sections of a media plan, and its arithmetic: allocations sum exactly to the budget.
import { asRecord, isRecord, requireArray, requireItemsText, requireText } from '../common/validate';

export function validateMedia(content: unknown): string[] {
  const problems: string[] = [];
  const c = asRecord(content, 'Media plan', problems);
  if (!c) return problems;
  if (!isRecord(c.objective)) problems.push('"objective" is missing.');
  else requireText(c.objective, 'objective', problems, 'objective.objective');
  requireText(c, 'methodNote', problems);
  const allocations = requireArray(c, 'allocations', problems, 1);
  requireItemsText(allocations, ['channel', 'rationale'], problems, 'allocations');
  const budget = isRecord(c.budget) ? c.budget.amountMinor : undefined;
  if (typeof budget !== 'number' || !Number.isSafeInteger(budget)) problems.push('"budget.amountMinor" must be an integer.');
  let sum = 0;
  allocations.forEach((a, i) => {
    if (!isRecord(a)) return;
    if (typeof a.amountMinor !== 'number' || !Number.isSafeInteger(a.amountMinor) || a.amountMinor < 0) problems.push(`allocations[${i}].amountMinor must be a non-negative integer.`);
    else sum += a.amountMinor;
    if (typeof a.share !== 'number' || a.share < 0 || a.share > 1) problems.push(`allocations[${i}].share must be between 0 and 1.`);
  });
  if (typeof budget === 'number' && allocations.length > 0 && sum !== budget) problems.push(`The allocations sum to ${sum} minor units, not the budget of ${budget}.`);
  return problems;
}
