// The brief's channel rules: allowed channels, excluded channels and caps. They are intake data
// (`allowedChannels`, `excludedChannels`, `channelCaps`); when a field is absent, the free-text
// constraints and do-not-do lines are read into the same shape by `readChannelRules`, and the plan
// shows the reading so the strategist can confirm it ("set these as channel rules").
//   "Only Meta and Google; no TikTok"  → allowed meta, google_search; excluded tiktok
//   "max 30% on LinkedIn"              → cap linkedin 0.3
//   "no slang on TikTok"               → nothing (a clause counts only when all of it names channels)
// "Google" and "Google Ads" alone are read as Google Search (what a brief usually means), and the
// reading says so; YouTube, Display and the other Google networks must be named to be allowed.
import { CHANNEL_FAMILIES, channelLabel, normalizeChannel, type Channel } from '../../domain/channels';
import type { Project } from '../../domain/project';

export interface ChannelRuleReading {
  /** Channels an "only …" clause allows; empty when none. */
  allowed: Channel[];
  excluded: Channel[];
  caps: Partial<Record<Channel, number>>;
  /** One short phrase per rule read ("only Meta (Facebook) and Google Search", "TikTok excluded"). */
  readings: string[];
  /** Words read as a particular channel, e.g. "Google" → Google Search. */
  assumptions: string[];
}

const CAP_WORDS = /\b(?:max(?:imum)?|cap(?:ped)?|at most|no more than|not more than|up to|limit(?:ed)?)\b|≤/i;
const PERCENT = /(\d+(?:\.\d+)?)\s*%/;
const FILLER = /^(?:on|in|via|through|the|use|using|run|running|to|for|of)\s+/i;
const TRAILING = /\s+(?:ads|advertising|campaigns?|only|channels?|budget)$/i;

interface ListItem {
  channels: Channel[];
  word: string;
  assumed?: string;
}

/** One list item: a channel, a family, or "Google" read as Google Search; null when it names none. */
function readItem(raw: string): ListItem | null {
  let t = raw.trim().replace(/[.!]+$/, '');
  for (let i = 0; i < 3; i++) t = t.replace(FILLER, '').replace(TRAILING, '').trim();
  const key = t.toLowerCase().replace(/[\s_-]+/g, ' ');
  if (key === '') return null;
  if (key === 'google' || key === 'google ads') return { channels: ['google_search'], word: t, assumed: `"${t}" read as Google Search` };
  const one = normalizeChannel(t);
  if (one) return { channels: [one], word: t };
  const family = CHANNEL_FAMILIES[key];
  if (family) return { channels: [...family], word: t };
  return null;
}

/** A list ("Meta, Instagram and Google") read as channels, or null unless every item names some. */
function readList(text: string): ListItem[] | null {
  const parts = text.split(/\s*(?:,|;|&|\/|\+|\band\b|\bor\b|\bnor\b)\s*/i).filter((p) => p.trim() !== '');
  if (parts.length === 0) return null;
  const items = parts.map(readItem);
  return items.every((i): i is ListItem => i !== null) ? items : null;
}

/** Every channel named anywhere in a clause (longest names first), for caps. */
function channelsIn(clause: string): ListItem[] {
  const words = clause.split(/[^\p{L}\p{N}()-]+/u).filter((w) => w !== '');
  const out: ListItem[] = [];
  for (let i = 0; i < words.length; ) {
    let hit: { item: ListItem; n: number } | null = null;
    for (let n = 3; n >= 1 && !hit; n--) {
      if (i + n > words.length) continue;
      const phrase = words.slice(i, i + n).join(' ');
      // "x" alone is a letter in a sentence; "X (Twitter)" or "Twitter" must be written.
      if (n === 1 && phrase.toLowerCase() === 'x') continue;
      const item = readItem(phrase);
      if (item) hit = { item, n };
    }
    if (hit) {
      out.push(hit.item);
      i += hit.n;
    } else i++;
  }
  return out;
}

const list = (cs: readonly Channel[]): string => {
  const names = cs.map(channelLabel);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
};
const pct = (x: number): string => `${Math.round(x * 1000) / 10}%`;

