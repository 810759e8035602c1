// The notebook's outputs are built from the store: each cell's status and version, why a cell waits
// (creatives without an approved strategy), why it is stale, the creatives with their decisions,
// a plugin's own Markdown, and text that stays text in the Markdown fallback.
import assert from 'node:assert/strict';
import { getNotebookOutputs } from '../../../src/orchestrator/notebook';
import { runOperation, runOperationByName } from '../../../src/orchestrator/operations';
import { SubsystemRegistry } from '../../../src/orchestrator/plugins';
import { serviceEnv, unwrap } from '../../../src/orchestrator/services';
import { decisionCall, decisionCell, parseNotebookMessage } from '../../../src/protocol/notebook';
import { workspaceWithProject, type Fixture } from '../flow/helpers';

describe('notebook outputs', () => {
  let f: Fixture;
  beforeEach(async () => {
    f = await workspaceWithProject({ name: 'Acme <img src=x onerror=alert(1)> | pipes' });
  });
  afterEach(() => f.cleanup());

  const cells = ['brief', 'strategy', 'media', 'creatives', 'seo', 'nope'];

  it('shows the brief, each subsystem with its status, why creatives wait and a name nobody registered', async () => {
    const registry = new SubsystemRegistry();
    registry.register({ name: 'seo', needs: ['strategy'], run: () => ({ ideas: ['a'] }), validate: () => [], render: (c: { ideas: string[] }) => `Ideas: ${c.ideas.join(', ')}` }, { id: 'acme.seo' });
    const env = serviceEnv(f.store, 'Dana', { subsystems: registry });
    const before = unwrap(await getNotebookOutputs(env, f.slug, cells)).cells;
    assert.equal(before[0]!.data.kind, 'brief');
    assert.match(before[0]!.markdown, /\*\*Acme \\<img src=x onerror=alert\\\(1\\\)\\> \\\| pipes\*\*/, 'the name is escaped Markdown');
    assert.equal(before[1]!.data.status, 'missing');
    assert.match(before[3]!.data.waiting ?? '', /^Waiting for strategy and media: run those cells first\.$/);
    assert.equal(before[5]!.data.kind, 'unknown');
    assert.match(before[5]!.data.waiting ?? '', /There is no subsystem named "nope"/);

    unwrap(await runOperation(env, 'flow.run', { project: f.slug }));
    const after = unwrap(await getNotebookOutputs(env, f.slug, cells)).cells;
    const strategy = after[1]!.data;
    assert.deepEqual([strategy.status, strategy.version, strategy.decisions], ['in_review', 1, 'strategy']);
    assert.match(after[3]!.data.waiting ?? '', /^Waiting for strategy approval: strategy v1 is in review; approve it/);
    assert.equal(after[4]!.markdown.split('\n').at(-1), 'Ideas: a', "the plugin's own Markdown");
    assert.deepEqual(after[4]!.data.plugin, { id: 'acme.seo', label: null });
    assert.equal(after[4]!.data.decisions, 'plugin', "a plugin's output offers decisions");
    assert.equal(after[2]!.data.decisions, 'media');
    assert.match(after[2]!.markdown, /\| Channel \| Amount \| Share \| Why \|/);

    unwrap(await runOperation(env, 'strategy.decide', { project: f.slug, decision: 'approve' }));
    unwrap(await runOperation(env, 'flow.run', { project: f.slug }));
    const decided = unwrap(await getNotebookOutputs(env, f.slug, ['creatives'])).cells[0]!.data;
    assert.equal(decided.waiting, null);
    assert.equal(decided.decisions, 'creatives');
    assert.ok(decided.creatives.length > 0 && decided.creatives.every((c) => c.status === 'in_review'));
    assert.equal(decided.status, 'in_review');
    // The cell says where the creatives' decisions stand now, not the status the set was made with.
    unwrap(await runOperation(env, 'creatives.decide', { project: f.slug, all: true, decision: 'reject', reason: 'Off brief' }));
    const rejected = unwrap(await getNotebookOutputs(env, f.slug, ['creatives'])).cells[0]!;
    assert.equal(rejected.data.status, 'rejected');
    assert.match(rejected.markdown, /^\*\*Creatives\*\* v1 · rejected/);

    // A new strategy version: what was built on v1 says so.
    unwrap(await runOperation(env, 'strategy.saveEdit', { project: f.slug, content: { ...(strategy.content as object), executiveSummary: 'Edited.' } }));
    const media = unwrap(await getNotebookOutputs(env, f.slug, ['media'])).cells[0]!.data;
    assert.deepEqual(media.stale, ['Built on strategy v1; strategy is now v2 (in review).']);
  });

  it("the media plan's output decides through media.decide: a renderer's approve approves the version shown, a stale version is refused", async () => {
    const env = serviceEnv(f.store, 'Dana');
    unwrap(await runOperation(env, 'flow.run', { project: f.slug }));
    const media = unwrap(await getNotebookOutputs(env, f.slug, ['media'])).cells[0]!.data;
    assert.equal(media.decisions, 'media');
    const summary = (media.content as { proposal: { summary: string } }).proposal.summary;
    assert.ok(summary.length > 0);
    const mediaMarkdown = unwrap(await getNotebookOutputs(env, f.slug, ['media'])).cells[0]!.markdown;
    assert.ok(mediaMarkdown.includes(summary.slice(0, 20)), "the Markdown carries the proposal's sentence");
    const parsed = parseNotebookMessage({ type: 'decide', project: f.slug, cell: 'media', decision: 'approve', version: media.version });
    assert.ok(parsed.ok && parsed.message.type === 'decide');
    const call = decisionCall(parsed.message);
    assert.equal(call.name, 'media.decide');
    const outcome = unwrap(await runOperationByName(env, call.name, call.input));
    assert.match(outcome.message, /^Approved media plan v1 of /);
    const after = unwrap(await getNotebookOutputs(env, f.slug, ['media'])).cells[0]!.data;
    assert.equal(after.status, 'approved');
    const old = await runOperationByName(env, 'media.decide', { ...call.input, version: (media.version ?? 0) + 5, decision: 'reject', reason: 'too much on search' });
    assert.equal(old.ok, false, 'a version that is not the latest is refused');
  });

  it("a plugin's output decides through subsystem.decide: the renderer's message names the subsystem and the version shown", async () => {
    const registry = new SubsystemRegistry();
    registry.register({ name: 'seo', needs: ['strategy'], run: () => ({ ideas: ['a'] }), validate: () => [], render: () => 'Ideas' }, { id: 'acme.seo', label: 'Acme SEO' });
    const env = serviceEnv(f.store, 'Dana', { subsystems: registry });
    const none = unwrap(await getNotebookOutputs(env, f.slug, ['seo'])).cells[0]!.data;
    assert.equal(none.decisions, null, 'nothing to decide on before a first version');
    unwrap(await runOperation(env, 'flow.run', { project: f.slug }));
    const seo = unwrap(await getNotebookOutputs(env, f.slug, ['seo'])).cells[0]!.data;
    assert.deepEqual([seo.status, seo.version, seo.decisions], ['draft', 1, 'plugin']);
    const parsed = parseNotebookMessage({ type: 'decide', project: f.slug, cell: 'plugin', subsystem: 'seo', decision: 'reject', reason: ' Off brand ', version: 1 });
    assert.ok(parsed.ok && parsed.message.type === 'decide');
    assert.equal(decisionCell(parsed.message), 'seo', 'the outcome shows in the seo cell');
    const call = decisionCall(parsed.message);
    assert.deepEqual(call, { name: 'subsystem.decide', input: { project: f.slug, subsystem: 'seo', decision: 'reject', reason: 'Off brand', version: 1 } });
    const outcome = unwrap(await runOperationByName(env, call.name, call.input));
    assert.equal(outcome.message, `Rejected seo v1 of "Acme <img src=x onerror=alert(1)> | pipes" (from Acme SEO): Off brand.`);
    assert.equal(unwrap(await getNotebookOutputs(env, f.slug, ['seo'])).cells[0]!.data.status, 'rejected');
    const bad = parseNotebookMessage({ type: 'decide', project: f.slug, cell: 'plugin', subsystem: 'seo', decision: 'approve', by: 'someone else' });
    assert.equal(bad.ok, false, 'a message with fields the protocol does not know is refused');
  });
});
