// Checks every rewritten field passes, whatever subsystem it belongs to: the text is there, fits
// its maximum, avoids the banned terms (the same whole-word matching the creatives use), and
// states no number the facts do not hold (a language model must not invent prices, counts or
// dates). One sentence per problem.
import { charLength, findBannedTerms } from '../subsystems/common/text';
import type { ProseField } from './types';

/** The writer's reply as one line of text: whitespace collapsed, and quotes or backticks around the whole reply removed. */
export function cleanWrittenText(text: string): string {
  let t = text.replace(/\s+/g, ' ').trim();
  while (t.length > 2 && /^["“'‘`]/.test(t) && /["”'’`]$/.test(t)) t = t.slice(1, -1).trim();
  return t;
}

const NUMBER = /\d+(?:[.,]\d+)*/g;

function numbersIn(text: string): string[] {
  // "25,000.00", "25000" and "25,000" are one number; so are "03" and "3".
  return [...text.matchAll(NUMBER)].map((m) => String(Number(m[0].replace(/,/g, ''))));
}

export function checkWrittenText(text: string, field: ProseField, draft: string): string[] {
  const problems: string[] = [];
  if (text.trim() === '') return ['the text is empty'];
  const length = charLength(text);
  if (field.maxChars !== undefined && length > field.maxChars) problems.push(`the text is ${length} characters; the maximum is ${field.maxChars}`);
  const banned = findBannedTerms(text, field.bannedTerms ?? []);
  if (banned.length > 0) problems.push(`the text uses the banned term${banned.length === 1 ? '' : 's'} ${banned.map((t) => `"${t}"`).join(', ')}`);
  const known = new Set(numbersIn([draft, ...Object.values(field.facts)].join('\n')));
  const invented = [...new Set(numbersIn(text))].filter((n) => !known.has(n));
  if (invented.length > 0) problems.push(`the text states ${invented.map((n) => `"${n}"`).join(', ')}, which the facts do not hold`);
  return problems;
}
