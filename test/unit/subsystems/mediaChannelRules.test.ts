// The brief's channel rules: read from free text into the same shape as the data fields, and
// enforced by the media plan on real workspaces (never spending outside the allowed channels,
// above a cap, or on an excluded channel).
import assert from 'node:assert/strict';
import type { Channel } from '../../../src/orchestrator/domain/channels';
import type { ProjectIntake } from '../../../src/orchestrator/domain/project';
import { runFlow } from '../../../src/orchestrator/flow';
import { readChannelRules } from '../../../src/orchestrator/subsystems/media';
import type { MediaContent } from '../../../src/orchestrator/subsystems/media/types';
import { workspaceWithProject, type Fixture } from '../flow/helpers';

describe('readChannelRules', () => {
  const cases: [string[], { allowed?: Channel[]; excluded?: Channel[]; caps?: Partial<Record<Channel, number>>; readings?: string[] }][] = [
    [['Only Meta and Google; no TikTok'], { allowed: ['meta', 'google_search'], excluded: ['tiktok'], readings: ['only Meta (Facebook) and Google Search', 'TikTok excluded'] }],
    [['max 30% on LinkedIn'], { caps: { linkedin: 0.3 }, readings: ['LinkedIn capped at 30%'] }],
    [['Cap LinkedIn at 25%', 'no more than 40% of budget on Google'], { caps: { linkedin: 0.25, google_search: 0.4 } }],
    [['Meta and Instagram only'], { allowed: ['meta', 'instagram'] }],
    [['Channels: Google Search, YouTube, email'], { allowed: ['google_search', 'youtube', 'email'] }],
    [['No TikTok or YouTube.', "Don't use Instagram"], { excluded: ['tiktok', 'youtube', 'instagram'] }],
    [['no social'], { excluded: ['meta', 'instagram', 'linkedin', 'x', 'tiktok'] }],
    [['no slang on TikTok', 'only weekdays', 'No discounts over 20%'], {}],
    [['Only Meta and TikTok', 'no TikTok'], { allowed: ['meta'], excluded: ['tiktok'] }],
  ];
  for (const [lines, expected] of cases) {
    it(`reads ${JSON.stringify(lines)}`, () => {
      const r = readChannelRules(lines);
      assert.deepEqual(r.allowed, expected.allowed ?? []);
      assert.deepEqual(r.excluded, expected.excluded ?? []);
      assert.deepEqual(r.caps, expected.caps ?? {});
      if (expected.readings) assert.deepEqual(r.readings, expected.readings);
    });
  }

  it('says when it read "Google" as Google Search', () => {
    assert.deepEqual(readChannelRules(['Only Meta and Google']).assumptions, ['"Google" read as Google Search']);
  });
});

describe('channel rules enforced by the media plan (real workspaces)', () => {
  let f: Fixture;
  afterEach(() => f.cleanup());

  async function plan(over: Partial<ProjectIntake>): Promise<MediaContent> {
    f = await workspaceWithProject({ industry: 'Online shoe store', constraints: [], doNotDo: [], ...over });
    const r = await runFlow(f.store, f.slug, { actor: 'ci' });
    const media = r.subsystems.find((s) => s.name === 'media')!;
    assert.equal(media.status, 'completed', media.error);
    return f.store.readProject(f.slug, (tx) => tx.artifacts.latestByKind().media!.content as MediaContent);
  }
  const spend = (c: MediaContent) => Object.fromEntries(c.allocations.filter((a) => a.amountMinor > 0).map((a) => [a.channel, a.share]));

  const table: [string, Partial<ProjectIntake>, (c: MediaContent) => void][] = [
    [
      'text "Only Meta and Google; no TikTok" gives TikTok and YouTube nothing, and shows the reading',
      { constraints: ['Only Meta and Google; no TikTok'] },
      (c) => {
        assert.deepEqual(Object.keys(spend(c)).sort(), ['google_search', 'meta']);
        assert.match(c.methodNote, /Read from the brief: only Meta \(Facebook\) and Google Search; TikTok excluded \("Google" read as Google Search\) — set these as channel rules to confirm\./);
        assert.equal(c.channelRules?.source.allowed, 'brief text');
      },
    ],
    [
      'data: allowed channels are the only ones with budget',
      { allowedChannels: ['meta', 'email', 'youtube'] },
      (c) => {
        assert.deepEqual(Object.keys(spend(c)).sort(), ['email', 'meta', 'youtube']);
        assert.match(c.allocations.find((a) => a.channel === 'youtube')!.rationale, /allowed by the brief; not in the priors table for this goal/);
        assert.equal(c.channelRules?.readingNote, null);
      },
    ],
    [
      'data: an excluded channel gets nothing',
      { excludedChannels: ['meta'] },
      (c) => {
        assert.ok(!('meta' in spend(c)));
        assert.deepEqual(c.excludedChannels, ['meta']);
      },
    ],
    [
      'data: a cap holds',
      { channelCaps: { google_search: 0.2 } },
      (c) => {
        assert.ok(spend(c).google_search! <= 0.2 + 1e-4);
        assert.deepEqual(c.parameters.caps, { google_search: 0.2 });
      },
    ],
    [
      'text cap "max 10% on Instagram" holds, beside data rules',
      { allowedChannels: ['google_search', 'meta', 'instagram'], constraints: ['max 10% on Instagram'] },
      (c) => {
        assert.ok(spend(c).instagram! <= 0.1 + 1e-4);
        assert.match(c.methodNote, /Read from the brief: Instagram capped at 10%/);
      },
    ],
    [
      'data wins over text for the allowed channels',
      { allowedChannels: ['email', 'meta'], constraints: ['Only TikTok'] },
      (c) => assert.deepEqual(Object.keys(spend(c)).sort(), ['email', 'meta']),
    ],
  ];
  for (const [name, over, check] of table) it(name, async () => check(await plan(over)));

  it('fails the media plan with one sentence when the text rules leave nothing to spend on', async () => {
    f = await workspaceWithProject({ industry: 'Online shoe store', constraints: ['Only TikTok'], doNotDo: ['no TikTok'] });
    const r = await runFlow(f.store, f.slug, { actor: 'ci' });
    assert.match(r.subsystems.find((s) => s.name === 'media')!.error ?? '', /^Every allowed channel \(TikTok\) is also excluded, so the plan has no channel to spend on\.$/);
  });
});
