// `aicmo media show|approve|reject|request-changes <project>`: the latest media plan (its diff
// against the approved plan) and decisions on it, like the strategy's.
import type { Decision } from '../../orchestrator/domain/decisions';
import { getProjectMediaPlan, type ProjectMediaPlan } from '../../orchestrator/services';
import { outcomeText, runOp } from '../operations';
import type { Command, CommandGroup } from '../registry';
import { serviceEnvOf, valueOf } from '../serviceEnv';

const pct = (x: number): string => `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
const pts = (x: number): string => `${x >= 0 ? '+' : '−'}${(Math.round(Math.abs(x) * 1000) / 10).toFixed(1)}`;

/** The plan as people read it in a terminal: header, the diff per channel, the guardrail, notes. */
export function mediaPlanText(r: ProjectMediaPlan): string {
  if (!r.latest) return `${r.project.slug} has no media plan yet; run the flow first (aicmo flow run ${r.project.slug}).`;
  const c = r.latest.content;
  const lines: string[] = [];
  lines.push(`Media plan v${r.latest.version} of ${r.project.slug} (${r.latest.status.replace('_', ' ')}) — ${c.objective.objective}, budget ${c.budget.formatted}${c.flight ? `, ${c.flight.start} to ${c.flight.end}` : ''}.`);
  if (r.latest.statusNote) lines.push(r.latest.statusNote);
  lines.push(r.approved ? `In use downstream: version ${r.inUse}${r.approved.version === r.inUse ? ' (approved)' : ''}.` : 'No version is approved yet: downstream follows the latest.');
  const p = c.proposal;
  const against = p ? (p.against.kind === 'approved' ? `approved v${p.against.version}` : 'priors') : 'priors';
  lines.push('', `  channel              ${against.padEnd(12)}  proposed   change   why`);
  const byChannel = new Map((p?.changes ?? []).map((ch) => [ch.channel, ch]));
  for (const a of c.allocations) {
    const ch = byChannel.get(a.channel);
    const from = ch?.from === null || ch?.from === undefined ? 'new' : pct(ch.from);
    const change = ch?.change === null || ch?.change === undefined ? '' : pts(ch.change);
    lines.push(`  ${a.label.padEnd(20)} ${from.padStart(12)}  ${pct(a.share).padStart(8)}  ${change.padStart(7)}   ${ch?.why ?? a.rationale}`);
  }
  for (const ch of p?.changes ?? []) if (!c.allocations.some((a) => a.channel === ch.channel)) lines.push(`  ${ch.label.padEnd(20)} ${pct(ch.from ?? 0).padStart(12)}  ${pct(0).padStart(8)}  ${pts(ch.change ?? 0).padStart(7)}   ${ch.why}`);
  if (p) lines.push('', p.summary);
  if (c.guardrail) lines.push(c.guardrail.sentence);
  if (c.unconstrained && !c.guardrail?.recommendLargerMove) lines.push(`Without the step limit: ${c.unconstrained.allocations.map((a) => `${a.label} ${pct(a.share)}`).join(', ')}.`);
  if (c.scoring) lines.push(`Scored on ${c.scoring.note}`);
  lines.push(c.methodNote);
  for (const n of c.evidence?.notes ?? []) lines.push(`- ${n}`);
  return lines.join('\n');
}

const PAST: Record<Decision, string> = { approve: 'approve', reject: 'reject', request_changes: 'request-changes' };

function decisionCommand(decision: Decision, summary: string): Command {
  const reason = decision === 'approve' ? ' [--reason TEXT] [--accept-larger-move]' : ' --reason TEXT';
  return {
    name: PAST[decision],
    summary,
    usage: `media ${PAST[decision]} <project> [--by NAME]${reason} [--client] [--version N]`,
    args: ['project'],
    options: { reason: { type: 'string' }, client: { type: 'boolean' }, version: { type: 'string' }, ...(decision === 'approve' ? { 'accept-larger-move': { type: 'boolean' as const } } : {}) },
    fieldFlags: { reason: '--reason TEXT', by: '--by NAME', version: '--version N' },
    async run(ctx, { values, positionals }) {
      const version = values.version === undefined ? undefined : Number(values.version);
      const outcome = await runOp(ctx, 'media.decide', {
        project: positionals[0]!,
        decision,
        ...(version === undefined ? {} : { version }),
        ...(values.reason === undefined ? {} : { reason: values.reason as string }),
        by: { name: ctx.actor, kind: values.client === true ? 'client' : 'internal' },
        ...(values['accept-larger-move'] === true ? { acceptLargerMove: true } : {}),
      });
      return { json: outcome.value, text: outcomeText(outcome) };
    },
  };
}

export const mediaCommands: CommandGroup = {
  name: 'media',
  summary: "see and decide on a project's latest media plan: show, approve, reject, request changes",
  commands: [
    {
      name: 'show',
      summary: 'the latest media plan: per channel the approved share, the proposed one and the evidence that moved it',
      usage: 'media show <project>',
      args: ['project'],
      async run(ctx, { positionals }) {
        const env = await serviceEnvOf(ctx, { create: false });
        const r = valueOf(await getProjectMediaPlan(env, positionals[0]!));
        return { json: r, text: mediaPlanText(r) };
      },
    },
    decisionCommand('approve', 'approve the latest media plan (--accept-larger-move takes the move without the step limit)'),
    decisionCommand('reject', 'reject the latest media plan (a reason is required; the approved plan stays in use)'),
    decisionCommand('request_changes', 'send the latest media plan back with changes to make (a reason is required)'),
  ],
};
