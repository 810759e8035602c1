// War Room panel in Chromium with a fake host: intake and strategy, decisions (reason required),
// edit saved as a new version, version history with a diff; markup renders as text.
import assert from 'node:assert/strict';
import { ApproveMediaCommand, ApproveStrategyCommand, OpenNotebookCommand, RejectMediaCommand, RequestMediaChangesCommand, RequestStrategyChangesCommand, SaveStrategyEditCommand, WarroomSnapshotNotification } from '../../src/protocol';
import { openPanel } from './harness/fakeHost';
import { countImages, textOf, usePanelEnv } from './harness/suite';
import { HOSTILE_MARKUP, HOSTILE_NAME, mediaPlanData, ref, snapshot, warroomData } from './fixtures';

describe('War Room panel', () => {
  const env = usePanelEnv();
  const project = ref('Acme Launch');
  const open = async (data = warroomData()) => {
    const p = await openPanel(env.browser, env.server, 'warroom', { snapshot: snapshot(data, { project, projects: [project] }) });
    env.opened.push(p);
    await p.page.locator('.strategy h2').waitFor();
    return p;
  };

  it('shows the intake and the current strategy version', async () => {
    const p = await open();
    assert.equal(await textOf(p, '.intake-name'), 'Acme Launch');
    assert.match(await textOf(p, '.intake'), /\$25,000\.00/);
    assert.match(await textOf(p, '.intake'), /Dates\s*1 December 2026 – 28 February 2027/, 'the flight as dates, not ISO strings');
    assert.match(await textOf(p, '.strategy h2'), /Strategy v2/);
    assert.match(await textOf(p, '.summary'), /free trials and proof/);
  });

  it('approves the current version', async () => {
    const p = await open();
    await p.page.locator('.strategy').getByRole('button', { name: 'Approve', exact: true }).click();
    const msg = await p.waitForPosted(ApproveStrategyCommand.method);
    assert.deepEqual(msg.params, { project: 'acme-launch', version: 2, by: 'Dana Strategist' });
  });

  it('reads "All sections" as a document: headed sections, prose, tables and money, no JSON paths', async () => {
    const p = await open();
    await p.page.getByText('All sections').click();
    const all = await textOf(p, '.all-sections');
    assert.doesNotMatch(all, /amountMinor|objectives\[|\w+\.\w+:/, all);
    assert.deepEqual(await p.page.locator('.all-sections h3').allTextContents(), ['Objectives', 'Situation']);
    assert.deepEqual(await p.page.locator('.all-sections table th').allTextContents(), ['KPI', 'Label', 'Target', 'Direction']);
    assert.match(all, /Budget\s*Amount\s*\$18,500\.00/);
    assert.match(all, /IT teams buy after a trial\./);
  });

  it('disables Approve once the version is approved', async () => {
    const d = warroomData();
    d.versions[d.versions.length - 1]!.status = 'approved';
    const p = await open(d);
    const approve = p.page.locator('vscode-button.approve');
    assert.equal(await approve.textContent(), 'Approved');
    assert.equal(await approve.evaluate((e) => e.hasAttribute('disabled')), true);
  });

  it('opens the campaign notebook of the project', async () => {
    const p = await open();
    await p.page.getByRole('button', { name: 'Open Campaign Notebook' }).click();
    assert.deepEqual((await p.waitForPosted(OpenNotebookCommand.method)).params, { project: 'acme-launch' });
  });

  it('requires a reason to request changes', async () => {
    const p = await open();
    await p.page.locator('.strategy').getByRole('button', { name: 'Request changes' }).click();
    assert.match(await textOf(p, '.form-error'), /what should change/);
    await p.page.locator('.strategy vscode-textfield input').fill('Name the trial length');
    await p.page.locator('.strategy').getByRole('button', { name: 'Request changes' }).click();
    const msg = await p.waitForPosted(RequestStrategyChangesCommand.method);
    assert.deepEqual(msg.params, { project: 'acme-launch', version: 2, by: 'Dana Strategist', reason: 'Name the trial length' });
  });

  it('saves an edit as a new version built on the current one', async () => {
    const p = await open();
    await p.page.getByRole('button', { name: 'Edit' }).click();
    await p.page.locator('vscode-textarea[label="Executive summary"] textarea').fill('A sharper summary.');
    await p.page.getByRole('button', { name: 'Save as v3' }).click();
    const msg = await p.waitForPosted(SaveStrategyEditCommand.method);
    const params = msg.params as { baseVersion: number; content: { executiveSummary: string; pillars: unknown; objectives: unknown } };
    assert.equal(params.baseVersion, 2);
    assert.equal(params.content.executiveSummary, 'A sharper summary.');
    assert.deepEqual(params.content.pillars, [{ name: 'Trust', description: 'Proof from customers.' }]);
    assert.ok(params.content.objectives, 'the sections not edited are kept');
  });

  it('shows what changed between versions', async () => {
    const p = await open();
    assert.match(await textOf(p, '.diff .added'), /Executive summary — Reach IT managers with free trials and proof\./);
    assert.match(await textOf(p, '.diff .removed'), /Executive summary — Reach IT managers with trials\./);
    assert.doesNotMatch(await textOf(p, '.diff'), /executiveSummary|\w\[\d+\]|amountMinor/, 'no JSON paths');
    await p.page.getByRole('button', { name: 'v1', exact: true }).click();
    await p.page.getByText('Changes in v1 (first version)').waitFor();
  });

  it('renders a hostile project name and comment as text, and ignores malformed snapshots', async () => {
    const p = await open(warroomData(HOSTILE_NAME));
    assert.equal(await textOf(p, '.intake-name'), HOSTILE_NAME);
    assert.match(await textOf(p, '.approvals'), /Add proof <b>now<\/b>/);
    assert.equal(await countImages(p), 0);
    await p.deliver({ type: 'notification', method: WarroomSnapshotNotification.method, params: { project, projects: [], actor: 'x', at: 'now', error: null, data: { intake: null } } });
    await p.page.waitForTimeout(100);
    assert.equal(await textOf(p, '.intake-name'), HOSTILE_NAME);
  });

  describe('Media section', () => {
    const media = (p: Awaited<ReturnType<typeof open>>) => p.page.locator('section.media');

    it('shows the latest plan as a diff against the approved one: channel names, old → new share, the evidence and the guardrail', async () => {
      const p = await open();
      assert.match(await textOf(p, 'section.media h2'), /Media plan v4\s*in review/i);
      assert.match(await textOf(p, '.media-facts'), /compared with approved v3/);
      assert.deepEqual(await p.page.locator('.media-diff thead th').allTextContents(), ['Channel', 'Approved v3', 'Proposed', 'Change', 'Why']);
      const row = (channel: string) => p.page.locator(`.media-diff tr[data-channel="${channel}"] > *`).allTextContents();
      assert.deepEqual((await row('google_search')).map((t) => t.trim()), ['Google Search', '30%', '40%', '+10 pts', 'Cost per lead $18.00 (conversion rate 6.0%) from 120 leads of 2,000 clicks.']);
      assert.deepEqual((await row('meta')).slice(0, 4).map((t) => t.trim()), ['Meta (Facebook)', '50%', '45%', '−5 pts']);
      assert.deepEqual((await row('youtube')).slice(0, 4).map((t) => t.trim()), ['YouTube', '—', '15%', 'new']);
      assert.deepEqual((await row('linkedin')).slice(0, 4).map((t) => t.trim()), ['LinkedIn', '20%', '0%', '−20 pts']);
      assert.doesNotMatch(await textOf(p, 'section.media'), /google_search|\byoutube\b|\blinkedin\b/, 'no channel ids');
      assert.match(await textOf(p, '.guardrail'), /step limit held Google Search back/);
      assert.match(await textOf(p, '.unconstrained'), /Without the step limit: Google Search 60%/);
    });

    it('approves the version seen; "Approve the larger move" only when the plan recommends it', async () => {
      const p = await open();
      assert.equal(await media(p).getByRole('button', { name: 'Approve the larger move' }).count(), 0, 'not recommended: no larger-move button');
      await media(p).getByRole('button', { name: 'Approve media plan' }).click();
      assert.deepEqual((await p.waitForPosted(ApproveMediaCommand.method)).params, { project: 'acme-launch', version: 4, by: 'Dana Strategist' });

      const d = warroomData();
      d.media = mediaPlanData({ recommend: true });
      const q = await open(d);
      assert.match(await textOf(q, '.guardrail'), /larger move \(to 60%\) is 97% likely better/);
      await media(q).getByRole('button', { name: 'Approve the larger move' }).click();
      assert.deepEqual((await q.waitForPosted(ApproveMediaCommand.method)).params, { project: 'acme-launch', version: 4, by: 'Dana Strategist', acceptLargerMove: true });
    });

    it('requires a reason to reject or request changes, and sends it with the version', async () => {
      const p = await open();
      await media(p).getByRole('button', { name: 'Reject media plan' }).click();
      assert.match(await textOf(p, '.media-error'), /Give a reason to reject the media plan/);
      await media(p).getByRole('button', { name: 'Request media plan changes' }).click();
      assert.match(await textOf(p, '.media-error'), /what should change in the media plan/);
      assert.equal(p.posted.filter((m) => m.method === RejectMediaCommand.method || m.method === RequestMediaChangesCommand.method).length, 0, 'nothing sent without a reason');
      await p.page.locator('section.media vscode-textfield input').fill('Keep LinkedIn for the CFO audience');
      await media(p).getByRole('button', { name: 'Request media plan changes' }).click();
      assert.deepEqual((await p.waitForPosted(RequestMediaChangesCommand.method)).params, { project: 'acme-launch', version: 4, by: 'Dana Strategist', reason: 'Keep LinkedIn for the CFO audience' });
      await p.page.locator('section.media vscode-textfield input').fill('Too much search');
      await media(p).getByRole('button', { name: 'Reject media plan' }).click();
      assert.deepEqual((await p.waitForPosted(RejectMediaCommand.method)).params, { project: 'acme-launch', version: 4, by: 'Dana Strategist', reason: 'Too much search' });
    });

    it('disables Approve once approved, and hides the larger move then', async () => {
      const d = warroomData();
      d.media = mediaPlanData({ recommend: true, status: 'approved' });
      const p = await open(d);
      const approve = p.page.locator('vscode-button.approve-media');
      assert.equal((await approve.textContent())?.trim(), 'Media plan approved');
      assert.equal(await approve.evaluate((e) => e.hasAttribute('disabled')), true);
      assert.equal(await p.page.locator('vscode-button.approve-larger').count(), 0);
    });

    it('says there is no media plan yet before the first run', async () => {
      const d = warroomData();
      d.media = null;
      const p = await open(d);
      assert.match(await textOf(p, 'section.media'), /No media plan yet/);
    });

    it('renders hostile evidence as text', async () => {
      const d = warroomData();
      d.media = mediaPlanData({ why: HOSTILE_MARKUP });
      d.media.changes[0]!.label = HOSTILE_NAME;
      const p = await open(d);
      assert.equal((await p.page.locator('.media-diff tr[data-channel="google_search"] .why').textContent())?.trim(), HOSTILE_MARKUP);
      assert.equal((await p.page.locator('.media-diff tr[data-channel="google_search"] .channel').textContent())?.trim(), HOSTILE_NAME);
      assert.equal(await countImages(p), 0);
      assert.equal(await p.page.locator('section.media b, section.media script').count(), 0);
    });
  });
});
