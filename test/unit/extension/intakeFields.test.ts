// Edit Intake's fields over the real core: every field's current value is shown as text that
// parses back to the same value (the prefill changes nothing), typed values become the patch
// `aicmo project update` would make, bad ones are refused with the core's sentence, and free-text
// constraints naming channels are read into channel rules for confirmation.
import assert from 'node:assert/strict';
import * as core from '../../../src/extension/core';
import { channelRulesFromText, intakeFields, kpiPairs } from '../../../src/extension/commands/intakeFields';
import { runOperation } from '../../../src/orchestrator/operations';
import { fixture, intake, value, type Fixture } from '../services/fixtures';

describe('Edit Intake fields', function () {
  this.timeout(60_000);
  let f: Fixture;
  beforeEach(async () => (f = await fixture()));
  afterEach(() => f.cleanup());

  const field = (key: string) => intakeFields(core).find((x) => x.key === key)!;

  it("covers the brief's facts, channel rules and KPI targets, each prefilled with a value that parses back unchanged", async () => {
    const p = await f.store.createProject(intake({
      name: 'Luigi Trattoria', currency: 'GBP', kpiTargets: { cpa: 12.5, conversions: 1200 },
      benefits: ['Pasta made fresh, every morning'], proofPoints: ['4.8 stars from 1,200 reviews'], offer: 'Free dessert in March', languages: ['en', 'it'], tone: 'warm, plain-spoken',
      landingUrl: 'https://luigi.example/book', competitors: ['Pizza Palace'], allowedChannels: ['google_search', 'meta'], excludedChannels: ['tiktok'], channelCaps: { meta: 0.3 },
    }));
    const keys = intakeFields(core).map((x) => x.key);
    for (const k of ['benefits', 'proofPoints', 'offer', 'languages', 'tone', 'landingUrl', 'competitors', 'allowedChannels', 'excludedChannels', 'channelCaps', 'kpiTargets', 'client', 'brand', 'product']) assert.ok(keys.includes(k as never), k);
    assert.equal(field('allowedChannels').shown(p), 'Google Search, Meta (Facebook)');
    assert.equal(field('channelCaps').shown(p), 'Meta (Facebook)=30%');
    assert.equal(field('kpiTargets').shown(p), 'conversions=1200, cpa=12.5');
    assert.equal(field('proofPoints').shown(p), '4.8 stars from 1,200 reviews');
    for (const x of intakeFields(core)) {
      const next = core.applyProjectPatch(p, x.parse(x.shown(p), p));
      assert.deepEqual(next[x.key] ?? null, p[x.key] ?? null, `${x.label}: "${x.shown(p)}" parses back`);
    }
  });

  it('turns typed text into the patch project.update stores, and refuses bad text with one sentence', async () => {
    const p = await f.store.createProject(intake({ name: 'Contoso Bikes', currency: 'USD' }));
    const patch = {
      ...field('kpiTargets').parse('cpa=40, conversions=1,200', p),
      ...field('allowedChannels').parse('google search, Meta', p),
      ...field('channelCaps').parse('meta=30%, Google Search=0.8', p),
      ...field('languages').parse('EN, de', p),
      ...field('benefits').parse('Light frames; 2-year warranty, no questions', p),
    };
    assert.deepEqual(patch, { kpiTargets: { cpa: 40, conversions: 1200 }, allowedChannels: ['google_search', 'meta'], channelCaps: { meta: 0.3, google_search: 0.8 }, languages: ['en', 'de'], benefits: ['Light frames', '2-year warranty, no questions'] });
    value(await runOperation(f.env, 'project.update', { project: p.slug, patch }));
    const stored = await f.store.getProject(p.slug);
    assert.deepEqual([stored.kpiTargets, stored.allowedChannels, stored.channelCaps, stored.languages], [{ cpa: 40, conversions: 1200 }, ['google_search', 'meta'], { meta: 0.3, google_search: 0.8 }, ['en', 'de']]);
    assert.throws(() => field('allowedChannels').parse('Myspace', p), /"Myspace" is not a channel AICMO knows/);
    assert.throws(() => field('kpiTargets').parse('cpa=cheap', p), /needs a number after "="/);
    assert.deepEqual(kpiPairs('cpa=40; leads = 1 200'), ['cpa=40', 'leads = 1200']);
  });

  it('reads "Only Meta and Google; no TikTok" into channel rules to confirm, and says nothing when the data already holds them', async () => {
    const p = await f.store.createProject(intake({ name: 'Fabrikam', currency: 'USD' }));
    const next = core.applyProjectPatch(p, field('constraints').parse('Only Meta and Google, no TikTok, max 30% on Meta', p));
    const reading = channelRulesFromText(core, next);
    assert.ok(reading);
    assert.match(reading.note, /^Read from the brief: only Meta \(Facebook\) and Google Search; TikTok excluded; Meta \(Facebook\) capped at 30%.*\.$/);
    assert.deepEqual(reading.patch, { allowedChannels: ['meta', 'google_search'], excludedChannels: ['tiktok'], channelCaps: { meta: 0.3 } });
    assert.equal(channelRulesFromText(core, core.applyProjectPatch(next, reading.patch)), null, 'once set as data, there is nothing left to confirm');
    assert.equal(channelRulesFromText(core, core.applyProjectPatch(p, { constraints: ['no slang on TikTok'] })), null);
  });
});
