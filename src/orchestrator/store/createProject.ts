// A new project's files: a slug from its name (refused when taken), a fresh database at the
// current schema with the project row at revision 1, its dump and .db saved. A `.db` left
// without its dump (removed by git) is moved aside, never reused.
import type { Database, SqlJsStatic } from 'sql.js';
import { existsSync, renameSync } from 'node:fs';
import { AicmoError } from '../domain/errors';
import { newId } from '../domain/ids';
import type { Project, ProjectIntake } from '../domain/project';
import { slugify, validateIntake } from '../domain/projectRules';
import { inTransaction, newDatabase } from './databaseFile';
import { dumpDatabase } from './dump';
import { sha256 } from './fileStamp';
import { setMeta } from './meta';
import type { LoadedProject } from './projectCache';
import { PROJECT_DUMP, type ProjectFiles } from './projectFiles';
import { readProjectRow, writeProjectRow } from './project/projectRow';
import { PROJECT_MIGRATIONS } from './schema';
import { displayName, projectDbFile, projectSqlFile, type WorkspacePaths } from './workspacePaths';

function normalizeIntake(intake: ProjectIntake): ProjectIntake {
  return {
    ...intake,
    name: intake.name.trim(),
    audiences: [...intake.audiences],
    constraints: [...intake.constraints],
    mustInclude: [...intake.mustInclude],
    doNotDo: [...intake.doNotDo],
    kpiTargets: { ...intake.kpiTargets },
  };
}

/**
 * Creates and saves the files; `fill` runs inside the creating transaction (after the project
 * row is written). `slugTaken` says whether the index already has a project with that slug.
 */
export function createProjectFiles(
  SQL: SqlJsStatic,
  paths: WorkspacePaths,
  files: ProjectFiles,
  intake: ProjectIntake,
  slugTaken: (slug: string) => boolean,
  fill: (db: Database, project: Project) => void,
): LoadedProject {
  validateIntake(intake);
  const id = newId('p_');
  const slug = slugify(intake.name) || `project-${id.slice(-8).toLowerCase()}`;
  const sqlFile = projectSqlFile(paths, slug);
  const dbFile = projectDbFile(paths, slug);
  if (existsSync(sqlFile) || slugTaken(slug)) {
    throw new AicmoError('conflict', `A project with the slug "${slug}" already exists; choose a different name.`, { field: 'name', details: { slug } });
  }
  if (existsSync(dbFile)) {
    // A working copy whose dump was deleted (e.g. removed by git): keep it aside, never reuse it.
    renameSync(dbFile, `${dbFile}.deleted-${Date.now()}`);
  }
  const now = new Date().toISOString();
  const db = newDatabase(SQL, PROJECT_MIGRATIONS, displayName(paths, dbFile));
  const loaded: LoadedProject = { slug, db, dbStamp: '', sqlStamp: '' };
  try {
    let dump = '';
    inTransaction(db, () => {
      setMeta(db, 'revision', '1');
      writeProjectRow(db, { ...normalizeIntake(intake), id, slug, lifecycle: 'active', createdAt: now, updatedAt: now });
      fill(db, { ...readProjectRow(db)!, slug });
      dump = dumpDatabase(db, PROJECT_DUMP);
      setMeta(db, 'dump_sha256', sha256(dump));
    });
    files.save(loaded, dump);
  } catch (e) {
    db.close();
    throw e;
  }
  return loaded;
}
