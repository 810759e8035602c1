// The brand artifact's content.
import type { VoiceFamily } from './voiceTable';

export interface BrandContent {
  voice: { family: VoiceFamily; pairs: { is: string; isNot: string }[] };
  toneWords: string[];
  messagingPillars: { name: string; message: string }[];
  keyMessages: { audience: string; message: string }[];
  taglines: string[];
  /** From the intake's must-include list. */
  preferredTerms: string[];
  /** From the intake's do-not-do list; creatives are checked against these. */
  bannedTerms: string[];
  /** Do-not-do lines that are rules for people rather than terms to search for. */
  guidance: string[];
}
