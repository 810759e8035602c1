// Applies every change request on the strategy to a freshly built version, oldest first, so a
// request keeps holding in every later version (a person's decision is never silently undone).
// Each request records what it changed and, for what it could not change here, why and where it
// can be changed instead. `touches` names each item a request changed, for the revision diff.
import { channelLabel, type Channel } from '../../domain/channels';
import type { Project } from '../../domain/project';
import { sentenceList } from '../common/text';
import { BRIEF_FIELD_HELP, readDirectives, type BriefField, type ChangeRequest, type Directive } from './changeRequests';
import { firstSentence, sentencesOf } from './sentences';
import type { ChangeRequestRecord, StrategyChange, StrategyContent } from './types';

export interface Touch {
  section: StrategyChange['section'];
  item: string;
  requestId: string;
}

type Pillar = StrategyContent['pillars'][number];
type Rec = { applied: string[]; notApplied: string[]; clientNotes: string[] };

const STOP = new Set(['the', 'a', 'an', 'of', 'on', 'for', 'and', 'to', 'in', 'with', 'more', 'our', 'their', 'its', 'is', 'be', 'about', 'at', 'by', 'from', 'that', 'this', 'it', 'we', 'you']);
const MAX_PILLARS = 5;
const MIN_PILLARS = 3;
const MUST_INCLUDE_PILLAR = 'Non-negotiables in every asset';

function tokens(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP.has(w)).map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/** Whether a text is about a topic: every word of the topic occurs in it (singular or plural). */
export function mentions(text: string, topic: string): boolean {
  const want = tokens(topic);
  if (want.length === 0) return false;
  const have = new Set(tokens(text));
  return want.every((w) => have.has(w));
}

const capital = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);
const pillarText = (p: Pillar): string => `${p.name} ${p.description}`;

export interface RequestInputs {
  project: Project;
  content: StrategyContent;
  /** Pillar candidates of the template not used in this version. */
  spares: Pillar[];
  requests: readonly ChangeRequest[];
  /** Builds the pillars and funnel again without some channels (a request to drop a channel). */
  rebuildWithout(excluded: ReadonlySet<Channel>): Pick<StrategyContent, 'pillars' | 'funnel'> & { spares: Pillar[] };
  /** The executive summary for a set of pillars. */
  summaryFor(pillars: Pillar[]): string;
}

/** Channels requests asked to drop, by request. */
function excludedByRequest(requests: readonly ChangeRequest[]): Map<string, Channel[]> {
  const out = new Map<string, Channel[]>();
  for (const r of requests) {
    const channels = readDirectives(r.reason).flatMap((d) => (d.kind === 'channel' && d.verb === 'exclude' ? d.channels : []));
    if (channels.length > 0) out.set(r.id, channels);
  }
  return out;
}

/** A request for a change that only the brief can make: answered once the brief has changed. */
export interface BriefAsk {
  requestId: string;
  field: BriefField;
  sentence: string;
}

