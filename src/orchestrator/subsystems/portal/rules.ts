// Portal content: approval requests for the strategy and for creatives awaiting a decision, the
// full action history, the results against the goals, and the client review pack (HTML +
// Markdown) built from them in the client's words, with the approved creatives shown as ads.
import type { AnalyticsRow, Period } from '../../analytics';
import type { Project } from '../../domain/project';
import type { CreativesContent } from '../creatives/types';
import type { MediaContent } from '../media/types';
import type { StrategyContent } from '../strategy/types';
import type { ApprovalActionRecord, ArtifactInput, StoredCreative } from '../types';
import { buildPack, type CreativeVariantLike } from './pack';
import { packSections, renderHtml, renderMarkdown } from './render';
import { buildResults } from './results';
import type { ApprovalRequest, PortalContent } from './types';

export type { CreativeVariantLike, PackInput } from './pack';

const AWAITING = new Set(['in_review', 'changes_requested', 'draft']);

export interface PortalInput {
  project: Project;
  strategy: ArtifactInput<StrategyContent>;
  media?: ArtifactInput<MediaContent>;
  creatives?: ArtifactInput<CreativesContent>;
  stored: readonly StoredCreative[];
  history: readonly ApprovalActionRecord[];
  version: number;
  /** Imported results (canonical channels); the results section says "no data" without them. */
  rows?: readonly AnalyticsRow[];
  /** The report's period (default: every imported day). */
  period?: Period;
  /** The currency of the rows when known (null: mixed); money is only compared in the project's currency. */
  rowsCurrency?: string | null;
  /** Sections from plugins' subsystems (title and their own Markdown), after the built-in ones. */
  extraSections?: readonly { title: string; markdown: string }[];
}

export function buildPortal(input: PortalInput): PortalContent {
  return buildPortalWithSections(input).portal;
}

/** The portal and the review pack's top-level sections in order (the client report lists them). */
export function buildPortalWithSections(input: PortalInput): { portal: PortalContent; sections: string[] } {
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
        ? 'No creatives have been made yet.'
        : 'Creatives are produced once the strategy is approved.'
      : null;

  const requests: ApprovalRequest[] = [
    { kind: 'strategy', targetId: 'strategy', label: `Strategy v${strategy.version}`, status: strategy.status, awaitingDecision: AWAITING.has(strategy.status), version: strategy.version },
    ...awaiting.map((c): ApprovalRequest => ({ kind: 'creative', targetId: c.id, label: c.headline, status: c.status, awaitingDecision: true, channel: c.channel })),
  ];

  const rows = input.rows ?? [];
  const currencies = new Set(rows.map((r) => r.currency).filter((c): c is string => c !== undefined));
  const rowsCurrency = input.rowsCurrency !== undefined ? input.rowsCurrency : currencies.size === 0 ? undefined : currencies.size === 1 ? [...currencies][0]! : null;
  const results = buildResults({
    project,
    objectives: strategy.content.objectives ?? [],
    rows,
    ...(input.period ? { period: input.period } : {}),
    ...(rowsCurrency === undefined ? {} : { rowsCurrency }),
  });
  const pack = buildPack({ project, strategy, media: input.media, creatives: awaiting, allCreatives: creatives, creativesNote, history: input.history, results, extraSections: input.extraSections ?? [] });
  const portal: PortalContent = {
    approvalRequests: requests,
    history: [...input.history],
    results,
    reviewPack: { title: pack.title, fileStem: `${project.slug}-review-v${input.version}`, markdown: renderMarkdown(pack), html: renderHtml(pack) },
    summary: { strategyStatus: strategy.status, creativesAwaiting: awaiting.length, actions: input.history.length },
  };
  return { portal, sections: packSections(pack) };
}
