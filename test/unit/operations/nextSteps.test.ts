// Every action ends with its next step, in the strategist's words: a partial run says what waits
// and offers it (Open War Room, Approve Strategy v1), approving offers "Generate creatives", a
// paused workspace's refusal offers "Resume", and an export names its file, offers Open and Reveal
// in Explorer, and never overwrites a file holding another version's pack.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runOperation } from '../../../src/orchestrator/operations';
import { serviceEnv } from '../../../src/orchestrator/services';
import { workspaceWithProject, type Fixture } from '../flow/helpers';
import { run, value } from './helpers';

describe('operations: sentences with their next steps', () => {
  let f: Fixture;
  beforeEach(async () => (f = await workspaceWithProject({ name: 'Trattoria Nonna' })));
  afterEach(() => f.cleanup());

  it('says what a partial run waits for and offers it; approving offers to generate the creatives', async () => {
    const ran = await run(f.store, 'flow.run', { project: f.slug });
    assert.match(ran.message, /^Ran the flow for "Trattoria Nonna": 7 of 8 parts done, Creatives waiting\. Strategy v1 awaits approval\./);
    assert.doesNotMatch(ran.message, /completed: \d+ completed/);
    assert.deepEqual(ran.next?.slice(0, 2), [
      { label: 'Open War Room', target: { kind: 'panel', panel: 'warroom', project: f.slug } },
      { label: 'Approve Strategy v1', target: { kind: 'operation', name: 'strategy.decide', input: { project: f.slug, decision: 'approve', version: 1 } } },
    ]);
    const approved = await run(f.store, 'strategy.decide', { project: f.slug, decision: 'approve', version: 1 });
    assert.match(approved.message, /^Approved strategy v1 of "Trattoria Nonna"; the project is now in Creative\./);
    assert.deepEqual(approved.next?.[0], { label: 'Generate creatives', target: { kind: 'operation', name: 'flow.run', input: { project: f.slug } } });
    const again = await run(f.store, 'flow.run', { project: f.slug });
    assert.match(again.message, /all 8 parts done\..* creatives await a decision\./);
    assert.ok(again.next?.some((s) => s.label === 'Open Gallery'));
  });

  it('refuses a run while paused and offers to resume', async () => {
    await value(f.store, 'pause.set', { on: true });
    const r = await runOperation(serviceEnv(f.store, 'Dana'), 'flow.run', { project: f.slug });
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.error.code, 'paused');
    assert.deepEqual(r.error.next, [{ label: 'Resume', target: { kind: 'operation', name: 'pause.set', input: { on: false } } }]);
  });

  it('names the exported file, offers Open and Reveal in Explorer, and never overwrites another version\'s pack', async () => {
    await value(f.store, 'flow.run', { project: f.slug });
    // The run wrote this version's pack already: the export finds it up to date and writes nothing.
    const first = await run(f.store, 'report.export', { project: f.slug, format: 'html' });
    const rel = (p: string) => path.relative(f.root, p).split(path.sep).join('/');
    assert.equal(rel(first.value.file), '.aicmo/reports/trattoria-nonna-review-v1.html');
    assert.equal(first.value.unchanged, true);
    assert.match(first.message, /^The review pack of "Trattoria Nonna" in \.aicmo\/reports\/trattoria-nonna-review-v1\.html is up to date \(\d+ KB\); nothing was written\.$/);
    assert.deepEqual(first.next, [
      { label: 'Open Report', target: { kind: 'file', path: first.value.file } },
      { label: 'Reveal in Explorer', target: { kind: 'file', path: first.value.file, reveal: true } },
    ]);
    const firstText = readFileSync(first.value.file, 'utf8');
    // A decision changes the pack: another file, and the first one keeps what it said.
    await value(f.store, 'strategy.decide', { project: f.slug, decision: 'approve' });
    const later = await run(f.store, 'report.export', { project: f.slug, format: 'html' });
    assert.equal(rel(later.value.file), '.aicmo/reports/trattoria-nonna-review-v1-2.html');
    assert.equal(later.message, `Exported the review pack of "Trattoria Nonna" to ${rel(later.value.file)} (HTML, ${Math.max(1, Math.round(later.value.bytes / 1024))} KB).`);
    assert.equal(readFileSync(first.value.file, 'utf8'), firstText, 'the older pack was not overwritten');
    const again = await run(f.store, 'report.export', { project: f.slug, format: 'html' });
    assert.deepEqual([again.value.file, again.value.unchanged], [later.value.file, true]);
  });
});
