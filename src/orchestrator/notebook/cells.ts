// What a campaign notebook's cells show: for each cell (the brief or a subsystem), the output its
// renderer draws and the Markdown that reads without it, built from the store like the panels'
// snapshots (so the notebook never disagrees with them or the CLI). A query service: it reads,
// never writes. A cell shows why it waits (an upstream artifact not approved or missing) and why it
// is stale (built on older upstream versions than the latest).
import type { ArtifactOutput, OutputCreative } from '../../protocol/notebook';
import { NOTEBOOK_DECISIONS } from '../../protocol/notebook';
import { formatMoney } from '../domain/money';
import type { Project } from '../domain/project';
import { subsystems as BUILT_IN } from '../subsystems';
import type { Subsystem } from '../subsystems/types';
import type { ServiceEnv } from '../services/env';
import { attempt, type Result } from '../services/result';
import { creativesStatusShown } from '../services/sinceVersion';
import type { ProjectReader, StoredArtifact } from '../store/types';
import { escapeMarkdown as md } from '../subsystems/common/text';
import { briefMarkdown, contentMarkdown } from './markdown';

export interface NotebookCellOutput {
  data: ArtifactOutput;
  markdown: string;
}

export interface NotebookOutputs {
  project: { id: string; slug: string; name: string };
  /** One per asked cell, in the order asked. */
  cells: NotebookCellOutput[];
}

const TITLES: Record<string, string> = { strategy: 'Strategy', brand: 'Brand guidance', social: 'Social trends and ideas', media: 'Media plan', creatives: 'Creatives', pm: 'Project plan', analytics: 'Analytics', portal: 'Client approval pack' };

function intakeOf(p: Project): Record<string, unknown> {
  const { id: _id, revision: _r, createdAt: _c, updatedAt: _u, ...intake } = p;
  return intake;
}

function base(p: Project, actor: string, cell: string): Omit<ArtifactOutput, 'kind' | 'title' | 'description' | 'content' | 'status'> {
  return { v: 1, project: { id: p.id, slug: p.slug, name: p.name }, actor, cell, plugin: null, version: null, statusNote: null, lastError: null, waiting: null, stale: [], insights: [], skipKaizen: false, createdAt: null, decisions: null, creatives: [], notice: null };
}

function waitingFor(s: Subsystem, latest: Record<string, StoredArtifact>): string | null {
  const missing = s.needs.filter((n) => latest[n] === undefined);
  if (missing.length > 0) return `Waiting for ${missing.join(' and ')}: run ${missing.length > 1 ? 'those cells' : 'that cell'} first.`;
  for (const n of s.requiresApproved ?? []) {
    const a = latest[n]!;
    if (a.status !== 'approved') return `Waiting for ${n} approval: ${n} v${a.version} is ${a.status.replace(/_/g, ' ')}; approve it (in its cell or the War Room), then run this cell.`;
  }
  return null;
}

/** The decisions a cell offers: the built-ins NOTEBOOK_DECISIONS lists, and every plugin's output. */
function decisionsOf(s: Subsystem, a: StoredArtifact | undefined): ArtifactOutput['decisions'] {
  if (!a) return null;
  if (s.plugin) return 'plugin';
  return s.name !== 'plugin' && Object.prototype.hasOwnProperty.call(NOTEBOOK_DECISIONS, s.name) ? (s.name as ArtifactOutput['decisions']) : null;
}

function staleReasons(a: StoredArtifact, latest: Record<string, StoredArtifact>): string[] {
  const out: string[] = [];
  if (a.status === 'stale') out.push(a.statusNote ?? 'Marked stale: an upstream artifact was approved in a newer version.');
  for (const [kind, used] of Object.entries(a.inputs)) {
    const now = latest[kind];
    if (now && now.version > used) out.push(`Built on ${kind} v${used}; ${kind} is now v${now.version} (${now.status.replace(/_/g, ' ')}).`);
  }
  return [...new Set(out)];
}

function creativesOf(tx: ProjectReader): OutputCreative[] {
  return tx.creatives.list().map((c) => ({
    id: c.id,
    channel: c.channel,
    angle: c.angle,
    format: c.format,
    headline: c.headline,
    body: c.body,
    cta: c.cta,
    status: c.status,
    version: c.version,
    violations: c.violations.map((x) => ({ severity: x.severity, message: x.message })),
  }));
}

