// The Kaizen simulation bench (`npm run bench -- kaizen`): seeded campaigns with known true rates
// (bench/support/kaizenScenarios.ts), each run week by week through the real store, importers and
// flow, as a strategist would: the week's results are imported as a generic sheet, the flow is run,
// and the media plan in review is approved (with --accept-larger-move only when the proposal
// recommends it). Three policies per campaign:
//   kaizen  the flow as shipped
//   fixed   the flow with --skip-kaizen (the priors split, re-planned only when the brief changes)
//   oracle  knows the true rates: the best channel gets all but the 5% exploration floor of the others
// Figures are expected conversions from the true rates given each week's split (no sampling noise
// in the comparison; the sheets Kaizen learns from are sampled), plus the realised ones.
// Prints one JSON line per scenario × seed and one summary line per scenario.
// BENCH_KAIZEN_SEEDS overrides 5 seeds; BENCH_KAIZEN_ONLY=name runs one scenario; BENCH_KAIZEN_TRACE=1
// prints each weekly proposal and its guardrail sentence to stderr; BENCH_KAIZEN_MEDIA='{…}' sets
// media options of the Kaizen policy (a sensitivity check, not the shipped defaults).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Channel } from '../src/orchestrator/domain/channels';
import { createRandom, type Random } from '../src/orchestrator/domain/random';
import { runFlow } from '../src/orchestrator/flow';
import { lastApproved } from '../src/orchestrator/flow/approvedVersion';
import { importMetricsFile } from '../src/orchestrator/imports';
import { runOperation } from '../src/orchestrator/operations';
import { serviceEnv, unwrap } from '../src/orchestrator/services';
import { openAicmoWorkspace } from '../src/orchestrator/services/openAicmoWorkspace';
import type { WorkspaceStore } from '../src/orchestrator/store/types';
import { mediaSubsystem, strategySubsystem } from '../src/orchestrator/subsystems';
import type { MediaContent } from '../src/orchestrator/subsystems/media/types';
import { ORDER_VALUE, SCENARIOS, type Scenario } from './support/kaizenScenarios';

const SEEDS = Number(process.env.BENCH_KAIZEN_SEEDS ?? 5);
const ONLY = process.env.BENCH_KAIZEN_ONLY;
const TRACE = process.env.BENCH_KAIZEN_TRACE === '1';
/** Media options for the Kaizen policy (a sensitivity check, e.g. '{"minConfidence":0.99}'); the defaults otherwise. */
const MEDIA_OVERRIDE = JSON.parse(process.env.BENCH_KAIZEN_MEDIA ?? '{}') as Record<string, unknown>;
const FLOOR = 0.05;
const START = '2026-09-07'; // a Monday
const LABELS: Partial<Record<Channel, string>> = { google_search: 'Paid Search', meta: 'Facebook', instagram: 'Instagram', tiktok: 'TikTok', email: 'Newsletter', google_shopping: 'Shopping' };

