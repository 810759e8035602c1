// Required sections of a strategy, whoever wrote it (rules or a language model).
import { asRecord, isRecord, requireArray, requireItemsText, requireText } from '../common/validate';

/** Wording that belongs to B2B account-based marketing only. */
const ACCOUNT_BASED = /account[- ](?:level|based)|\bABM\b|companies and roles|buying committee|target accounts/i;

export function validateStrategy(content: unknown): string[] {
  const problems: string[] = [];
  const c = asRecord(content, 'Strategy', problems);
  if (!c) return problems;
  requireText(c, 'executiveSummary', problems);
  if (!isRecord(c.situation)) problems.push('"situation" is missing.');
  else {
    requireText(c.situation, 'industry', problems, 'situation.industry');
    requireText(c.situation, 'goal', problems, 'situation.goal');
  }
  const objectives = requireArray(c, 'objectives', problems, 1);
  requireItemsText(objectives, ['kpi', 'label'], problems, 'objectives');
  if (objectives.length > 0 && !objectives.some((o) => isRecord(o) && o.primary === true)) problems.push('"objectives" needs one primary objective.');
  requireItemsText(requireArray(c, 'pillars', problems, 3, 5), ['name', 'description'], problems, 'pillars');
  requireItemsText(requireArray(c, 'funnel', problems, 1), ['stage', 'goal'], problems, 'funnel');
  const timeline = requireArray(c, 'timeline', problems, 1);
  requireItemsText(timeline, ['phase'], problems, 'timeline');
  timeline.forEach((p, i) => {
    if (isRecord(p) && typeof p.start === 'string' && typeof p.end === 'string' && p.end < p.start) problems.push(`timeline[${i}] ends before it starts.`);
  });
  requireItemsText(requireArray(c, 'risks', problems, 1), ['risk', 'mitigation'], problems, 'risks');
  requireItemsText(requireArray(c, 'checklist', problems, 1), ['item'], problems, 'checklist');
  const vertical = isRecord(c.vertical) && typeof c.vertical.key === 'string' ? c.vertical.key : null;
  if (vertical === 'healthcare' || vertical === 'finance') {
    requireItemsText(requireArray(c, 'compliance', problems, 1), ['rule'], problems, 'compliance');
  }
  // Account-based marketing is a B2B practice: a clinic or a shop never gets it.
  if (vertical !== null && vertical !== 'b2b') {
    const text = JSON.stringify({ s: c.executiveSummary, p: c.pillars, f: c.funnel });
    const hit = ACCOUNT_BASED.exec(text);
    if (hit) problems.push(`A ${vertical} strategy must not use account-based language ("${hit[0]}").`);
  }
  return problems;
}
