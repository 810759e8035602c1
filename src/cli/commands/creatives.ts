// `aicmo creatives list|approve|reject|request-changes|regenerate|schedule`: the ranked creatives
// of a project, decisions on them (one, many, or all awaiting ones of a project), writing them
// anew on request, and scheduling approved ones.
import type { Decision } from '../../orchestrator/domain/decisions';
import { getCreativesForProject, type RankedCreative } from '../../orchestrator/services';
import { channelName, statusName } from '../../orchestrator/domain/labels';
import { outcomeText, runOp } from '../operations';
import type { Command, CommandGroup } from '../registry';
import { serviceEnvOf, valueOf } from '../serviceEnv';
import { UsageError } from '../usageError';

/** A creative's fields as lines: lists numbered ("headline 1: …"), the email body indented. */
function fieldLines(c: RankedCreative): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(c.fields)) {
    if (Array.isArray(v)) v.forEach((x, i) => out.push(`${k}[${i}]: ${x}`));
    else out.push(`${k}: ${v.replace(/\n+/g, ' / ')}`);
  }
  return out;
}

function creativeText(c: RankedCreative): string {
  const status = `${c.status.replace('_', ' ')}${c.scheduledDate ? ` ${c.scheduledDate}` : ''}`;
  const head = `${String(c.rank ?? '-').padStart(3)}. ${c.id}  [${status}]  ${c.channel} · ${c.format} · ${c.angle} · ${c.language}`;
  const lines = [head, ...fieldLines(c).map((l) => `       ${l}`), `     facts: ${c.facts.length > 0 ? c.facts.join(', ') : 'none'}`, `     why: ${c.rankReason ?? 'not ranked'}`];
  if (c.replaces) lines.push(`     replaces ${c.replaces.id} (${c.replaces.status.replace('_', ' ')}${c.replaces.scheduledDate ? ` ${c.replaces.scheduledDate}` : ''})`);
  if (c.staleNote) lines.push(`     ${c.staleNote}`);
  for (const v of c.violations) lines.push(`     ${v.severity === 'error' ? '!' : '~'} ${v.field}: ${v.message}`);
  return lines.join('\n');
}

function decisionCommand(name: string, decision: Decision, summary: string): Command {
  const reason = decision === 'approve' ? ' [--reason TEXT] [--confirm]' : ' --reason TEXT';
  const all = decision === 'approve' ? `   |   creatives ${name} --all <project> --by NAME [--confirm]` : '';
  return {
    name,
    summary,
    usage: `creatives ${name} <id…> --by NAME${reason} [--client] [--project P]${all}`,
    args: ['id…'],
    options: { reason: { type: 'string' }, client: { type: 'boolean' }, all: { type: 'boolean' }, project: { type: 'string' }, ...(decision === 'approve' ? { confirm: { type: 'boolean' as const } } : {}) },
    fieldFlags: { reason: '--reason TEXT', by: '--by NAME', project: '--project P', confirm: '--confirm' },
    async run(ctx, { values, positionals }) {
      const by = { name: ctx.actor, kind: values.client === true ? ('client' as const) : ('internal' as const) };
      let selection: { all: true; project: string } | { ids: string[]; project?: string };
      if (values.all === true) {
        if (decision !== 'approve') throw new UsageError(`--all works with "creatives approve" only; ${name} each creative by id.`, `creatives ${name}`);
        const project = (values.project as string | undefined) ?? positionals[0];
        if (project === undefined || positionals.length > 1) throw new UsageError('creatives approve --all takes one project (and no creative ids).', `creatives ${name}`);
        selection = { all: true, project };
      } else {
        if (positionals.length === 0) throw new UsageError(`Name the creatives to ${name.replace('-', ' ')} by id (see "aicmo creatives list <project>").`, `creatives ${name}`);
        selection = { ids: positionals, ...(values.project ? { project: values.project as string } : {}) };
      }
      const confirm = values.confirm === true ? { confirm: true } : {};
      const outcome = await runOp(ctx, 'creatives.decide', { ...selection, decision, ...(values.reason === undefined ? {} : { reason: values.reason as string }), by, ...confirm });
      const lines = outcome.value.creatives.map((c) => `  ${c.id}  ${channelName(c.channel)} / ${c.angle} → ${statusName(c.status)}`);
      for (const g of outcome.value.needFixing) lines.push(`  ! ${g.id}  ${g.label}: ${g.problems.join(' ')}`);
      for (const g of outcome.value.needConfirmation) lines.push(`  ? ${g.id}  ${g.label}: ${g.problems.join(' ')} (--confirm to approve it anyway)`);
      return { json: outcome.value, text: outcomeText(outcome, lines) };
    },
  };
}

export const creativesCommands: CommandGroup = {
  name: 'creatives',
  summary: 'ranked creative variants of a project, and decisions on them',
  commands: [
    {
      name: 'list',
      summary: 'the current creatives, ranked, in their channel formats, with the facts they use, violations and why each ranks where it does',
      usage: 'creatives list <project>',
      args: ['project'],
      async run(ctx, { positionals }) {
        const env = await serviceEnvOf(ctx, { create: false });
        const r = valueOf(await getCreativesForProject(env, positionals[0]!));
        const json = r.creatives;
        if (json.length === 0) return { json, text: `${r.project.slug} has no creatives yet (they are made once its strategy is approved: aicmo flow run ${r.project.slug}).` };
        const text = json.map(creativeText).join('\n');
        return { json, text };
      },
    },
    decisionCommand('approve', 'approve', 'approve creatives by id, or --all awaiting ones of a project'),
    decisionCommand('reject', 'reject', 'reject creatives by id (a reason is required)'),
    decisionCommand('request-changes', 'request_changes', 'send creatives back with changes to make (a reason is required)'),
    {
      name: 'regenerate',
      summary: 'write creatives anew (the named ones, or all): new versions with other copy; the replaced ones keep their decisions',
      usage: 'creatives regenerate <project> [id…]',
      args: ['project…'],
      async run(ctx, { positionals }) {
        const [project, ...ids] = positionals;
        if (project === undefined) throw new UsageError('Name the project whose creatives to regenerate.', 'creatives regenerate');
        const outcome = await runOp(ctx, 'creatives.regenerate', { project, ...(ids.length > 0 ? { ids } : {}) });
        return { json: outcome.value, text: outcomeText(outcome, outcome.value.creatives.map((c) => `  ${c.id}  (replaces ${c.replaces})`)) };
      },
    },
    {
      name: 'schedule',
      summary: 'schedule approved creatives for a date',
      usage: 'creatives schedule <id…> --date YYYY-MM-DD [--project P]',
      args: ['id…'],
      options: { date: { type: 'string' }, project: { type: 'string' } },
      fieldFlags: { date: '--date YYYY-MM-DD', project: '--project P' },
      required: ['date'],
      async run(ctx, { values, positionals }) {
        if (positionals.length === 0) throw new UsageError('Name the creatives to schedule by id.', 'creatives schedule');
        const outcome = await runOp(ctx, 'creatives.schedule', { ids: positionals, date: values.date as string, ...(values.project ? { project: values.project as string } : {}) });
        return { json: outcome.value, text: outcomeText(outcome, outcome.value.scheduled.map((s) => `  ${s.id}  ${s.project} → ${s.scheduledDate}`)) };
      },
    },
  ],
};
