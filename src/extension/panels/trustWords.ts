// How a refused panel action reads in Restricted Mode: the same sentence the commands use
// ("<Action> changes campaign files, so this workspace must be trusted first …").
const ACTIONS: Record<string, string> = {
  'warroom/approveStrategy': 'Approving a strategy',
  'warroom/rejectStrategy': 'Rejecting a strategy',
  'warroom/requestStrategyChanges': 'Requesting strategy changes',
  'warroom/saveStrategyEdit': 'Editing a strategy',
  'gallery/approveCreatives': 'Approving creatives',
  'gallery/rejectCreatives': 'Rejecting creatives',
  'gallery/requestCreativeChanges': 'Requesting creative changes',
  'gallery/scheduleCreatives': 'Scheduling creatives',
  'pm/completeTask': 'Completing a task',
  'pm/updateTaskStatus': 'Changing a task',
  'controltower/setPaused': 'Pausing or resuming runs',
  'controltower/retrySubsystem': 'Retrying a subsystem',
  'unified/runSubsystem': 'Running a subsystem',
  'data/importCsv': 'Importing a CSV',
  'portal/exportReport': 'Exporting a client report',
};

export function trustActionFor(method: string, params?: unknown): string {
  if (method === 'controltower/setPaused') return (params as { on?: boolean } | undefined)?.on ? 'Pausing runs' : 'Resuming runs';
  return ACTIONS[method] ?? 'This action';
}
