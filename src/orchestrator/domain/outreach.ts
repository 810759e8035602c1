// The vocabularies of outreach: the channels an attempt goes through, the statuses it can have,
// and what a lead's own status becomes after an attempt.

export const OUTREACH_CHANNELS = ['email', 'linkedin', 'phone', 'sms', 'event', 'other'] as const;
export type OutreachChannel = (typeof OUTREACH_CHANNELS)[number];

export const OUTREACH_STATUSES = ['queued', 'sent', 'opened', 'clicked', 'replied', 'meeting_booked', 'bounced', 'not_interested'] as const;
export type OutreachStatus = (typeof OUTREACH_STATUSES)[number];

export const LEAD_STATUSES = ['new', 'contacted', 'engaged', 'replied', 'meeting_booked', 'unreachable', 'not_interested'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

/** A lead's status after an attempt with this status. */
export function leadStatusAfter(status: OutreachStatus): LeadStatus {
  switch (status) {
    case 'queued':
    case 'sent':
      return 'contacted';
    case 'opened':
    case 'clicked':
      return 'engaged';
    case 'replied':
      return 'replied';
    case 'meeting_booked':
      return 'meeting_booked';
    case 'bounced':
      return 'unreachable';
    case 'not_interested':
      return 'not_interested';
  }
}

/** How far along a lead is, to keep the furthest status when an older attempt is logged late. */
export const LEAD_STATUS_ORDER: Record<LeadStatus, number> = {
  new: 0,
  contacted: 1,
  engaged: 2,
  unreachable: 3,
  replied: 4,
  not_interested: 5,
  meeting_booked: 6,
};
