// Change requests on the strategy, read from the approval history (request-changes and
// rejections with their reason), and the changes a reason asks for, read clause by clause into
// directives the strategy can apply. A reason this reader cannot turn into a change is kept as
// "unreadable", so the next version says so instead of pretending.
import { normalizeChannel, CHANNEL_FAMILIES, type Channel } from '../../domain/channels';
import type { ApprovalActionRecord } from '../types';

export interface ChangeRequest {
  id: string;
  at: string;
  by: string;
  byKind: 'internal' | 'client';
  kind: 'request_changes' | 'reject';
  reason: string;
}

/** Every request-changes or rejection of a strategy version that gave a reason, oldest first. */
export function changeRequestsFrom(history: readonly ApprovalActionRecord[]): ChangeRequest[] {
  return history
    .filter((a) => a.target.kind === 'strategy' && (a.action === 'request_changes' || a.action === 'reject') && (a.comment ?? '').trim() !== '')
    .map((a) => ({ id: a.id, at: a.at, by: a.actor.name, byKind: a.actor.kind, kind: a.action as ChangeRequest['kind'], reason: a.comment!.trim() }));
}

/** What one clause of a reason asks for. */
export type Directive =
  | { kind: 'emphasise'; topic: string; clause: string }
  | { kind: 'deemphasise'; topic: string; clause: string }
  | { kind: 'add'; topic: string; clause: string }
  | { kind: 'remove'; topic: string; clause: string; scope?: 'pillars' | 'funnel' | 'risks' }
  | { kind: 'risk'; topic: string; clause: string }
  | { kind: 'shorter'; clause: string }
  | { kind: 'channel'; verb: 'exclude' | 'more' | 'less' | 'add'; channels: Channel[]; label: string; clause: string }
  | { kind: 'brief'; field: BriefField; clause: string }
  | { kind: 'unreadable'; clause: string };

export type BriefField = 'kpiTargets' | 'budget' | 'dates' | 'audiences' | 'tone';

/** Where each brief field is changed, for "this comes from the brief" answers. */
export const BRIEF_FIELD_HELP: Record<BriefField, { what: string; plural: boolean; flag: string }> = {
  kpiTargets: { what: 'KPI targets', plural: true, flag: '--kpi name=value' },
  budget: { what: 'the budget', plural: false, flag: '--budget AMOUNT' },
  dates: { what: 'the dates', plural: true, flag: '--start DATE --end DATE' },
  audiences: { what: 'the audiences', plural: true, flag: '--audience A' },
  tone: { what: 'the tone of voice (brand guidance)', plural: false, flag: '--tone TEXT' },
};

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';

const BRIEF_PATTERNS: [BriefField, RegExp][] = [
  ['budget', /\bbudget\b|[£$€¥]\s?\d/i],
  ['kpiTargets', /\b(?:targets?|goals?|kpis?|cpl|cpa|roas|ctr|cpc|cpm)\b.*\d|\d.*\b(?:leads|conversions|sales|purchases|bookings)\b/i],
  ['dates', new RegExp(`\\b(?:start|end|launch|finish)\\s+(?:date|earlier|later|sooner|in|on|by|before|after)\\b|\\bdates?\\b|\\b(?:earlier|later|postpone|delay)\\b.*\\b(?:${MONTHS}|week|month)\\b|\\d{4}-\\d{2}-\\d{2}`, 'i')],
  ['audiences', /\b(?:wrong|different|the|our|target)\s+audiences?\b|\baudiences?\s+(?:is|should|must|are)\b|\btarget\s+\w+(?:\s+\w+)?\s+(?:instead|rather)\b/i],
  ['tone', /\btone\b|\b(?:more|less|too)\s+(?:formal|casual|playful|serious|salesy|corporate|premium|friendly|pushy|informal|jokey)\b/i],
];

const SHORTER = /\b(?:shorter|too long|more concise|concise|shorten|simplify|simpler|less text|tighter|too wordy|wordy)\b/i;

