import assert from 'node:assert/strict';
import { strategySubsystem } from '../../../src/orchestrator/subsystems/strategy';
import type { RejectionReasonInsight } from '../../../src/orchestrator/kaizen/types';
import { b2bSaasLeads, dtcSales, evidence, run } from './fixtures';

describe('strategy subsystem', () => {
  it('chooses objectives and KPIs by goal metric, with targets from the intake', async () => {
    const b2b = (await run(strategySubsystem, b2bSaasLeads())).content;
    const dtc = (await run(strategySubsystem, dtcSales())).content;
    assert.equal(b2b.objectives[0]!.kpi, 'conversions');
    assert.equal(b2b.objectives[0]!.target, 400, 'the "leads" target lands on conversions');
    const cpa = b2b.objectives.find((o) => o.kpi === 'cpa')!;
    assert.deepEqual([cpa.target, cpa.direction], [120, 'lower'], 'CPL target is a cost per lead where lower is better');
    assert.equal(dtc.objectives[0]!.kpi, 'conversion_value');
    assert.equal(dtc.objectives.find((o) => o.kpi === 'roas')!.target, 4);
    assert.equal(dtc.objectives.find((o) => o.kpi === 'conversion_value')!.target, 5_000_000);
    assert.notDeepEqual(b2b.objectives.map((o) => o.kpi), dtc.objectives.map((o) => o.kpi));
    assert.match(b2b.executiveSummary, /finance directors/);
    assert.match(dtc.executiveSummary, /trail runners.*Japan/);
  });

  it('situation comes from the intake, with 3–5 pillars', async () => {
    const c = (await run(strategySubsystem, b2bSaasLeads())).content;
    assert.equal(c.situation.industry, 'B2B SaaS');
    assert.equal(c.situation.geography, 'United Kingdom');
    assert.deepEqual(c.situation.constraints, ['Max 30% on LinkedIn']);
    assert.equal(c.situation.budget.formatted, '£50,000.00');
    assert.equal(c.pillars.length, 5, 'two audiences and a must-include add two pillars to the base three');
    const single = (await run(strategySubsystem, dtcSales())).content;
    assert.equal(single.pillars.length, 3);
  });

  it('timeline phases tile the project window exactly, in order', async () => {
    const c = (await run(strategySubsystem, b2bSaasLeads())).content;
    assert.equal(c.timeline[0]!.start, '2026-09-07');
    assert.equal(c.timeline[c.timeline.length - 1]!.end, '2026-11-27');
    for (let i = 1; i < c.timeline.length; i++) {
      const prevEnd = new Date(`${c.timeline[i - 1]!.end}T00:00:00Z`).getTime();
      assert.equal(new Date(`${c.timeline[i]!.start}T00:00:00Z`).getTime() - prevEnd, 86_400_000, `phase ${i} starts the day after phase ${i - 1} ends`);
    }
    const noDates = (await run(strategySubsystem, b2bSaasLeads({ startDate: undefined, endDate: undefined }))).content;
    assert.ok(noDates.timeline.every((p) => p.start === null));
    assert.ok(noDates.risks.some((r) => /no start or end date/.test(r.risk)));
  });

  it('turns past rejection reasons into checklist items, most frequent first, unless Kaizen is skipped', async () => {
    const reasons: RejectionReasonInsight[] = [
      { id: 'rr:tone', kind: 'rejection-reason', summary: '', evidence: evidence(), payload: { reason: 'Tone too casual', count: 2 } },
      { id: 'rr:claims', kind: 'rejection-reason', summary: '', evidence: evidence(), payload: { reason: 'Unsupported claims', count: 5 } },
    ];
    const learned = await run(strategySubsystem, b2bSaasLeads(), { insights: reasons });
    const kaizenItems = learned.content.checklist.filter((i) => i.source === 'kaizen');
    assert.deepEqual(kaizenItems.map((i) => i.insightId), ['rr:claims', 'rr:tone']);
    assert.deepEqual(learned.appliedInsights.map((a) => a.id), ['rr:claims', 'rr:tone']);
    assert.equal(learned.content.kaizen.mode, 'applied');
    const skipped = await run(strategySubsystem, b2bSaasLeads(), { insights: reasons, skipKaizen: true });
    assert.equal(skipped.content.checklist.filter((i) => i.source === 'kaizen').length, 0);
    assert.equal(skipped.content.kaizen.mode, 'skipped');
    assert.deepEqual(skipped.appliedInsights, []);
  });

  it('is deterministic and its validator rejects missing sections', async () => {
    const a = await run(strategySubsystem, dtcSales());
    const b = await run(strategySubsystem, dtcSales());
    assert.deepEqual(a, b);
    const broken = { ...a.content, pillars: a.content.pillars.slice(0, 2), executiveSummary: '' };
    const problems = strategySubsystem.validate(broken);
    assert.ok(problems.some((p) => /pillars/.test(p)));
    assert.ok(problems.some((p) => /executiveSummary/.test(p)));
  });
});
