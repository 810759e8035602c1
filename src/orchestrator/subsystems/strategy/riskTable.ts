// Risks and mitigations. Editorial defaults written for AICMO from common campaign failure
// modes; the learning-phase note follows Meta's published guidance that an ad set needs about
// 50 optimisation events in 7 days to leave the learning phase.
import type { GoalMetric } from '../../domain/project';

export interface RiskTemplate {
  risk: string;
  likelihood: 'low' | 'medium' | 'high';
  mitigation: string;
}

export const RISKS_BY_GOAL: Record<GoalMetric, RiskTemplate[]> = {
  awareness: [{ risk: 'Ad fatigue from high frequency on a narrow audience.', likelihood: 'medium', mitigation: 'Cap frequency and rotate creatives every two weeks.' }],
  leads: [{ risk: 'Cheap leads of low quality inflate the lead count.', likelihood: 'high', mitigation: 'Qualify leads by fit and report qualified leads next to the total.' }],
  sales: [{ risk: 'Attribution windows over- or under-credit channels.', likelihood: 'medium', mitigation: 'State each platform\'s attribution setting and re-import a trailing window.' }],
  engagement: [{ risk: 'Engagement that never turns into business results.', likelihood: 'medium', mitigation: 'Track clicks and conversions next to engagement.' }],
  retention: [{ risk: 'Email fatigue and unsubscribes from over-messaging.', likelihood: 'medium', mitigation: 'Limit send frequency and watch unsubscribe rates.' }],
};

export const RISK_SHORT_WINDOW: RiskTemplate = {
  risk: 'The flight is short: campaigns may not leave the platforms\' learning phase (about 50 optimisation events in 7 days on Meta).',
  likelihood: 'high',
  mitigation: 'Consolidate ad sets, optimise for a frequent event, and avoid edits in the first week.',
};
export const RISK_NO_DATES: RiskTemplate = { risk: 'The brief has no start or end date: the phases have no dates, and the project plan assumes work starts on the next working day.', likelihood: 'high', mitigation: 'Agree dates with the client before approval.' };
export const RISK_NO_TARGETS: RiskTemplate = { risk: 'No KPI targets in the intake: success is undefined.', likelihood: 'medium', mitigation: 'Agree targets for the primary KPI with the client before launch.' };
export const RISK_BRAND_RULES: RiskTemplate = { risk: 'Copy breaks a do-not-do rule or a banned term.', likelihood: 'medium', mitigation: 'Every creative is checked against the banned terms and channel limits before review.' };
export const RISK_CONSTRAINTS: RiskTemplate = { risk: 'Client constraints narrow the channels and formats available.', likelihood: 'medium', mitigation: 'Review constraints at the strategy sign-off and record any exception in writing.' };
export const RISK_GENERAL: RiskTemplate = { risk: 'Tracking breaks and results cannot be measured.', likelihood: 'low', mitigation: 'Test conversion tracking before launch and import results weekly.' };

/** Days below which a flight counts as short. */
export const SHORT_WINDOW_DAYS = 28;

/** Lead forms collect personal data: consent and a privacy notice, whatever the vertical. */
export const LEAD_CONSENT_RULE = { rule: 'Lead forms say how the details will be used and ask consent for marketing follow-up.', source: 'UK GDPR and PECR; EU GDPR and ePrivacy rules' };

/** Checklist items every strategy satisfies before it goes to the client. */
export const STANDARD_CHECKLIST = [
  'Every objective names its KPI, how it is computed and its target (or says none was given).',
  'Dates, budget and currency match the intake.',
  'Nothing in the plan contradicts the do-not-do list.',
];
