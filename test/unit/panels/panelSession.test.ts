// The host side of a panel's conversation, through PanelSession with a fake webview: nothing is
// posted before the ready handshake, an invalid message is logged and changes nothing, a command
// posts its outcome then a fresh snapshot, and what is posted while hidden is replayed (only the
// newest snapshot) when the panel shows again; commands and requests run the operation their
// panel's descriptor maps them to.
import assert from 'node:assert/strict';
import { PanelSession, type PanelServices } from '../../../src/extension/panels/panelSession';
import type { HostMessage, Snapshot } from '../../../src/protocol';
import { HOSTILE_NAME } from '../../webviews/fixtures';

interface Harness {
  session: PanelSession;
  posted: HostMessage[];
  calls: string[];
  warnings: string[];
  revision: { n: number };
}

function harness(panel: 'gallery' | 'pipeline' | 'analytics' | 'trends' = 'gallery', initial: { project?: string | null; ui?: unknown } = {}, overrides: Partial<PanelServices> = {}): Harness {
  const posted: HostMessage[] = [];
  const calls: string[] = [];
  const warnings: string[] = [];
  const revision = { n: 0 };
  const services: PanelServices = {
    log: { info: () => undefined, warn: (m) => void warnings.push(m), error: (m) => void warnings.push(m) },
    snapshot: async (_panel, query): Promise<Snapshot<unknown>> => {
      calls.push(`snapshot ${query.project ?? '-'}`);
      const ref = { id: 'p_1', slug: query.project ?? 'acme', name: HOSTILE_NAME };
      return { project: ref, projects: [ref], actor: 'Dana', at: '2026-11-24T10:00:00.000Z', data: { revision: ++revision.n }, error: null };
    },
    run: async (call) => {
      calls.push(`run ${call.name}`);
      if (call.name === 'creatives.decide' && call.input.decision === 'reject') return { ok: false, message: 'Creative cr_9 does not exist.' };
      if (call.name === 'metrics.import') return { ok: true, message: 'Imported 63 rows.', value: null };
      return { ok: true, message: 'Approved 2 creatives.', value: null };
    },
    pickFile: async (title) => (calls.push(`pick ${title}`), '/tmp/export.csv'),
    openPanel: async (p) => void calls.push(`open ${p}`),
    newProject: async () => void calls.push('newProject'),
    ...overrides,
  };
  const posts = { postMessage: async (m: unknown) => (posted.push(m as HostMessage), true) };
  return { session: new PanelSession(panel, posts, services, initial), posted, calls, warnings, revision };
}

const ready = (panel = 'gallery', state: unknown = null) => ({ type: 'command', method: 'webview/ready', params: { panel, state } });
const methods = (posted: HostMessage[]) => posted.map((m) => (m.type === 'notification' ? m.method : `response ${m.id}`));

