// The roles the project plan schedules work for (pm/taskTemplates.ts), with the names people type
// for them. A team member has one of these; a person with two jobs is added once per role.

export const PM_ROLES = ['strategist', 'account_manager', 'media_buyer', 'copywriter', 'designer', 'analyst'] as const;
export type PmRole = (typeof PM_ROLES)[number];

export const ROLE_LABELS: Record<PmRole, string> = {
  strategist: 'Strategist',
  account_manager: 'Account manager',
  media_buyer: 'Media buyer',
  copywriter: 'Copywriter',
  designer: 'Designer',
  analyst: 'Analyst',
};

const ROLE_ALIASES: Record<string, PmRole> = {
  strategist: 'strategist',
  strategy: 'strategist',
  planner: 'strategist',
  accountmanager: 'account_manager',
  account: 'account_manager',
  am: 'account_manager',
  clientservices: 'account_manager',
  accountdirector: 'account_manager',
  mediabuyer: 'media_buyer',
  media: 'media_buyer',
  paidmedia: 'media_buyer',
  ppc: 'media_buyer',
  buyer: 'media_buyer',
  copywriter: 'copywriter',
  copy: 'copywriter',
  writer: 'copywriter',
  designer: 'designer',
  design: 'designer',
  creative: 'designer',
  artdirector: 'designer',
  analyst: 'analyst',
  analytics: 'analyst',
  dataanalyst: 'analyst',
  reporting: 'analyst',
};

/** "Media buyer", "media-buyer", "PPC" → media_buyer; null when the name is not a PM role. */
export function readRole(text: string): PmRole | null {
  return ROLE_ALIASES[text.toLowerCase().replace(/[^a-z]/g, '')] ?? null;
}
