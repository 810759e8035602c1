// Required sections of the creatives artifact, and that every breach of a format's limits
// (counts, lengths, required fields, repeated items) is recorded on the creative: a creative
// never overflows silently. The brief's rules are checked where the brief is known (the
// generator and the language-model engine, with `checkCreative`).
import { asRecord, isRecord, requireArray } from '../common/validate';
import { checkCreative } from './checks';
import { readBriefRules } from './briefRules';
import { phrasebookFor } from './language';
import type { CreativeFields, CreativeViolation } from './types';

const NO_RULES = { rules: readBriefRules({ mustInclude: [], doNotDo: [], competitors: [], offer: 'x' }), facts: { product: '', brand: '', benefits: [], proofs: [], other: [] }, phrasebook: phrasebookFor('en') };

const isFields = (v: unknown): v is CreativeFields => isRecord(v) && Object.values(v).every((x) => typeof x === 'string' || (Array.isArray(x) && x.every((y) => typeof y === 'string')));

export function validateCreatives(content: unknown): string[] {
  const problems: string[] = [];
  const c = asRecord(content, 'Creatives', problems);
  if (!c) return problems;
  const notes = Array.isArray(c.notes) ? c.notes : [];
  const variants = requireArray(c, 'variants', problems, notes.length > 0 ? 0 : 1);
  const ids = new Set<string>();
  variants.forEach((v, i) => {
    if (!isRecord(v)) {
      problems.push(`variants[${i}] must be an object.`);
      return;
    }
    for (const k of ['id', 'key', 'channel', 'format', 'angle', 'language', 'fingerprint', 'rankReason']) if (typeof v[k] !== 'string' || v[k] === '') problems.push(`variants[${i}].${k} is missing or empty.`);
    if (typeof v.id === 'string') {
      if (ids.has(v.id)) problems.push(`variants[${i}] repeats the id "${v.id}".`);
      ids.add(v.id);
    }
    if (!isFields(v.fields)) {
      problems.push(`variants[${i}].fields must map field names to texts or lists of texts.`);
      return;
    }
    if (!Array.isArray(v.violations)) {
      problems.push(`variants[${i}].violations must be a list.`);
      return;
    }
    if (typeof v.rank !== 'number') problems.push(`variants[${i}].rank must be a number.`);
    if (typeof v.channel !== 'string') return;
    const recorded = new Set((v.violations as CreativeViolation[]).map((x) => `${x.field}\u0000${x.rule}`));
    const unrecorded = checkCreative(v.channel, v.fields, NO_RULES, v.channel, true).filter((x) => !recorded.has(`${x.field}\u0000${x.rule}`));
    if (unrecorded.length > 0 && !(v.violations as CreativeViolation[]).some((x) => x.rule === 'language')) {
      problems.push(`variants[${i}] (${String(v.id)}) breaks ${unrecorded.length} limit(s) it does not record: ${unrecorded.map((f) => f.message).join(' ')}`);
    }
  });
  return problems;
}
