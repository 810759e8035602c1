// The creative angles, and which brief facts each needs: an angle whose facts the brief lacks is
// not written (a social-proof ad without proof would be invented), and the content says which
// facts to add. The copy itself is built from the facts in buildAd.ts with the phrasebooks.

export const ANGLES = ['problem-solution', 'social-proof', 'benefit-led', 'offer-urgency', 'question-hook', 'how-to'] as const;
export type Angle = (typeof ANGLES)[number];

export const ANGLE_LABELS: Record<Angle, string> = {
  'problem-solution': 'Problem–solution',
  'social-proof': 'Social proof',
  'benefit-led': 'Benefit-led',
  'offer-urgency': 'Offer',
  'question-hook': 'Question',
  'how-to': 'How-to',
};

/** The fact an angle cannot be written without. */
export const ANGLE_NEEDS: Record<Angle, 'benefits' | 'proofPoints' | 'offer' | null> = {
  'problem-solution': 'benefits',
  'social-proof': 'proofPoints',
  'benefit-led': 'benefits',
  'offer-urgency': 'offer',
  'question-hook': null,
  'how-to': null,
};
