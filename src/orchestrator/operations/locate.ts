// Finds which project holds each of some ids (creatives, tasks): ids are unique within a
// project file, so an id is looked up in every project (or in the one named).
import { AicmoError } from '../domain/errors';
import type { ProjectReader, WorkspaceStore } from '../store/types';

export interface Located {
  projectId: string;
  slug: string;
  ids: string[];
}

export async function locateIds(store: WorkspaceStore, ids: readonly string[], what: string, exists: (tx: ProjectReader, id: string) => boolean, projectRef?: string): Promise<Located[]> {
  const unique = [...new Set(ids.map((i) => i.trim()).filter((i) => i !== ''))];
  if (unique.length === 0) throw new AicmoError('invalid-input', `Name at least one ${what} id.`, { field: 'id' });
  const projects = projectRef === undefined ? await store.listProjects() : [await store.getProject(projectRef)];
  const found = new Map<string, Located[]>();
  for (const p of projects) {
    const hits = await store.readProject(p.id, (tx) => unique.filter((id) => exists(tx, id)));
    for (const id of hits) found.set(id, [...(found.get(id) ?? []), { projectId: p.id, slug: p.slug, ids: [id] }]);
  }
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length > 0) throw new AicmoError('not-found', `No ${what} has the id ${missing.map((m) => `"${m}"`).join(', ')}${projectRef ? ` in ${projectRef}` : ''}.`, { field: 'id' });
  const ambiguous = unique.filter((id) => (found.get(id)?.length ?? 0) > 1);
  if (ambiguous.length > 0) {
    const id = ambiguous[0]!;
    throw new AicmoError('conflict', `The ${what} id "${id}" exists in ${found.get(id)!.map((l) => l.slug).join(' and ')}; name the project.`, { field: 'project' });
  }
  const byProject = new Map<string, Located>();
  for (const id of unique) {
    const l = found.get(id)![0]!;
    const g = byProject.get(l.projectId) ?? { projectId: l.projectId, slug: l.slug, ids: [] };
    g.ids.push(id);
    byProject.set(l.projectId, g);
  }
  return [...byProject.values()];
}
