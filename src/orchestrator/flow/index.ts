// The orchestrator host: run the subsystem plugins of a project, retry failures, mark stale work.
export { runFlow, retryFailed } from './runFlow';
export { orderSubsystems, downstreamOf, upstreamOf } from './order';
export { markStaleDownstream, type StaleMark } from './stale';
export { subsystemData, readTrendSeries, readMetricRows, readCreativeResults, readTeam } from './subsystemData';
export { inputsHash, stableJson } from './inputsHash';
export { isPaused, assertNotPaused, PAUSE_SETTING, PAUSED_MESSAGE } from './pause';
export type { FlowResult, FlowStatus, RunFlowOptions, SubsystemRunResult, SubsystemRunStatus } from './types';
