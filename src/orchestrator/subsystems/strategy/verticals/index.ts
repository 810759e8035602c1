// Strategy templates by vertical (domain/verticals.ts decides the vertical from the brief).
import type { Vertical } from '../../../domain/verticals';
import { B2B } from './b2b';
import { CPG } from './cpg';
import { ECOMMERCE } from './ecommerce';
import { FINANCE } from './finance';
import { HEALTHCARE } from './healthcare';
import { LOCAL, LOCAL_PILLAR, LOCAL_TACTIC } from './local';
import { OTHER } from './other';
import type { ClaimWord, VerticalTemplate } from './types';

export const VERTICAL_TEMPLATES: Record<Vertical, VerticalTemplate> = {
  b2b: B2B,
  ecommerce: ECOMMERCE,
  local: LOCAL,
  cpg: CPG,
  finance: FINANCE,
  healthcare: HEALTHCARE,
  other: OTHER,
};

/** Claims that need evidence in any vertical (UK CAP Code section 3: substantiation and comparisons; the FTC's substantiation rule in the US). */
export const GENERAL_CLAIM_WORDS: readonly ClaimWord[] = [
  { word: 'best', why: 'a superlative needs evidence that holds for the market it compares with' },
  { word: '#1', why: 'a "number one" claim needs evidence of what it ranks on' },
  { word: 'number one', why: 'a "number one" claim needs evidence of what it ranks on' },
  { word: 'cheapest', why: 'a price comparison needs evidence for the whole market it compares with' },
  { word: 'guarantee*', why: 'a guarantee must be honoured and its conditions stated' },
];

export { LOCAL_PILLAR, LOCAL_TACTIC };
export type * from './types';
