// The language-model engine in real runs (a real workspace on disk, a fake chat model): rewrites
// that pass the rules' checks are used and recorded per field; rewrites that break a channel limit,
// use a banned term or state an invented number keep the rules text with the reason; a writer that
// throws or hangs falls back; cancelling stops the run; the rules engine changes nothing.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentHash } from '../../../src/orchestrator/engine';
import { runFlow } from '../../../src/orchestrator/flow';
import { runOperation } from '../../../src/orchestrator/operations';
import { serviceEnv, unwrap } from '../../../src/orchestrator/services';
import { value } from '../operations/helpers';
import { openAicmoWorkspace as openWorkspace } from '../../../src/orchestrator/services/openAicmoWorkspace';
import type { CreativesContent } from '../../../src/orchestrator/subsystems/creatives/types';
import { buildStrategy } from '../../../src/orchestrator/subsystems/strategy/build';
import type { StrategyContent } from '../../../src/orchestrator/subsystems/strategy/types';
import { workspaceWithProject, type Fixture } from '../flow/helpers';
import { approvedProject, fakeWriter, hang, latestContent } from './helpers';

const SUMMARY = 'Acme Coffee Ltd will win home baristas across the UK on a budget of £25,000 from 1 March to 31 May 2026, measured by revenue.';