function subsystemCell(tx: ProjectReader, actor: string, name: string, s: Subsystem | undefined, latest: Record<string, StoredArtifact>): NotebookCellOutput {
  const p = tx.project;
  if (!s) {
    const known = [...BUILT_IN.map((x) => x.name)];
    const text = name.trim() === '' ? 'This cell names no subsystem: write one of the subsystem names (or "brief") as its text.' : `There is no subsystem named "${name}" (a plugin that is not installed, or a typo); known: ${known.join(', ')}.`;
    return { data: { ...base(p, actor, name), kind: 'unknown', title: name || '(empty cell)', description: '', status: 'missing', content: null, waiting: text }, markdown: `_${md(text)}_` };
  }
  const a = tx.artifacts.latest(s.name);
  const last = tx.artifacts.latestAttempt(s.name);
  const lastError = last?.error ?? null;
  const creatives = s.name === 'creatives' && a ? creativesOf(tx) : [];
  const status = a && s.name === 'creatives' ? creativesStatusShown(a.status, creatives.map((c) => c.status)) : a?.status;
  const data: ArtifactOutput = {
    ...base(p, actor, s.name),
    kind: 'subsystem',
    title: TITLES[s.name] ?? s.name,
    description: s.description,
    plugin: s.plugin ? { id: s.plugin.id, label: s.plugin.label ?? null } : null,
    status: status ?? (lastError ? 'failed' : 'missing'),
    version: a?.version ?? null,
    statusNote: a?.statusNote ?? null,
    lastError,
    waiting: waitingFor(s, latest),
    stale: a ? staleReasons(a, latest) : [],
    insights: (a?.insights ?? []).map((i) => ({ id: i.id, sentence: i.sentence })),
    skipKaizen: a?.skipKaizen ?? false,
    createdAt: a?.createdAt ?? null,
    decisions: decisionsOf(s, a),
    content: a?.content ?? null,
    creatives,
  };
  // Everything below that is not ours (a plugin's name, an error's message) is escaped Markdown.
  const head = a ? `**${md(data.title)}** v${a.version} · ${data.status.replace(/_/g, ' ')}${s.plugin ? ` · from ${md(s.plugin.label ?? s.plugin.id)}` : ''}` : `**${md(data.title)}** · not run yet`;
  const lines = [head, ''];
  if (lastError) lines.push(`> **Last run failed:** ${md(lastError)}`, '');
  if (data.waiting) lines.push(`> ${md(data.waiting)}`, '');
  for (const r of data.stale) lines.push(`> **Stale:** ${md(r)}`, '');
  if (a) lines.push(contentMarkdown(s.name, a.content, { ...(s.render ? { render: (c) => s.render!(c) } : {}), creatives: creatives as unknown as Record<string, unknown>[] }));
  if (data.insights.length) lines.push('', `_Shaped by ${data.insights.length} Kaizen insight${data.insights.length === 1 ? '' : 's'}: ${data.insights.map((i) => md(i.sentence)).join(' ')}_`);
  return { data, markdown: lines.join('\n').trim() };
}

/**
 * The outputs of the asked cells ("brief" or subsystem names) of one project. `env.subsystems`
 * says which subsystems exist (plugins included); a name nobody registered shows why.
 */
export function getNotebookOutputs(env: ServiceEnv, projectRef: string, cells: readonly string[]): Promise<Result<NotebookOutputs>> {
  const registered = env.subsystems?.list() ?? BUILT_IN;
  return attempt(() =>
    env.store.readProject(projectRef, (tx) => {
      const p = tx.project;
      const latest = tx.artifacts.latestByKind();
      const out: NotebookCellOutput[] = cells.map((name) => {
        if (name === 'brief') {
          const budget = formatMoney({ amountMinor: p.budgetMinor, currency: p.currency });
          return { data: { ...base(p, env.actor, 'brief'), kind: 'brief', title: 'Brief', description: "The client's intake; change it with Edit Intake.", status: 'brief', content: intakeOf(p) }, markdown: briefMarkdown(p, budget) };
        }
        return subsystemCell(tx, env.actor, name, registered.find((s) => s.name === name), latest);
      });
      return { project: { id: p.id, slug: p.slug, name: p.name }, cells: out };
    }),
  );
}
