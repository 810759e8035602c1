// A learning event's type in people's words ("creative.changes_requested" → "Creative changes
// requested", "metrics.imported" → "Results imported"), for the Kaizen panel's event stream and its
// type filter. Pure; an unknown type reads as its words.

const SUBJECTS: Record<string, string> = {
  artifact: 'Output',
  creative: 'Creative',
  demo: 'Demo',
  flow: 'Run',
  kaizen: 'Kaizen',
  leads: 'Leads',
  media: 'Media plan',
  metrics: 'Results',
  outreach: 'Outreach',
  project: 'Project',
  settings: 'Settings',
  strategy: 'Strategy',
  subsystem: 'Subsystem',
  task: 'Task',
  team: 'Team',
  trends: 'Trends',
  workspace: 'Workspace',
};

const VERBS: Record<string, string> = {
  changes_requested: 'changes requested',
  status_changed: 'status changed',
  stale: 'marked stale',
  logged: 'logged',
};

const words = (s: string) => s.replace(/[_-]+/g, ' ').trim();

export function eventTypeName(type: string): string {
  const dot = type.indexOf('.');
  if (dot < 0) {
    const w = words(type);
    return w === '' ? type : `${w[0]!.toUpperCase()}${w.slice(1)}`;
  }
  const subject = type.slice(0, dot);
  const verb = type.slice(dot + 1);
  const s = SUBJECTS[subject] ?? `${words(subject).charAt(0).toUpperCase()}${words(subject).slice(1)}`;
  return `${s} ${VERBS[verb] ?? words(verb)}`;
}
