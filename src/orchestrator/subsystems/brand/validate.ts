// Required sections of brand guidance.
import { asRecord, isRecord, requireArray, requireItemsText } from '../common/validate';

export function validateBrand(content: unknown): string[] {
  const problems: string[] = [];
  const c = asRecord(content, 'Brand', problems);
  if (!c) return problems;
  if (!isRecord(c.voice)) problems.push('"voice" is missing.');
  else requireItemsText(requireArray(c.voice, 'pairs', problems, 1, Infinity, 'voice.pairs'), ['is', 'isNot'], problems, 'voice.pairs');
  requireArray(c, 'toneWords', problems, 1);
  requireItemsText(requireArray(c, 'messagingPillars', problems, 1), ['name', 'message'], problems, 'messagingPillars');
  requireItemsText(requireArray(c, 'keyMessages', problems, 1), ['audience', 'message'], problems, 'keyMessages');
  requireArray(c, 'taglines', problems, 1);
  requireArray(c, 'preferredTerms', problems, 0);
  const banned = requireArray(c, 'bannedTerms', problems, 0);
  const taglines = Array.isArray(c.taglines) ? c.taglines : [];
  for (const t of taglines) {
    if (typeof t !== 'string') continue;
    for (const b of banned) if (typeof b === 'string' && b !== '' && t.toLowerCase().includes(b.toLowerCase())) problems.push(`Tagline "${t}" uses the banned term "${b}".`);
  }
  return problems;
}
