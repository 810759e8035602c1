// Stock phrases that say nothing about the client: they never appear in AICMO's copy (the
// templates avoid them, the checks flag them in any text, a language model's included). A
// tested list; extend it when a reviewer finds another one.

export const FILLER_PHRASES: readonly string[] = [
  // English
  'more results',
  'busywork',
  'the hard way',
  'made simple',
  'without the hassle',
  'hassle-free',
  'game changer',
  'game-changer',
  'next level',
  'unlock your potential',
  'there is a better way',
  "there's a better way",
  'stop losing time',
  'less effort',
  'more value',
  'in minutes',
  'look no further',
  'one-stop shop',
  'best-in-class',
  'world-class',
  'cutting-edge',
  'revolutionary',
  'seamless',
  'take your business to',
  'what are you waiting for',
  'people like you',
  'customers like you',
  // German
  'ganz einfach',
  'ohne aufwand',
  'ohne stress',
  'nächste level',
  'mehr ergebnisse',
  'worauf warten sie',
  'worauf wartest du',
  // French
  'en toute simplicité',
  'sans tracas',
  'plus de résultats',
  "qu'attendez-vous",
  // Spanish
  'sin complicaciones',
  'más resultados',
  'a qué esperas',
];

function pattern(phrase: string): RegExp {
  const body = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
}

const PATTERNS = FILLER_PHRASES.map((p) => ({ phrase: p, re: pattern(p) }));

/** The stock phrases the text uses. */
export function fillerIn(text: string): string[] {
  return PATTERNS.filter((p) => p.re.test(text)).map((p) => p.phrase);
}
