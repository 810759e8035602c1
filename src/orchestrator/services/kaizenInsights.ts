// getKaizenInsights: the insights Kaizen derives from events and metric rows (each with its
// evidence, "no evidence yet" per kind when there is none), optionally weighted for one project.
import { deriveInsights, type InsightReport, type KaizenOptions } from '../kaizen/insights';
import type { ServiceEnv } from './env';
import { attempt, type Result } from './result';

export function getKaizenInsights(env: ServiceEnv, options: { project?: string } & KaizenOptions = {}): Promise<Result<InsightReport>> {
  return attempt(() => deriveInsights(env.store, options));
}
