// AICMO's notebook renderer in Chromium, under a strict CSP: each kind of output renders from its
// data (hostile text stays text), the decisions inside outputs post the messages the host accepts
// (strategy approve / reject with a reason; the media plan; a plugin's output; creatives one by one, selected, all
// awaiting), a missing
// reason is refused in the view, Restricted Mode and a renderer without messaging disable them.
import assert from 'node:assert/strict';
import type { ArtifactOutput } from '../../src/protocol/notebook';
import { openRenderer, type RendererUnderTest } from './harness/rendererHost';
import { countImages, textOf, usePanelEnv } from './harness/suite';

const HOSTILE = '<img src=x onerror=alert(1)>';
const project = { id: 'p_1', slug: 'acme-launch', name: `Acme ${HOSTILE}` };

function output(over: Partial<ArtifactOutput>): ArtifactOutput {
  return {
    v: 1, project, actor: 'Dana', cell: 'strategy', kind: 'subsystem', title: 'Strategy', description: '', plugin: null, status: 'in_review', version: 2,
    statusNote: null, lastError: null, waiting: null, stale: [], insights: [], skipKaizen: false, createdAt: '2026-11-20T09:00:00.000Z', decisions: 'strategy',
    content: { executiveSummary: `Grow online sales ${HOSTILE}`, objectives: [{ label: 'ROAS', target: 4, direction: 'higher' }], pillars: [{ name: 'Trust', description: 'Proof first' }] },
    creatives: [], notice: null, ...over,
  };
}

const creative = (id: string, status = 'in_review') => ({ id, channel: 'meta', angle: 'social-proof', format: 'feed', headline: `Headline ${id} ${HOSTILE}`, body: 'Body', cta: 'Shop now', status, version: 1, violations: [] });

