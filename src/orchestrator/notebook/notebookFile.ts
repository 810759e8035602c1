// A project's notebook on disk: `.aicmo/notebooks/<slug>.campaign` of the workspace, made when
// missing (the brief and one cell per subsystem) and never written over: an existing file —
// readable or not — is the strategist's, and VS Code saves it from then on. No write follows a
// symlink or leaves `.aicmo/`.
import { existsSync, lstatSync, mkdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { AicmoError } from '../domain/errors';
import { writeFileAtomic } from '../store/atomicFile';
import { SLUG_PATTERN } from '../store/workspacePaths';
import { newCampaignNotebook, notebookPathFor, serializeCampaignNotebook } from './campaignFile';

export interface NotebookFile {
  file: string;
  created: boolean;
  /** False when it is missing and was not to be made (`create: false`). */
  exists: boolean;
}

/** The notebook file of a project, made when missing; `subsystems` are the cells, in run order. */
export function ensureNotebookFile(root: string, project: { id: string; slug: string }, subsystems: readonly string[], options: { create?: boolean } = {}): NotebookFile {
  if (!SLUG_PATTERN.test(project.slug)) throw new AicmoError('invalid-input', `"${project.slug}" is not a project slug.`, { field: 'project' });
  const aicmo = path.join(root, '.aicmo');
  const file = path.join(root, ...notebookPathFor(project.slug).split('/'));
  const dir = path.dirname(file);
  for (const p of [aicmo, dir, file]) {
    if (existsSync(p) && lstatSync(p).isSymbolicLink()) throw new AicmoError('invalid-input', `${path.relative(root, p)} is a symbolic link; AICMO does not write through links, so the notebook was not made.`);
  }
  if (existsSync(file)) return { file, created: false, exists: true };
  if (options.create === false) return { file, created: false, exists: false };
  mkdirSync(dir, { recursive: true });
  if (!realpathSync(dir).startsWith(realpathSync(aicmo) + path.sep)) throw new AicmoError('invalid-input', `${path.relative(root, dir)} is outside .aicmo/; the notebook was not made.`);
  writeFileAtomic(file, serializeCampaignNotebook(newCampaignNotebook(project, subsystems)));
  return { file, created: true, exists: true };
}