describe('engine: strategy prose by a language model', () => {
  let f: Fixture;
  beforeEach(async () => (f = await workspaceWithProject()));
  afterEach(() => f.cleanup());

  it('uses a summary and pillar descriptions that pass the checks, keeps every other section, and records who wrote each field', async () => {
    const writer = fakeWriter((r) => (r.field === 'executiveSummary' ? `  "${SUMMARY}"\n` : `${r.facts.pillar} keeps the plan close to home baristas.`));
    const r = await runFlow(f.store, f.slug, { actor: 'ci', only: 'strategy', engine: { kind: 'languageModel', writer } });
    assert.equal(r.status, 'completed');
    const strategy = (await latestContent<StrategyContent>(f, 'strategy'))!;
    assert.equal(strategy.executiveSummary, SUMMARY, 'quotes and white space around the reply are trimmed; "£25,000" matches the budget fact £25,000.00');
    assert.equal(strategy.pillars.length, 4);
    for (const p of strategy.pillars) assert.equal(p.description, `${p.name} keeps the plan close to home baristas.`);
    assert.deepEqual(strategy.engine?.fields.map((x) => x.engine), ['languageModel', 'languageModel', 'languageModel', 'languageModel', 'languageModel']);
    assert.equal(strategy.engine?.used, 'languageModel');
    assert.equal(strategy.engine?.writer, 'fake-model');
    assert.deepEqual(strategy.engine?.fallbacks, []);
    assert.deepEqual(r.subsystems[0]?.engine, { used: 'languageModel', written: 5, fields: 5 });
    // Every other section stays the rules' (budget, objectives, timeline, risks, checklist).
    const rules = buildStrategy({ project: await f.store.getProject(f.slug), reasons: [], skipKaizen: false }).content;
    const { executiveSummary: _s, pillars, engine: _e, ...rest } = strategy;
    const { executiveSummary: _rs, pillars: rulesPillars, ...rulesRest } = rules;
    assert.deepEqual(rest, rulesRest);
    assert.deepEqual(pillars.map((p) => p.name), rulesPillars.map((p) => p.name));
    assert.equal(strategy.engine?.rulesHash, contentHash(rules));
    // The writer was told the limits, the banned terms (from the intake's do-not-do list) and given the rules draft.
    const summaryRequest = writer.requests.find((q) => q.field === 'executiveSummary')!;
    assert.equal(summaryRequest.subsystem, 'strategy');
    assert.deepEqual(summaryRequest.bannedTerms, ['competitors']);
    assert.match(summaryRequest.draft, /^Acme Coffee Ltd will reach Home baristas 25-45 in the UK/);
    assert.equal(summaryRequest.facts.budget, '£25,000.00');
  });

  it('keeps the rules text for a summary with an invented number or a banned term, and says why', async () => {
    const writer = fakeWriter((r) =>
      r.field === 'executiveSummary' ? 'Acme Coffee Ltd will beat its competitors with home baristas in the UK.' : r.field === 'pillars[0].description' ? 'Win 40% more shoppers than last spring.' : `${r.facts.pillar}, done well.`,
    );
    await runFlow(f.store, f.slug, { actor: 'ci', only: 'strategy', engine: { kind: 'languageModel', writer } });
    const strategy = (await latestContent<StrategyContent>(f, 'strategy'))!;
    assert.equal(strategy.executiveSummary, writer.requests.find((q) => q.field === 'executiveSummary')!.draft, 'the rules summary is kept');
    assert.equal(strategy.pillars[0]?.description, writer.requests.find((q) => q.field === 'pillars[0].description')!.draft);
    assert.equal(strategy.pillars[1]?.description, `${strategy.pillars[1]?.name}, done well.`);
    assert.equal(strategy.engine?.used, 'mixed');
    assert.deepEqual(strategy.engine?.fallbacks, [
      { field: 'executiveSummary', cause: 'checks', reason: 'The rewrite was refused: the text uses the banned term "competitors".', refused: 'Acme Coffee Ltd will beat its competitors with home baristas in the UK.' },
      { field: 'pillars[0].description', cause: 'checks', reason: 'The rewrite was refused: the text states "40", which the facts do not hold.', refused: 'Win 40% more shoppers than last spring.' },
    ]);
  });

  it('falls back when the writer throws or takes too long, and stops asking after failures in a row', async () => {
    const writer = fakeWriter((_r, call, signal) => {
      if (call === 1) throw new Error('Quota exceeded.\nat somewhere');
      if (call === 2) return 'A pillar that works.';
      if (call === 3) return hang(signal);
      if (call === 4) return Promise.reject(new Error('Model unavailable'));
      return 'never asked';
    });
    const r = await runFlow(f.store, f.slug, { actor: 'ci', only: 'strategy', engine: { kind: 'languageModel', writer, timeoutMs: 50, concurrency: 1, maxConsecutiveFailures: 2 } });
    assert.equal(r.status, 'completed', 'writer failures never fail the run');
    const strategy = (await latestContent<StrategyContent>(f, 'strategy'))!;
    assert.equal(writer.requests.length, 4, 'the fifth field is not asked after two failures in a row');
    assert.equal(writer.signals[2]?.aborted, true, 'the timed-out request was cancelled');
    assert.equal(strategy.pillars[0]?.description, 'A pillar that works.');
    assert.equal(strategy.executiveSummary, writer.requests[0]!.draft);
    assert.deepEqual(
      strategy.engine?.fallbacks.map((x) => [x.field, x.cause, x.reason]),
      [
        ['executiveSummary', 'writer', 'The writer failed: Quota exceeded.'],
        ['pillars[1].description', 'writer', 'The writer gave no text within 50 ms.'],
        ['pillars[2].description', 'writer', 'The writer failed: Model unavailable.'],
        ['pillars[3].description', 'writer', 'Not asked: the writer failed 2 times in a row (last: the writer failed: Model unavailable).'],
      ],
    );
    assert.equal(strategy.engine?.used, 'mixed');
  });

  it('stops the run when it is cancelled while the model writes, and stores nothing', async () => {
    const controller = new AbortController();
    const writer = fakeWriter((_r, call, signal) => {
      if (call === 1) controller.abort(new Error('Cancelled by the user.'));
      return hang(signal);
    });
    const r = await runFlow(f.store, f.slug, { actor: 'ci', signal: controller.signal, engine: { kind: 'languageModel', writer } });
    assert.equal(r.status, 'cancelled');
    assert.equal(r.subsystems[0]?.name, 'strategy');
    assert.equal(r.subsystems[0]?.status, 'cancelled');
    assert.ok(r.subsystems.slice(1).every((s) => s.status === 'cancelled' || s.status === 'skipped'));
    assert.ok(writer.signals.every((s) => s.aborted), 'the model requests were cancelled');
    assert.deepEqual(await f.store.readProject(f.slug, (tx) => tx.artifacts.history('strategy')), [], 'no strategy version, not even a failed one');
  });

  it('keeps a written version on a rerun with the same rules content without asking again; asks again after writer failures', async () => {
    const good = fakeWriter((r) => (r.field === 'executiveSummary' ? SUMMARY : `${r.facts.pillar} matters.`));
    const engine = { kind: 'languageModel' as const, writer: good };
    await runFlow(f.store, f.slug, { actor: 'ci', only: 'strategy', engine });
    const again = await runFlow(f.store, f.slug, { actor: 'ci', only: 'strategy', engine });
    assert.equal(again.subsystems[0]?.version, 1);
    assert.match(again.subsystems[0]?.message ?? '', /unchanged/);
    assert.equal(good.requests.length, 5, 'the model was not asked again');

    // The rules engine again: a new version with the rules text and no engine record.
    const rules = await runFlow(f.store, f.slug, { actor: 'ci', only: 'strategy', engine: { kind: 'rules' } });
    assert.equal(rules.subsystems[0]?.version, 2);
    const byRules = (await latestContent<StrategyContent>(f, 'strategy'))!;
    assert.equal(byRules.engine, undefined);
    assert.equal(byRules.executiveSummary, good.requests[0]!.draft);

    const failing = fakeWriter(() => Promise.reject(new Error('offline')));
    const failed = await runFlow(f.store, f.slug, { actor: 'ci', only: 'strategy', engine: { kind: 'languageModel', writer: failing } });
    assert.equal(failed.subsystems[0]?.version, 3);
    assert.deepEqual(failed.subsystems[0]?.engine, { used: 'rules', written: 0, fields: 5 });
    const retried = await runFlow(f.store, f.slug, { actor: 'ci', only: 'strategy', engine });
    assert.equal(retried.subsystems[0]?.version, 4, 'a version the writer could not finish is not kept');
    assert.equal((await latestContent<StrategyContent>(f, 'strategy'))!.executiveSummary, SUMMARY);
  });
});

