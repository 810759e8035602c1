// Who is acting, for the learning events: --by, else $AICMO_ACTOR, else the OS user name.
import { userInfo } from 'node:os';

export function resolveActor(by: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = [by, env.AICMO_ACTOR].find((v) => v !== undefined && v.trim() !== '');
  if (chosen !== undefined) return chosen.trim();
  try {
    const name = userInfo().username;
    if (name) return name;
  } catch {
    // No passwd entry (some containers): fall through.
  }
  return env.USER || env.USERNAME || 'unknown';
}
