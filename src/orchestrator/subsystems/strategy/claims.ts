// Claims in the brief that need evidence, or that the vertical's advertising rules forbid, found
// before any copy is written: the strategy lists them so the client confirms or removes them.
import type { Project } from '../../domain/project';
import type { ClaimToCheck } from './types';
import type { ClaimWord } from './verticals/types';

function pattern(word: string): RegExp {
  const body = word
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+'))
    .join('[\\p{L}\\p{N}]*');
  // Words are bounded by anything that is not a letter or digit ("#1" and "0%" included).
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
}

/** Each brief phrase that contains a claim word, with why it needs checking (first word per phrase). */
export function claimsToCheck(project: Project, words: readonly ClaimWord[]): ClaimToCheck[] {
  const fields: [ClaimToCheck['field'], readonly string[]][] = [
    ['benefits', project.benefits ?? []],
    ['proofPoints', project.proofPoints ?? []],
    ['offer', project.offer ? [project.offer] : []],
    ['mustInclude', project.mustInclude],
  ];
  const out: ClaimToCheck[] = [];
  for (const [field, texts] of fields) {
    for (const text of texts) {
      const hit = words.find((w) => pattern(w.word).test(text));
      if (hit) out.push({ text: text.trim(), field, word: hit.word.replace(/\*$/, ''), why: hit.why });
    }
  }
  return out;
}
