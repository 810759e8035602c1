// Gallery panel: the current creatives of one project by channel, ranked, each in its channel's
// format with violations on the fields they concern (mirrors services/creatives.ts
// ProjectCreatives plus the channel formats table).
import * as v from 'valibot';
import { command, notification } from '../ipc';
import { actorSchema, idListSchema, isoDateSchema, projectRefSchema, requiredText, snapshotParams, type Snapshot } from '../common';

const fieldValueSchema = v.union([v.string(), v.array(v.string())]);

export const creativeSchema = v.object({
  id: v.string(),
  key: v.string(),
  rank: v.nullable(v.number()),
  channel: v.string(),
  format: v.string(),
  angle: v.string(),
  language: v.string(),
  /** The format's fields (headlines and descriptions are lists for search ads). */
  fields: v.record(v.string(), fieldValueSchema),
  /** Which brief facts it uses. */
  facts: v.array(v.string()),
  headline: v.string(),
  body: v.string(),
  cta: v.string(),
  status: v.string(),
  scheduledDate: v.nullable(v.string()),
  violations: v.array(v.object({ field: v.string(), rule: v.optional(v.string()), message: v.string(), severity: v.picklist(['error', 'warning']) })),
  rankReason: v.nullable(v.string()),
  version: v.number(),
  generation: v.number(),
  staleNote: v.nullable(v.string()),
  replaces: v.nullable(v.object({ id: v.string(), status: v.string(), scheduledDate: v.nullable(v.string()), staleNote: v.nullable(v.string()) })),
});
export type CreativeView = v.InferOutput<typeof creativeSchema>;

/** A channel's ad format: its text fields with counts and limits (subsystems/creatives/channelLimits.ts). */
export const channelFormatSchema = v.object({
  channel: v.string(),
  format: v.string(),
  copy: v.boolean(),
  fields: v.array(
    v.object({
      key: v.string(),
      label: v.string(),
      list: v.boolean(),
      min: v.optional(v.number()),
      max: v.optional(v.number()),
      maxChars: v.optional(v.number()),
      recommendedChars: v.optional(v.number()),
    }),
  ),
  note: v.optional(v.string()),
  sources: v.array(v.string()),
});
export type ChannelFormatView = v.InferOutput<typeof channelFormatSchema>;

export const galleryDataSchema = v.object({
  creatives: v.array(creativeSchema),
  counts: v.object({ total: v.number(), awaiting: v.number(), approved: v.number(), scheduled: v.number(), rejected: v.number() }),
  formats: v.array(channelFormatSchema),
  /** What the brief lacks, channels without copy, rules not checked automatically. */
  notes: v.array(v.string()),
  /** The brief's rules as checks. */
  rules: v.array(v.string()),
  /** Each shown channel's human name ("google_search" → "Google Search"). */
  channelNames: v.record(v.string(), v.string()),
});
export type GalleryData = v.InferOutput<typeof galleryDataSchema>;
export type GallerySnapshot = Snapshot<GalleryData>;

export const GallerySnapshotNotification = notification('gallery/snapshot', snapshotParams(galleryDataSchema));

const reason = requiredText(2000);
/** `confirm`: the person saw the selection's violations (other than hard limits) and approves anyway. */
export const ApproveCreativesCommand = command('gallery/approveCreatives', v.object({ project: projectRefSchema, ids: idListSchema, by: actorSchema, confirm: v.optional(v.boolean()) }));
export const RejectCreativesCommand = command('gallery/rejectCreatives', v.object({ project: projectRefSchema, ids: idListSchema, by: actorSchema, reason }));
export const RequestCreativeChangesCommand = command('gallery/requestCreativeChanges', v.object({ project: projectRefSchema, ids: idListSchema, by: actorSchema, reason }));
export const ScheduleCreativesCommand = command('gallery/scheduleCreatives', v.object({ project: projectRefSchema, ids: idListSchema, date: isoDateSchema }));

export const GALLERY_COMMANDS = [ApproveCreativesCommand, RejectCreativesCommand, RequestCreativeChangesCommand, ScheduleCreativesCommand] as const;
