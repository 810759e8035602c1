// The one-line texts the host makes for panels: event summaries (Kaizen, Command activity),
// Unified View highlights, Command attention items, Portal requests per target.
import assert from 'node:assert/strict';
import { artifactHighlights } from '../../../src/extension/panels/snapshots/highlights';
import { attentionItems, overdueTasks } from '../../../src/extension/panels/snapshots/commandItems';
import { eventSummary } from '../../../src/extension/panels/snapshots/eventSummary';
import { portalData } from '../../../src/extension/panels/snapshots/portalRequests';
import type { PipelineProject } from '../../../src/orchestrator/services';

const event = (type: string, data: Record<string, unknown>) => ({ v: 1 as const, id: 'e_1', ts: '2026-11-24T10:00:00.000Z', type, project: 'p_1', actor: 'Dana', data });

function row(overrides: Partial<PipelineProject>): PipelineProject {
  return {
    id: 'p_1', slug: 'acme', name: 'Acme', industry: 'retail', goalMetric: 'sales', goalLabel: 'Sales', stage: 'CREATIVE', stageLabel: 'Creative', lifecycle: 'active', badges: [],
    budget: { minor: 100, currency: 'USD', display: '$1.00' }, strategyStatus: 'approved', creativesAwaiting: 0, leads: 0, leadsContacted: 0, leadsReplied: 0, meetings: 0, outreach: 0, metricRows: 0, blockers: [], updatedAt: '2026-11-20T00:00:00.000Z',
    ...overrides,
  };
}

