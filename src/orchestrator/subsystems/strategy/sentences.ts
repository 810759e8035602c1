// Sentences of a strategy text: split after ".", "!" or "?" followed by a space and a capital (or a
// quote), so "£900.00" and "e.g. search" stay inside their sentence.
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}"“(])/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The first sentence of a text. */
export function firstSentence(text: string): string {
  return sentencesOf(text)[0] ?? text;
}
