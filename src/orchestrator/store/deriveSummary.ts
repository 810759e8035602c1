// The default stage rule for the index until the orchestrator plugs in the real one
// (OpenOptions.deriveSummary): INTAKE while required intake fields are missing, else STRATEGY.
import type { Project } from '../domain/project';
import type { ProjectDerivation } from './types';

export function missingIntakeFields(p: Project): string[] {
  const missing: string[] = [];
  if (!p.name.trim()) missing.push('name');
  if (!p.industry.trim()) missing.push('industry');
  if (!p.goal.trim()) missing.push('goal');
  if (!p.goalMetric) missing.push('goalMetric');
  if (p.audiences.filter((a) => a.trim()).length === 0) missing.push('audiences');
  if (!(p.budgetMinor > 0)) missing.push('budget');
  if (!p.currency) missing.push('currency');
  return missing;
}

export function defaultDeriveSummary(_db: unknown, project: Project): ProjectDerivation {
  return { stage: missingIntakeFields(project).length > 0 ? 'INTAKE' : 'STRATEGY', flags: {} };
}