describe('panel session (host side of the protocol)', () => {
  it('offers the outcome\'s next steps as buttons (not the panel already open) and takes one by its position', async () => {
    const opened: string[] = [];
    const h = harness('gallery', { project: 'acme' }, {
      run: async (call) => (h.calls.push(`run ${call.name}`), {
        ok: true,
        message: 'Exported the review pack.',
        value: { needFixing: [{ id: 'cr_3' }] },
        next: [
          { label: 'Open Gallery', target: { kind: 'panel', panel: 'gallery', project: 'acme' } },
          { label: 'Open', target: { kind: 'file', path: '/ws/.aicmo/reports/acme-review-v1.html' } },
          { label: 'Reveal in Explorer', target: { kind: 'file', path: '/ws/.aicmo/reports/acme-review-v1.html', reveal: true } },
          { label: 'Open War Room', target: { kind: 'panel', panel: 'warroom', project: 'acme' } },
        ],
      }),
      openFile: async (path, reveal) => void opened.push(`${reveal ? 'reveal' : 'open'} ${path}`),
    });
    await h.session.receive(ready());
    await h.session.receive({ type: 'command', method: 'gallery/approveCreatives', params: { project: 'acme', ids: ['cr_1', 'cr_3'], by: 'Dana' } });
    const notice = h.posted.find((m) => m.type === 'notification' && m.method === 'host/notice') as { params: { steps?: string[]; select?: string[] } };
    assert.deepEqual(notice.params.steps, ['Open', 'Reveal in Explorer', 'Open War Room']);
    assert.deepEqual(notice.params.select, ['cr_3'], 'what needs fixing is selected');
    await h.session.receive({ type: 'command', method: 'webview/takeStep', params: { index: 1 } });
    await h.session.receive({ type: 'command', method: 'webview/takeStep', params: { index: 2 } });
    await h.session.receive({ type: 'command', method: 'webview/takeStep', params: { index: 4 } });
    assert.deepEqual(opened, ['reveal /ws/.aicmo/reports/acme-review-v1.html']);
    assert.ok(h.calls.includes('open warroom'));
    assert.ok(h.warnings.some((w) => /no next step 5 is on offer/.test(w)), 'a step not on offer is ignored with a warning');
  });

  it('posts nothing before the ready handshake, then one full snapshot for the persisted project', async () => {
    const h = harness('gallery');
    await h.session.refresh();
    assert.deepEqual(h.posted, []);
    await h.session.receive(ready('gallery', { project: 'northpeak', tab: 'grid' }));
    assert.deepEqual(methods(h.posted), ['gallery/snapshot']);
    assert.deepEqual(h.calls, ['snapshot northpeak']);
    assert.equal(h.session.ui.tab, 'grid');
  });

  it('ignores invalid messages: logged, nothing called, nothing posted', async () => {
    const h = harness('gallery', { project: 'acme' });
    await h.session.receive(ready());
    const before = { posted: h.posted.length, calls: [...h.calls] };
    const bad: unknown[] = [
      null,
      'approve everything',
      { type: 'command', method: 'gallery/approveCreatives', params: { project: 'acme', ids: [], by: 'Dana' } }, // empty id list
      { type: 'command', method: 'gallery/rejectCreatives', params: { project: 'acme', ids: ['cr_1'], by: 'Dana', reason: '   ' } }, // blank reason
      { type: 'command', method: 'controltower/setPaused', params: { on: true } }, // another panel's command
      { type: 'command', method: 'gallery/approveCreatives', params: { project: 'acme', ids: ['cr_1'], by: 'Dana' }, extra: () => 1 },
      { type: 'request', id: -1, method: 'data/importCsv', params: { project: 'acme', kind: 'google-ads' } },
      { type: 'notification', method: 'gallery/snapshot', params: {} },
    ];
    for (const raw of bad) await h.session.receive(raw);
    assert.equal(h.session.ignored, bad.length - 1, 'the message with an extra key is valid (unknown keys are dropped)');
    assert.equal(h.warnings.length, bad.length - 1);
    assert.match(h.warnings.join('\n'), /must list at least one id/);
    assert.match(h.warnings.join('\n'), /no such command/);
    // Only the one valid command ran.
    assert.deepEqual(h.calls.slice(before.calls.length), ['run creatives.decide', 'snapshot acme']);
    assert.equal(h.posted.length, before.posted + 2);
  });

  it('answers a command with its notice, then a fresh snapshot; a failure is one sentence', async () => {
    const h = harness('gallery', { project: 'acme' });
    await h.session.receive(ready());
    h.posted.length = 0;
    await h.session.receive({ type: 'command', method: 'gallery/rejectCreatives', params: { project: 'acme', ids: ['cr_9'], by: 'Dana', reason: 'off brand' } });
    assert.deepEqual(methods(h.posted), ['host/notice', 'gallery/snapshot']);
    assert.deepEqual((h.posted[0] as { params: unknown }).params, { level: 'error', message: 'Creative cr_9 does not exist.' });
  });

  it('while hidden, keeps notices and builds no snapshot; when visible, replays them and posts one fresh snapshot', async () => {
    const h = harness('gallery', { project: 'acme' });
    await h.session.receive(ready());
    h.posted.length = 0;
    const built = h.revision.n;
    h.session.setVisible(false);
    await h.session.refresh();
    await h.session.receive({ type: 'command', method: 'gallery/approveCreatives', params: { project: 'acme', ids: ['cr_1', 'cr_2'], by: 'Dana' } });
    await h.session.refresh();
    assert.deepEqual(h.posted, []);
    assert.equal(h.revision.n, built, 'no snapshot is built for a hidden panel');
    assert.deepEqual(methods([...h.session.queued]), ['host/notice']);
    h.session.setVisible(true);
    await new Promise((r) => setTimeout(r, 10)); // the refresh setVisible started
    assert.deepEqual(methods(h.posted), ['host/notice', 'gallery/snapshot']);
    assert.equal(h.revision.n, built + 1, 'one snapshot for all the changes while hidden');
    assert.deepEqual((h.posted[1] as unknown as { params: { data: unknown } }).params.data, { revision: h.revision.n });
  });

  it('switches project on selectProject and answers requests by id', async () => {
    const h = harness('analytics', { project: 'acme' });
    await h.session.receive(ready('analytics'));
    await h.session.receive({ type: 'command', method: 'webview/selectProject', params: { project: 'northpeak' } });
    assert.equal(h.session.project, 'northpeak');
    h.posted.length = 0;
    await h.session.receive({ type: 'request', id: 7, method: 'data/importCsv', params: { project: 'northpeak', kind: 'google-ads' } });
    assert.deepEqual(h.posted[0], { type: 'response', id: 7, method: 'data/importCsv', ok: true, value: { imported: true, message: 'Imported 63 rows.' } });
    assert.equal(methods(h.posted)[1], 'analytics/snapshot');
  });

  it('refuses a request that may not run here before asking for a file, and runs nothing', async () => {
    const refusal = 'Importing metrics changes campaign files, so this workspace must be trusted first (AICMO is read-only in Restricted Mode).';
    const h = harness('analytics', { project: 'acme' }, { refusal: (call) => (call.name === 'metrics.import' ? refusal : undefined) });
    await h.session.receive(ready('analytics'));
    h.posted.length = 0;
    const before = h.calls.length;
    await h.session.receive({ type: 'request', id: 3, method: 'data/importCsv', params: { project: 'acme', kind: 'google-ads' } });
    assert.deepEqual(h.posted, [{ type: 'response', id: 3, method: 'data/importCsv', ok: false, error: refusal }]);
    assert.deepEqual(h.calls.slice(before), [], 'no file dialog, no operation');
  });

  it('runs only the operations the panel catalog lists for the message, before asking for a file', async () => {
    const h = harness('trends');
    await h.session.receive(ready('trends'));
    h.posted.length = 0;
    h.calls.length = 0;
    await h.session.receive({ type: 'request', id: 4, method: 'data/importCsv', params: { project: 'acme', kind: 'google-ads' } });
    assert.deepEqual(h.posted, [{ type: 'response', id: 4, method: 'data/importCsv', ok: false, error: 'The Social Trends panel does not import an ad-platform export (Google Ads, Meta Ads, generic CSV) into a project.' }]);
    assert.deepEqual(h.calls, [], 'no file asked for, nothing run');
    await h.session.receive({ type: 'request', id: 5, method: 'data/importCsv', params: { project: 'acme', kind: 'trends' } });
    assert.deepEqual(h.calls.slice(0, 2), ['pick Import a trends CSV into acme', 'run trends.import']);
  });

  it('says why when the snapshot cannot be built, instead of loading forever', async () => {
    const h = harness('pipeline', {}, {
      snapshot: async () => {
        throw new Error('no campaigns folder');
      },
    });
    await h.session.receive(ready('pipeline'));
    assert.deepEqual(methods(h.posted), ['pipeline/snapshot']);
    assert.equal((h.posted[0] as unknown as { params: { error: string } }).params.error, 'Could not read the campaigns: no campaigns folder');
  });

  it('restores from a persisted state that is garbage without failing', async () => {
    const h = harness('pipeline', { ui: { project: 42, sort: 'sideways' } });
    assert.deepEqual(h.session.ui, {});
    await h.session.receive(ready('pipeline'));
    assert.deepEqual(methods(h.posted), ['pipeline/snapshot']);
  });
});