describe('engine: whole creatives by a language model', () => {
  let f: Fixture;
  beforeEach(async () => (f = await approvedProject({ product: 'Spring Espresso Blend', benefits: ['Roasted to order every Monday'], proofPoints: ['Rated 4.8 by 900 home baristas'], landingUrl: 'https://acme.example/spring' })));
  afterEach(() => f.cleanup());

  /** The model improves every draft: it keeps the draft's shape and writes its own first headline / main text. */
  const improve = (draft: Record<string, string | string[]>): Record<string, string | string[]> => {
    const out = { ...draft };
    if (Array.isArray(out.headlines)) out.headlines = ['Espresso roasted on Mondays', ...out.headlines.slice(1)];
    if (typeof out.primaryText === 'string') out.primaryText = 'Roasted to order every Monday, for the espresso you pull at home. Fair-trade logo.';
    if (typeof out.subject === 'string') out.subject = 'Your Monday roast is ready';
    return out;
  };

  it('asks for each creative whole as JSON, keeps each part that passes the same checks, and keeps the rules text with the reason for over-long, rule-breaking, wrong-language and malformed answers', async () => {
    const answers = new Map<string, string>();
    const writer = fakeWriter((r) => {
      const draft = JSON.parse(r.draft) as Record<string, string | string[]>;
      const id = /^variants\[(.+)\]$/.exec(r.field)![1]!;
      let reply: unknown = improve(draft);
      // One search ad per set now (Google advises one to three per ad group): its headlines are over-long and its descriptions offer what the brief does not; other parts fail on the feed and email ads.
      if (id === 'google_search-benefit-led') reply = { ...improve(draft), headlines: ['Espresso at home, done right and fast', ...(draft.headlines as string[]).slice(1)], descriptions: ['Save 30% on the spring blend today.', ...(draft.descriptions as string[]).slice(1)] };
      if (id === 'meta-social-proof') reply = { ...improve(draft), primaryText: 'Home espresso made simple. Rated 4.8 by 900 home baristas.' };
      if (id === 'meta-question-hook') reply = { ...improve(draft), primaryText: 'Jeden Montag frisch geröstet, für den Espresso bei Ihnen zu Hause.' };
      const text = id === 'email-question-hook' ? 'Here are your headlines: Espresso, Coffee, Beans' : JSON.stringify(reply);
      answers.set(id, text);
      return text;
    });
    const run = unwrap(await runOperation(serviceEnv(f.store, 'ci'), 'flow.run', { project: f.slug, only: 'creatives' }, { engine: { kind: 'languageModel', writer } })).value;
    assert.equal(run.status, 'completed');
    const creatives = (await latestContent<CreativesContent>(f, 'creatives'))!;
    const variant = (id: string) => {
      const v = creatives.variants.find((x) => x.id === id);
      assert.ok(v, `${id} among ${creatives.variants.map((x) => x.id).join(', ')}`);
      return v;
    };
    assert.equal(writer.requests.length, creatives.variants.length, 'one request per creative');
    const rsaRequest = writer.requests.find((q) => q.field === 'variants[google_search-benefit-led]')!;
    assert.equal(rsaRequest.reply, 'json');
    assert.match(rsaRequest.schema!, /"headlines" \(headline\): a list of 3–15 different texts, each at most 30 characters/);
    assert.match(rsaRequest.facts.offer!, /none: offer nothing/);

    // Good parts are used.
    assert.equal(variant('meta-benefit-led').fields.primaryText, 'Roasted to order every Monday, for the espresso you pull at home. Fair-trade logo.');
    assert.equal(variant('email-benefit-led').fields.subject, 'Your Monday roast is ready');
    const fallbacks = new Map(creatives.engine!.fallbacks.map((x) => [x.field, x.reason]));
    // Over-long: the whole list keeps the rules text, with the reasons.
    assert.match(fallbacks.get('variants[google_search-benefit-led].headlines')!, /Google Search headline is 37 characters; the limit is 30/);
    // Filler.
    assert.match(fallbacks.get('variants[meta-social-proof].primaryText')!, /stock phrase "made simple"/);
    // Offer language and an invented number without an offer in the brief.
    assert.match(fallbacks.get('variants[google_search-benefit-led].descriptions')!, /offer language \("Save 30"\), but the brief has no offer.*states "30", which no brief fact holds/);
    // Another language than the brief's.
    assert.match(fallbacks.get('variants[meta-question-hook].primaryText')!, /the text is in German, not English/);
    // A malformed answer: every part keeps the rules text.
    assert.match(fallbacks.get('variants[email-question-hook].subject')!, /The reply is not the JSON object asked for/);
    const draftOf = (id: string) => JSON.parse(writer.requests.find((q) => q.field === `variants[${id}]`)!.draft) as Record<string, unknown>;
    assert.deepEqual(variant('email-question-hook').fields.subject, draftOf('email-question-hook').subject);
    assert.deepEqual(variant('google_search-benefit-led').fields.descriptions, draftOf('google_search-benefit-led').descriptions);
    for (const v of creatives.variants) assert.ok(!v.violations.some((x) => x.severity === 'error'), `${v.id}: refused copy was never kept (${v.violations.map((x) => x.message).join(' ')})`);
    assert.equal(creatives.engine?.used, 'mixed');

    // The stored rows carry the written copy; a re-run with nothing changed asks nothing and keeps the version.
    const rows = await f.store.readProject(f.slug, (tx) => tx.creatives.list());
    assert.equal(rows.find((c) => c.key === 'meta-benefit-led')!.fields.primaryText, 'Roasted to order every Monday, for the espresso you pull at home. Fair-trade logo.');
    const asked = writer.requests.length;
    const again = unwrap(await runOperation(serviceEnv(f.store, 'ci'), 'flow.run', { project: f.slug, only: 'creatives' }, { engine: { kind: 'languageModel', writer } })).value;
    assert.equal(writer.requests.length, asked, 'the model was not asked again');
    assert.equal(again.subsystems[0]?.version, run.subsystems[0]?.version);
    assert.deepEqual((await f.store.readProject(f.slug, (tx) => tx.creatives.list())).map((c) => [c.id, c.fields]), rows.map((c) => [c.id, c.fields]));
  });

  it('writes the copy of a language the rules engine does not write, and records what it could not write', async () => {
    await f.store.updateProject(f.slug, { languages: ['it'] });
    await runFlow(f.store, f.slug, { actor: 'ci' });
    await value(f.store, 'strategy.decide', { project: f.slug, decision: 'approve' }, 'Dana').catch(() => undefined); // unchanged strategies stay approved
    const rules = await runFlow(f.store, f.slug, { actor: 'ci', only: 'creatives' });
    assert.match(rules.subsystems[0]?.error ?? '', /not Italian \(it\); set aicmo\.generation\.engine to languageModel/);
    const writer = fakeWriter((r) => (r.field.startsWith('variants[meta-') ? JSON.stringify({ primaryText: 'Tostato su ordinazione ogni lunedì. Fair-trade logo.', headline: 'Espresso di primavera', description: 'Acme Coffee', cta: 'Acquista ora' }) : 'non JSON'));
    const r = unwrap(await runOperation(serviceEnv(f.store, 'ci'), 'flow.run', { project: f.slug, only: 'creatives' }, { engine: { kind: 'languageModel', writer } })).value;
    assert.equal(r.subsystems[0]?.status, 'completed');
    const creatives = (await latestContent<CreativesContent>(f, 'creatives'))!;
    const meta = creatives.variants.filter((v) => v.channel === 'meta');
    assert.ok(meta.length > 0 && meta.every((v) => v.fields.primaryText === 'Tostato su ordinazione ogni lunedì. Fair-trade logo.' && v.language === 'it'));
    const other = creatives.variants.find((v) => v.channel !== 'meta')!;
    assert.deepEqual(other.fields, {});
    assert.ok(other.violations.some((x) => x.rule === 'language' && /not Italian/.test(x.message)));
  });
});