const LEAD_WORDS = /^(?:please\s+|can you\s+|could you\s+|we(?:'d| would) like (?:you )?to\s+|i(?:'d| would) like (?:you )?to\s+|let'?s\s+)+/i;

/** Verb patterns in the order they are tried; the first group captured is the topic. */
const VERBS: [Exclude<Directive['kind'], 'channel' | 'brief' | 'unreadable' | 'shorter'>, RegExp][] = [
  // A risk only when the clause says "risk": "add the risk of X", "consider a brand-safety risk".
  ['risk', /\brisks?\s+(?:of|about|around|from|that|with|in)\s+(.+)$/i],
  ['risk', /\b(?:add|include|consider|cover|mention|flag|what about|there is)\s+(?:a |an |the )?(.+?)\s+risks?\b/i],
  ['remove', /^(?:remove|drop|delete|cut|lose|get rid of|take out|no more|no|without|skip|don'?t (?:mention|use|include|talk about)|do not (?:mention|use|include|talk about)|stop (?:mentioning|using))\s+(.+)$/i],
  ['deemphasise', /\bless (?:focus on|emphasis on|about|on|of)?\s*(.+)$/i],
  ['emphasise', /\b(?:focus (?:more |mainly |mostly )?on|more focus on|more emphasis on|emphasi[sz]e|prioriti[sz]e|lead with|highlight|stress|more about|more on|start with)\s+(.+)$/i],
  ['emphasise', /\bput\s+(.+?)\s+(?:first|up front|at the front|at the top)$/i],
  ['add', /\b(?:add|include|mention|cover|talk about|we need|it needs|needs|missing|what about)\s+(?:a |an |the |some )?(?:(?:new |separate )?(?:pillar|section)\s+)?(?:on |about |for |covering |around )?(.+)$/i],
];

const STOP_TAIL = /\s+(?:pillar|pillars|section|sections|tactic|tactics|part|parts|angle|angles|idea|ideas|please|instead|too|as well|more|stuff|bit)$/i;
const STOP_HEAD = /^(?:the|a|an|our|their|its|some|more|any)\s+/i;

/** Tidies a topic ("the influencer pillar, please" → "influencer"); null when nothing usable is left. */
export function cleanTopic(raw: string): string | null {
  let t = raw.trim().replace(/^["“'‘]|["”'’]$/g, '').replace(/[,:]+$/, '').trim();
  for (let i = 0; i < 3; i++) t = t.replace(STOP_HEAD, '').replace(STOP_TAIL, '').trim();
  t = t.replace(/^["“'‘]|["”'’]$/g, '').trim();
  if (t.length < 2 || t.length > 60 || t.split(/\s+/).length > 6) return null;
  return t;
}

/** The channels a topic names ("TikTok", "paid social"), or null. */
function channelsOf(topic: string): Channel[] | null {
  const one = normalizeChannel(topic.replace(/\s+(?:ads|advertising|campaigns?)$/i, ''));
  if (one) return [one];
  const family = CHANNEL_FAMILIES[topic.toLowerCase().replace(/[\s_-]+/g, ' ')];
  return family ? [...family] : null;
}

/** Splits a reason into clauses: sentences, semicolons, and ", and" / ", but" joins. */
export function clausesOf(reason: string): string[] {
  return reason
    .split(/[.;!?\n]+|,\s*(?:and|but|also|plus)\s+|\s+and also\s+/i)
    .map((c) => c.trim().replace(LEAD_WORDS, '').trim())
    .filter((c) => c.length > 1);
}

export function readDirective(clause: string): Directive {
  for (const [field, re] of BRIEF_PATTERNS) if (re.test(clause)) return { kind: 'brief', field, clause };
  if (SHORTER.test(clause)) return { kind: 'shorter', clause };
  for (const [kind, re] of VERBS) {
    const m = re.exec(clause);
    if (!m) continue;
    const topic = cleanTopic(m[1]!);
    if (!topic) continue;
    const channels = channelsOf(topic);
    if (channels) {
      const verb = kind === 'remove' ? 'exclude' : kind === 'deemphasise' ? 'less' : kind === 'add' ? 'add' : 'more';
      return { kind: 'channel', verb, channels, label: topic, clause };
    }
    if (kind === 'remove') {
      const scope = /\bpillars?\b/i.test(clause) ? 'pillars' : /\btactics?\b/i.test(clause) ? 'funnel' : /\brisks?\b/i.test(clause) ? 'risks' : undefined;
      return { kind, topic, clause, ...(scope ? { scope } : {}) };
    }
    return { kind, topic, clause } as Directive;
  }
  return { kind: 'unreadable', clause };
}

/** The directives of a reason, one per clause. */
export function readDirectives(reason: string): Directive[] {
  return clausesOf(reason).map(readDirective);
}
