// Gallery panel: creative variants of one project by channel, ranked, with channel limits and
// violations (mirrors services/creatives.ts ProjectCreatives plus the channel limits table).
import * as v from 'valibot';
import { command, notification } from '../ipc';
import { actorSchema, idListSchema, isoDateSchema, projectRefSchema, requiredText, snapshotParams, type Snapshot } from '../common';

export const creativeSchema = v.object({
  id: v.string(),
  rank: v.nullable(v.number()),
  channel: v.string(),
  format: v.string(),
  angle: v.string(),
  headline: v.string(),
  body: v.string(),
  cta: v.string(),
  status: v.string(),
  scheduledDate: v.nullable(v.string()),
  violations: v.array(v.object({ field: v.string(), message: v.string(), severity: v.picklist(['error', 'warning']) })),
  rankReason: v.nullable(v.string()),
  version: v.number(),
});
export type CreativeView = v.InferOutput<typeof creativeSchema>;

export const channelLimitsSchema = v.object({
  channel: v.string(),
  format: v.string(),
  limits: v.array(v.object({ parts: v.array(v.string()), label: v.string(), max: v.number(), severity: v.picklist(['error', 'warning']) })),
});
export type ChannelLimitsView = v.InferOutput<typeof channelLimitsSchema>;

export const galleryDataSchema = v.object({
  creatives: v.array(creativeSchema),
  counts: v.object({ total: v.number(), awaiting: v.number(), approved: v.number(), scheduled: v.number(), rejected: v.number() }),
  limits: v.array(channelLimitsSchema),
});
export type GalleryData = v.InferOutput<typeof galleryDataSchema>;
export type GallerySnapshot = Snapshot<GalleryData>;

export const GallerySnapshotNotification = notification('gallery/snapshot', snapshotParams(galleryDataSchema));

const reason = requiredText(2000);
export const ApproveCreativesCommand = command('gallery/approveCreatives', v.object({ project: projectRefSchema, ids: idListSchema, by: actorSchema }));
export const RejectCreativesCommand = command('gallery/rejectCreatives', v.object({ project: projectRefSchema, ids: idListSchema, by: actorSchema, reason }));
export const RequestCreativeChangesCommand = command('gallery/requestCreativeChanges', v.object({ project: projectRefSchema, ids: idListSchema, by: actorSchema, reason }));
export const ScheduleCreativesCommand = command('gallery/scheduleCreatives', v.object({ project: projectRefSchema, ids: idListSchema, date: isoDateSchema }));

export const GALLERY_COMMANDS = [ApproveCreativesCommand, RejectCreativesCommand, RequestCreativeChangesCommand, ScheduleCreativesCommand] as const;
