// Required sections of social content, and the rule that unmeasured ideas say so.
import { asRecord, isRecord, requireArray, requireItemsText } from '../common/validate';
import { NOT_MEASURED } from './types';

export function validateSocial(content: unknown): string[] {
  const problems: string[] = [];
  const c = asRecord(content, 'Social', problems);
  if (!c) return problems;
  const opportunities = requireArray(c, 'opportunities', problems, 1);
  requireItemsText(opportunities, ['title', 'label'], problems, 'opportunities');
  opportunities.forEach((o, i) => {
    if (!isRecord(o)) return;
    if (o.measured !== true && o.label !== NOT_MEASURED) problems.push(`opportunities[${i}] has no trend data and must be labelled "${NOT_MEASURED}".`);
    if (o.measured === true && !isRecord(o.strength)) problems.push(`opportunities[${i}] is marked measured but has no trend strength.`);
  });
  requireItemsText(requireArray(c, 'hashtags', problems, 1), ['tag', 'label'], problems, 'hashtags');
  return problems;
}
