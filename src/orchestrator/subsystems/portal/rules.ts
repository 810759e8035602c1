// Portal content: approval requests for the strategy and for creatives awaiting a decision, the
// full action history, and the client review pack (HTML + Markdown) built from them.
import { formatMoney } from '../../domain/money';
import type { Project } from '../../domain/project';
import type { CreativesContent } from '../creatives/types';
import type { MediaContent } from '../media/types';
import type { StrategyContent } from '../strategy/types';
import type { ApprovalActionRecord, ArtifactInput, StoredCreative } from '../types';
import { renderHtml, renderMarkdown } from './render';
import type { ApprovalRequest, PortalContent } from './types';

export interface CreativeVariantLike {
  id: string;
  channel: string;
  format: string;
  angle: string;
  headline: string;
  body: string;
  cta: string;
  status: string;
  violations: { message: string }[];
}

export interface PackInput {
  title: string;
  strategy: StrategyContent;
  strategyVersion: number;
  strategyStatus: string;
  media: (Omit<MediaContent, 'allocations'> & { allocations: (MediaContent['allocations'][number] & { amountFormatted: string })[] }) | null;
  creatives: CreativeVariantLike[];
  creativesNote: string | null;
  history: ApprovalActionRecord[];
  /** Sections from plugins' subsystems (title and their own Markdown), after the built-in ones. */
  extraSections: { title: string; markdown: string }[];
}

const AWAITING = new Set(['in_review', 'changes_requested', 'draft']);

export function buildPortal(input: {
  project: Project;
  strategy: ArtifactInput<StrategyContent>;
  media?: ArtifactInput<MediaContent>;
  creatives?: ArtifactInput<CreativesContent>;
  stored: readonly StoredCreative[];
  history: readonly ApprovalActionRecord[];
  version: number;
  extraSections?: readonly { title: string; markdown: string }[];
}): PortalContent {
  const { project, strategy } = input;
  // Stored creatives carry their current status; before any are stored, the artifact's variants stand in.
  const creatives: CreativeVariantLike[] =
    input.stored.length > 0
      ? [...input.stored].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.id.localeCompare(b.id))
      : (input.creatives?.content.variants ?? []).map((v) => ({ ...v }));
  const awaiting = creatives.filter((c) => AWAITING.has(c.status));
  const creativesNote =
    input.stored.length === 0 && !input.creatives
      ? strategy.approved
        ? 'No creatives have been generated yet.'
        : 'Creatives are produced once the strategy is approved.'
      : null;

  const requests: ApprovalRequest[] = [
    { kind: 'strategy', targetId: 'strategy', label: `Strategy v${strategy.version}`, status: strategy.status, awaitingDecision: AWAITING.has(strategy.status), version: strategy.version },
    ...awaiting.map((c): ApprovalRequest => ({ kind: 'creative', targetId: c.id, label: c.headline, status: c.status, awaitingDecision: true, channel: c.channel })),
  ];

  const media = input.media
    ? {
        ...input.media.content,
        allocations: input.media.content.allocations.map((a) => ({ ...a, amountFormatted: formatMoney({ amountMinor: a.amountMinor, currency: input.media!.content.budget.currency }) })),
      }
    : null;
  const title = `${project.client?.trim() || project.brand?.trim() || project.name}: ${project.name} — client review`;
  const pack: PackInput = {
    title,
    strategy: strategy.content,
    strategyVersion: strategy.version,
    strategyStatus: strategy.status,
    media,
    creatives: awaiting,
    creativesNote,
    history: [...input.history],
    extraSections: [...(input.extraSections ?? [])],
  };
  return {
    approvalRequests: requests,
    history: [...input.history],
    reviewPack: { title, fileStem: `${project.slug}-review-v${input.version}`, markdown: renderMarkdown(pack), html: renderHtml(pack) },
    summary: { strategyStatus: strategy.status, creativesAwaiting: awaiting.length, actions: input.history.length },
  };
}
