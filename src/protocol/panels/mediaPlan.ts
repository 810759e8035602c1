// The media plan as the War Room's Media section and the Unified View's media card show it: the
// latest version with its status, the proposal as a diff against the approved plan (per channel
// old share → new share with the evidence), the guardrail sentence and whether the plan
// recommends a larger move. Decisions carry the version the person saw (media.decide).
import * as v from 'valibot';
import { actorSchema, projectRefSchema, requiredText } from '../common';

export const mediaChangeSchema = v.object({
  channel: v.string(),
  /** The channel's human name ("Google Search"). */
  label: v.string(),
  /** Share in the approved plan (0–1); null when the channel is new or the baseline is the priors. */
  from: v.nullable(v.number()),
  to: v.number(),
  /** to − from (0.1 = 10 points); null without an approved share. */
  change: v.nullable(v.number()),
  /** The evidence that moved it, or why it stayed. */
  why: v.string(),
});
export type MediaChangeView = v.InferOutput<typeof mediaChangeSchema>;

export const mediaPlanViewSchema = v.object({
  version: v.number(),
  status: v.string(),
  statusNote: v.nullable(v.string()),
  createdAt: v.string(),
  /** "$25,000.00". */
  budget: v.string(),
  objective: v.string(),
  /** "approved v3" or "the starting split (priors)": what the diff is measured against. */
  against: v.string(),
  /** The version a person approved last (null: none yet), and the one downstream follows. */
  approvedVersion: v.nullable(v.number()),
  inUse: v.nullable(v.number()),
  changes: v.array(mediaChangeSchema),
  /** One sentence: what changed and why (or why nothing did). */
  summary: v.nullable(v.string()),
  guardrail: v.nullable(v.object({ sentence: v.string(), binding: v.boolean(), recommendLargerMove: v.boolean() })),
  /** The split without the step limit, when it differs from the proposal. */
  unconstrained: v.nullable(v.array(v.object({ label: v.string(), share: v.number() }))),
  /** Set when a person accepted the larger move. */
  decision: v.nullable(v.object({ by: v.string(), at: v.string(), fromVersion: v.number() })),
  methodNote: v.string(),
});
export type MediaPlanView = v.InferOutput<typeof mediaPlanViewSchema>;

const version = v.pipe(v.number(), v.integer(), v.minValue(1));
const reason = requiredText(2000);
export const approveMediaParams = v.object({ project: projectRefSchema, version, by: actorSchema, acceptLargerMove: v.optional(v.boolean()) });
export const refuseMediaParams = v.object({ project: projectRefSchema, version, by: actorSchema, reason });
