// Operator actions on a project: approvals (strategy, media plan, creatives), edits, scheduling, task completion, the global pause.
export { checkActor, checkReason, type Actor, type Decision } from './actor';
export { decideStrategy, approveStrategy, rejectStrategy, requestStrategyChanges, saveStrategyEdit, type StrategyDecisionResult } from './strategyActions';
export { decideMedia, type MediaDecisionResult } from './mediaActions';
export { decideArtifact, type ArtifactDecision, type ArtifactDecisionKind } from './artifactDecision';
export { decideCreatives, scheduleCreative, type CreativeDecisionResult, type CreativeSelection } from './creativeActions';
export { completeTask, type CompletedTask } from './taskActions';
export { isPaused, setPaused, assertNotPaused, PAUSED_MESSAGE, PAUSE_SETTING } from './pause';
