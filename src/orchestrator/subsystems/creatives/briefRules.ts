// The brief's rules as checks every creative is held to: must-include terms, do-not-do lines read
// into banned terms (with their inflections), "no discounts" (no offer language of any kind),
// "no before/after claims", "no superlatives", the competitors (never named), the brand's banned
// terms, and — when the brief holds no offer — no offer language at all. A do-not-do line that
// reads into no check is kept as guidance for people and listed, never silently dropped.
import type { Project } from '../../domain/project';

export interface TermRule {
  term: string;
  /** Where it comes from, in the brief's words (for the violation message). */
  source: string;
  kind: 'banned' | 'competitor';
  re: RegExp;
}

export interface PatternRule {
  kind: 'offer-language' | 'before-after' | 'superlative';
  /** The do-not-do line, or "the brief has no offer". */
  source: string;
  patterns: RegExp[];
}

export interface BriefRules {
  mustInclude: string[];
  terms: TermRule[];
  patterns: PatternRule[];
  /** Do-not-do lines no check could be read from (shown to the user as not checked automatically). */
  unread: string[];
  /** One line per check, for the content and the docs ("No offer language: 'No discounts or voucher codes'"). */
  summary: string[];
}

const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Endings a banned word may take (English and German inflections, plurals, comparatives). */
const ENDINGS = '(?:s|es|ed|d|ing|ings|er|ers|est|ly|e|en|em|n|ern|ste|sten|ster|stes|st)?';