export function applyChangeRequests(input: RequestInputs): { content: StrategyContent; records: ChangeRequestRecord[]; touches: Touch[]; briefAsks: BriefAsk[] } {
  const { project, requests } = input;
  const touches: Touch[] = [];
  const briefAsks: BriefAsk[] = [];
  const records = new Map<string, Rec>(requests.map((r) => [r.id, { applied: [], notApplied: [], clientNotes: [] }]));
  /** Something a request asked for that this version did not do: the sentence for the team, and one for the client. */
  const notDone = (rec: Rec, note: string, client: string = note): void => {
    rec.notApplied.push(note);
    rec.clientNotes.push(client);
  };
  let content: StrategyContent = { ...input.content, pillars: [...input.content.pillars], funnel: input.content.funnel.map((f) => ({ ...f, tactics: [...f.tactics] })), risks: [...input.content.risks] };
  let spares = [...input.spares];

  // Channels first: a plan built without them (so the pillars and tactics that need only them go).
  const byRequest = excludedByRequest(requests);
  const allExcluded = new Set([...byRequest.values()].flat());
  if (allExcluded.size > 0) {
    const rebuilt = input.rebuildWithout(allExcluded);
    for (const [id, channels] of byRequest) {
      const alone = input.rebuildWithout(new Set(channels));
      const goneP = content.pillars.filter((p) => !alone.pillars.some((q) => q.name === p.name)).map((p) => p.name);
      const goneT = content.funnel.flatMap((f, i) => f.tactics.filter((t) => !alone.funnel[i]!.tactics.includes(t)));
      const names = sentenceList(channels.map(channelLabel));
      const rec = records.get(id)!;
      if (goneP.length + goneT.length > 0) {
        rec.applied.push(`Left out what needs only ${names}: ${[...goneP.map((n) => `the pillar "${n}"`), ...goneT.map((t) => `"${t}"`)].join(', ')}.`);
        for (const n of goneP) touches.push({ section: 'pillars', item: n, requestId: id });
        for (const t of goneT) touches.push({ section: 'funnel', item: t, requestId: id });
      } else rec.applied.push(`Nothing in the strategy needs ${names}, so nothing had to go.`);
      const stillInBrief = channels.filter((c) => !content.situation.channelRules.excluded.includes(c));
      if (stillInBrief.length > 0) {
        const names2 = sentenceList(stillInBrief.map(channelLabel));
        notDone(
          rec,
          `The media plan follows the brief's channel rules: to keep ${names2} out of the budget too, exclude ${stillInBrief.length === 1 ? 'it' : 'them'} in the brief (aicmo project update ${project.slug} ${stillInBrief.map((c) => `--exclude-channel ${c}`).join(' ')}).`,
          `${names2} is out of the strategy; it leaves the media budget when we update your brief's channel rules with you.`,
        );
      }
    }
    content = { ...content, pillars: rebuilt.pillars, funnel: rebuilt.funnel };
    spares = rebuilt.spares;
  }

  let shorten: string | null = null;
  const dropOneFor = (keep: string, id: string): string | null => {
    if (content.pillars.length <= MAX_PILLARS) return null;
    const touched = new Set(touches.filter((t) => t.section === 'pillars').map((t) => t.item));
    for (let i = content.pillars.length - 1; i >= 0; i--) {
      const p = content.pillars[i]!;
      if (p.name === keep || p.name === MUST_INCLUDE_PILLAR || touched.has(p.name)) continue;
      content.pillars.splice(i, 1);
      touches.push({ section: 'pillars', item: p.name, requestId: id });
      return p.name;
    }
    return null;
  };

  for (const r of requests) {
    const rec = records.get(r.id)!;
    for (const d of readDirectives(r.reason)) {
      if (d.kind === 'channel') {
        if (d.verb !== 'exclude') {
          const names3 = sentenceList(d.channels.map(channelLabel));
          notDone(
            rec,
            `How much goes to ${names3} is the media plan's decision, made from results and the brief's channel rules: to require it, set an allowed channel or a cap in the brief (aicmo project update ${project.slug} --channel ${d.channels[0]} or --cap ${d.channels[0]}=30%).`,
            `How much goes to ${names3} is set in the media plan from the results; we will agree any fixed share or limit with you.`,
          );
        }
        continue;
      }
      applyDirective(d, r, rec);
    }
  }

  function applyDirective(d: Directive, r: ChangeRequest, rec: Rec): void {
    const id = r.id;
    switch (d.kind) {
      case 'emphasise': {
        const i = content.pillars.findIndex((p) => mentions(pillarText(p), d.topic));
        if (i === 0) {
          notDone(rec, `The pillar "${content.pillars[0]!.name}" is about ${d.topic} and already leads the plan.`);
          return;
        }
        if (i > 0) {
          const [p] = content.pillars.splice(i, 1);
          content.pillars.unshift(p!);
          touches.push({ section: 'pillars', item: p!.name, requestId: id });
          rec.applied.push(`Moved the pillar "${p!.name}" to the front (it was number ${i + 1}).`);
          return;
        }
        const spare = spares.findIndex((p) => mentions(pillarText(p), d.topic));
        const pillar: Pillar =
          spare >= 0
            ? spares.splice(spare, 1)[0]!
            : { name: capital(d.topic), description: `${capital(d.topic)} first for ${project.audiences[0]?.trim() || 'the audience'}: the lead message in every placement, with its own ad group and landing-page section.` };
        content.pillars.unshift(pillar);
        touches.push({ section: 'pillars', item: pillar.name, requestId: id });
        const dropped = dropOneFor(pillar.name, id);
        rec.applied.push(`Added the pillar "${pillar.name}" and put it first${dropped ? `; "${dropped}" made way, to keep ${MAX_PILLARS} pillars` : ''}.`);
        return;
      }
      case 'deemphasise': {
        const i = content.pillars.findIndex((p) => mentions(pillarText(p), d.topic));
        if (i < 0) {
          notDone(rec, `No pillar is about "${d.topic}", so nothing was moved.`);
          return;
        }
        const [p] = content.pillars.splice(i, 1);
        content.pillars.push(p!);
        touches.push({ section: 'pillars', item: p!.name, requestId: id });
        rec.applied.push(`Moved the pillar "${p!.name}" to the back.`);
        return;
      }
      case 'add': {
        const has = content.pillars.find((p) => mentions(pillarText(p), d.topic));
        if (has) {
          notDone(rec, `The pillar "${has.name}" already covers ${d.topic}.`);
          return;
        }
        const spare = spares.findIndex((p) => mentions(pillarText(p), d.topic));
        const pillar: Pillar =
          spare >= 0 ? spares.splice(spare, 1)[0]! : { name: capital(d.topic), description: `${capital(d.topic)} for ${project.audiences[0]?.trim() || 'the audience'}: its own message, placements and landing-page section.` };
        const at = content.pillars.findIndex((p) => p.name === MUST_INCLUDE_PILLAR);
        content.pillars.splice(at < 0 ? content.pillars.length : at, 0, pillar);
        touches.push({ section: 'pillars', item: pillar.name, requestId: id });
        const dropped = dropOneFor(pillar.name, id);
        rec.applied.push(`Added the pillar "${pillar.name}"${dropped ? `; "${dropped}" made way, to keep ${MAX_PILLARS} pillars` : ''}.`);
        return;
      }
      case 'remove': {
        const inScope = (s: 'pillars' | 'funnel' | 'risks') => d.scope === undefined || d.scope === s;
        const goneP = inScope('pillars') ? content.pillars.filter((p) => p.name !== MUST_INCLUDE_PILLAR && mentions(pillarText(p), d.topic)) : [];
        const goneT = inScope('funnel') ? content.funnel.flatMap((f) => f.tactics.filter((t) => mentions(t, d.topic))) : [];
        const goneR = inScope('risks') ? content.risks.filter((x) => mentions(x.risk, d.topic)) : [];
        if (goneP.length + goneT.length + goneR.length === 0) {
          notDone(rec, `Nothing in the strategy mentions "${d.topic}", so nothing was removed.`);
          return;
        }
        content.pillars = content.pillars.filter((p) => !goneP.includes(p));
        content.funnel = content.funnel.map((f) => ({ ...f, tactics: f.tactics.filter((t) => !goneT.includes(t)) }));
        content.risks = content.risks.filter((x) => !goneR.includes(x));
        for (const p of goneP) touches.push({ section: 'pillars', item: p.name, requestId: id });
        for (const t of goneT) touches.push({ section: 'funnel', item: t, requestId: id });
        for (const x of goneR) touches.push({ section: 'risks', item: x.risk, requestId: id });
        const added: string[] = [];
        while (content.pillars.length < MIN_PILLARS) {
          const next = spares.findIndex((p) => !mentions(pillarText(p), d.topic));
          if (next < 0) break;
          const p = spares.splice(next, 1)[0]!;
          content.pillars.push(p);
          touches.push({ section: 'pillars', item: p.name, requestId: id });
          added.push(p.name);
        }
        const what = [...goneP.map((p) => `the pillar "${p.name}"`), ...goneT.map((t) => `the tactic "${t}"`), ...goneR.map((x) => `the risk "${x.risk}"`)];
        rec.applied.push(`Removed ${sentenceList(what)}${added.length > 0 ? `; added "${added.join('", "')}" to keep ${MIN_PILLARS} pillars` : ''}.`);
        return;
      }
      case 'risk': {
        const has = content.risks.find((x) => mentions(x.risk, d.topic));
        if (has) {
          notDone(rec, `The risks already cover ${d.topic}: "${has.risk}"`);
          return;
        }
        const risk = { risk: `${capital(d.topic)} (raised at review).`, likelihood: 'medium' as const, mitigation: 'Agree an owner and a mitigation with the client before approval.' };
        content.risks.push(risk);
        touches.push({ section: 'risks', item: risk.risk, requestId: id });
        rec.applied.push(`Added the risk "${risk.risk}"`);
        return;
      }
      case 'shorter':
        shorten = id;
        return;
      case 'brief': {
        const help = BRIEF_FIELD_HELP[d.field];
        const sentence = `${capital(help.what)} ${help.plural ? 'come' : 'comes'} from the brief, not the strategy: change ${help.plural ? 'them' : 'it'} with aicmo project update ${project.slug} ${help.flag}, then run the flow.`;
        notDone(rec, sentence, `${capital(help.what)} ${help.plural ? 'are' : 'is'} part of your brief: we will update ${help.plural ? 'them' : 'it'} with you, and the plan follows.`);
        briefAsks.push({ requestId: id, field: d.field, sentence });
        return;
      }
      case 'unreadable':
        notDone(rec, `AICMO could not read a change it can make from "${d.clause}": edit the strategy in the War Room, or change the brief.`, `We could not tell what to change from "${d.clause}": we will follow up with you.`);
        return;
      case 'channel':
        return;
    }
  }

  // The summary names the pillars, so it follows them; a request for a shorter plan trims it last.
  let summary = input.summaryFor(content.pillars);
  if (summary !== input.content.executiveSummary && content.pillars.map((p) => p.name).join('\u0000') !== input.content.pillars.map((p) => p.name).join('\u0000')) {
    const id = touches.find((t) => t.section === 'pillars')?.requestId;
    if (id) touches.push({ section: 'summary', item: 'pillars', requestId: id });
  }
  if (shorten !== null) {
    const sentences = sentencesOf(summary);
    const rec = records.get(shorten)!;
    if (sentences.length > 3) {
      summary = sentences.slice(0, 3).join(' ');
      rec.applied.push(`Shortened the executive summary from ${sentences.length} to 3 sentences.`);
      touches.push({ section: 'summary', item: 'length', requestId: shorten });
    } else notDone(rec, 'The executive summary is already three sentences or fewer.');
    const trimmed = content.pillars.map((p) => ({ ...p, description: firstSentence(p.description) }));
    if (trimmed.some((p, i) => p.description !== content.pillars[i]!.description)) {
      for (const p of trimmed.filter((q, i) => q.description !== content.pillars[i]!.description)) touches.push({ section: 'pillars', item: p.name, requestId: shorten });
      content.pillars = trimmed;
      rec.applied.push('Cut each pillar to its first sentence.');
    }
  }
  content.executiveSummary = summary;

  const out: ChangeRequestRecord[] = requests.map((r) => {
    const rec = records.get(r.id)!;
    const outcome = rec.applied.length > 0 ? (rec.notApplied.length > 0 ? 'partly applied' : 'applied') : 'not applied';
    return { id: r.id, at: r.at, by: r.by, byKind: r.byKind, kind: r.kind, reason: r.reason, outcome, applied: rec.applied, notApplied: rec.notApplied, clientNotes: rec.clientNotes };
  });
  return { content: { ...content, changeRequests: out }, records: out, touches, briefAsks };
}
