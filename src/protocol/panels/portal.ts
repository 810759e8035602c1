// Portal panel: the client approval requests with their full history, and the review pack export.
import * as v from 'valibot';
import { notification, request } from '../ipc';
import { projectRefSchema, snapshotParams, type Snapshot } from '../common';
import { approvalActionSchema } from './warroom';

export const approvalRequestSchema = v.object({
  /** What is to be approved. */
  target: v.object({ kind: v.string(), id: v.string(), label: v.optional(v.string()) }),
  /** Current state: waiting, approved, rejected, changes requested, on hold. */
  status: v.string(),
  submittedAt: v.nullable(v.string()),
  /** Approval actions on this target, oldest first. */
  history: v.array(approvalActionSchema),
});
export type ApprovalRequestView = v.InferOutput<typeof approvalRequestSchema>;

export const portalDataSchema = v.object({
  requests: v.array(approvalRequestSchema),
  history: v.array(approvalActionSchema),
});
export type PortalData = v.InferOutput<typeof portalDataSchema>;
export type PortalSnapshot = Snapshot<PortalData>;

export const PortalSnapshotNotification = notification('portal/snapshot', snapshotParams(portalDataSchema));

export const REPORT_FORMAT_IDS = ['markdown', 'html'] as const;
/** Writes the client review pack; answers with where it went (or the one-sentence reason it did not). */
export const ExportReportRequest = request(
  'portal/exportReport',
  v.object({ project: projectRefSchema, format: v.picklist(REPORT_FORMAT_IDS) }),
  v.object({ exported: v.boolean(), message: v.string(), path: v.nullable(v.string()) }),
);

export const PORTAL_MESSAGES = [ExportReportRequest] as const;
