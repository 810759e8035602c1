// Where the workspace's files live (DESIGN.md "Workspace files").
import path from 'node:path';

export interface WorkspacePaths {
  root: string;
  aicmoDir: string;
  indexDb: string;
  workspaceSql: string;
  projectsDir: string;
  eventsDir: string;
}

export function workspacePaths(root: string): WorkspacePaths {
  const aicmoDir = path.join(path.resolve(root), '.aicmo');
  return {
    root: path.resolve(root),
    aicmoDir,
    indexDb: path.join(aicmoDir, 'aicmo.db'),
    workspaceSql: path.join(aicmoDir, 'workspace.sql'),
    projectsDir: path.join(aicmoDir, 'projects'),
    eventsDir: path.join(aicmoDir, 'events'),
  };
}

export const projectDbFile = (p: WorkspacePaths, slug: string): string => path.join(p.projectsDir, `${slug}.db`);
export const projectSqlFile = (p: WorkspacePaths, slug: string): string => path.join(p.projectsDir, `${slug}.sql`);

/** A slug as the store accepts it in a file name (what slugify produces). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Workspace-relative name for messages, e.g. `.aicmo/projects/acme.db`. */
export function displayName(p: WorkspacePaths, file: string): string {
  return path.relative(p.root, file).split(path.sep).join('/');
}