/** "discounts" → discount, discounts, discounted, discounting; a phrase matches its words with any spacing. */
export function termRegExp(term: string): RegExp {
  const words = term.trim().split(/\s+/);
  const last = words[words.length - 1]!;
  const stem = last.length > 4 ? last.replace(/(?:ing|ed|es|s|e|en)$/i, '') : last;
  const body = [...words.slice(0, -1).map(escape), `${escape(stem)}${ENDINGS}`].join('[\\s-]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
}

const W = (s: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${s})(?![\\p{L}\\p{N}])`, 'iu');

/** Offer language in the four languages the rules engine writes: discounts, codes, free things, deadlines, prices. */
export const OFFER_PATTERNS: readonly RegExp[] = [
  W('discount\\w*|voucher\\w*|coupon\\w*|promo(?:\\s+code)?s?|sale|deals?|offers?|get\\s+offer'),
  W('free\\s+(?:trial|shipping|delivery|gift|consultation|quote|month|sample)s?|for\\s+free|try\\s+it\\s+free'),
  W('limited[-\\s]time|ends\\s+(?:soon|today|tonight|sunday|friday)|today\\s+only|this\\s+(?:week|month)\\s+only|last\\s+chance|while\\s+stocks\\s+last'),
  W('save\\s+(?:up\\s+to\\s+)?\\d[\\d.,]*|\\d[\\d.,]*\\s?%\\s?off|half\\s+price'),
  W('rabatt\\w*|gutschein\\w*|aktionspreis\\w*|angebot\\w*|gratis|kostenlos\\w*|nur\\s+heute|nur\\s+noch|sparen|spare|probemonat\\w*|reduziert\\w*'),
  W('remise\\w*|réduction\\w*|promo(?:tion)?s?|code\\s+promo|gratuit\\w*|offre\\w*|soldes|aujourd.hui\\s+seulement|économise[zr]?'),
  W('descuento\\w*|cup[oó]n\\w*|oferta\\w*|gratis|promoci[oó]n\\w*|rebaja\\w*|ahorra\\w*|solo\\s+hoy'),
  /(?:[€$£¥]\s?\d|\d[\d.,]*\s?(?:€|eur|euro|usd|gbp|chf|\$|£)(?![\p{L}]))/iu,
];

const BEFORE_AFTER: readonly RegExp[] = [W('before[-\\s]+(?:and|&|/)?[-\\s]*after|before/after'), W('vorher[-\\s/]+(?:und\\s+)?nachher'), W('avant[-\\s/]+(?:et\\s+)?après'), W('antes\\s*(?:y|/)\\s*después')];

const SUPERLATIVES: readonly RegExp[] = [W('best|greatest|finest|cheapest|fastest|number\\s+one|no\\.?\\s?1'), /#\s?1\b/u, W('beste[nrs]?|günstigste[nrs]?|schnellste[nrs]?'), W('(?:le|la|les)\\s+meilleur(?:e|es|s)?'), W('(?:el|la|los|las)\\s+mejor(?:es)?')];

const NEGATION = /^\s*(?:no|never|avoid|don'?t|do\s+not|not|ban|without|keine?n?|nie(?:mals)?|kein|ohne|pas\s+de|jamais|sans|ni|nunca|sin)\b[\s:]*/i;
const SAY = /^(?:say|use|mention|write|call\s+it|sagen|schreiben|nennen|erwähnen|dire|utiliser|mentionner|decir|usar|mencionar)\b\s*/i;

const OFFER_WORDS = /discount|voucher|coupon|promo|sale|offer|deal|price|rabatt|gutschein|angebot|preis|remise|réduction|promo|descuento|oferta|cupón/i;
const BEFORE_AFTER_WORDS = /before.{0,3}after|vorher.{0,6}nachher|avant.{0,5}après|antes.{0,3}después/i;
const SUPERLATIVE_WORDS = /superlative|superlativ|superlatif|superlativo/i;
const COMPETITOR_WORDS = /competitor|konkurrent|wettbewerber|concurrent|competidor/i;

/** The checks the brief's rules read into (brand banned terms from the brand guide are added as "banned"). */
export function readBriefRules(project: Pick<Project, 'mustInclude' | 'doNotDo' | 'competitors' | 'offer'>, brandBanned: readonly string[] = []): BriefRules {
  const rules: BriefRules = { mustInclude: [], terms: [], patterns: [], unread: [], summary: [] };
  const addTerm = (term: string, source: string, kind: TermRule['kind'] = 'banned'): void => {
    const t = term.trim().replace(/^["“'‘]|["”'’.!]$/g, '').trim();
    if (t === '' || rules.terms.some((r) => r.term.toLowerCase() === t.toLowerCase())) return;
    rules.terms.push({ term: t, source, kind, re: termRegExp(t) });
  };
  for (const raw of project.mustInclude) {
    const t = raw.trim().replace(/^["“'‘](.*)["”'’]$/, '$1').trim();
    if (t !== '' && !rules.mustInclude.some((m) => m.toLowerCase() === t.toLowerCase())) rules.mustInclude.push(t);
  }
  for (const raw of project.doNotDo) {
    const line = raw.trim();
    if (line === '') continue;
    let read = false;
    const quoted = [...line.matchAll(/["“'‘]([^"”'’]+)["”'’]/g)].map((m) => m[1]!.trim()).filter((t) => t !== '');
    for (const q of quoted) {
      addTerm(q, line);
      read = true;
    }
    const negated = NEGATION.test(line);
    if (negated && OFFER_WORDS.test(line)) {
      rules.patterns.push({ kind: 'offer-language', source: line, patterns: [...OFFER_PATTERNS] });
      read = true;
    }
    if (BEFORE_AFTER_WORDS.test(line)) {
      rules.patterns.push({ kind: 'before-after', source: line, patterns: [...BEFORE_AFTER] });
      read = true;
    }
    if (SUPERLATIVE_WORDS.test(line)) {
      rules.patterns.push({ kind: 'superlative', source: line, patterns: [...SUPERLATIVES] });
      read = true;
    }
    if (COMPETITOR_WORDS.test(line)) read = true; // competitors are never named in any case
    if (!read && negated) {
      const rest = line.replace(NEGATION, '').replace(SAY, '').replace(/[.!]+$/, '').trim();
      const pieces = rest.split(/\s*(?:,|;|\bor\b|\band\b|\boder\b|\bund\b|\bou\b|\bet\b|\bo\b|\by\b)\s*/i).filter((p) => p !== '');
      if (pieces.length > 0 && pieces.every((p) => p.split(/\s+/).length <= 3)) {
        for (const p of pieces) addTerm(p, line);
        read = true;
      }
    }
    if (!read) rules.unread.push(line);
  }
  for (const t of brandBanned) addTerm(t, 'the brand guide');
  for (const c of project.competitors ?? []) addTerm(c, 'the brief\'s competitors', 'competitor');
  if (!project.offer?.trim() && !rules.patterns.some((p) => p.kind === 'offer-language')) {
    rules.patterns.push({ kind: 'offer-language', source: 'the brief has no offer', patterns: [...OFFER_PATTERNS] });
  }
  for (const m of rules.mustInclude) rules.summary.push(`Must include "${m}" in every creative.`);
  for (const t of rules.terms) rules.summary.push(t.kind === 'competitor' ? `Never name the competitor "${t.term}".` : `Never use "${t.term}" or its inflections (${t.source}).`);
  for (const p of rules.patterns) {
    const what = p.kind === 'offer-language' ? 'No offer language (discounts, codes, free things, deadlines, prices)' : p.kind === 'before-after' ? 'No before/after claims' : 'No superlatives';
    rules.summary.push(`${what}: ${p.source === 'the brief has no offer' ? 'the brief has no offer' : `"${p.source}"`}.`);
  }
  for (const u of rules.unread) rules.summary.push(`Not checked automatically (guidance for the reviewer): "${u}".`);
  return rules;
}

/** Offer language in a text (the first phrase found), whatever the rules say. */
export function offerLanguageIn(text: string): string | null {
  for (const re of OFFER_PATTERNS) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return null;
}
