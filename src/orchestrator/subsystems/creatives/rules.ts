// Creative variants per planned channel × angle. Each candidate copy is checked against the
// channel's limits and the brand's banned terms; the generator keeps the first candidate (in a
// seeded order) without violations, else the one with the fewest, and records what it breaks.
// Ranking follows learned angle approval rates (Beta-smoothed), with the reason written down.
import type { Project } from '../../domain/project';
import type { Random } from '../../domain/random';
import { smoothedApprovalRate } from '../../kaizen/angleRates';
import type { AngleApprovalInsight, AppliedInsight } from '../../kaizen/types';
import { channelLabel } from '../../domain/channels';
import { charLength, fill, findBannedTerms } from '../common/text';
import { ANGLE_LABELS, ANGLES, TEMPLATES_BY_ANGLE, type Angle, type CopyTemplate } from './angleTemplates';
import { formatFor, type CopyPart } from './channelLimits';
import type { CreativesContent, CreativeVariant, CreativeViolation } from './types';

export interface CopyVars {
  product: string;
  brand: string;
  audience: string;
  benefit: string;
  outcome: string;
}

const OUTCOME = { awareness: 'visibility', leads: 'qualified leads', sales: 'results', engagement: 'conversation', retention: 'value' } as const;

const cap = (s: string): string => (s === '' ? s : s[0]!.toUpperCase() + s.slice(1));

export function copyVars(project: Project, preferredTerms: readonly string[]): CopyVars {
  return {
    product: project.product?.trim() || project.name,
    brand: project.brand?.trim() || project.client?.trim() || project.name,
    audience: project.audiences[0]?.trim() || 'people like you',
    benefit: preferredTerms[0]?.trim() || `more ${OUTCOME[project.goalMetric]}`,
    outcome: OUTCOME[project.goalMetric],
  };
}

/** Every limit and banned-term violation of one piece of copy on one channel. */
export function checkCopy(channel: string, copy: CopyTemplate, bannedTerms: readonly string[]): CreativeViolation[] {
  const violations: CreativeViolation[] = [];
  for (const limit of formatFor(channel).limits) {
    const text = limit.parts.map((p: CopyPart) => copy[p]).filter((t) => t !== '').join('\n');
    const length = charLength(text);
    if (length > limit.max) {
      violations.push({
        field: limit.label,
        rule: 'max-length',
        severity: limit.severity,
        limit: limit.max,
        actual: length,
        message: `${channelLabel(channel)} ${limit.label} is ${length} characters; the ${limit.severity === 'error' ? 'limit' : 'recommended maximum'} is ${limit.max}.`,
      });
    }
  }
  for (const part of ['headline', 'body', 'cta'] as const) {
    for (const term of findBannedTerms(copy[part], bannedTerms)) {
      violations.push({ field: part, rule: 'banned-term', severity: 'error', term, message: `The ${part} uses the banned term "${term}".` });
    }
  }
  return violations;
}

const errors = (v: CreativeViolation[]): number => v.filter((x) => x.severity === 'error').length;

/** The best candidate for a channel and angle: no violations if possible, else the fewest (errors first). */
export function chooseCopy(channel: string, angle: Angle, vars: CopyVars, bannedTerms: readonly string[], random: Random): { copy: CopyTemplate; violations: CreativeViolation[] } {
  const v = { ...vars, Audience: cap(vars.audience), Product: cap(vars.product), Brand: cap(vars.brand), Benefit: cap(vars.benefit) };
  const candidates = random.shuffle(TEMPLATES_BY_ANGLE[angle]).map((t) => {
    const copy = { headline: cap(fill(t.headline, v)), body: cap(fill(t.body, v)), cta: fill(t.cta, v) };
    return { copy, violations: checkCopy(channel, copy, bannedTerms) };
  });
  let best = candidates[0]!;
  for (const c of candidates.slice(1)) {
    if (errors(c.violations) < errors(best.violations) || (errors(c.violations) === errors(best.violations) && c.violations.length < best.violations.length)) best = c;
  }
  return best;
}

