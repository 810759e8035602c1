// The copy language of a brief and its phrasebook: English, German, French and Spanish are
// written by the rules engine; any other language is refused with a sentence naming it and
// pointing to the language-model engine (the rules engine never writes English for a German brief).
import { AicmoError } from '../../../domain/errors';
import { english } from './en';
import { german } from './de';
import { french } from './fr';
import { spanish } from './es';
import { RULES_LANGUAGES, type Address, type Phrasebook, type RulesLanguage } from './types';

export { RULES_LANGUAGES, type Phrasebook, type RulesLanguage } from './types';

const NAMES: Record<string, string> = {
  en: 'English', de: 'German', fr: 'French', es: 'Spanish', it: 'Italian', nl: 'Dutch', pt: 'Portuguese', pl: 'Polish', sv: 'Swedish', da: 'Danish', nb: 'Norwegian', no: 'Norwegian',
  fi: 'Finnish', cs: 'Czech', tr: 'Turkish', ja: 'Japanese', zh: 'Chinese', ko: 'Korean', ar: 'Arabic', ru: 'Russian', uk: 'Ukrainian', el: 'Greek', hu: 'Hungarian', ro: 'Romanian',
};

/** "de-AT" → "de". */
export function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

export function languageName(tag: string): string {
  return NAMES[primaryLanguage(tag)] ?? tag;
}

export function isRulesLanguage(tag: string): tag is RulesLanguage {
  return (RULES_LANGUAGES as readonly string[]).includes(primaryLanguage(tag));
}

/** The brief's copy languages (BCP 47 tags as given); English when the brief names none. */
export function copyLanguages(languages: readonly string[] | undefined): string[] {
  const out = (languages ?? []).map((l) => l.trim()).filter((l) => l !== '');
  return out.length > 0 ? [...new Set(out)] : ['en'];
}

/** The sentence refusing a language the rules engine does not write. */
export function unsupportedLanguageMessage(tag: string): string {
  return `The rules engine writes copy in English, German, French and Spanish, not ${languageName(tag)} (${tag}); set aicmo.generation.engine to languageModel to have a chat model write the ${languageName(tag)} copy.`;
}

/** Refuses (one clear sentence) when a language is not one the rules engine writes. */
export function assertRulesLanguages(tags: readonly string[]): void {
  const bad = tags.find((t) => !isRulesLanguage(t));
  if (bad !== undefined) throw new AicmoError('invalid-input', unsupportedLanguageMessage(bad), { field: 'languages' });
}

const INFORMAL: Record<string, RegExp> = {
  de: /\b(?:du|duzen|informal|casual|locker|persönlich|lässig)\b/i,
  fr: /\b(?:tu|tutoiement|tutoyer|informal|casual|décontracté)\b/i,
  es: /\b(?:formal|usted|formal address)\b/i,
};

function addressFor(lang: string, tone: string | undefined): { address: Address; chosenBy: string } {
  const t = tone ?? '';
  if (lang === 'es') return INFORMAL.es!.test(t) ? { address: 'formal', chosenBy: `the tone "${t}" asks for it` } : { address: 'informal', chosenBy: 'the default' };
  const re = INFORMAL[lang];
  if (re && re.test(t)) return { address: 'informal', chosenBy: `the tone "${t}" asks for it` };
  return { address: 'formal', chosenBy: 'the default' };
}

/** The phrasebook for one of the rules engine's languages, with the address the tone asks for. */
export function phrasebookFor(tag: string, tone?: string): Phrasebook {
  const lang = primaryLanguage(tag) as RulesLanguage;
  const { address, chosenBy } = addressFor(lang, tone);
  if (lang === 'de') return german(address, chosenBy);
  if (lang === 'fr') return french(address, chosenBy);
  if (lang === 'es') return spanish(address, chosenBy);
  return english;
}
