// Operator actions on a project: approvals, edits, scheduling, task completion.
export { checkActor, checkReason, type Actor, type Decision } from './actor';
export { decideStrategy, saveStrategyEdit, type StrategyDecisionResult } from './strategyActions';
export { decideCreatives, scheduleCreative, type CreativeDecisionResult, type CreativeSelection } from './creativeActions';
export { completeTask, type CompletedTask } from './taskActions';
