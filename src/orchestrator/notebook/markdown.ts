// Each cell's output as Markdown: what a notebook shows without AICMO's renderer (and what
// GitHub or a plain Markdown viewer reads). Read loosely from the stored JSON — a field that is
// not there is left out, never invented — and every piece of text is escaped as Markdown.
import type { ProjectIntake } from '../domain/project';
import { escapeMarkdown as md } from '../subsystems/common/text';

type Json = Record<string, unknown>;
const obj = (x: unknown): Json | undefined => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Json) : undefined);
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const objs = (x: unknown): Json[] => arr(x).map(obj).filter((o): o is Json => o !== undefined);
const str = (x: unknown): string | undefined => (typeof x === 'string' && x.trim() !== '' ? x : typeof x === 'number' && Number.isFinite(x) ? String(x) : undefined);
const pct = (x: unknown): string => (typeof x === 'number' && Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : 'no data');
const cell = (x: unknown): string => md(str(x) ?? '—').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const bullets = (xs: readonly (string | undefined)[]): string[] => xs.filter((x): x is string => x !== undefined).map((x) => `- ${md(x)}`);

function table(head: string[], rows: unknown[][]): string[] {
  if (rows.length === 0) return [];
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

function strategy(c: Json): string[] {
  const out: string[] = [];
  if (str(c.executiveSummary)) out.push(md(str(c.executiveSummary)!), '');
  const objectives = objs(c.objectives);
  if (objectives.length) out.push('**Objectives**', '', ...objectives.map((o) => `- ${md(str(o.label) ?? str(o.kpi) ?? '?')}: ${o.target === null || o.target === undefined ? 'no target set' : `target ${md(str(o.target) ?? '')}`}${str(o.direction) ? ` (${o.direction} is better)` : ''}`), '');
  const pillars = objs(c.pillars);
  if (pillars.length) out.push('**Pillars**', '', ...pillars.map((p) => `- **${md(str(p.name) ?? '')}**: ${md(str(p.description) ?? '')}`), '');
  out.push(...table(['Phase', 'Start', 'End'], objs(c.timeline).map((t) => [t.phase, t.start ?? 'not set', t.end ?? 'not set'])));
  const risks = objs(c.risks);
  if (risks.length) out.push('', '**Risks**', '', ...risks.map((r) => `- ${md(str(r.risk) ?? '')}${str(r.mitigation) ? ` — *mitigation:* ${md(str(r.mitigation)!)}` : ''}`));
  const checklist = objs(c.checklist);
  if (checklist.length) out.push('', '**Checklist**', '', ...checklist.map((x) => `- [ ] ${md(str(x.item) ?? '')}`));
  return out;
}

function brand(c: Json): string[] {
  const voice = obj(c.voice);
  const out: string[] = [];
  if (str(voice?.family)) out.push(`**Voice:** ${md(str(voice!.family)!)}`, '');
  out.push(...table(['Is', 'Is not'], objs(voice?.pairs).map((p) => [p.is, p.isNot])));
  const tone = arr(c.toneWords).map(str).filter(Boolean) as string[];
  if (tone.length) out.push('', `**Tone:** ${tone.map(md).join(', ')}`);
  const pillars = objs(c.messagingPillars);
  if (pillars.length) out.push('', '**Messaging pillars**', '', ...pillars.map((p) => `- **${md(str(p.name) ?? '')}**: ${md(str(p.message) ?? '')}`));
  const taglines = arr(c.taglines).map(str);
  if (taglines.some(Boolean)) out.push('', '**Taglines**', '', ...bullets(taglines));
  const banned = arr(c.bannedTerms).map(str).filter(Boolean) as string[];
  if (banned.length) out.push('', `**Banned terms:** ${banned.map(md).join(', ')}`);
  return out;
}

function social(c: Json): string[] {
  const out = table(['Idea', 'Format', 'Backed by'], objs(c.opportunities).map((o) => [o.title, o.format, o.measured === true ? (str(o.evidence) ?? str(o.label) ?? 'imported trends') : (str(o.label) ?? 'idea — not measured')]));
  const tags = objs(c.hashtags).map((h) => `${str(h.tag) ?? ''}${h.measured === true ? '' : ' (not measured)'}`);
  if (tags.length) out.push('', `**Hashtags:** ${tags.map(md).join(', ')}`);
  const note = str(obj(c.trends)?.note);
  if (note) out.push('', `_${md(note)}_`);
  return out;
}

function media(c: Json): string[] {
  const budget = obj(c.budget);
  const currency = str(budget?.currency) ?? '';
  const out: string[] = [];
  const head = [str(obj(c.objective)?.objective), str(budget?.formatted) ? `budget ${str(budget!.formatted)}` : undefined, obj(c.flight) ? `${str(obj(c.flight)!.start)} to ${str(obj(c.flight)!.end)}` : undefined].filter(Boolean) as string[];
  if (head.length) out.push(md(head.join(' · ')), '');
  const proposal = str(obj(c.proposal)?.summary);
  if (proposal) out.push(md(proposal), '');
  out.push(...table(['Channel', 'Amount', 'Share', 'Why'], objs(c.allocations).map((a) => [str(a.label) ?? str(a.channel), str(a.amountFormatted) ?? (typeof a.amount === 'number' ? `${a.amount} ${currency}`.trim() : undefined), pct(a.share), a.rationale])));
  if (str(c.methodNote)) out.push('', `_${md(str(c.methodNote)!)}_`);
  return out;
}

function creatives(c: Json, extra?: { creatives?: readonly Json[] }): string[] {
  const list = extra?.creatives && extra.creatives.length > 0 ? [...extra.creatives] : objs(c.variants ?? c.creatives);
  if (list.length === 0) return ['No variants.'];
  return table(['Channel', 'Angle', 'Headline', 'Body', 'CTA', 'Status', 'Checks'], list.map((v) => [v.channel, v.angle, v.headline, v.body, v.cta, str(v.status)?.replace(/_/g, ' '), objs(v.violations).map((x) => str(x.message)).filter(Boolean).join('; ') || 'none']));
}

function pm(c: Json): string[] {
  const out = table(['Task', 'Role', 'Hours', 'Start', 'Due'], objs(c.tasks).map((t) => [t.title, t.role, t.estimatedHours, t.start, t.due]));
  if (typeof c.criticalPathDays === 'number') out.push('', `**Critical path:** ${c.criticalPathDays} work days`);
  const warnings = arr(c.warnings).map(str);
  if (warnings.some(Boolean)) out.push('', ...bullets(warnings));
  return out;
}

function analytics(c: Json): string[] {
  const out: string[] = [];
  if (str(c.message)) out.push(md(str(c.message)!), '');
  const kpis = obj(c.kpis);
  if (kpis) out.push(...table(['KPI', 'Value'], Object.entries(kpis).map(([k, v]) => [k, typeof v === 'number' && Number.isFinite(v) ? Number(v.toFixed(4)) : 'no data'])));
  const goals = objs(c.goals);
  if (goals.length) out.push('', ...goals.map((g) => `- ${md(str(g.metric) ?? '?')}: ${md(str(g.status) ?? 'no data')}${str(g.note) ? ` — ${md(str(g.note)!)}` : ''}`));
  return out;
}

function portal(c: Json): string[] {
  const requests = objs(c.approvalRequests);
  const waiting = requests.filter((r) => r.awaitingDecision === true);
  const out = [`${requests.length} approval request${requests.length === 1 ? '' : 's'}, ${waiting.length} awaiting a decision.`];
  out.push('', ...bullets(waiting.map((r) => `${str(r.kind) ?? ''}: ${str(r.label) ?? ''} (${str(r.status)?.replace(/_/g, ' ') ?? ''})`)));
  const title = str(obj(c.reviewPack)?.title);
  if (title) out.push('', `**Review pack:** ${md(title)}`);
  return out;
}

const BUILT_IN: Record<string, (c: Json, extra?: { creatives?: readonly Json[] }) => string[]> = { strategy, brand, social, media, creatives, pm, analytics, portal };

/** A subsystem's content as Markdown; a plugin's own `render` is used when given. */
export function contentMarkdown(name: string, content: unknown, options: { render?: (content: unknown) => string; creatives?: readonly Json[] } = {}): string {
  if (options.render) return options.render(content);
  const c = obj(content);
  if (!c) return '_No content._';
  const f = BUILT_IN[name];
  let lines: string[];
  try {
    lines = f ? f(c, options) : [];
  } catch {
    lines = [];
  }
  if (lines.length === 0) lines = ['```json', JSON.stringify(c, null, 2).slice(0, 4000).replace(/```/g, '`\u200b``'), '```'];
  return lines.join('\n').trim();
}

/** The brief (the intake) as Markdown. */
export function briefMarkdown(p: ProjectIntake & { slug: string }, budget: string): string {
  const list = (xs: readonly string[] | undefined) => (xs && xs.length ? xs.map(md).join('; ') : '—');
  const rows: [string, string][] = [
    ['Client', md(p.client ?? '—')],
    ['Industry', md(p.industry)],
    ['Goal', `${md(p.goal)} (${p.goalMetric})`],
    ['Audiences', list(p.audiences)],
    ['Budget', md(budget)],
    ['Dates', `${p.startDate ?? 'not set'} to ${p.endDate ?? 'not set'}`],
    ['Must include', list(p.mustInclude)],
    ['Do not do', list(p.doNotDo)],
    ['Constraints', list(p.constraints)],
    ['KPI targets', Object.entries(p.kpiTargets).map(([k, n]) => `${md(k)} ${n}`).join(', ') || '—'],
  ];
  return [`**${md(p.name)}** (\`${p.slug}\`)`, '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '\\|')} |`)].join('\n');
}