const day = (offset: number): string => new Date(Date.parse(`${START}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
const r4 = (x: number): number => Math.round(x * 10_000) / 10_000;

function poisson(random: Random, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda > 50) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * random.normal()));
  const l = Math.exp(-lambda);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= random.next();
  } while (p > l);
  return k - 1;
}

function binomial(random: Random, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  const mean = n * p;
  if (mean > 20 && n * (1 - p) > 20) return Math.min(n, Math.max(0, Math.round(mean + Math.sqrt(mean * (1 - p)) * random.normal())));
  let x = 0;
  for (let i = 0; i < n; i++) if (random.next() < p) x++;
  return x;
}

type Policy = 'kaizen' | 'fixed';

/** One week of results of a split: the strategist's sheet, and expected and realised conversions. */
function simulateWeek(s: Scenario, w: number, shares: Record<string, number>, weekly: number, random: Random, date: string, currency: string, perPlanUnit: number): { csv: string; expected: number; realised: number } {
  const rows = ['date,channel,campaign,currency,spend,impressions,clicks,conversions,revenue'];
  let expected = 0;
  let realised = 0;
  for (const [channel, share] of Object.entries(shares) as [Channel, number][]) {
    const rates = s.rates(channel, w);
    const spend = share * weekly;
    expected += (spend / rates.cpc) * rates.cvr;
    const clicks = poisson(random, spend / rates.cpc);
    const conversions = binomial(random, clicks, rates.cvr);
    realised += conversions;
    rows.push([date, LABELS[channel] ?? channel, 'Trail shoe', currency, (spend * perPlanUnit).toFixed(2), clicks * 40, clicks, conversions, (conversions * ORDER_VALUE * perPlanUnit).toFixed(2)].join(','));
  }
  return { csv: rows.join('\n') + '\n', expected, realised };
}

/** The past campaign in another currency: its own project, the priors split, imported week by week. */
async function importHistory(store: WorkspaceStore, root: string, s: Scenario, random: Random): Promise<void> {
  const h = s.history!;
  const past = await store.createProject({ name: 'Trailfox US (past)', client: 'Trailfox', industry: 'Online running-shoe store', goal: 'Sell trail shoes online', goalMetric: 'sales', audiences: ['trail runners'], budgetMinor: Math.round((s.budget / s.weeks) * h.weeks * h.perPlanUnit * 100), currency: h.currency, constraints: [], mustInclude: [], doNotDo: [], kpiTargets: {}, allowedChannels: [...s.channels] });
  await runFlow(store, past.id, { actor: 'bench', skipKaizen: true, subsystems: [strategySubsystem, mediaSubsystem] });
  const priors = await store.readProject(past.id, (tx) => tx.artifacts.latestByKind().media!);
  const shares = Object.fromEntries((priors.content as MediaContent).allocations.map((a) => [a.channel, a.share]));
  for (let w = 1; w <= h.weeks; w++) {
    const week = simulateWeek(s, 1, shares, s.budget / s.weeks, random, day(7 * (w - 1 - h.weeks)), h.currency, h.perPlanUnit);
    const file = path.join(root, `past-week-${w}.csv`);
    writeFileSync(file, week.csv);
    await importMetricsFile(store, past.id, file, { format: 'generic', granularity: 'week', actor: 'Strategist' });
  }
}

interface Week {
  shares: Record<string, number>;
  expected: number;
  realised: number;
}

async function runPolicy(s: Scenario, seed: number, policy: Policy): Promise<{ weeks: Week[]; largerMoves: number; approvals: number }> {
  const root = mkdtempSync(path.join(tmpdir(), `aicmo-bench-kaizen-${s.name}-${policy}-`));
  const store = await openAicmoWorkspace(root, { create: true });
  const env = serviceEnv(store, 'Strategist');
  const random = createRandom(`kaizen-bench\u0000${s.name}\u0000${seed}\u0000${policy}`);
  try {
    const p = await store.createProject({
      name: `Trailfox ${s.name} ${seed}`,
      client: 'Trailfox',
      industry: 'Online running-shoe store',
      goal: 'Sell the new trail shoe online',
      goalMetric: 'sales',
      audiences: ['trail runners'],
      budgetMinor: s.budget * 100,
      currency: s.currency,
      startDate: START,
      endDate: day(7 * s.weeks - 1),
      constraints: [],
      mustInclude: [],
      doNotDo: [],
      kpiTargets: {},
      allowedChannels: [...s.channels],
    });
    const media: Record<string, unknown> = { ...(policy === 'kaizen' ? MEDIA_OVERRIDE : {}), ...s.mediaOptions, ...(policy === 'kaizen' && s.history?.giveRateToKaizen ? { exchangeRates: { [s.history.currency]: r4(1 / s.history.perPlanUnit) } } : {}) };
    if (s.history) await importHistory(store, root, s, random.derive('history'));
    let largerMoves = 0;
    let approvals = 0;
    const plan = async (): Promise<Record<string, number>> => {
      for (let attempt = 0; attempt < 4; attempt++) {
        await runFlow(store, p.id, { actor: 'bench', skipKaizen: policy === 'fixed', subsystems: [strategySubsystem, mediaSubsystem], options: { media } });
        const latest = await store.readProject(p.id, (tx) => tx.artifacts.latestByKind());
        if (latest.strategy?.status === 'in_review') {
          unwrap(await runOperation(env, 'strategy.decide', { project: p.id, decision: 'approve' }));
          continue;
        }
        const m = latest.media;
        if (TRACE && policy === 'kaizen' && m) {
          const c = m.content as MediaContent;
          console.error(`[${s.name} ${seed}] v${m.version} ${m.status}: ${c.proposal?.summary} | ${c.guardrail?.sentence ?? ''} | ${c.allocations.map((a) => `${a.channel} P(best) ${a.pBest ?? '-'}`).join(', ')}`);
        }
        if (m?.status === 'in_review') {
          const recommend = (m.content as MediaContent).guardrail?.recommendLargerMove === true;
          unwrap(await runOperation(env, 'media.decide', { project: p.id, decision: 'approve', acceptLargerMove: recommend }));
          approvals++;
          if (recommend) largerMoves++;
        }
        break;
      }
      const approved = await store.readProject(p.id, (tx) => lastApproved(tx, 'media'));
      if (!approved) throw new Error(`${s.name}: no approved media plan`);
      return Object.fromEntries((approved.content as MediaContent).allocations.map((a) => [a.channel, a.share]));
    };

    const weekly = s.budget / s.weeks;
    const weeks: Week[] = [];
    let shares = await plan();
    for (let w = 1; w <= s.weeks; w++) {
      if (s.added && s.added.week === w) {
        const now = await store.getProject(p.id);
        await store.updateProject(p.id, { allowedChannels: [...(now.allowedChannels ?? []), s.added.channel] });
        shares = await plan();
      }
      const week = simulateWeek(s, w, shares, weekly, random, day(7 * (w - 1)), s.currency, 1);
      const file = path.join(root, `week-${w}.csv`);
      writeFileSync(file, week.csv);
      await importMetricsFile(store, p.id, file, { format: 'generic', granularity: 'week', actor: 'Strategist' });
      weeks.push({ shares, expected: week.expected, realised: week.realised });
      if (w < s.weeks) shares = await plan();
    }
    return { weeks, largerMoves, approvals };
  } finally {
    store.close();
    rmSync(root, { recursive: true, force: true });
  }
}

function oracleExpected(s: Scenario): number {
  const weekly = s.budget / s.weeks;
  let total = 0;
  for (let w = 1; w <= s.weeks; w++) {
    const channels = [...s.channels, ...(s.added && w >= s.added.week ? [s.added.channel] : [])];
    const perEuro = channels.map((c) => s.rates(c, w).cvr / s.rates(c, w).cpc);
    const best = perEuro.indexOf(Math.max(...perEuro));
    channels.forEach((_, i) => (total += weekly * (i === best ? 1 - FLOOR * (channels.length - 1) : FLOOR) * perEuro[i]!));
  }
  return total;
}

const sum = (xs: number[]): number => xs.reduce((t, x) => t + x, 0);

async function main(): Promise<void> {
  for (const s of SCENARIOS.filter((x) => !ONLY || x.name === ONLY)) {
    const perSeed: { lift: number; gap: number; maxMove: number; newBest: number | null }[] = [];
    for (let seed = 1; seed <= SEEDS; seed++) {
      const kaizen = await runPolicy(s, seed, 'kaizen');
      const fixed = await runPolicy(s, seed, 'fixed');
      const k = sum(kaizen.weeks.map((w) => w.expected));
      const f = sum(fixed.weeks.map((w) => w.expected));
      const o = oracleExpected(s);
      const channels = [...new Set(kaizen.weeks.flatMap((w) => Object.keys(w.shares)))];
      const weeklyShares = Object.fromEntries(channels.map((c) => [c, kaizen.weeks.map((w) => r4(w.shares[c] ?? 0))]));
      let maxMove = 0;
      for (let w = 1; w < kaizen.weeks.length; w++) for (const c of channels) maxMove = Math.max(maxMove, Math.abs((kaizen.weeks[w]!.shares[c] ?? 0) - (kaizen.weeks[w - 1]!.shares[c] ?? 0)));
      // Re-plans after the change until the new best holds ≥ 50% (re-plan 1 = the plan for the week after the first changed week).
      let newBest: number | null = null;
      if (s.change) {
        for (let w = s.change.week + 1; w <= s.weeks; w++) {
          if ((kaizen.weeks[w - 1]!.shares[s.change.newBest] ?? 0) >= 0.5) {
            newBest = w - s.change.week;
            break;
          }
        }
      }
      const lift = k / f - 1;
      const gap = 1 - k / o;
      perSeed.push({ lift, gap, maxMove, newBest });
      console.log(
        JSON.stringify({
          bench: 'kaizen',
          scenario: s.name,
          seed,
          metric: 'expected conversions',
          kaizen: Math.round(k),
          fixed: Math.round(f),
          oracle: Math.round(o),
          lift: r4(lift),
          gap: r4(gap),
          realised: { kaizen: sum(kaizen.weeks.map((w) => w.realised)), fixed: sum(fixed.weeks.map((w) => w.realised)) },
          maxWeeklyMove: r4(maxMove),
          ...(s.change ? { newBestAtLeastHalfAfterReplans: newBest } : {}),
          approvals: kaizen.approvals,
          largerMovesAccepted: kaizen.largerMoves,
          weeklyShares,
        }),
      );
    }
    const mean = (xs: number[]): number => r4(sum(xs) / xs.length);
    const lift = mean(perSeed.map((x) => x.lift));
    const gap = mean(perSeed.map((x) => x.gap));
    const maxMove = r4(Math.max(...perSeed.map((x) => x.maxMove)));
    const newBestWorst = s.change ? (perSeed.some((x) => x.newBest === null) ? null : Math.max(...perSeed.map((x) => x.newBest!))) : undefined;
    const t = s.targets;
    const met: Record<string, boolean> = {};
    if (t.liftAtLeast !== undefined) met[`lift ≥ +${t.liftAtLeast * 100}%`] = lift >= t.liftAtLeast;
    if (t.gapAtMost !== undefined) met[`gap to oracle ≤ ${t.gapAtMost * 100}%`] = gap <= t.gapAtMost;
    if (t.maxWeeklyMove !== undefined) met[`no weekly move > ${t.maxWeeklyMove * 100} pts`] = maxMove <= t.maxWeeklyMove + 1e-9;
    if (t.newBestWithinReplans !== undefined) met[`new best ≥ 50% within ${t.newBestWithinReplans} re-plans`] = newBestWorst !== null && newBestWorst !== undefined && newBestWorst <= t.newBestWithinReplans;
    console.log(JSON.stringify({ bench: 'kaizen', scenario: s.name, metric: 'summary', seeds: SEEDS, value: lift, unit: 'lift vs fixed (mean)', gap, maxWeeklyMove: maxMove, ...(s.change ? { newBestAtLeastHalfAfterReplans: newBestWorst } : {}), targets: met, what: s.what }));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