/** Reads channel rules from free-text brief lines (constraints, do-not-do). Pure. */
export function readChannelRules(lines: readonly string[]): ChannelRuleReading {
  const allowed: Channel[] = [];
  const excluded: Channel[] = [];
  const caps: Partial<Record<Channel, number>> = {};
  const assumptions = new Set<string>();
  const add = (into: Channel[], cs: readonly Channel[]): void => {
    for (const c of cs) if (!into.includes(c)) into.push(c);
  };
  for (const line of lines) {
    for (const clause of line.split(/\s*(?:;|\.(?=\s|$)|\s—\s|\s–\s)\s*/).map((c) => c.trim()).filter((c) => c !== '')) {
      const pctMatch = PERCENT.exec(clause);
      if (pctMatch && CAP_WORDS.test(clause)) {
        const share = Number(pctMatch[1]) / 100;
        const items = channelsIn(clause.replace(PERCENT, ' '));
        if (share > 0 && share <= 1 && items.length > 0) {
          for (const item of items) {
            if (item.assumed) assumptions.add(item.assumed);
            for (const c of item.channels) caps[c] = Math.min(caps[c] ?? 1, share);
          }
        }
        continue;
      }
      const only = /^(?:(?:please\s+)?(?:use|run|advertise|spend)\s+)?(?:only|exclusively|just)\s+(?:on\s+|in\s+|use\s+|run\s+on\s+|advertise\s+on\s+)?(.+)$/i.exec(clause) ?? /^(.+?)\s+only$/i.exec(clause) ?? /^channels?\s*:\s*(.+)$/i.exec(clause);
      if (only) {
        const items = readList(only[1]!);
        if (items) {
          for (const item of items) {
            if (item.assumed) assumptions.add(item.assumed);
            add(allowed, item.channels);
          }
        }
        continue;
      }
      const no = /^(?:no|avoid|exclude|excluding|skip|never|without|not on|don'?t use|do not use|don'?t run on|do not run on)\s+(.+)$/i.exec(clause);
      if (no) {
        const items = readList(no[1]!);
        if (items) for (const item of items) add(excluded, item.channels);
      }
    }
  }
  // An exclusion wins over "only …" for the channels both name; when it empties the list the
  // contradiction is kept, so the plan refuses it instead of spending on other channels.
  const left = allowed.filter((c) => !excluded.includes(c));
  const allowedLeft = left.length > 0 ? left : allowed;
  const readings: string[] = [];
  if (allowedLeft.length > 0) readings.push(`only ${list(allowedLeft)}`);
  if (excluded.length > 0) readings.push(`${list(excluded)} excluded`);
  const capped = Object.entries(caps) as [Channel, number][];
  for (const [c, v] of capped) readings.push(`${channelLabel(c)} capped at ${pct(v)}`);
  return { allowed: allowedLeft, excluded, caps, readings, assumptions: [...assumptions] };
}

/** The rules a plan obeys: the intake's data fields, and the brief's text where a field is absent. */
export interface PlanChannelRules {
  /** null = the planner chooses the channels. */
  allowed: Channel[] | null;
  excluded: Channel[];
  caps: Partial<Record<Channel, number>>;
  source: { allowed: 'data' | 'brief text' | 'none'; excluded: 'data' | 'brief text' | 'data and brief text' | 'none'; caps: 'data' | 'brief text' | 'data and brief text' | 'none' };
  /** "Read from the brief: only Meta (Facebook) and Google Search; TikTok excluded — set these as channel rules to confirm." or null. */
  readingNote: string | null;
}

export function planChannelRules(project: Pick<Project, 'constraints' | 'doNotDo' | 'allowedChannels' | 'excludedChannels' | 'channelCaps'>): PlanChannelRules {
  const text = readChannelRules([...project.constraints, ...project.doNotDo]);
  const dataAllowed = project.allowedChannels && project.allowedChannels.length > 0 ? project.allowedChannels : null;
  const dataExcluded = project.excludedChannels ?? [];
  const dataCaps = project.channelCaps ?? {};
  const textExcluded = text.excluded.filter((c) => !dataExcluded.includes(c) && !(dataAllowed?.includes(c) ?? false));
  const excluded = [...dataExcluded, ...textExcluded];
  const allowed = dataAllowed ?? (text.allowed.length > 0 ? text.allowed : null);
  const caps: Partial<Record<Channel, number>> = { ...dataCaps };
  const textCaps: Channel[] = [];
  for (const [c, v] of Object.entries(text.caps) as [Channel, number][]) {
    if (caps[c] !== undefined || excluded.includes(c)) continue;
    caps[c] = v;
    textCaps.push(c);
  }
  const used: string[] = [];
  if (!dataAllowed && allowed) used.push(`only ${list(allowed)}`);
  if (textExcluded.length > 0) used.push(`${list(textExcluded)} excluded`);
  for (const c of textCaps) used.push(`${channelLabel(c)} capped at ${pct(caps[c]!)}`);
  const assumed = !dataAllowed && allowed ? text.assumptions : text.assumptions.filter(() => textCaps.length > 0);
  const both = (d: boolean, t: boolean): 'data' | 'brief text' | 'data and brief text' | 'none' => (d && t ? 'data and brief text' : d ? 'data' : t ? 'brief text' : 'none');
  return {
    allowed,
    excluded,
    caps,
    source: { allowed: dataAllowed ? 'data' : allowed ? 'brief text' : 'none', excluded: both(dataExcluded.length > 0, textExcluded.length > 0), caps: both(Object.keys(dataCaps).length > 0, textCaps.length > 0) },
    readingNote: used.length > 0 ? `Read from the brief: ${used.join('; ')}${assumed.length > 0 ? ` (${assumed.join('; ')})` : ''} — set these as channel rules to confirm.` : null,
  };
}
