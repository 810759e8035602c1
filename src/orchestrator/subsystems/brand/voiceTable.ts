// Brand voice starting points by industry family. Editorial defaults written for AICMO (not
// measured figures), in the "we are X, not Y" form brand guides commonly use; the strategist
// edits the result. Industry words decide the family; unknown industries get "general".

export type VoiceFamily = 'b2b_tech' | 'retail' | 'health' | 'finance' | 'food' | 'general';

export const FAMILY_KEYWORDS: Record<Exclude<VoiceFamily, 'general'>, string[]> = {
  b2b_tech: ['saas', 'software', 'b2b', 'tech', 'cloud', 'it services', 'cyber', 'security', 'data', 'ai', 'devtools', 'platform'],
  retail: ['retail', 'dtc', 'd2c', 'e-commerce', 'ecommerce', 'fashion', 'apparel', 'beauty', 'footwear', 'shoes', 'consumer', 'outdoor', 'sport'],
  health: ['health', 'wellness', 'medical', 'pharma', 'fitness', 'care', 'clinic'],
  finance: ['finance', 'bank', 'fintech', 'insurance', 'invest', 'accounting', 'payments'],
  food: ['food', 'restaurant', 'beverage', 'drink', 'coffee', 'hospitality', 'grocery'],
};

export const VOICE_BY_FAMILY: Record<VoiceFamily, { pairs: { is: string; isNot: string }[]; tone: string[] }> = {
  b2b_tech: {
    pairs: [
      { is: 'Clear and specific', isNot: 'Jargon-heavy' },
      { is: 'Confident', isNot: 'Arrogant' },
      { is: 'Helpful', isNot: 'Salesy' },
      { is: 'Evidence-led', isNot: 'Hype-driven' },
    ],
    tone: ['clear', 'practical', 'credible', 'calm'],
  },
  retail: {
    pairs: [
      { is: 'Warm', isNot: 'Gushing' },
      { is: 'Playful', isNot: 'Silly' },
      { is: 'Direct', isNot: 'Pushy' },
      { is: 'Aspirational', isNot: 'Exclusive' },
    ],
    tone: ['lively', 'friendly', 'vivid', 'upbeat'],
  },
  health: {
    pairs: [
      { is: 'Reassuring', isNot: 'Alarmist' },
      { is: 'Expert', isNot: 'Clinical' },
      { is: 'Encouraging', isNot: 'Preachy' },
      { is: 'Honest about limits', isNot: 'Over-promising' },
    ],
    tone: ['caring', 'trustworthy', 'plain-spoken', 'positive'],
  },
  finance: {
    pairs: [
      { is: 'Trustworthy', isNot: 'Stiff' },
      { is: 'Plain-spoken', isNot: 'Condescending' },
      { is: 'Precise', isNot: 'Cold' },
      { is: 'Prudent', isNot: 'Fearful' },
    ],
    tone: ['steady', 'transparent', 'precise', 'respectful'],
  },
  food: {
    pairs: [
      { is: 'Sensory', isNot: 'Overwrought' },
      { is: 'Welcoming', isNot: 'Generic' },
      { is: 'Fun', isNot: 'Flippant' },
      { is: 'Proud of craft', isNot: 'Snobbish' },
    ],
    tone: ['appetising', 'warm', 'inviting', 'spirited'],
  },
  general: {
    pairs: [
      { is: 'Clear', isNot: 'Vague' },
      { is: 'Friendly', isNot: 'Overfamiliar' },
      { is: 'Confident', isNot: 'Boastful' },
      { is: 'Useful', isNot: 'Filler' },
    ],
    tone: ['clear', 'friendly', 'confident', 'helpful'],
  },
};

/** Tagline patterns; the generator fills them and keeps those free of banned terms. */
export const TAGLINE_TEMPLATES = [
  '{product}, made for {audience}.',
  '{brand}: {benefit}.',
  'Less effort. More {outcome}.',
  'The smarter way to {goalVerb}.',
  '{benefit}, every day.',
  'Built for {audience}. Backed by results.',
  'Start with {brand}.',
];

/** The outcome word a goal metric stands for, used in taglines and messages. */
export const OUTCOME_BY_GOAL = { awareness: 'visibility', leads: 'pipeline', sales: 'results', engagement: 'conversation', retention: 'loyalty' } as const;
