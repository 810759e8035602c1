// Copy templates per creative angle: several candidates each, so the generator can prefer one
// that fits the channel's limits and avoids banned terms. Editorial defaults written for AICMO.
// They never state numbers (no invented customer counts, ratings or savings).

export const ANGLES = ['problem-solution', 'social-proof', 'benefit-led', 'offer-urgency', 'question-hook', 'how-to'] as const;
export type Angle = (typeof ANGLES)[number];

export const ANGLE_LABELS: Record<Angle, string> = {
  'problem-solution': 'Problem–solution',
  'social-proof': 'Social proof',
  'benefit-led': 'Benefit-led',
  'offer-urgency': 'Offer / urgency',
  'question-hook': 'Question hook',
  'how-to': 'How-to',
};

export interface CopyTemplate {
  headline: string;
  body: string;
  cta: string;
}

export const TEMPLATES_BY_ANGLE: Record<Angle, CopyTemplate[]> = {
  'problem-solution': [
    { headline: 'Stop losing time', body: '{Audience} lose hours to busywork. {product} fixes that, so you get {outcome} faster.', cta: 'See how' },
    { headline: '{product} solves it', body: 'Tired of the workaround? {product} gives {audience} a simpler path to {outcome}.', cta: 'Learn more' },
    { headline: 'There is a better way', body: 'The old way costs {audience} time. {brand} makes it simple.', cta: 'See how' },
  ],
  'social-proof': [
    { headline: 'Trusted by {audience}', body: 'See why {audience} choose {brand} and stay with it.', cta: 'Read reviews' },
    { headline: 'Why people pick {brand}', body: 'Real stories from {audience} who switched to {product}.', cta: 'Read stories' },
    { headline: 'See what others say', body: 'Customers like you share how {product} helped them.', cta: 'Read reviews' },
  ],
  'benefit-led': [
    { headline: '{benefit}, made simple', body: '{product} gives {audience} {benefit} without the hassle.', cta: 'Get started' },
    { headline: 'More {outcome}, less effort', body: 'With {product}, {audience} get more {outcome} for less effort.', cta: 'Get started' },
    { headline: 'Built for {audience}', body: '{product}: {benefit} for {audience}.', cta: 'Learn more' },
  ],
  'offer-urgency': [
    { headline: 'Limited-time offer', body: 'Try {product} today: this offer ends soon.', cta: 'Claim offer' },
    { headline: 'Get a discount today', body: 'A discount on {product} for {audience}, this month only.', cta: 'Shop now' },
    { headline: 'Start today', body: 'The sooner you start with {product}, the sooner you see {outcome}.', cta: 'Start now' },
  ],
  'question-hook': [
    { headline: 'Still doing it the hard way?', body: 'What if {audience} could get {outcome} without the hassle? Meet {product}.', cta: 'Find out' },
    { headline: 'Ready for more {outcome}?', body: 'Ask yourself: is your current approach working? {product} can help.', cta: 'Find out' },
    { headline: 'What would you do with more time?', body: '{product} gives {audience} their time back.', cta: 'Learn more' },
  ],
  'how-to': [
    { headline: 'How to get more {outcome}', body: 'A short guide for {audience}: three steps to more {outcome} with {product}.', cta: 'Read the guide' },
    { headline: 'Your quick-start guide', body: 'Set up {product} in minutes and see {outcome} sooner.', cta: 'Read the guide' },
    { headline: 'How {audience} do it', body: 'Step by step: how {audience} use {product} to get {outcome}.', cta: 'Watch how' },
  ],
};
