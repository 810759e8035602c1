// The subsystems whose latest attempt failed, per project (Command and Control Tower).
import { getProjectUnifiedView, unwrap, type ServiceEnv } from '../../../orchestrator/services';

export async function latestFailures(env: ServiceEnv, slug: string): Promise<{ subsystem: string; error: string; at: string | null }[]> {
  const view = unwrap(await getProjectUnifiedView(env, slug));
  return Object.values(view.artifacts).filter((a) => a.lastError !== null).map((a) => ({ subsystem: a.name, error: a.lastError!, at: a.createdAt }));
}
