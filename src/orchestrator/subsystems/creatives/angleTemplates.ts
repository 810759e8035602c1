// The creative angles, which brief facts each needs, and which are written for a channel. An
// angle whose facts the brief lacks is not written (a social-proof ad without proof would be
// invented), and the content says which facts to add. The copy itself is built from the facts in
// buildAd.ts with the phrasebooks.
//
// Fact-led angles (benefit-led, social proof, offer) are written whenever their facts exist. The
// device angles open with a phrasebook line rather than a fact ("Why Trattoria Nonna?",
// "Discover …", "Why settle?"): once a brief has facts, only the question hook is written (its
// question once in each channel's set); the how-to is written for a brief without facts, where
// nothing better exists; problem–solution needs the client's problem in their own words, which the
// brief has no field for, so the rules engine does not write it (a chat model may rewrite an ad
// into one).
//
// Formats whose platform combines the assets itself (responsive search, display and Demand Gen
// ads, Performance Max asset groups) get one ad per language built around every fact — Google
// advises one to three responsive search ads per ad group — and a second one for the offer when
// the brief has one, so the offer can be paused without touching the evergreen ad.

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

/** The fact an angle cannot be written without ("problem": a fact the brief has no field for). */
export const ANGLE_NEEDS: Record<Angle, 'benefits' | 'proofPoints' | 'offer' | 'problem' | null> = {
  'problem-solution': 'problem',
  'social-proof': 'proofPoints',
  'benefit-led': 'benefits',
  'offer-urgency': 'offer',
  'question-hook': null,
  'how-to': null,
};

/** The facts that decide which angles can be written. */
export interface AngleFacts {
  benefits: readonly string[];
  proofs: readonly string[];
  offer?: string | undefined;
}

function available(angle: Angle, f: AngleFacts): boolean {
  const need = ANGLE_NEEDS[angle];
  if (need === 'benefits') return f.benefits.length > 0;
  if (need === 'proofPoints') return f.proofs.length > 0;
  if (need === 'offer') return f.offer !== undefined;
  if (need === 'problem') return false;
  return true;
}

/** The angles written for a channel whose ads are one each (feed, social, email, video). */
export function anglesForSet(f: AngleFacts): Angle[] {
  const factLed = ANGLES.filter((a) => ANGLE_NEEDS[a] !== null && available(a, f));
  return factLed.length > 0 ? [...factLed, 'question-hook'] : ['question-hook', 'how-to'];
}

/** The ads of a format that combines its assets: one around every fact (led by the strongest kind of fact), and the offer's. */
export function anglesForAssets(f: AngleFacts): Angle[] {
  const lead: Angle = f.benefits.length > 0 ? 'benefit-led' : f.proofs.length > 0 ? 'social-proof' : 'question-hook';
  return f.offer !== undefined ? [lead, 'offer-urgency'] : [lead];
}
