// The demo as a strategist first sees it (issue 12 follow-up): briefs with facts, languages and
// channel rules, so its creatives read like a strategist wrote them; a flight relative to the day
// the demo is made, kept on every re-run; the sample results moved into the flights (figures
// unchanged), and the output says which days they cover.
// A real workspace on disk, the real operation (the flow included), a fixed clock.
import assert from 'node:assert/strict';
import { createDemoOperation } from '../../../src/orchestrator/operations/demo';
import { serviceEnv, unwrap } from '../../../src/orchestrator/services';
import { openAicmoWorkspace } from '../../../src/orchestrator/services/openAicmoWorkspace';
import type { WorkspaceStore } from '../../../src/orchestrator/store/types';
import { tempWorkspace } from '../store/helpers';

describe('demo: rich briefs, relative dates', function () {
  this.timeout(120_000);
  let store: WorkspaceStore;
  let cleanup: () => void;
  before(async () => {
    const ws = tempWorkspace();
    store = await openAicmoWorkspace(ws.root, { create: true });
    cleanup = () => {
      store.close();
      ws.cleanup();
    };
  });
  after(() => cleanup());

  const full = async () => Promise.all((await store.listProjects()).map((p) => store.readProject(p.id, (tx) => tx.project)));
  const demoOn = async (day: string) => unwrap(await createDemoOperation.run(serviceEnv(store, 'Dana', { now: () => new Date(`${day}T09:00:00Z`) }), {}));

  it('starts each flight a few weeks before the day it is made and ends it months ahead; a later re-run keeps those dates and changes nothing', async () => {
    const first = await demoOn('2027-03-10');
    const projects = await full();
    const northpeak = projects.find((p) => p.name === 'Northpeak Winter Trail Boot Launch')!;
    assert.deepEqual([northpeak.startDate, northpeak.endDate], ['2027-02-17', '2027-05-19']);
    for (const p of projects) {
      assert.ok(p.startDate! < '2027-03-10' && p.endDate! > '2027-04-10', `${p.name}: ${p.startDate} to ${p.endDate}`);
    }
    // The October 2026 samples are moved into the flights: they start on the flight's first day and end yesterday.
    assert.match(first.message, /sample results moved to 17 February – 9 March 2027, inside the flights/);
    const rowsOf = () => store.readProject(northpeak.id, (tx) => tx.metrics.select({}));
    const rows = await rowsOf();
    const days = rows.map((r) => r.date).sort();
    assert.deepEqual([days[0], days.at(-1)], ['2027-02-17', '2027-03-09']);
    const googleSpend = rows.filter((r) => r.platform === 'google_ads').reduce((t, r) => t + (r.spendMinor ?? 0), 0);
    assert.equal(googleSpend, 5_425_368, 'only the dates moved: the Google Ads sample still totals $54,253.68');

    const again = await demoOn('2027-06-01');
    assert.deepEqual(again.value.projects.map((p) => p.action), ['unchanged', 'unchanged', 'unchanged']);
    const later = await full();
    assert.deepEqual(later.map((p) => [p.name, p.startDate, p.endDate]), projects.map((p) => [p.name, p.startDate, p.endDate]));
    assert.deepEqual((await rowsOf()).map((r) => r.date).sort(), days, 'a re-run moves the samples by the same days: rows are replaced, not added');
  });

  it('writes the demo creatives from real briefs: benefits and proof, the landing URL, Ledgerly in German and English, no stock "Why Northpeak? Shop now."', async () => {
    const projects = await full();
    for (const p of projects) {
      assert.ok((p.benefits ?? []).length >= 3 && (p.proofPoints ?? []).length >= 1 && p.landingUrl, `${p.name} has facts`);
    }
    const northpeak = projects.find((p) => p.name.startsWith('Northpeak'))!;
    const creatives = await store.readProject(northpeak.id, (tx) => tx.creatives.list());
    assert.ok(creatives.length > 0);
    for (const c of creatives) assert.ok(c.facts.some((f) => /^(benefit|proof|mustInclude):/.test(f)), `${c.key} uses a fact of the brief`);
    const onFacts = creatives.filter((c) => c.facts.some((f) => /^(benefit|proof):/.test(f)));
    assert.ok(onFacts.length >= 0.8 * creatives.length, `${onFacts.length} of ${creatives.length} use a benefit or proof point`);
    assert.ok(!creatives.some((c) => c.violations.some((v) => v.severity === 'error')), 'no creative breaks a rule of the brief');
    const text = creatives.flatMap((c) => Object.values(c.fields).flat()).join('\n');
    assert.doesNotMatch(text, /Why Northpeak\? Shop now/);
    assert.match(text, /Waterproof GORE-TEX lining/);
    assert.ok(creatives.every((c) => c.fields.finalUrl === 'https://northpeak.example/ridgeline'));
    const ledgerly = projects.find((p) => p.name.startsWith('Ledgerly'))!;
    assert.deepEqual(ledgerly.languages, ['de', 'en']);
    assert.ok(ledgerly.allowedChannels && ledgerly.allowedChannels.length > 0, 'channel rules that match the constraints');
  });
});
