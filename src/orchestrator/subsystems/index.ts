// The subsystem registry. The orchestrator orders these by their declared `needs` and `uses`;
// adding a subsystem means adding it here, with no change to the orchestrator.
import { analyticsSubsystem } from './analytics';
import { brandSubsystem } from './brand';
import { creativesSubsystem } from './creatives';
import { mediaSubsystem } from './media';
import { pmSubsystem } from './pm';
import { portalSubsystem } from './portal';
import { socialSubsystem } from './social';
import { strategySubsystem } from './strategy';
import type { Subsystem, SubsystemName } from './types';

export const subsystems: readonly Subsystem[] = [strategySubsystem, brandSubsystem, socialSubsystem, mediaSubsystem, creativesSubsystem, pmSubsystem, analyticsSubsystem, portalSubsystem];

export function findSubsystem(name: SubsystemName): Subsystem | undefined {
  return subsystems.find((s) => s.name === name);
}

export * from './types';
export { WaitingForApprovalError } from './common/inputs';
export { normalizeChannel, CHANNELS, type Channel } from '../domain/channels';
export { analyticsSubsystem, brandSubsystem, creativesSubsystem, mediaSubsystem, pmSubsystem, portalSubsystem, socialSubsystem, strategySubsystem };
