// Every operation by name, with what front ends need before loading the core: a one-line
// summary, whether it changes campaign files, and how a refusal in an untrusted workspace reads
// ("<words> changes campaign files, so …"). Pure data, no imports: the VS Code host's light half
// (dist/extension.js) reads it; the operations themselves are in registry.ts.

/** The shape of an input as the trust words see it (before validation). */
type AnyInput = { readonly [field: string]: unknown };

export interface OperationInfo {
  readonly summary: string;
  readonly writes: boolean;
  /** The action in words for the Restricted Mode refusal, e.g. "Approving a strategy". */
  readonly trust: string | ((input: AnyInput) => string);
}

const byDecision = (approve: string, reject: string, changes: string) => (input: AnyInput) =>
  input.decision === 'reject' ? reject : input.decision === 'request_changes' ? changes : approve;

export const OPERATION_CATALOG = {
  'project.create': { summary: 'create a client project from its intake', writes: true, trust: 'Creating a project' },
  'project.update': { summary: "change fields of a project's intake or its lifecycle", writes: true, trust: 'Editing the intake' },
  'project.archive': { summary: 'close a project (its lifecycle becomes done)', writes: true, trust: 'Archiving a project' },
  'flow.run': { summary: 'run the flow of a project (every subsystem, or one)', writes: true, trust: (i) => (i.only === undefined ? 'Running the flow' : 'Running a subsystem') },
  'flow.retry': { summary: 'rerun the subsystems whose latest attempt failed', writes: true, trust: 'Retrying a subsystem' },
  'strategy.decide': { summary: "approve, reject or request changes to a project's latest strategy", writes: true, trust: byDecision('Approving a strategy', 'Rejecting a strategy', 'Requesting strategy changes') },
  'strategy.saveEdit': { summary: 'save an edited strategy as a new version (in review)', writes: true, trust: 'Editing a strategy' },
  'creatives.decide': { summary: 'approve, reject or request changes to creatives (by id, or all awaiting ones of a project)', writes: true, trust: byDecision('Approving creatives', 'Rejecting creatives', 'Requesting creative changes') },
  'creatives.schedule': { summary: 'schedule approved creatives for a date', writes: true, trust: 'Scheduling creatives' },
  'creatives.regenerate': { summary: 'write creatives anew (the named ones, or all): new versions with other copy; the replaced ones keep their decisions', writes: true, trust: 'Regenerating creatives' },
  'media.decide': { summary: "approve, reject or request changes to a project's latest media plan (approve may accept the larger move)", writes: true, trust: byDecision('Approving a media plan', 'Rejecting a media plan', 'Requesting media plan changes') },
  'subsystem.decide': { summary: "approve, reject or request changes to the latest output of a plugin's subsystem", writes: true, trust: byDecision("Approving a plugin's output", "Rejecting a plugin's output", "Requesting changes to a plugin's output") },
  'task.complete': { summary: 'mark a task done with the hours it really took', writes: true, trust: 'Completing a task' },
  'task.setStatus': { summary: 'set a task to to do, in progress or blocked', writes: true, trust: 'Changing a task' },
  'metrics.import': { summary: 'import an ad-platform export (Google Ads, Meta Ads, generic CSV) into a project', writes: true, trust: 'Importing metrics' },
  'trends.import': { summary: 'import a Google Trends export into a project', writes: true, trust: 'Importing trend series' },
  'leads.import': { summary: 'import a leads CSV into a project (merged by email)', writes: true, trust: 'Importing leads' },
  'outreach.log': { summary: 'log one outreach attempt to a lead', writes: true, trust: 'Logging outreach' },
  'report.export': { summary: 'write the client review pack (Markdown or HTML)', writes: true, trust: 'Exporting a client report' },
  'team.add': { summary: 'add a workspace team member with a role and weekly hours (again: updates the hours)', writes: true, trust: 'Changing the team' },
  'team.remove': { summary: 'remove a workspace team member (by name or id, and role when the name has several)', writes: true, trust: 'Changing the team' },
  'team.setRate': { summary: "set or clear the agency's hourly rate (PM checks planned hours against budgets)", writes: true, trust: 'Setting the hourly rate' },
  'pause.set': { summary: 'pause or resume all runs (Control Tower)', writes: true, trust: (i) => (i.on ? 'Pausing runs' : 'Resuming runs') },
  'demo.create': { summary: 'create (or refresh) the demo: three client projects with sample results, leads and runs', writes: true, trust: 'Adding the demo projects' },
} as const satisfies Record<string, OperationInfo>;

export type OperationName = keyof typeof OPERATION_CATALOG;

export const OPERATION_NAMES = Object.keys(OPERATION_CATALOG) as OperationName[];

/** How a Restricted Mode refusal ends, after "<words> changes campaign files, so …". */
export const RESTRICTED_MODE_SUFFIX = 'this workspace must be trusted first (AICMO is read-only in Restricted Mode).';

/** The one sentence refusing this call in Restricted Mode, e.g. "Approving a strategy changes campaign files, so …". */
export function restrictedModeSentence(name: OperationName, input: AnyInput = {}): string {
  return `${trustWords(name, input)} changes campaign files, so ${RESTRICTED_MODE_SUFFIX}`;
}

/** The words of a Restricted Mode refusal for this call, e.g. "Approving a strategy". */
export function trustWords(name: OperationName, input: AnyInput = {}): string {
  const t: OperationInfo['trust'] = OPERATION_CATALOG[name].trust;
  return typeof t === 'string' ? t : t(input);
}
