// Required sections of the creatives artifact, and that every limit breach is recorded.
import { asRecord, isRecord, requireArray, requireItemsText } from '../common/validate';
import { checkCopy } from './rules';

export function validateCreatives(content: unknown, bannedTerms: readonly string[] = []): string[] {
  const problems: string[] = [];
  const c = asRecord(content, 'Creatives', problems);
  if (!c) return problems;
  const variants = requireArray(c, 'variants', problems, 1);
  requireItemsText(variants, ['id', 'channel', 'format', 'angle', 'headline', 'body', 'cta', 'rankReason'], problems, 'variants');
  const ids = new Set<string>();
  variants.forEach((v, i) => {
    if (!isRecord(v)) return;
    if (typeof v.id === 'string') {
      if (ids.has(v.id)) problems.push(`variants[${i}] repeats the id "${v.id}".`);
      ids.add(v.id);
    }
    if (!Array.isArray(v.violations)) {
      problems.push(`variants[${i}].violations must be a list.`);
      return;
    }
    if (typeof v.channel === 'string' && typeof v.headline === 'string' && typeof v.body === 'string' && typeof v.cta === 'string') {
      const found = checkCopy(v.channel, { headline: v.headline, body: v.body, cta: v.cta }, bannedTerms);
      if (found.length > v.violations.length) problems.push(`variants[${i}] (${v.id as string}) breaks ${found.length} rule(s) but records ${v.violations.length}: ${found.map((f) => f.message).join(' ')}`);
    }
    if (typeof v.rank !== 'number') problems.push(`variants[${i}].rank must be a number.`);
  });
  return problems;
}
