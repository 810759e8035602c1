// The creatives artifact's content.

export interface CreativeViolation {
  /** The platform field, e.g. "headline", "description", or "copy" for banned terms. */
  field: string;
  rule: 'max-length' | 'banned-term';
  severity: 'error' | 'warning';
  message: string;
  limit?: number;
  actual?: number;
  term?: string;
}

export interface CreativeVariant {
  /** Unique within the artifact: "<channel>-<angle>". */
  id: string;
  channel: string;
  format: string;
  angle: string;
  headline: string;
  body: string;
  cta: string;
  violations: CreativeViolation[];
  /** 1 = show first. */
  rank: number;
  rankReason: string;
  /** Beta-smoothed approval rate of the angle on this channel (0.5 with no evidence). */
  approvalRate: number;
  status: 'in_review';
}

export interface CreativesContent {
  /** Channels from the media plan that received budget. */
  channels: string[];
  angles: string[];
  variants: CreativeVariant[];
  kaizen: { mode: 'applied' | 'no-evidence' | 'skipped'; note: string };
}
