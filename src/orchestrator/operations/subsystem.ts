// Decisions on the latest output of a subsystem a plugin registered (getAPI(1).registerSubsystem,
// or .aicmo/plugins.json in the CLI): approve, reject or request changes (with a reason), like the
// strategy (artifactDecision.ts) — an approval_actions row, an `artifact.*` event naming the
// subsystem and its plugin, and an approval marks what was built on older versions stale. The
// built-ins are refused: the strategy, media plan and creatives have their own decision operation,
// and the other built-ins are not decided on.
import * as v from 'valibot';
import { DECISION_VERB, type Decision } from '../domain/decisions';
import { AicmoError } from '../domain/errors';
import type { StaleMark } from '../flow/stale';
import { subsystems as BUILT_IN } from '../subsystems';
import type { Subsystem } from '../subsystems/types';
import type { ServiceEnv } from '../services/env';
import { decideArtifact } from './artifactDecision';
import { defineOperation } from './define';
import { actorInput, decisionInput, projectRef } from './input';
import { flowRunStep, panelStep } from './steps';

export interface SubsystemDecisionResult {
  project: string;
  subsystem: string;
  plugin: { id: string; label: string | null };
  artifact: { id: string; version: number; status: string };
  /** Downstream artifacts marked stale by an approval. */
  stale: StaleMark[];
}

/** The built-ins decided on elsewhere: their operation and CLI command. */
const OWN_DECISIONS: Record<string, { operation: string; cli: string }> = {
  strategy: { operation: 'strategy.decide', cli: 'aicmo strategy approve|reject|request-changes <project>' },
  media: { operation: 'media.decide', cli: 'aicmo media approve|reject|request-changes <project>' },
  creatives: { operation: 'creatives.decide', cli: 'aicmo creatives approve|reject|request-changes <id…>' },
};

/** The plugin's subsystem of that name, or the one sentence why it cannot be decided on here. */
function pluginSubsystemNamed(env: ServiceEnv, name: string): Subsystem & { plugin: NonNullable<Subsystem['plugin']> } {
  const registered = env.subsystems?.list() ?? BUILT_IN;
  const s = registered.find((x) => x.name === name);
  if (!s) {
    const plugins = registered.filter((x) => x.plugin).map((x) => x.name);
    const known = plugins.length > 0 ? `the plugins' subsystems here: ${plugins.join(', ')}` : 'no plugin registered a subsystem here';
    throw new AicmoError('not-found', `There is no subsystem named "${name}" (a plugin that is not installed or not loaded, or a typo); ${known}.`, { field: 'subsystem' });
  }
  if (!s.plugin) {
    const own = OWN_DECISIONS[s.name];
    if (own) throw new AicmoError('invalid-input', `${s.name} is a built-in subsystem with its own decisions: use ${own.operation} (${own.cli}).`, { field: 'subsystem' });
    throw new AicmoError('invalid-input', `${s.name} is a built-in subsystem that is not decided on (only the strategy, the media plan and creatives are); subsystem.decide is for a plugin's subsystem.`, { field: 'subsystem' });
  }
  return s as Subsystem & { plugin: NonNullable<Subsystem['plugin']> };
}

export const decideSubsystemOperation = defineOperation('subsystem.decide', {
  input: v.object({
    project: projectRef,
    /** The plugin subsystem's name (the kind of its artifact). */
    subsystem: v.pipe(v.string(), v.trim(), v.minLength(1, 'must name a subsystem'), v.maxLength(100)),
    decision: decisionInput,
    /** The version the person looked at. */
    version: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    reason: v.optional(v.string()),
    by: actorInput,
  }),
  async execute(env, input) {
    const decision: Decision = input.decision;
    const s = pluginSubsystemNamed(env, input.subsystem);
    const noun = `${s.name} output`;
    const kind = { kind: s.name, noun, indefinite: `the ${noun}`, events: { approve: 'artifact.approved', reject: 'artifact.rejected', request_changes: 'artifact.changes_requested' } } as const;
    const r = await decideArtifact(env, input, kind, { eventData: { kind: s.name, plugin: s.plugin.id } });
    const slug = r.project.slug;
    const from = s.plugin.label ?? s.plugin.id;
    let message = `${DECISION_VERB[decision]} ${s.name} v${r.artifact.version} of "${r.project.name}" (from ${from})${r.reason ? `: ${r.reason}` : ''}.`;
    if (r.stale.length > 0) message += ` Marked stale: ${r.stale.map((m) => `${m.kind} v${m.version}`).join(', ')} (built on an older ${s.name}).`;
    const value: SubsystemDecisionResult = {
      project: slug,
      subsystem: s.name,
      plugin: { id: s.plugin.id, label: s.plugin.label ?? null },
      artifact: { id: r.artifact.id, version: r.artifact.version, status: r.status },
      stale: r.stale,
    };
    return { value, message, next: decision === 'approve' ? [flowRunStep(slug)] : [panelStep('unified', slug)] };
  },
});
