// Creates `.aicmo/` with its folders and git files. Idempotent: existing files are kept.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomicFile';
import { makeFolders } from './pathGuard';
import { workspacePaths } from './workspacePaths';

export const GITIGNORE = `# AICMO: the .db files are binary working copies, rebuilt from the .sql dumps beside them.
*.db
*.tmp-*
.lock
.lock.stale-*
*.corrupt-*
*.conflict-*
*.deleted-*
`;

export const GITATTRIBUTES = `# Learning events are append-only lines: a merge keeps both sides.
events/*.jsonl merge=union
`;

export function initWorkspace(root: string): void {
  const p = workspacePaths(root);
  for (const dir of [p.aicmoDir, p.projectsDir, p.eventsDir]) makeFolders(dir);
  const gitignore = path.join(p.aicmoDir, '.gitignore');
  if (!existsSync(gitignore)) writeFileAtomic(gitignore, GITIGNORE);
  const gitattributes = path.join(p.aicmoDir, '.gitattributes');
  if (!existsSync(gitattributes)) writeFileAtomic(gitattributes, GITATTRIBUTES);
}
