// The vertical a project belongs to, read from its industry (then product and goal) text: what
// strategy templates are chosen by, and what "similar project" means when Kaizen weighs evidence
// from other clients. A keyword table, not a guess: the words that decided are returned.
import type { Project } from './project';

export const VERTICALS = ['b2b', 'ecommerce', 'local', 'cpg', 'finance', 'healthcare', 'other'] as const;
export type Vertical = (typeof VERTICALS)[number];

export const VERTICAL_LABELS: Record<Vertical, string> = {
  b2b: 'B2B software and services',
  ecommerce: 'E-commerce and retail',
  local: 'Local services',
  cpg: 'Consumer packaged goods',
  finance: 'Finance and insurance',
  healthcare: 'Healthcare',
  other: 'Other',
};

/** Checked in this order; the first vertical with a matching word wins. Words match whole words (a trailing * matches any ending). */
const KEYWORDS: ReadonlyArray<[Vertical, readonly string[]]> = [
  ['healthcare', ['health*', 'healthcare', 'medical', 'clinic*', 'dental', 'dentist*', 'hospital*', 'pharma*', 'patient*', 'physio*', 'therap*', 'orthodont*', 'optician*', 'veterinar*', 'vet', 'care home*', 'wellness']],
  ['finance', ['financ*', 'bank*', 'insur*', 'insurtech', 'fintech', 'lending', 'loan*', 'mortgage*', 'credit', 'invest*', 'wealth', 'pension*', 'brokerage', 'accounting firm']],
  ['b2b', ['b2b', 'saas', 'software', 'enterprise', 'platform', 'consulting', 'consultancy', 'agency services', 'it services', 'cloud', 'api', 'devops', 'erp', 'crm', 'cybersecurity', 'security software', 'logistics services', 'wholesale', 'industrial', 'manufacturing services', 'professional services', 'recruit*', 'staffing']],
  ['cpg', ['cpg', 'fmcg', 'consumer packaged', 'packaged goods', 'grocery brand', 'beverage*', 'drink*', 'snack*', 'food brand', 'cosmetic*', 'beauty brand', 'personal care', 'household products', 'oat milk', 'plant-based']],
  ['local', ['restaurant*', 'coffee shop*', 'takeaway*', 'cafe*', 'café*', 'bistro', 'trattoria', 'pizzeria', 'bar', 'pub', 'salon*', 'barber*', 'spa', 'gym*', 'fitness studio', 'plumb*', 'electrician*', 'trades', 'roofing', 'landscap*', 'cleaning service*', 'locksmith*', 'garage', 'car repair', 'bakery', 'florist*', 'hotel*', 'estate agent*', 'real estate', 'local']],
  ['ecommerce', ['e-commerce', 'ecommerce', 'online store', 'online shop', 'shop', 'retail*', 'direct-to-consumer', 'd2c', 'dtc', 'fashion', 'apparel', 'footwear', 'shoes', 'furniture', 'marketplace', 'store*', 'outfitter*', 'jewel*', 'toys', 'electronics']],
];

/** Words that make any vertical a local business (a place people come to, or a service area). */
const LOCAL_WORDS = ['restaurant*', 'cafe*', 'café*', 'clinic*', 'practice*', 'salon*', 'gym*', 'plumb*', 'trades', 'dental', 'dentist*', 'near me', 'local', 'within * miles', 'within * km', 'neighbourhood', 'neighborhood', 'branch*', 'store visits'];

function wordPattern(word: string): RegExp {
  const body = word
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('\\S*');
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${body}(?=$|[^\\p{L}\\p{N}])`, 'iu');
}

function firstMatch(text: string, words: readonly string[]): string | undefined {
  return words.find((w) => wordPattern(w).test(text));
}

export interface VerticalReading {
  vertical: Vertical;
  /** A local business (a place or a service area), whatever the vertical. */
  local: boolean;
  /** The word of the brief that decided the vertical, or null for "other". */
  matched: string | null;
}

/** Reads the vertical from the industry, then the product, then the goal. */
export function verticalOf(project: Pick<Project, 'industry'> & Partial<Pick<Project, 'product' | 'goal' | 'geography' | 'audiences'>>): VerticalReading {
  const texts = [project.industry, project.product ?? '', project.goal ?? ''];
  let vertical: Vertical = 'other';
  let matched: string | null = null;
  for (const text of texts) {
    if (!text.trim()) continue;
    for (const [v, words] of KEYWORDS) {
      const hit = firstMatch(text, words);
      if (hit) {
        vertical = v;
        matched = hit.replace(/\*$/, '');
        break;
      }
    }
    if (matched) break;
  }
  const all = [...texts, project.geography ?? '', ...(project.audiences ?? [])].join(' \n ');
  const local = vertical === 'local' || firstMatch(all, LOCAL_WORDS) !== undefined;
  return { vertical, local, matched };
}
