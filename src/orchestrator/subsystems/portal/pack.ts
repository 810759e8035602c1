// What the client review pack says, in the client's words: built from the strategy, the media
// plan, the approved creatives as ads, the creatives awaiting a decision, the results and the
// history, with no internal status codes, version numbers or raw ids (render.ts turns it into HTML
// and Markdown).
import type { GoalMetric, Project } from '../../domain/project';
import type { CreativesContent } from '../creatives/types';
import type { MediaContent } from '../media/types';
import type { StrategyContent } from '../strategy/types';
import { formatMoney } from '../../domain/money';
import type { ApprovalActionRecord, ArtifactInput, StoredCreative } from '../types';
import { approvedAds, type AdSource, type PackAdGroup } from './ads';
import { actionWords, angleWords, channelWords, dateWords, figureWords, statusWords } from './clientWords';
import type { ResultsSection } from './results';

export interface CreativeVariantLike extends AdSource {
  id: string;
  violations: { message: string }[];
}

export interface PackInput {
  title: string;
  statusText: string;
  summary: string;
  journey: string | null;
  objectives: { label: string; targetText: string; how: string }[];
  pillars: { name: string; description: string }[];
  timeline: { phase: string; from: string; to: string }[];
  risks: { risk: string; mitigation: string }[];
  rules: { rule: string; source: string }[];
  claims: { text: string; why: string }[];
  feedback: { asked: string; who: string; when: string; done: string[]; open: string[] }[];
  results: ResultsSection;
  media: { headline: string; allocations: { channel: string; amount: string; share: string; why: string }[]; note: string } | null;
  /** The approved (and scheduled) creatives as the ads people will see, by channel. */
  ads: PackAdGroup[];
  creatives: { channel: string; format: string; angle: string; headline: string; body: string; cta: string; status: string; notes: string[] }[];
  creativesNote: string | null;
  history: { when: string; text: string }[];
  /** Sections from plugins' subsystems (title and their own Markdown), after the built-in ones. */
  extraSections: { title: string; markdown: string }[];
}

const GOAL_WORDS: Record<GoalMetric, string> = { awareness: 'an awareness', leads: 'a lead-generation', sales: 'a sales', engagement: 'an engagement', retention: 'a retention' };

function mediaPack(media: MediaContent, goal: GoalMetric): NonNullable<PackInput['media']> {
  const byChannel = new Map((media.posteriors ?? []).map((p) => [p.channel, p]));
  const allocations = media.allocations.map((a) => {
    const p = byChannel.get(a.channel);
    const why =
      media.method === 'priors'
        ? `A starting share for ${GOAL_WORDS[goal]} campaign; it moves toward what works as results come in.`
        : p && p.clicks > 0
          ? `Results so far: ${Math.round(p.conversions).toLocaleString('en')} conversions from ${Math.round(p.clicks).toLocaleString('en')} clicks.`
          : 'No results yet: a test budget to learn from.';
    return { channel: a.label, amount: formatMoney({ amountMinor: a.amountMinor, currency: media.budget.currency }), share: `${(a.share * 100).toFixed(1)} %`, why };
  });
  const excluded = (media.excludedChannels ?? []).map(channelWords);
  const note =
    (media.method === 'priors' ? 'A starting split: there are no results to learn from yet.' : 'The split follows the results so far, within the limits agreed with you; channels without results keep a test budget.') +
    (excluded.length > 0 ? ` Not used, as agreed: ${excluded.join(', ')}.` : '');
  const flight = media.flight ? `, ${dateWords(media.flight.start)} to ${dateWords(media.flight.end)}` : '';
  return { headline: `${media.objective.objective}: ${media.budget.formatted}${flight}`, allocations, note };
}

function targetWords(a: ApprovalActionRecord, creatives: ReadonlyMap<string, CreativeVariantLike>): string {
  if (a.target.kind === 'strategy') return 'the strategy';
  if (a.target.kind === 'media') return 'the media plan';
  if (a.target.kind === 'project') return 'the project';
  if (a.target.kind === 'creative') {
    const c = creatives.get(a.target.id);
    return c ? `the ${channelWords(c.channel)} ad "${c.headline}"` : 'an ad';
  }
  return a.target.label ?? 'an item';
}

export function buildPack(input: {
  project: Project;
  strategy: ArtifactInput<StrategyContent>;
  media?: ArtifactInput<MediaContent>;
  creatives: readonly CreativeVariantLike[];
  allCreatives: readonly CreativeVariantLike[];
  creativesNote: string | null;
  history: readonly ApprovalActionRecord[];
  results: ResultsSection;
  extraSections?: readonly { title: string; markdown: string }[];
}): PackInput {
  const { project } = input;
  const s = input.strategy.content;
  const title = `${project.client?.trim() || project.brand?.trim() || project.name}: ${project.name} — client review`;
  const revision = s.revision ?? null;
  const answered = new Set(revision?.requests ?? []);
  const feedback = (s.changeRequests ?? [])
    .filter((r) => answered.has(r.id))
    .map((r) => ({ asked: r.reason, who: r.by, when: dateWords(r.at), done: [...r.applied], open: [...(r.clientNotes ?? r.notApplied)] }));
  const byId = new Map(input.allCreatives.map((c) => [c.id, c]));
  return {
    title,
    statusText: `The strategy is ${statusWords(input.strategy.status)}.`,
    summary: s.executiveSummary,
    journey: s.situation?.buyingJourney ?? null,
    objectives: s.objectives.map((o) => ({ label: o.label, targetText: o.target === null ? 'no goal set yet' : `goal ${o.direction === 'lower' ? 'at most ' : ''}${figureWords(o.target, o.unit, project.currency)}`, how: o.formula })),
    pillars: s.pillars.map((p) => ({ ...p })),
    timeline: s.timeline.map((t) => ({ phase: t.phase, from: dateWords(t.start), to: dateWords(t.end) })),
    risks: s.risks.map((r) => ({ risk: r.risk, mitigation: r.mitigation })),
    rules: (s.compliance ?? []).map((r) => ({ ...r })),
    claims: (s.claimsToCheck ?? []).map((c) => ({ text: c.text, why: c.why })),
    feedback,
    results: input.results,
    media: input.media ? mediaPack(input.media.content, project.goalMetric) : null,
    ads: approvedAds(input.allCreatives, project.brand?.trim() || project.client?.trim() || project.product?.trim() || project.name),
    creatives: input.creatives.map((c) => ({ channel: channelWords(c.channel), format: c.format.replace(/_/g, ' '), angle: angleWords(c.angle), headline: c.headline, body: c.body, cta: c.cta, status: statusWords(c.status), notes: c.violations.map((v) => v.message) })),
    creativesNote: input.creativesNote,
    history: input.history.map((a) => ({ when: dateWords(a.at), text: `${a.actor.name} (${a.actor.kind === 'client' ? 'client' : 'agency'}) ${actionWords(a.action)} ${targetWords(a, byId)}${a.comment ? `: “${a.comment}”` : '.'}` })),
    extraSections: (input.extraSections ?? []).map((x) => ({ ...x })),
  };
}

export type { StoredCreative, CreativesContent };
