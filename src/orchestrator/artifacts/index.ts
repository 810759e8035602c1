// Typed access to a project file's artifacts, creatives, tasks, approval actions and runs.
// Reads take a sql.js Database from `store.readProject`; writes run inside `store.writeProject`.
export * from './artifactRows';
export * from './creativeRows';
export * from './taskRows';
export * from './approvalRows';
export * from './runRows';
export { allRows, oneRow } from './sqlRows';