interface AngleEvidence {
  approved: number;
  rejected: number;
  insights: AngleApprovalInsight[];
  scope: 'channel' | 'all channels';
}

function evidenceFor(channel: string, angle: string, insights: readonly AngleApprovalInsight[]): AngleEvidence | null {
  const own = insights.filter((i) => i.payload.angle === angle && i.payload.channel === channel);
  const pool = own.length > 0 ? own : insights.filter((i) => i.payload.angle === angle);
  if (pool.length === 0) return null;
  return {
    approved: pool.reduce((t, i) => t + i.payload.approved, 0),
    rejected: pool.reduce((t, i) => t + i.payload.rejected, 0),
    insights: pool,
    scope: own.length > 0 ? 'channel' : 'all channels',
  };
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

export function buildCreatives(input: {
  project: Project;
  channels: readonly string[];
  bannedTerms: readonly string[];
  preferredTerms: readonly string[];
  insights: readonly AngleApprovalInsight[];
  skipKaizen: boolean;
  random: Random;
}): { content: CreativesContent; applied: AppliedInsight[] } {
  const vars = copyVars(input.project, input.preferredTerms);
  const insights = input.skipKaizen ? [] : input.insights;
  const appliedIds = new Map<string, AppliedInsight>();
  const drafts: (Omit<CreativeVariant, 'rank'> & { order: number })[] = [];
  let order = 0;
  for (const channel of input.channels) {
    for (const angle of ANGLES) {
      const { copy, violations } = chooseCopy(channel, angle, vars, input.bannedTerms, input.random.derive(`${channel}/${angle}`));
      const ev = evidenceFor(channel, angle, insights);
      const approvalRate = ev ? smoothedApprovalRate(ev.approved, ev.rejected) : smoothedApprovalRate(0, 0);
      let rankReason: string;
      if (input.skipKaizen) rankReason = 'Kaizen skipped: default angle order.';
      else if (!ev) rankReason = `No evidence yet for ${ANGLE_LABELS[angle]} on ${channelLabel(channel)}: prior approval rate ${pct(approvalRate)}.`;
      else {
        rankReason = `${ANGLE_LABELS[angle]} on ${ev.scope === 'channel' ? channelLabel(channel) : 'all channels'}: ${ev.approved} approved, ${ev.rejected} rejected, smoothed approval rate ${pct(approvalRate)}.`;
        for (const i of ev.insights) {
          appliedIds.set(i.id, { id: i.id, sentence: `Ranked ${ANGLE_LABELS[angle]} creatives by their learned approval rate (${i.payload.approved} approved, ${i.payload.rejected} rejected on ${channelLabel(i.payload.channel)}).` });
        }
      }
      if (errors(violations) > 0) rankReason += ` Ranked after variants without errors (${errors(violations)} violation${errors(violations) === 1 ? '' : 's'}).`;
      drafts.push({ id: `${channel}-${angle}`, channel, format: formatFor(channel).format, angle, ...copy, violations, rankReason, approvalRate: Math.round(approvalRate * 10_000) / 10_000, status: 'in_review', order: order++ });
    }
  }
  drafts.sort((a, b) => Math.sign(errors(a.violations)) - Math.sign(errors(b.violations)) || b.approvalRate - a.approvalRate || a.order - b.order);
  const variants: CreativeVariant[] = drafts.map(({ order: _order, ...d }, i) => ({ ...d, rank: i + 1 }));
  const applied = [...appliedIds.values()];
  const kaizen: CreativesContent['kaizen'] = input.skipKaizen
    ? { mode: 'skipped', note: 'Kaizen skipped: variants are in the default angle order.' }
    : applied.length > 0
      ? { mode: 'applied', note: `Ranked by the approval rates of ${applied.length} angle insight${applied.length === 1 ? '' : 's'}.` }
      : { mode: 'no-evidence', note: 'No evidence yet: no creative approvals or rejections recorded, default angle order.' };
  return { content: { channels: [...input.channels], angles: [...ANGLES], variants, kaizen }, applied };
}
