// A phrasebook: the words AICMO itself adds around the brief's facts, in one language, written
// as a native writer would. The facts are inserted as whole units (a headline on their own, a
// sentence of their own, or after a colon) and never inflected, so a German fact never lands in
// the wrong case and a French one never needs an agreement we cannot see. Address (du/Sie,
// tu/vous, tú/usted) is chosen once per brief and used throughout.
import type { CtaIntent, CtaKind } from '../ctas';

export const RULES_LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
export type RulesLanguage = (typeof RULES_LANGUAGES)[number];

export type Address = 'formal' | 'informal';

export interface Phrasebook {
  language: RulesLanguage;
  /** The language's English name ("German"). */
  name: string;
  address: Address;
  /** How the address was chosen, for the docs and the content ("Sie (formal), the default"). */
  addressNote: string;
  /** Button labels, as the platforms show them in this language. */
  cta: Record<CtaKind, string>;
  /**
   * What the business asks people to do, in its own words: `label` for search headlines, email
   * buttons and display paths (an infinitive or noun phrase, no address); `sentence` for body copy,
   * in the chosen address ("Reservieren Sie Ihren Tisch.").
   */
  actions: Record<CtaIntent, { label: string; sentence: string }>;
  // The stock lines below are used only when the brief's facts leave nothing better, and each at
  // most once in a channel's set of ads (see buildAd.ts).
  /** "Why Trattoria Nonna?" */
  why(brand: string): string;
  /** "Discover Trattoria Nonna" (an imperative in the chosen address). */
  discover(brand: string): string;
  /** A sentence after a benefit: "That's Trattoria Nonna." */
  thatIs(brand: string): string;
  /** The problem–solution opener: "Why compromise?" */
  whyCompromise: string;
  /** The how-to opener: "How it works" */
  howItWorks: string;
  /** "Pasta bowls by Trattoria Nonna" */
  by(product: string, brand: string): string;
  /** An email paragraph's lead-in before a list of the brief's facts: "Here is what sets Trattoria Nonna apart:". */
  leadIn: Record<'benefits' | 'proofs' | 'offer', (brand: string) => string>;
  /** Email greeting line. */
  greeting: string;
  /** The first paragraph after the greeting, as the language's letters write it (German goes on in lower case after "Guten Tag,"). Only our own openers are passed, never a fact. */
  afterGreeting(text: string): string;
  /** Email sign-off: "The Trattoria Nonna team". */
  signoff(brand: string): string;
  /** Typography of a question mark or colon after a word (French puts a narrow no-break space before them). */
  punct(mark: '?' | ':' | '!'): string;
}