describe('panel summaries', () => {
  it('describes events in one line, with the reason a person gave', () => {
    assert.equal(eventSummary(event('creative.rejected', { creativeId: 'cr_1', channel: 'meta', angle: 'urgency', reason: 'too pushy' })), 'Urgency creative on Meta (Facebook) rejected: “too pushy”');
    assert.equal(eventSummary(event('strategy.changes_requested', { version: 2, reason: 'more budget on search' })), 'Strategy v2 changes requested: “more budget on search”');
    assert.equal(eventSummary(event('subsystem.failed', { subsystem: 'media', error: 'no budget' })), 'Media plan failed: no budget');
    assert.equal(eventSummary(event('artifact.rejected', { kind: 'seo', version: 3, plugin: 'acme.seo', reason: 'off brand' })), 'seo v3 rejected (from acme.seo): “off brand”');
    assert.equal(eventSummary(event('task.status_changed', { taskId: 't-copy', from: 'todo', to: 'in_progress' })), 'Task t-copy set to in progress (was todo)');
    assert.equal(eventSummary(event('task.status_changed', { taskId: 't-copy', title: 'Write Google Search copy', from: 'todo', to: 'done' })), 'Task “Write Google Search copy” set to done (was todo)');
    assert.equal(eventSummary(event('flow.completed', { status: 'partial' })), 'Run done in part: some steps wait for a decision or failed');
    assert.equal(eventSummary(event('metrics.imported', { rowsImported: 63, platform: 'google_ads', fileName: 'daily.csv' })), 'Imported 63 rows (Google Ads) from daily.csv');
    assert.equal(eventSummary(event('creative.scheduled', { channel: 'google_search', angle: 'benefit-led', date: '2026-12-10' })), 'Benefit-led creative on Google Search scheduled for 2026-12-10');
    // A type from a newer AICMO: its plain fields, nothing invented.
    assert.equal(eventSummary(event('budget.moved', { from: 'meta', to: 'search', nested: { a: 1 } })), 'budget moved — from: meta, to: search');
  });

  it('summarises artifact content without inventing numbers', () => {
    const media = artifactHighlights('media', { budget: { formatted: '$25,000.00' }, allocations: [{ label: 'Google Search', share: 0.35 }, { label: 'Meta', share: 0.65 }], methodNote: 'Split from priors.' });
    assert.deepEqual(media, ['$25,000.00: Google Search 35%, Meta 65%', 'Split from priors.']);
    assert.deepEqual(artifactHighlights('strategy', null), []);
    assert.deepEqual(artifactHighlights('newthing', { a: 1, b: 2 }), ['2 fields: a, b']);
  });

  it('lists what needs the strategist, approvals first, each pointing at its panel', () => {
    const items = attentionItems(
      [row({ id: 'p_1', name: 'Acme', strategyStatus: 'in_review', badges: ['stale'] }), row({ id: 'p_2', slug: 'b', name: 'Beta', creativesAwaiting: 3, leads: 4 })],
      [{ project: { id: 'p_2', slug: 'b', name: 'Beta' }, overdueTasks: [{ title: 'Brief', due: '2026-11-01' }], goalsBehind: [{ metric: 'cpa' }], failed: [{ subsystem: 'media', error: 'boom', at: null }] }],
    );
    assert.deepEqual(items.map((i) => `${i.kind}:${i.panel}:${i.project.slug}`), [
      'approval:warroom:acme', 'approval:gallery:b', 'failed-run:controltower:b', 'overdue-task:pm:b', 'stale-artifact:unified:acme', 'goal-behind:analytics:b', 'new-leads:pipeline:b',
    ]);
    assert.equal(items[1]!.title, '3 creatives of Beta are waiting for a decision.');
    assert.equal(items.at(-1)!.title, '4 leads of Beta not contacted yet.');
    assert.deepEqual(overdueTasks([{ title: 'a', due: '2026-11-23', status: 'todo' }, { title: 'b', due: '2026-11-23', status: 'done' }, { title: 'c', due: '2026-11-24', status: 'todo' }, { title: 'd', due: null, status: 'todo' }], '2026-11-24'), [{ title: 'a', due: '2026-11-23' }]);
  });

  it('lists the leads not contacted yet, also when some were, and none when every lead was', () => {
    const projects = [
      row({ id: 'p_1', name: 'Northpeak', leads: 40, leadsContacted: 28, outreach: 31 }),
      row({ id: 'p_2', slug: 'b', name: 'Beta', leads: 5, leadsContacted: 5, outreach: 9 }),
      row({ id: 'p_3', slug: 'c', name: 'Cedar', leads: 1, leadsContacted: 0, outreach: 0 }),
      row({ id: 'p_4', slug: 'd', name: 'Dune', leads: 0 }),
    ];
    const items = attentionItems(projects, []);
    assert.deepEqual(items.map((i) => [i.kind, i.panel, i.project.slug, i.title]), [
      ['new-leads', 'pipeline', 'acme', '12 of 40 leads of Northpeak not contacted yet.'],
      ['new-leads', 'pipeline', 'c', '1 lead of Cedar not contacted yet.'],
    ]);
    assert.equal(attentionItems([row({ name: 'Cedar', leads: 1200, leadsContacted: 3, outreach: 3 })], [])[0]!.title, '1,197 of 1,200 leads of Cedar not contacted yet.');
  });

  it('groups approval actions per target with their full history', () => {
    const a = (id: string, kind: string, target: string, action: string) => ({ id, at: `2026-11-2${id.length}T00:00:00.000Z`, actor: { name: 'Dana', kind: 'internal' }, action, target: { kind, id: target } });
    const data = portalData({
      strategy: { version: 2, status: 'approved', createdAt: '2026-11-20T00:00:00.000Z' },
      creatives: [{ id: 'cr_1', status: 'changes_requested', channel: 'meta', headline: 'Hi', body: '' }, { id: 'cr_2', status: 'in_review', channel: 'x', headline: 'Yo', body: '' }, { id: 'cr_3', status: 'approved', channel: 'tiktok', headline: '', body: 'Fresh beans every morning.\nOrder now.' }],
      approvals: [a('1', 'strategy', 's', 'request_changes'), a('22', 'strategy', 's', 'approve'), a('333', 'creative', 'cr_1', 'request_changes'), a('4444', 'project', 'p', 'hold')],
    });
    // Creatives by their channel's name and their headline, else the start of their text (a TikTok ad has no headline).
    assert.deepEqual(data.requests.map((r) => [r.target.label, r.status, r.history.length]), [['Strategy v2', 'approved', 2], ['Meta (Facebook): Hi', 'changes requested', 1], ['X (Twitter): Yo', 'waiting', 0], ['TikTok: Fresh beans every morning.', 'approved', 0], ['Project', 'hold', 1]]);
    assert.equal(data.history.length, 4);
    assert.deepEqual(data.history.map((h) => h.target.label), ['Strategy v2', 'Strategy v2', 'Meta (Facebook): Hi', 'Project'], 'every action names what it was about');
  });
});
