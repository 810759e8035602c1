// Decisions on a project's strategy (its latest version, or the version the person looked at;
// the decision code is artifactDecision.ts, shared with the media plan) and edits saved as a new
// version. Approving marks what was built on older versions stale.
import * as v from 'valibot';
import { checkActor, DECISION_VERB, type Decision } from '../domain/decisions';
import { AicmoError } from '../domain/errors';
import type { StaleMark } from '../flow/stale';
import { findSubsystem } from '../subsystems';
import { listText, stageName, subsystemName } from '../domain/labels';
import { currentVersion, decideArtifact } from './artifactDecision';
import { tickedText } from './decisionTasks';
import { defineOperation } from './define';
import { actorInput, actorOf, decisionInput, projectRef, record } from './input';
import { withStage } from './project';
import { flowRunStep, panelStep } from './steps';

export interface StrategyDecisionResult {
  project: string;
  strategy: { id: string; version: number; status: string };
  /** Downstream artifacts marked stale by an approval. */
  stale: StaleMark[];
  /** The project's stage after the decision. */
  stage: string;
  /** Plan tasks the decision ticked. */
  ticked: { id: string; title: string }[];
}

const STRATEGY = { kind: 'strategy', noun: 'strategy', events: { approve: 'strategy.approved', reject: 'strategy.rejected', request_changes: 'strategy.changes_requested' } } as const;
const version = v.optional(v.pipe(v.number(), v.integer(), v.minValue(1)));

export const decideStrategyOperation = defineOperation('strategy.decide', {
  input: v.object({ project: projectRef, decision: decisionInput, version, reason: v.optional(v.string()), by: actorInput }),
  async execute(env, input) {
    const decision: Decision = input.decision;
    const out = await decideArtifact(env, input, STRATEGY);
    const { stage } = await withStage(env, out.project);
    const value: StrategyDecisionResult = { project: out.project.slug, strategy: { id: out.artifact.id, version: out.artifact.version, status: out.status }, stale: out.stale, stage, ticked: out.ticked };
    const staleWords = out.stale.length > 0 ? ` Marked stale: ${listText(out.stale.map((m) => `${subsystemName(m.kind)} v${m.version}`))} (built on an older strategy).` : '';
    const next = decision === 'approve' ? [{ ...flowRunStep(out.project.slug), label: 'Generate creatives' }, ...(out.ticked.length > 0 ? [panelStep('pm', out.project.slug)] : [])] : [panelStep('warroom', out.project.slug)];
    return {
      value,
      message: `${DECISION_VERB[decision]} strategy v${out.artifact.version} of "${out.project.name}"; the project is now in ${stageName(stage)}.${staleWords}${tickedText(out.ticked)}`,
      next,
    };
  },
});

export const saveStrategyEditOperation = defineOperation('strategy.saveEdit', {
  input: v.object({ project: projectRef, baseVersion: version, content: record<Record<string, unknown>>('the strategy content'), by: actorInput }),
  async execute(env, input) {
    const actor = checkActor(actorOf(input.by, env.actor));
    const validator = findSubsystem('strategy');
    const problems = validator ? validator.validate(input.content) : [];
    if (problems.length > 0) throw new AicmoError('invalid-input', `The edited strategy is not valid: ${problems.join(' ')}`, { field: 'content', details: { problems } });
    const at = (env.now?.() ?? new Date()).toISOString();
    // A person wrote this version: the record of which engine wrote which field no longer holds.
    const edited = 'engine' in input.content ? Object.fromEntries(Object.entries(input.content).filter(([k]) => k !== 'engine')) : input.content;
    const art = await env.store.writeProject(input.project, (tx) => {
      const base = input.baseVersion === undefined ? tx.artifacts.latest('strategy') : currentVersion(tx.project, STRATEGY, tx.artifacts.latest('strategy'), input.baseVersion, 'baseVersion');
      const saved = tx.artifacts.insert({
        kind: 'strategy',
        status: 'in_review',
        content: edited,
        inputs: base?.inputs ?? {},
        inputsHash: base?.inputsHash ?? null,
        insights: base?.insights ?? [],
        skipKaizen: base?.skipKaizen ?? false,
        statusNote: `Edited by ${actor.name}${base ? ` from version ${base.version}` : ''}.`,
        createdAt: at,
      });
      tx.approvals.record({ targetKind: 'strategy', targetId: saved.id, action: 'submit', actor, comment: `edited${base ? ` from version ${base.version}` : ''}`, at });
      tx.events.record({ type: 'artifact.created', actor: actor.name, data: { kind: 'strategy', artifactId: saved.id, version: saved.version, editedFrom: base?.version ?? null } });
      return { saved, slug: tx.project.slug, name: tx.project.name };
    });
    return { value: art.saved, message: `Saved the edited strategy of "${art.name}" as v${art.saved.version} (in review).`, next: [panelStep('warroom', art.slug)] };
  },
});
