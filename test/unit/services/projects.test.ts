// Creating, changing and closing projects through the operations: one event per real change, in
// the same shape whichever front end asked.
import assert from 'node:assert/strict';
import { runOperation } from '../../../src/orchestrator/operations';
import type { ProjectIntake, ProjectPatch } from '../../../src/orchestrator/domain/project';
import type { ServiceEnv } from '../../../src/orchestrator/services';
import { fixture, intake, value, type Fixture } from './fixtures';

const createProject = (env: ServiceEnv, i: ProjectIntake, origin: { via?: string } = {}) => runOperation(env, 'project.create', { intake: i, ...origin }).then((r) => (r.ok ? { ok: true as const, value: r.value.value } : r));
const updateProject = (env: ServiceEnv, project: string, patch: ProjectPatch) => runOperation(env, 'project.update', { project, patch }).then((r) => (r.ok ? { ok: true as const, value: r.value.value } : r));
const archiveProject = (env: ServiceEnv, project: string) => runOperation(env, 'project.archive', { project }).then((r) => (r.ok ? { ok: true as const, value: r.value.value } : r));

async function eventsOf(f: Fixture, type: string) {
  const out = [];
  for await (const e of f.env.events.query({ type })) out.push(e);
  return out;
}

describe('project operations', () => {
  let f: Fixture;
  beforeEach(async () => (f = await fixture()));
  afterEach(() => f.cleanup());

  it('creates a project and records who created it and from where', async () => {
    const p = value(await createProject(f.env, intake({ name: 'Harbor Coffee Spring' }), { via: 'vscode' }));
    const [created] = await eventsOf(f, 'project.created');
    assert.equal(created?.project, p.id);
    assert.equal(created?.actor, 'Dana');
    assert.equal(created?.data.via, 'vscode');
    assert.equal(created?.data.slug, p.slug);
  });

  it('refuses invalid input as an error value naming the field, and writes nothing', async () => {
    const r = await createProject(f.env, intake({ name: '  ' }));
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.error.field, 'name');
    assert.deepEqual(await f.store.listProjects(), []);
    assert.deepEqual(await eventsOf(f, 'project.'), []);
  });

  it('records the changed fields with from/to, and nothing for a patch that changes nothing', async () => {
    const p = value(await createProject(f.env, intake({ name: 'Harbor Coffee Spring', industry: 'Food' })));
    const same = value(await updateProject(f.env, p.slug, { industry: 'Food' }));
    assert.deepEqual(same.changes, {});
    assert.equal((await eventsOf(f, 'project.updated')).length, 0);
    const changed = value(await updateProject(f.env, p.slug, { industry: 'Coffee retail' }));
    assert.deepEqual(changed.changes, { industry: { from: 'Food', to: 'Coffee retail' } });
    const [updated] = await eventsOf(f, 'project.updated');
    assert.deepEqual(updated?.data.changes, { industry: { from: 'Food', to: 'Coffee retail' } });
    assert.equal((await f.store.getProject(p.id)).industry, 'Coffee retail');
  });

  it('archives once: a closed project is left as it is', async () => {
    const p = value(await createProject(f.env, intake({ name: 'Harbor Coffee Spring' })));
    assert.equal(value(await archiveProject(f.env, p.slug)).changed, true);
    assert.equal(value(await archiveProject(f.env, p.slug)).changed, false);
    assert.equal((await eventsOf(f, 'project.archived')).length, 1);
    assert.equal((await f.store.getProject(p.id)).lifecycle, 'done');
  });
});
