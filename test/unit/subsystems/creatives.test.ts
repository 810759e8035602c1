import assert from 'node:assert/strict';
import type { AngleApprovalInsight } from '../../../src/orchestrator/kaizen/types';
import { brandSubsystem } from '../../../src/orchestrator/subsystems/brand';
import { creativesSubsystem } from '../../../src/orchestrator/subsystems/creatives';
import { checkCopy } from '../../../src/orchestrator/subsystems/creatives/rules';
import { mediaSubsystem } from '../../../src/orchestrator/subsystems/media';
import { WaitingForApprovalError } from '../../../src/orchestrator/subsystems/common/inputs';
import { strategySubsystem } from '../../../src/orchestrator/subsystems/strategy';
import type { Project } from '../../../src/orchestrator/domain/project';
import { b2bSaasLeads, dtcSales, evidence, input, run, type RunOptions } from './fixtures';

async function upstream(project: Project, strategyStatus: 'approved' | 'in_review' = 'approved') {
  const strategy = (await run(strategySubsystem, project)).content;
  const media = (await run(mediaSubsystem, project, { inputs: { strategy: input('strategy', strategy) } })).content;
  const brand = (await run(brandSubsystem, project)).content;
  return { strategy: input('strategy', strategy, strategyStatus), media: input('media', media, 'draft'), brand: input('brand', brand, 'draft') };
}

async function creatives(project: Project, o: RunOptions = {}, status: 'approved' | 'in_review' = 'approved') {
  return run(creativesSubsystem, project, { ...o, inputs: await upstream(project, status) });
}

function angle(channel: string, a: string, approved: number, rejected: number): AngleApprovalInsight {
  return { id: `angle:${channel}:${a}`, kind: 'angle-approval', summary: '', evidence: evidence(), payload: { channel, angle: a, approved, rejected, copies: { approved, rejected }, decisions: approved + rejected, scopes: [{ label: 'this project', weight: 1, projects: ['p_b2b'], rows: approved + rejected }] } };
}

describe('creatives subsystem', () => {
  it('refuses to run from a strategy that is not approved', async () => {
    const project = b2bSaasLeads();
    await assert.rejects(creatives(project, {}, 'in_review'), (e: unknown) => e instanceof WaitingForApprovalError && /creatives: waiting for strategy approval/.test(e.message));
  });

  it('makes a variant per planned channel × angle, with format, headline, body and CTA', async () => {
    const c = (await creatives(b2bSaasLeads())).content;
    assert.deepEqual(c.channels, ['google_search', 'linkedin', 'meta', 'email']);
    assert.equal(c.variants.length, 4 * 6);
    const rsa = c.variants.find((v) => v.id === 'google_search-how-to')!;
    assert.equal(rsa.format, 'Responsive search ad');
    assert.ok(rsa.headline && rsa.body && rsa.cta);
    assert.deepEqual(c.variants.map((v) => v.rank), c.variants.map((_, i) => i + 1));
  });

  it('records limit violations on the variant when no candidate fits, and prefers candidates that fit', async () => {
    const longName = b2bSaasLeads({ product: 'Northwind Ledger Enterprise Reconciliation Suite', brand: 'Northwind Cloud Financial Operations Platform' });
    const c = (await creatives(longName)).content;
    const google = c.variants.filter((v) => v.channel === 'google_search');
    const broken = google.filter((v) => v.violations.some((x) => x.rule === 'max-length' && x.severity === 'error'));
    assert.ok(broken.length > 0, 'a 47-character product name cannot fit a 30-character headline in every angle');
    for (const v of broken) for (const x of v.violations) assert.match(x.message, /characters; the (limit|recommended maximum) is \d+/);
    for (const v of google.filter((g) => g.violations.length === 0)) assert.ok([...v.headline].length <= 30 && [...v.body].length <= 90);
    const lastClean = Math.max(...c.variants.filter((v) => !v.violations.some((x) => x.severity === 'error')).map((v) => v.rank));
    for (const v of broken) assert.ok(v.rank > lastClean, 'variants with errors rank after every clean one');
  });

  it('checks copy against the brand\'s banned terms and avoids them when it can', async () => {
    const unrestricted = (await creatives(dtcSales({ doNotDo: [] }))).content;
    assert.ok(unrestricted.variants.some((v) => /discount/i.test(v.body)), 'without the rule the seeded order does pick a discount candidate somewhere');
    const c = (await creatives(dtcSales())).content;
    for (const v of c.variants) assert.doesNotMatch(`${v.headline} ${v.body} ${v.cta}`, /discount/i, 'banned "discounts" from "avoid discounts"');
    const found = checkCopy('x', { headline: 'Big discount', body: 'Shop now', cta: 'Go' }, ['discounts']);
    assert.deepEqual(found.map((f) => [f.rule, f.term]), [['banned-term', 'discounts']]);
    const tooLong = checkCopy('x', { headline: 'h', body: 'b'.repeat(300), cta: 'c' }, []);
    assert.deepEqual(tooLong.map((f) => [f.field, f.limit, f.actual]), [['post', 280, 304]]);
  });

  it('ranks an angle with many rejections lower, and says why', async () => {
    const project = b2bSaasLeads();
    const baseline = (await creatives(project)).content;
    const insights = [angle('linkedin', 'problem-solution', 0, 8), angle('linkedin', 'how-to', 4, 0)];
    const learned = await creatives(project, { insights });
    const rank = (c: typeof baseline, id: string) => c.variants.find((v) => v.id === id)!.rank;
    assert.ok(rank(learned.content, 'linkedin-problem-solution') > rank(baseline, 'linkedin-problem-solution'));
    const linkedin = learned.content.variants.filter((v) => v.channel === 'linkedin');
    assert.equal(linkedin[0]!.angle, 'how-to');
    assert.equal(linkedin[linkedin.length - 1]!.angle, 'problem-solution');
    const reason = learned.content.variants.find((v) => v.id === 'linkedin-problem-solution')!.rankReason;
    assert.match(reason, /0 approved, 8 rejected, smoothed approval rate 10%/);
    assert.deepEqual(learned.appliedInsights.map((a) => a.id).sort(), ['angle:linkedin:how-to', 'angle:linkedin:problem-solution']);
    const skipped = (await creatives(project, { insights, skipKaizen: true })).content;
    assert.equal(rank(skipped, 'linkedin-problem-solution'), rank(baseline, 'linkedin-problem-solution'));
    assert.match(skipped.variants[0]!.rankReason, /Kaizen skipped/);
  });

  it('is deterministic', async () => {
    const a = await creatives(dtcSales());
    const b = await creatives(dtcSales());
    assert.deepEqual(a, b);
  });
});
