// One-line summaries of an artifact's content for the Unified View (the content itself stays on
// the host). Pure: reads the JSON the subsystems wrote and never invents a number.

type Json = Record<string, unknown>;

const obj = (x: unknown): Json | undefined => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Json) : undefined);
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const str = (x: unknown): string | undefined => (typeof x === 'string' && x.trim() !== '' ? x : undefined);
const clip = (s: string, max = 160): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function strategy(c: Json): string[] {
  const out: string[] = [];
  const summary = str(c.executiveSummary);
  if (summary) out.push(clip(summary));
  const objectives = arr(c.objectives);
  const labels = objectives.map((o) => str(obj(o)?.label) ?? str(obj(o)?.kpi)).filter(Boolean);
  if (labels.length) out.push(`${count(labels.length, 'objective')}: ${labels.slice(0, 4).join(', ')}`);
  const pillars = arr(c.pillars).map((p) => str(obj(p)?.name)).filter(Boolean);
  if (pillars.length) out.push(`Pillars: ${pillars.join(', ')}`);
  const checklist = arr(c.checklist).length;
  if (checklist) out.push(`Checklist: ${count(checklist, 'item')}`);
  return out;
}

function brand(c: Json): string[] {
  const out: string[] = [];
  const voice = obj(c.voice);
  if (str(voice?.family)) out.push(`Voice: ${String(voice!.family)}`);
  const tone = arr(c.toneWords).map(str).filter(Boolean);
  if (tone.length) out.push(`Tone: ${tone.join(', ')}`);
  const pillars = arr(c.messagingPillars).map((p) => str(obj(p)?.name)).filter(Boolean);
  if (pillars.length) out.push(`Pillars: ${pillars.join(', ')}`);
  const banned = arr(c.bannedTerms).map(str).filter(Boolean);
  if (banned.length) out.push(`Banned terms: ${banned.join(', ')}`);
  return out;
}

function social(c: Json): string[] {
  const ops = arr(c.opportunities).map(obj).filter((o): o is Json => o !== undefined);
  const measured = ops.filter((o) => o.measured === true).length;
  const out = ops.length ? [`${count(ops.length, 'content idea')} (${measured} backed by imported trends)`] : [];
  const first = ops.map((o) => str(o.title)).filter(Boolean).slice(0, 2) as string[];
  out.push(...first.map((t) => clip(t)));
  const note = str(obj(c.trends)?.note);
  if (note) out.push(clip(note));
  return out;
}

function media(c: Json): string[] {
  const out: string[] = [];
  const budget = str(obj(c.budget)?.formatted);
  const allocations = arr(c.allocations).map(obj).filter((a): a is Json => a !== undefined);
  if (allocations.length) {
    const parts = allocations.map((a) => {
      const share = typeof a.share === 'number' ? ` ${Math.round(a.share * 100)}%` : '';
      return `${str(a.label) ?? str(a.channel) ?? '?'}${share}`;
    });
    out.push(`${budget ? `${budget}: ` : ''}${parts.join(', ')}`);
  } else if (budget) out.push(`Budget ${budget}`);
  const note = str(c.methodNote);
  if (note) out.push(clip(note));
  return out;
}

function creatives(c: Json): string[] {
  const variants = arr(c.variants ?? c.creatives);
  const out = variants.length ? [count(variants.length, 'variant')] : [];
  const channels = [...new Set(variants.map((v) => str(obj(v)?.channel)).filter(Boolean))];
  if (channels.length) out.push(`Channels: ${channels.join(', ')}`);
  return out;
}

function pm(c: Json): string[] {
  const tasks = arr(c.tasks);
  const out = tasks.length ? [count(tasks.length, 'task')] : [];
  if (typeof c.criticalPathDays === 'number') out.push(`Critical path: ${count(c.criticalPathDays, 'day')}`);
  const over = arr(c.capacity).map(obj).filter((r) => r?.overAllocated === true).map((r) => str(r!.role)).filter(Boolean);
  if (over.length) out.push(`Over-allocated: ${over.join(', ')}`);
  return out;
}

function analytics(c: Json): string[] {
  const out: string[] = [];
  const message = str(c.message);
  if (message) out.push(clip(message));
  const goals = arr(c.goals).map(obj).filter((g): g is Json => g !== undefined);
  if (goals.length) out.push(`Goals: ${goals.map((g) => `${str(g.metric) ?? '?'} ${str(g.status) ?? ''}`.trim()).join(', ')}`);
  return out;
}

function portal(c: Json): string[] {
  const requests = arr(c.approvalRequests).map(obj).filter((r): r is Json => r !== undefined);
  const waiting = requests.filter((r) => r.awaitingDecision === true).length;
  const out = [`${count(requests.length, 'approval request')}, ${waiting} awaiting a decision`];
  const title = str(obj(c.reviewPack)?.title);
  if (title) out.push(`Review pack: ${title}`);
  return out;
}

const BY_NAME: Record<string, (c: Json) => string[]> = { strategy, brand, social, media, creatives, pm, analytics, portal };

/** Up to five one-line highlights of an artifact's content; [] when there is none. */
export function artifactHighlights(name: string, content: unknown): string[] {
  const c = obj(content);
  if (!c) return [];
  const summarize = BY_NAME[name];
  let lines: string[];
  try {
    lines = summarize ? summarize(c) : [];
  } catch {
    lines = [];
  }
  if (lines.length === 0) lines = [`${count(Object.keys(c).length, 'field')}: ${Object.keys(c).slice(0, 6).join(', ')}`];
  return lines.filter((l) => l.trim() !== '').slice(0, 5);
}