describe('Notebook renderer', () => {
  const env = usePanelEnv();
  const renderers: RendererUnderTest[] = [];
  const open = async (o?: Parameters<typeof openRenderer>[2]) => {
    const r = await openRenderer(env.browser, env.server, o);
    renderers.push(r);
    return r;
  };
  afterEach(async function () {
    const all = renderers.splice(0);
    const problems = all.flatMap((r) => [...r.problems, ...r.rejected]);
    await Promise.all(all.map((r) => r.close()));
    if (this.currentTest?.state === 'passed') assert.deepEqual(problems, [], 'CSP violations, console errors, dialogs or messages the host refuses');
  });

  it('renders the strategy with its status and keeps hostile text as text', async () => {
    const r = await open();
    await r.render(output({ insights: [{ id: 'k1', sentence: `Checklist from rejections ${HOSTILE}` }], stale: ['Built on brand v1; brand is now v2 (draft).'] }));
    await r.page.locator('aicmo-artifact-output section[data-cell="strategy"]').waitFor();
    const text = await textOf({ page: r.page } as never, 'aicmo-artifact-output');
    assert.match(text, /Strategy stale v2/);
    assert.ok(text.includes(`Grow online sales ${HOSTILE}`), text);
    assert.match(text, /Stale: Built on brand v1/);
    assert.match(text, /ROAS: target 4 \(higher is better\)/);
    assert.equal(await countImages({ page: r.page } as never), 0, 'no <img> from the hostile text');
  });

  it('posts strategy decisions the host accepts; a rejection without a reason is refused in the view', async () => {
    const r = await open();
    await r.render(output({}));
    const approve = r.page.locator('.decisions vscode-button', { hasText: /^\s*Approve\s*$/ });
    await approve.click();
    assert.deepEqual(await r.waitForPosted(1), { type: 'decide', project: 'acme-launch', cell: 'strategy', decision: 'approve', version: 2 });
    await r.page.locator('.decisions vscode-button', { hasText: 'Reject' }).click();
    assert.match(await textOf({ page: r.page } as never, '.form-error'), /^Give a reason to reject the strategy\.$/);
    assert.equal(r.posted.length, 1, 'nothing posted without a reason');
    await r.page.locator('.decisions vscode-textfield').locator('input').fill('Too generic for this client');
    await r.page.locator('.decisions vscode-button', { hasText: 'Request changes' }).click();
    assert.deepEqual(await r.waitForPosted(2), { type: 'decide', project: 'acme-launch', cell: 'strategy', decision: 'request_changes', reason: 'Too generic for this client', version: 2 });
  });

  it("posts the media plan's decisions (media.decide) with the version shown; its proposal reads as text", async () => {
    const r = await open();
    await r.render(output({
      cell: 'media', title: 'Media plan', decisions: 'media', version: 3,
      content: { budget: { currency: 'EUR', formatted: '€10,000.00' }, proposal: { summary: `Moves 5 points to Meta ${HOSTILE}` }, allocations: [{ channel: 'meta', label: 'Meta', share: 0.5, amountMinor: 500000, rationale: 'Best cost per lead' }] },
    }));
    await r.page.locator('aicmo-artifact-output section[data-cell="media"]').waitFor();
    const text = await textOf({ page: r.page } as never, 'aicmo-artifact-output');
    assert.ok(text.includes(`Moves 5 points to Meta ${HOSTILE}`), text);
    assert.match(text, /Meta\s*€5,000\.00\s*50\.0%/);
    await r.page.locator('.decisions vscode-textfield').locator('input').fill('Too much on search');
    await r.page.locator('.decisions vscode-button', { hasText: 'Reject' }).click();
    assert.deepEqual(await r.waitForPosted(1), { type: 'decide', project: 'acme-launch', cell: 'media', decision: 'reject', reason: 'Too much on search', version: 3 });
    assert.equal(await countImages({ page: r.page } as never), 0);
  });

  it("posts a plugin output's decisions (subsystem.decide) naming the subsystem and the version shown", async () => {
    const r = await open();
    await r.render(output({ cell: 'seo', title: 'seo', decisions: 'plugin', status: 'draft', version: 4, plugin: { id: 'aicmo-examples.seo-subsystem', label: 'SEO ideas' }, content: { keywords: [{ keyword: HOSTILE, label: 'idea — not measured' }] } }));
    await r.page.locator('aicmo-artifact-output section[data-cell="seo"] .decisions').waitFor();
    assert.equal(await r.page.locator('.decisions').getAttribute('aria-label'), 'Decide on the seo output');
    await r.page.locator('.decisions vscode-button', { hasText: 'Request changes' }).click();
    assert.match(await textOf({ page: r.page } as never, '.form-error'), /^Say what should change in the seo output before requesting changes\.$/);
    assert.equal(r.posted.length, 0, 'nothing posted without a reason');
    await r.page.locator('.decisions vscode-textfield').locator('input').fill('Add local keywords');
    await r.page.locator('.decisions vscode-button', { hasText: 'Request changes' }).click();
    assert.deepEqual(await r.waitForPosted(1), { type: 'decide', project: 'acme-launch', cell: 'plugin', decision: 'request_changes', reason: 'Add local keywords', subsystem: 'seo', version: 4 });
    await r.page.locator('.decisions vscode-button', { hasText: /^\s*Approve\s*$/ }).click();
    assert.deepEqual(await r.waitForPosted(2), { type: 'decide', project: 'acme-launch', cell: 'plugin', decision: 'approve', subsystem: 'seo', version: 4 });
    assert.equal(await countImages({ page: r.page } as never), 0);
  });

  it('decides on creatives one by one, the selected ones, and all awaiting', async () => {
    const r = await open();
    await r.render(output({ cell: 'creatives', title: 'Creatives', decisions: 'creatives', content: { variants: [] }, creatives: [creative('c1'), creative('c2'), creative('c3', 'approved')] }));
    await r.page.locator('[data-creative="c1"]').waitFor();
    assert.match(await textOf({ page: r.page } as never, '.counts'), /3 creatives · 2 awaiting a decision · 1 approved/);
    assert.ok((await textOf({ page: r.page } as never, '[data-creative="c1"]')).includes(`Headline c1 ${HOSTILE}`));
    await r.page.locator('[data-creative="c2"] vscode-button', { hasText: /^\s*Approve\s*$/ }).click();
    assert.deepEqual(await r.waitForPosted(1), { type: 'decide', project: 'acme-launch', cell: 'creatives', decision: 'approve', ids: ['c2'] });
    await r.page.locator('[data-creative="c1"] input[type="checkbox"]').check();
    await r.page.locator('[data-creative="c3"] input[type="checkbox"]').check();
    await r.page.locator('.bulk vscode-textfield').locator('input').fill('Off brand');
    await r.page.locator('.bulk vscode-button', { hasText: 'Reject selected' }).click();
    assert.deepEqual(await r.waitForPosted(2), { type: 'decide', project: 'acme-launch', cell: 'creatives', decision: 'reject', reason: 'Off brand', ids: ['c1', 'c3'] });
    await r.page.locator('.bulk vscode-button', { hasText: 'Approve all awaiting (2)' }).click();
    assert.deepEqual(await r.waitForPosted(3), { type: 'decide', project: 'acme-launch', cell: 'creatives', decision: 'approve', all: true });
  });

  it('the brief offers Edit Intake; a waiting cell says why; a plugin output shows its content as a table of text', async () => {
    const r = await open();
    await r.render(output({ cell: 'brief', kind: 'brief', title: 'Brief', decisions: null, status: 'brief', version: null, content: { client: HOSTILE, industry: 'retail', goal: 'Sales', goalMetric: 'sales', audiences: ['a', 'b'], budgetMinor: 2500000, currency: 'EUR', startDate: '2026-09-01', endDate: '2026-11-30', kpiTargets: { roas: 4 } } }), 'brief');
    await r.render(output({ cell: 'creatives', title: 'Creatives', status: 'missing', version: null, content: null, decisions: null, waiting: 'Waiting for strategy approval: strategy v1 is in review; approve it (in its cell or the War Room), then run this cell.' }), 'creatives');
    await r.render(output({ cell: 'seo', title: 'seo', decisions: null, plugin: { id: 'aicmo-examples.seo-subsystem', label: 'SEO ideas' }, content: { keywords: [{ keyword: HOSTILE, label: 'idea — not measured' }] } }), 'seo');
    await r.page.locator('#seo table.generic-table').waitFor();
    assert.match(await textOf({ page: r.page } as never, '#brief dl'), /Budget€25,000\.00/);
    assert.match(await textOf({ page: r.page } as never, '#brief dl'), /Dates1 September – 30 November 2026/, 'the flight as dates');
    await r.page.locator('#brief vscode-button', { hasText: 'Edit Intake' }).click();
    assert.deepEqual(await r.waitForPosted(1), { type: 'editIntake', project: 'acme-launch' });
    assert.match(await textOf({ page: r.page } as never, '#creatives .waiting'), /^Waiting for strategy approval/);
    assert.equal(await r.page.locator('#creatives .decisions').count(), 0);
    const seo = await textOf({ page: r.page } as never, '#seo');
    assert.match(seo, /from SEO ideas/);
    assert.ok(seo.includes(`keywordlabel ${HOSTILE}idea — not measured`), seo);
    assert.equal(await countImages({ page: r.page } as never), 0);
  });

  it('in Restricted Mode and without messaging the decisions are disabled and say why; bad data is refused as text', async () => {
    const untrusted = await open({ trusted: false });
    await untrusted.render(output({}));
    await untrusted.page.locator('.decisions').waitFor();
    assert.equal(await untrusted.page.locator('.decisions vscode-button[disabled]').count(), 3);
    assert.match(await textOf({ page: untrusted.page } as never, 'aicmo-artifact-output'), /Decisions change campaign files, so this workspace must be trusted first\./);
    const mute = await open({ messaging: false });
    await mute.render(output({}));
    await mute.page.locator('.decisions').waitFor();
    assert.match(await textOf({ page: mute.page } as never, 'aicmo-artifact-output'), /This view cannot reach AICMO here/);
    await mute.render({ v: 2 } as never, 'bad');
    assert.match(await mute.page.locator('#bad').innerText(), /^This AICMO output cannot be shown: v: /);
  });
});
