// How much another project's evidence counts when planning a project: by similarity of the two
// briefs (the vertical read by `verticalOf`, and the goal metric). Evidence from another
// industry is off unless cross-industry learning is turned on (setting
// `aicmo.kaizen.crossIndustry`, CLI `--cross-industry`). The weights are editorial (a judgement,
// not measured) and are shown with every insight that uses them.
import type { GoalMetric, Project } from '../domain/project';
import { verticalOf, VERTICAL_LABELS, type Vertical } from '../domain/verticals';

export type SimilarityScope = 'this-project' | 'same-vertical-same-goal' | 'same-vertical-other-goal' | 'other-vertical-same-goal' | 'other-vertical-other-goal';

/** Weight of one fact from a project of each scope (this project's own facts count fully). */
export const SIMILARITY_WEIGHTS: Readonly<Record<SimilarityScope, number>> = {
  'this-project': 1,
  'same-vertical-same-goal': 0.5,
  'same-vertical-other-goal': 0.25,
  'other-vertical-same-goal': 0.1,
  'other-vertical-other-goal': 0.05,
};

export interface Similarity {
  scope: SimilarityScope;
  /** 0 when the evidence is set aside (another industry while cross-industry learning is off). */
  weight: number;
  /** "same vertical (E-commerce and retail) and goal", for the evidence line. */
  label: string;
}

export type BriefFacts = Pick<Project, 'id' | 'industry' | 'goalMetric'> & Partial<Pick<Project, 'product' | 'goal' | 'geography' | 'audiences' | 'currency'>>;

const sameText = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Two projects share a vertical when `verticalOf` reads the same one for both; "other" (no
 * vertical recognised) matches only when the industry is written the same way.
 */
export function sameVertical(a: BriefFacts, b: BriefFacts): boolean {
  const va = verticalOf(a).vertical;
  const vb = verticalOf(b).vertical;
  if (va === 'other' || vb === 'other') return va === vb && sameText(a.industry, b.industry);
  return va === vb;
}

function verticalName(v: Vertical): string {
  return VERTICAL_LABELS[v];
}

export function similarityOf(target: BriefFacts, other: BriefFacts, options: { crossIndustry: boolean }): Similarity {
  if (other.id === target.id) return { scope: 'this-project', weight: 1, label: 'this project' };
  const goal = (g: GoalMetric): boolean => g === target.goalMetric;
  if (sameVertical(target, other)) {
    const v = verticalName(verticalOf(target).vertical);
    return goal(other.goalMetric)
      ? { scope: 'same-vertical-same-goal', weight: SIMILARITY_WEIGHTS['same-vertical-same-goal'], label: `same vertical (${v}) and goal` }
      : { scope: 'same-vertical-other-goal', weight: SIMILARITY_WEIGHTS['same-vertical-other-goal'], label: `same vertical (${v}), another goal` };
  }
  const scope: SimilarityScope = goal(other.goalMetric) ? 'other-vertical-same-goal' : 'other-vertical-other-goal';
  const label = goal(other.goalMetric) ? 'another industry, same goal' : 'another industry and goal';
  return { scope, weight: options.crossIndustry ? SIMILARITY_WEIGHTS[scope] : 0, label };
}

/** "×0.5", "×1", "off" for a weight. */
export function weightText(weight: number): string {
  return weight > 0 ? `×${weight}` : 'off';
}
