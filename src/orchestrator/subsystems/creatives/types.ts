// The creatives artifact's content: one creative per planned channel × angle (× language), in the
// channel's native format, with the brief facts it uses and every rule or limit it breaks.

export type ViolationRule =
  | 'max-length'
  | 'recommended-length'
  | 'count'
  | 'required'
  | 'short-item'
  | 'banned-term'
  | 'competitor'
  | 'offer-language'
  | 'before-after'
  | 'superlative'
  | 'must-include'
  | 'filler'
  | 'invented-number'
  | 'duplicate'
  | 'headline-mix'
  | 'forbidden-characters'
  | 'cta-list'
  | 'language';

export interface CreativeViolation {
  /** The field it concerns: "headlines[2]", "primaryText", or "creative" for the whole ad. */
  field: string;
  rule: ViolationRule;
  /** error = the platform rejects it or the brief forbids it; warning = a recommendation (feed truncation, headline mix). */
  severity: 'error' | 'warning';
  message: string;
  limit?: number;
  actual?: number;
  term?: string;
}

/** A creative's text fields, keyed as its format names them (lists for headlines and descriptions). */
export type CreativeFields = Record<string, string | string[]>;

/** What a creative was made from: a new version is made only when one of these changes. */
export interface CreativeInputs {
  channel: string;
  angle: string;
  language: string;
  format: string;
  /** The call to action kind (from the goal, vertical and platform list). */
  cta: string;
  /** du/Sie, tu/vous, tú/usted (from the tone). */
  address: string;
  landingUrl: string;
  mustInclude: string[];
  /** The brief's rules as checks. */
  rules: string[];
  /** The generation engine asked for: switching engines writes the creatives anew. */
  engine: 'rules' | 'languageModel';
  /** Bumped by an explicit "regenerate". */
  generation: number;
  /** The brief facts the copy uses, by value: a creative stands while every one of them is still in the brief. */
  facts: { product?: string; brand?: string; benefits: string[]; proofs: string[]; offer?: string };
  /** Texts not to propose again (rejected copy), as normalized keys; not part of the fingerprint. */
  avoid: string[];
}

export interface CreativeVariant {
  /** Unique within the artifact: "<channel>-<angle>" (plus "-<language>" when the brief has several). */
  id: string;
  /** Same as id: the creative's identity across versions (a re-run keeps the row of the same key). */
  key: string;
  channel: string;
  format: string;
  angle: string;
  /** BCP 47 language of the copy. */
  language: string;
  fields: CreativeFields;
  /** Summary text for lists, Kaizen and imports: the first headline, the main text and the call to action. */
  headline: string;
  body: string;
  cta: string;
  /** Which brief facts it uses: "product", "brand", "benefit:0", "proof:1", "offer", "mustInclude:0". */
  facts: string[];
  violations: CreativeViolation[];
  /** sha256 of `inputs`: a re-run whose fingerprint is the same keeps the stored creative and its decision. */
  fingerprint: string;
  inputs: CreativeInputs;
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
  /** The languages the copy is written in (BCP 47). */
  languages: string[];
  variants: CreativeVariant[];
  /** What a thin brief lacks ("Add proof points (--proof) for social-proof variants."), channels without copy, rules not checked. */
  notes: string[];
  /** The brief's rules as checks, one sentence each. */
  rules: string[];
  kaizen: { mode: 'applied' | 'no-evidence' | 'skipped'; note: string };
}
