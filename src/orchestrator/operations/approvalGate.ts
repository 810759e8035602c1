// Which creatives may be approved as they stand. A violation of a platform's hard limit (a
// headline over its character limit, too few headlines, a call to action the platform does not
// offer, characters it refuses) means the ad would be refused: it is never approved, and says so.
// Any other error (a banned term, a competitor named, a number no brief fact holds, a must-include
// missing) needs the person to confirm they approve it anyway, naming what is wrong. Warnings are
// recommendations (a feed may cut a long headline, the headline mix): shown, never blocking. Pure.
import type { CreativeRow } from '../store/types';
import { channelName, listText } from '../domain/labels';

/** Rules whose error means the platform itself would refuse the ad. */
const HARD_LIMIT_RULES: ReadonlySet<string> = new Set(['max-length', 'count', 'short-item', 'forbidden-characters', 'cta-list', 'required', 'language']);

type Violation = CreativeRow['violations'][number] & { rule?: string };

export const isHardLimit = (v: Violation): boolean => v.severity === 'error' && HARD_LIMIT_RULES.has(v.rule ?? '');

export interface GatedCreative {
  id: string;
  /** The creative as people name it: its headline and channel. */
  label: string;
  channel: string;
  /** The violations' sentences. */
  problems: string[];
}

export interface ApprovalGate {
  ok: CreativeRow[];
  /** Over a platform's hard limit: never approved. */
  needFixing: GatedCreative[];
  /** Other errors: approved only when the person confirms. */
  needConfirmation: GatedCreative[];
}

/** "“Trail-ready in any weather” (Google Search)". */
export function creativeLabel(c: Pick<CreativeRow, 'headline' | 'channel' | 'id'>): string {
  return `“${c.headline.trim() || c.id}” (${channelName(c.channel)})`;
}

const gated = (c: CreativeRow, vs: readonly Violation[]): GatedCreative => ({ id: c.id, label: creativeLabel(c), channel: c.channel, problems: vs.map((v) => v.message) });

export function gateApprovals(rows: readonly CreativeRow[], confirmed: boolean): ApprovalGate {
  const out: ApprovalGate = { ok: [], needFixing: [], needConfirmation: [] };
  for (const c of rows) {
    const hard = c.violations.filter(isHardLimit);
    const errors = c.violations.filter((v) => v.severity === 'error');
    if (hard.length > 0) out.needFixing.push(gated(c, hard));
    else if (errors.length > 0 && !confirmed) out.needConfirmation.push(gated(c, errors));
    else out.ok.push(c);
  }
  return out;
}

/** "3 need fixing (Google Search and TikTok are over their hard limits)". */
export function needFixingText(list: readonly GatedCreative[]): string {
  const channels = [...new Set(list.map((g) => channelName(g.channel)))];
  return `${list.length} ${list.length === 1 ? 'needs' : 'need'} fixing (${listText(channels)} ${channels.length === 1 && list.length === 1 ? 'is' : 'are'} over ${list.length === 1 ? 'its' : 'their'} platform limits)`;
}

/** "2 with violations wait for you to confirm". */
export function needConfirmationText(list: readonly GatedCreative[]): string {
  return `${list.length} with ${list.length === 1 ? 'a violation waits' : 'violations wait'} for you to confirm`;
}
