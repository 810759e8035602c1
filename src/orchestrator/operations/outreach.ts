// Logging one outreach attempt to a lead (by lead id, or by email — looked up across projects
// unless one is named). The lead's status moves forward only.
import * as v from 'valibot';
import { logOutreach, type OutreachLogResult } from '../leads';
import { defineOperation } from './define';
import { projectRef } from './input';
import type { Outcome } from './types';

export const logOutreachOperation = defineOperation('outreach.log', {
  input: v.object({
    /** Lead id (`l_…`) or the lead's email. */
    lead: v.pipe(v.string(), v.trim(), v.minLength(1, 'must name a lead (its id or email)')),
    channel: v.string(),
    status: v.string(),
    /** Sequence step (1 = first touch); default: one after the lead's last step. */
    step: v.optional(v.union([v.number(), v.string()])),
    /** When it was sent (ISO date or date-time); default now. */
    at: v.optional(v.string()),
    project: v.optional(projectRef),
  }),
  async execute(env, input): Promise<Outcome<OutreachLogResult>> {
    const r = await logOutreach(env.store, { ...input, actor: env.actor, ...(env.now ? { now: env.now } : {}) });
    const a = r.attempt;
    return {
      value: r,
      message: `Logged step ${a.step} to ${r.lead.name}${r.lead.email ? ` <${r.lead.email}>` : ''} by ${a.channel} (${a.status.replace(/_/g, ' ')}) at ${a.sentAt} in ${r.project.slug}; lead status: ${r.lead.status.replace(/_/g, ' ')}.`,
    };
  },
});
