// Text helpers shared by the generators: filling templates, finding banned terms, turning
// intake lines into terms, hashtags, safe HTML and Markdown, and splitting text into lines.

/** Replaces {name} placeholders; unknown placeholders are left visible so a test or reviewer sees them. */
export function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in vars ? (vars[key] as string) : whole)).replace(/\s+([,.!?])/g, '$1').replace(/ {2,}/g, ' ').trim();
}

/** Length as a person (and most ad platforms) counts it: Unicode code points. */
export function charLength(text: string): number {
  return [...text].length;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function termPattern(term: string): RegExp {
  const t = term.trim();
  const body = escapeRegExp(t).replace(/\s+/g, '\\s+');
  // Whole words, case-insensitive; a plural "s" is tolerated either way.
  const plural = /s$/i.test(t) ? `${escapeRegExp(t.slice(0, -1)).replace(/\s+/g, '\\s+')}s?` : `${body}s?`;
  return new RegExp(`(?<![\\p{L}\\p{N}])${plural}(?![\\p{L}\\p{N}])`, 'iu');
}

/** The banned terms that occur in the text (whole words, case-insensitive). */
export function findBannedTerms(text: string, terms: readonly string[]): string[] {
  return terms.filter((t) => t.trim() !== '' && termPattern(t).test(text));
}

const NEGATION = /^\s*(?:no|never|avoid|don'?t (?:say|use|mention)|do not (?:say|use|mention)|not|ban|without)\s+/i;

/**
 * Terms to check copy against, from intake lines such as `no "cheap"`, `avoid discounts`,
 * `never say 'guaranteed'`: quoted words when present, else short lines (≤ 3 words) without the
 * leading negation. Longer unquoted lines are guidance for people, returned separately.
 */
export function termsFromLines(lines: readonly string[]): { terms: string[]; guidance: string[] } {
  const terms: string[] = [];
  const guidance: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const quoted = [...line.matchAll(/["“'‘]([^"”'’]+)["”'’]/g)].map((m) => m[1]!.trim()).filter((t) => t !== '');
    if (quoted.length > 0) {
      terms.push(...quoted);
      continue;
    }
    const stripped = line.replace(NEGATION, '').replace(/[.!]+$/, '').trim();
    if (stripped !== '' && stripped.split(/\s+/).length <= 3) terms.push(stripped);
    else guidance.push(line);
  }
  return { terms: dedupe(terms), guidance };
}

export function dedupe(items: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of items) {
    const key = item.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}

/** "trail running shoes" → "#TrailRunningShoes"; null when nothing usable is left. */
export function toHashtag(text: string): string | null {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  if (words.length === 0) return null;
  const tag = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  return tag.length > 0 && tag.length <= 60 ? `#${tag}` : null;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Every way text breaks a line: CR LF, a lone LF or CR, vertical tab, form feed, NEL and the
 * Unicode line and paragraph separators (Markdown renderers, editors and browsers each honour
 * some of them; text from the repo or an import may hold any).
 */
export const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;

/** The lines of a text, whatever separates them. */
export function textLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

/** The text on one line: each line break (and any other control character) becomes a space. */
export function singleLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(LINE_BREAK, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

/**
 * User text as inert Markdown on one line: no link, image, emphasis or HTML of its own (its
 * punctuation backslash-escaped, which CommonMark renders as the character), no line break, and
 * nothing at its start that would open a heading, list, quote or rule.
 */
export function escapeMarkdown(text: string): string {
  return singleLine(text)
    .replace(/([\\`*_{}[\]()#+!|<>~&])/g, '\\$1')
    .replace(/^(\s*)([-=>]|\d+(?=[.)]))/, (_m, space: string, lead: string) => (/^\d/.test(lead) ? `${space}${lead}\\` : `${space}\\${lead}`));
}

export function sentenceList(items: readonly string[]): string {
  if (items.length === 0) return '';
  if (items.length === 1) return items[0]!;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
