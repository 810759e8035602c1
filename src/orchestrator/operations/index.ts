// The operations: every user action, one way, for every front end (palette commands, the tree,
// the panels, the CLI, and next the notebook and agent tools). See docs/architecture.md.
export { OPERATION_CATALOG, OPERATION_NAMES, trustWords, type OperationInfo, type OperationName } from './catalog';
export { OPERATIONS, runOperation, runCall, runOperationByName, type InputOf, type OperationCall, type ValueOf } from './registry';
export type { NextStep, Operation, OperationOptions, Outcome, StepTarget } from './types';
export type { ProjectWithStage, FieldChanges } from './project';
export type { StrategyDecisionResult } from './strategy';
export type { CreativeDecisionResult, RegeneratedCreatives, ScheduledCreatives } from './creatives';
export type { MediaDecisionResult } from './media';
export type { SubsystemDecisionResult } from './subsystem';
export { hourlyRateText, type HourlyRateChange, type TeamChange } from './team';
export { TASK_STATUSES, type CompletedTask } from './tasks';
export { REPORT_FORMATS, type ClientReport, type ReportFormat } from './report';
export type { DemoResult, DemoAction } from './demo';
