import assert from 'node:assert/strict';
import { brandSubsystem } from '../../../src/orchestrator/subsystems/brand';
import { socialSubsystem } from '../../../src/orchestrator/subsystems/social';
import { NOT_MEASURED } from '../../../src/orchestrator/subsystems/social/types';
import type { TrendSeries } from '../../../src/orchestrator/subsystems/types';
import { b2bSaasLeads, dtcSales, input, run } from './fixtures';

const weeks = (values: number[]) => values.map((value, i) => ({ date: new Date(Date.UTC(2025, 10, 2 + 7 * i)).toISOString().slice(0, 10), value }));

describe('brand subsystem', () => {
  it('derives voice from the industry and terms from must-include / do-not-do', async () => {
    const b2b = (await run(brandSubsystem, b2bSaasLeads())).content;
    const dtc = (await run(brandSubsystem, dtcSales())).content;
    assert.equal(b2b.voice.family, 'b2b_tech');
    assert.equal(dtc.voice.family, 'retail');
    assert.ok(b2b.voice.pairs.every((p) => p.is && p.isNot));
    assert.deepEqual(b2b.preferredTerms, ['free trial']);
    assert.deepEqual(b2b.bannedTerms, ['cheap', 'TikTok']);
    assert.deepEqual(dtc.bannedTerms, ['discounts']);
    assert.deepEqual(b2b.keyMessages.map((m) => m.audience), ['finance directors', 'controllers at mid-size companies']);
    assert.ok(b2b.taglines.length >= 1 && b2b.taglines.length <= 4);
  });

  it('never offers a tagline with a banned term, and keeps long rules as guidance', async () => {
    const c = (await run(brandSubsystem, dtcSales({ product: 'Runner', doNotDo: ['Runner', 'Never compare us with competitors by name in any ad'] }))).content;
    for (const t of c.taglines) assert.doesNotMatch(t, /runner/i);
    assert.deepEqual(c.guidance, ['Never compare us with competitors by name in any ad']);
    assert.deepEqual(await run(brandSubsystem, dtcSales()), await run(brandSubsystem, dtcSales()));
  });
});

describe('social subsystem', () => {
  it('labels every idea "idea — not measured" when no trend series is imported, with no numbers', async () => {
    const c = (await run(socialSubsystem, dtcSales())).content;
    assert.equal(c.trends.seriesCount, 0);
    assert.ok(c.opportunities.every((o) => !o.measured && o.label === NOT_MEASURED && o.strength === undefined));
    assert.ok(c.hashtags.every((h) => !h.measured && h.label === NOT_MEASURED));
    assert.ok(c.hashtags.some((h) => h.tag === '#Trailfox'));
    assert.doesNotMatch(JSON.stringify(c.opportunities), /\d{3,}/, 'no invented volumes');
  });

  it('uses imported series with their strength, most promising first, and never invents volumes', async () => {
    const series: TrendSeries[] = [
      { keyword: 'barefoot shoes', source: 'Google Trends CSV', points: weeks([94, 90, 80, 70, 60, 50, 40, 30]) },
      { keyword: 'trail running shoes', source: 'Google Trends CSV', points: weeks([8, 12, 20, 30, 45, 60, 80, 100]) },
    ];
    const c = (await run(socialSubsystem, dtcSales(), { data: { trendSeries: () => series }, inputs: { brand: input('brand', { bannedTerms: [] }) } })).content;
    const measured = c.opportunities.filter((o) => o.measured);
    assert.deepEqual(measured.map((o) => [o.keyword, o.strength!.strength]), [['trail running shoes', 'emerging'], ['barefoot shoes', 'declining']]);
    assert.match(measured[0]!.evidence!, /8 points from 2025-11-02/);
    assert.ok(c.opportunities.some((o) => o.label === NOT_MEASURED), 'table ideas are still offered, labelled');
    assert.deepEqual(c.hashtags.filter((h) => h.source === 'trend').map((h) => h.tag), ['#TrailRunningShoes'], 'declining keywords get no hashtag');
  });

  it('rejects content that passes an unmeasured idea off as measured', () => {
    const problems = socialSubsystem.validate({ opportunities: [{ title: 'x', label: 'hot', measured: false }], hashtags: [{ tag: '#x', label: 'y' }] });
    assert.ok(problems.some((p) => p.includes(NOT_MEASURED)));
  });
});
