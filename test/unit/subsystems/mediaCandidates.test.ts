// Channels this project already runs are candidates for its media plan when the brief's channel
// rules allow them; when they do not, the plan says which rule leaves their results out.
import assert from 'node:assert/strict';
import { mediaSubsystem } from '../../../src/orchestrator/subsystems/media';
import type { MediaContent } from '../../../src/orchestrator/subsystems/media/types';
import { strategySubsystem } from '../../../src/orchestrator/subsystems/strategy';
import type { Project } from '../../../src/orchestrator/domain/project';
import type { ChannelPerformanceInsight } from '../../../src/orchestrator/kaizen/types';
import { dtcSales, input, run, type RunOptions } from './fixtures';
import { perf } from './mediaEvidence';

async function plan(project: Project, o: RunOptions = {}): Promise<MediaContent> {
  const strategy = (await run(strategySubsystem, project)).content;
  return (await run(mediaSubsystem, project, { ...o, inputs: { strategy: input('strategy', strategy, 'in_review') } })).content;
}

const own = { project: 'p_dtc', currency: 'JPY' };
const search = perf('google_search', 40, 2000, 200_000, own);
const pmax = perf('google_pmax', 120, 3000, 300_000, own);
const channelsOf = (c: MediaContent): string[] => c.allocations.map((a) => a.channel);

describe('media plan candidates: channels the project already runs', () => {
  const cases: { name: string; project: Project; insights: ChannelPerformanceInsight[]; skipKaizen?: boolean; planned: boolean; note: string | null }[] = [
    { name: 'its own Performance Max results make PMax a candidate when the brief names no channels', project: dtcSales(), insights: [search, pmax], planned: true, note: null },
    { name: 'the brief allows other channels only: PMax stays out, and the plan says why', project: dtcSales({ allowedChannels: ['google_search', 'meta'] }), insights: [search, pmax], planned: false, note: "Results for Performance Max are not used: the brief's allowed channels do not include it." },
    { name: 'the brief excludes PMax: it stays out, and the plan says why', project: dtcSales({ excludedChannels: ['google_pmax'] }), insights: [search, pmax], planned: false, note: "Results for Performance Max are not used: the brief's channel rules exclude it." },
    { name: "another project's PMax results do not make it a candidate", project: dtcSales(), insights: [search, perf('google_pmax', 120, 3000, 300_000, { currency: 'JPY' })], planned: false, note: 'Results for Performance Max are not used: this project has no results of its own for that channel, so it is not in this plan.' },
    { name: 'a plan on priors alone (--skip-kaizen) does not add it', project: dtcSales(), insights: [search, pmax], skipKaizen: true, planned: false, note: null },
    { name: 'a family label ("Google Ads") informs members the plan has, but adds none', project: dtcSales(), insights: [search, perf('google ads', 50, 1000, 100_000, { ...own, reading: 'family', members: ['google_search', 'google_pmax', 'youtube'] })], planned: false, note: null },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const m = await plan(c.project, { insights: c.insights, ...(c.skipKaizen ? { skipKaizen: true } : {}) });
      assert.equal(channelsOf(m).includes('google_pmax'), c.planned, channelsOf(m).join(', '));
      const notes = m.evidence?.notes ?? [];
      if (c.note) assert.ok(notes.includes(c.note), notes.join('\n'));
      assert.ok(!notes.some((n) => /not in this plan/.test(n)) || c.note?.includes('not in this plan'), notes.join('\n'));
      assert.equal(m.allocations.reduce((t, a) => t + a.amountMinor, 0), c.project.budgetMinor);
    });
  }

  it('starts a running channel small, says why, and lets its results move it', async () => {
    const m = await plan(dtcSales(), { insights: [search, pmax] });
    const a = m.allocations.find((x) => x.channel === 'google_pmax')!;
    assert.equal(m.method, 'thompson-sampling');
    assert.ok(a.pBest! > 0.9, `PMax converts best per yen here: P(best) ${a.pBest}`);
    const priors = m.proposal!.changes.find((ch) => ch.channel === 'google_pmax')!;
    assert.ok(priors.from !== null && priors.from < 0.1, `a small prior share: ${priors.from}`);
    assert.ok(a.share > priors.from!, 'its results move it up');
    assert.match(a.rationale, /In the plan because this project already runs it \(10 rows of its own results\); not in the priors table for this goal, so it starts small\.$/);
    const v1 = await plan(dtcSales(), { insights: [search, pmax], skipKaizen: true });
    assert.ok(!channelsOf(v1).includes('google_pmax'));
  });

  it('does not say that results set aside by similarity inform a channel', async () => {
    const setAside = perf('email', 5, 100, 50, { currency: 'EUR' });
    setAside.payload.raw = { ...setAside.payload.raw, rows: 0, clicks: 0, conversions: 0 };
    setAside.payload.scopes = [{ label: 'another industry and goal', weight: 0, projects: ['p_other'], rows: 14 }];
    setAside.payload.projects = [];
    const m = await plan(dtcSales(), { insights: [search, pmax, setAside] });
    const notes = m.evidence!.notes;
    assert.ok(!notes.some((n) => /Results in EUR/.test(n)), notes.join('\n'));
    assert.ok(notes.some((n) => /another industry and goal off \(1 project, 14 rows set aside/.test(n)), notes.join('\n'));
    assert.equal(m.allocations.find((a) => a.channel === 'email')!.pBest, null, 'email has no results that count');
  });
});
