// What the strategy reads from the brief: the words its templates are filled with, the facts it
// is written from, and the brief's channel rules (a tactic that needs only excluded channels is
// left out of the plan).
import { excludedChannels, type Channel } from '../../domain/channels';
import type { Project } from '../../domain/project';
import { fill, sentenceList } from '../common/text';
import type { FactKey } from './verticals/types';

export interface BriefVars extends Record<string, string> {
  product: string;
  audience: string;
  brand: string;
  geo: string;
}

const clean = (text: string | undefined): string => (text ?? '').trim().replace(/[.!]+$/, '');
const lowerFirst = (text: string): string => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

/** Template words from the brief; facts the brief lacks are absent (see `hasFact`). */
export function briefVars(project: Project): BriefVars {
  const v: BriefVars = {
    product: clean(project.product) || project.name,
    audience: clean(project.audiences[0]) || 'the target audience',
    brand: clean(project.brand) || clean(project.client) || project.name,
    geo: clean(project.geography) || 'the service area',
  };
  const benefits = (project.benefits ?? []).map(clean).filter((b) => b !== '');
  const proofs = (project.proofPoints ?? []).map(clean).filter((p) => p !== '');
  if (benefits.length > 0) v.benefit = lowerFirst(benefits[0]!);
  if (benefits.length > 1) v.benefits = sentenceList(benefits.map(lowerFirst));
  if (proofs.length > 0) v.proof = sentenceList(proofs.slice(0, 2));
  if (clean(project.offer)) v.offer = clean(project.offer);
  if (project.competitors?.[0]?.trim()) v.competitor = project.competitors[0].trim();
  if (project.audiences[1]?.trim()) v.audience2 = clean(project.audiences[1]);
  if (project.landingUrl?.trim()) v.landing = project.landingUrl.trim();
  return v;
}

export function hasFacts(v: BriefVars, needs: readonly FactKey[] | undefined): boolean {
  return (needs ?? []).every((k) => typeof v[k] === 'string' && v[k] !== '');
}

/** Fills a template and makes its first letter a capital (names and sentences start with one). */
export function fillSentence(template: string, v: BriefVars): string {
  const text = fill(template, v);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface ChannelRules {
  allowed: Channel[];
  excluded: Channel[];
}

/** The brief's channel rules: the allowed list (empty = any) and the excluded channels, from the fields and from lines like "no TikTok". */
export function channelRules(project: Project): ChannelRules {
  const excluded = new Set<Channel>([...(project.excludedChannels ?? []), ...excludedChannels([...project.doNotDo, ...project.constraints])]);
  return { allowed: [...(project.allowedChannels ?? [])], excluded: [...excluded].sort() };
}

/** Whether a tactic or pillar that works on these channels may stay: it needs at least one channel the rules allow. */
export function permits(rules: ChannelRules, extraExcluded: ReadonlySet<Channel>, channels: readonly Channel[] | undefined): boolean {
  if (!channels || channels.length === 0) return true;
  return channels.some((c) => !rules.excluded.includes(c) && !extraExcluded.has(c) && (rules.allowed.length === 0 || rules.allowed.includes(c)));
}