describe('engine: the rules engine', () => {
  it('gives the same artifacts as a run without the engine option', async () => {
    const f = await workspaceWithProject();
    const copy = mkdtempSync(path.join(tmpdir(), 'aicmo-engine-'));
    try {
      cpSync(path.join(f.root, '.aicmo'), path.join(copy, '.aicmo'), { recursive: true });
      const store2 = await openWorkspace(copy);
      const contents = [];
      for (const [store, engine] of [[f.store, undefined], [store2, { kind: 'rules' as const }]] as const) {
        await runFlow(store, f.slug, { actor: 'ci', ...(engine ? { engine } : {}) });
        await value(store, 'strategy.decide', { project: f.slug, decision: 'approve' }, 'Dana');
        await runFlow(store, f.slug, { actor: 'ci', ...(engine ? { engine } : {}) });
        const portalRequests = (c: unknown) => ({ approvalRequests: (c as { approvalRequests: unknown }).approvalRequests });
        contents.push(await store.readProject(f.slug, (tx) => Object.values(tx.artifacts.latestByKind()).map((a) => ({ kind: a.kind, version: a.version, content: a.kind === 'portal' ? portalRequests(a.content) : a.content }))));
      }
      store2.close();
      assert.equal(contents[0]!.length, 8);
      assert.deepEqual(contents[1], contents[0]);
      assert.ok(contents[1]!.every((a) => !('engine' in (a.content as object))), 'no engine record with the rules engine');
    } finally {
      rmSync(copy, { recursive: true, force: true });
      f.cleanup();
    }
  });
});
