import assert from 'node:assert/strict';
import type { AngleApprovalInsight } from '../../../src/orchestrator/kaizen/types';
import { brandSubsystem } from '../../../src/orchestrator/subsystems/brand';
import { creativesSubsystem, type CreativesContent, type CreativeVariant } from '../../../src/orchestrator/subsystems/creatives';
import { FILLER_PHRASES, fillerIn } from '../../../src/orchestrator/subsystems/creatives/filler';
import { detectLanguage } from '../../../src/orchestrator/subsystems/creatives/language/detect';
import { offerLanguageIn } from '../../../src/orchestrator/subsystems/creatives/briefRules';
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

/** Every text of a creative (fields, lists flattened), the URL left out. */
const textsOf = (v: CreativeVariant): string[] => Object.entries(v.fields).filter(([k]) => k !== 'finalUrl').flatMap(([, x]) => (Array.isArray(x) ? x : [x]));
const allText = (c: CreativesContent): string => c.variants.flatMap(textsOf).join('\n');

/** A restaurant brief with every fact, in English. */
const trattoria = (over: Partial<Project> = {}): Project =>
  b2bSaasLeads({
    name: 'Lunch menu',
    client: 'Trattoria Nonna',
    brand: 'Trattoria Nonna',
    industry: 'Restaurant',
    product: 'Fresh pasta lunch menu',
    goal: 'Fill lunch tables on weekdays',
    goalMetric: 'leads',
    audiences: ['Urban parents 28-40'],
    constraints: [],
    mustInclude: [],
    doNotDo: [],
    benefits: ['Pasta made fresh every morning', 'Lunch served in ten minutes'],
    proofPoints: ['Rated 4.8 from 1,200 reviews'],
    landingUrl: 'https://nonna.example/lunch',
    ...over,
  });

describe('creatives subsystem', () => {
  it('refuses to run from a strategy that is not approved', async () => {
    const project = b2bSaasLeads();
    await assert.rejects(creatives(project, {}, 'in_review'), (e: unknown) => e instanceof WaitingForApprovalError && /creatives: waiting for strategy approval/.test(e.message));
  });

  it('builds a Google responsive search ad within its limits: 3–15 distinct headlines of ≤ 30, 2–4 descriptions of ≤ 90, paths ≤ 15, the final URL from the brief', async () => {
    const c = (await creatives(trattoria())).content;
    const rsas = c.variants.filter((v) => v.channel === 'google_search');
    assert.equal(rsas.length, 1, 'one responsive search ad around every fact when the brief has no offer (Google advises one to three per ad group)');
    for (const v of rsas) {
      const headlines = v.fields.headlines as string[];
      const descriptions = v.fields.descriptions as string[];
      assert.equal(v.format, 'Responsive search ad');
      assert.ok(headlines.length >= 3 && headlines.length <= 15, `${v.id}: ${headlines.length} headlines`);
      assert.ok(descriptions.length >= 2 && descriptions.length <= 4, `${v.id}: ${descriptions.length} descriptions`);
      for (const h of headlines) assert.ok([...h].length <= 30, `${v.id}: "${h}" fits 30`);
      for (const d of descriptions) assert.ok([...d].length <= 90, `${v.id}: "${d}" fits 90`);
      const words = headlines.map((h) => h.toLowerCase().split(/\s+/).sort().join(' '));
      assert.equal(new Set(words).size, headlines.length, 'no two headlines are the same words reordered');
      assert.ok(headlines.some((h) => h.includes('Trattoria Nonna') || h.includes('Fresh pasta lunch menu')), 'a headline with the product or brand');
      assert.ok(headlines.some((h) => /Pasta made fresh every morning|Lunch served in ten minutes/.test(h)), 'a headline with a benefit');
      assert.ok(headlines.some((h) => h === 'Rated 4.8 from 1,200 reviews'), 'a headline with proof');
      assert.ok(headlines.includes('Book a table'), "a headline with the restaurant's call to action");
      assert.ok([...(v.fields.path1 as string)].length <= 15);
      assert.equal(v.fields.finalUrl, 'https://nonna.example/lunch');
      assert.deepEqual(v.violations, [], `${v.id} breaks nothing`);
    }
  });

  it('gives Meta a feed ad with a call to action from Meta\'s list, email a subject and preheader, TikTok ad text of ≤ 100 without hashtags', async () => {
    const c = (await creatives(trattoria(), { inputs: undefined })).content;
    const meta = c.variants.filter((v) => v.channel === 'meta');
    assert.ok(meta.length > 0);
    for (const v of meta) {
      assert.ok(['Book now', 'Contact us', 'Learn more', 'Sign up'].includes(v.fields.cta as string), `${v.fields.cta as string}`);
      assert.ok(typeof v.fields.primaryText === 'string' && typeof v.fields.headline === 'string');
      for (const x of v.violations) assert.equal(x.severity, 'warning', 'only recommended lengths may be exceeded on Meta');
    }
    const email = c.variants.filter((v) => v.channel === 'email');
    for (const v of email) assert.ok(v.fields.subject && v.fields.preheader && (v.fields.body as string).startsWith('Hello,'));
  });

  it('writes every creative from the brief\'s facts and says which it uses; only angles whose facts exist', async () => {
    const c = (await creatives(trattoria())).content;
    for (const v of c.variants) assert.ok(v.facts.some((f) => /^(benefit|proof|offer):/.test(f) || f === 'offer'), `${v.id} uses a benefit, proof or offer: ${v.facts.join(', ')}`);
    assert.ok(!c.angles.includes('offer-urgency'), 'no offer angle without an offer');
    assert.ok(c.notes.some((n) => /no offer/.test(n)));
    const thin = (await creatives(trattoria({ benefits: [], proofPoints: [] }))).content;
    assert.deepEqual(thin.angles, ['question-hook', 'how-to']);
    assert.ok(thin.notes.some((n) => /Add benefits \(--benefit\) and proof points \(--proof\) for stronger copy/.test(n)));
    const withOffer = (await creatives(trattoria({ offer: 'Free dessert with every lunch in May' }))).content;
    assert.ok(withOffer.angles.includes('offer-urgency'));
    assert.ok(withOffer.variants.filter((v) => v.angle === 'offer-urgency').every((v) => v.facts.includes('offer') && allText({ ...withOffer, variants: [v] }).includes('Free dessert with every lunch in May')));
  });

  it('uses no stock filler and never pastes an audience label', async () => {
    for (const p of [trattoria(), trattoria({ benefits: [], proofPoints: [] }), b2bSaasLeads({ benefits: ['Reconciles bank feeds overnight'] }), dtcSales({ proofPoints: ['Worn on 40 ultramarathon podiums'] })]) {
      const text = allText((await creatives(p)).content);
      assert.deepEqual(fillerIn(text), []);
      for (const a of p.audiences) assert.ok(!text.includes(a), `the audience label "${a}" is not pasted`);
    }
    assert.ok(FILLER_PHRASES.includes('made simple') && FILLER_PHRASES.includes('busywork') && FILLER_PHRASES.includes('more results'));
    assert.deepEqual(fillerIn('More results, made simple, without the hassle'), ['more results', 'made simple', 'without the hassle']);
  });

  it('never offers anything without an offer, and "No discounts or voucher codes" bans offer language even with an offer', async () => {
    const none = (await creatives(dtcSales())).content;
    assert.equal(offerLanguageIn(allText(none)), null);
    const banned = (await creatives(trattoria({ offer: '20% off your first lunch', doNotDo: ['No discounts or voucher codes'] }))).content;
    assert.equal(offerLanguageIn(allText(banned)), null);
    assert.ok(!banned.angles.includes('offer-urgency'));
    assert.ok(banned.notes.some((n) => /The offer "20% off your first lunch" is offer language, which the do-not-do rule "No discounts or voucher codes" forbids/.test(n)));
  });

  it('puts a must-include term in every creative, or records the violation naming it', async () => {
    const c = (await creatives(trattoria({ mustInclude: ['Made in Germany'] }))).content;
    for (const v of c.variants) {
      const has = textsOf(v).some((t) => t.includes('Made in Germany'));
      const recorded = v.violations.some((x) => x.rule === 'must-include' && x.term === 'Made in Germany');
      assert.ok(has || recorded, `${v.id}`);
      assert.ok(has, `${v.id} has room for it`);
    }
    const long = 'Every dish is cooked by hand in our own kitchen in Bologna';
    const tight = (await creatives(trattoria({ mustInclude: [long] }))).content;
    const tiktok = tight.variants.filter((v) => v.channel === 'google_search');
    assert.ok(tiktok.every((v) => textsOf(v).some((t) => t.includes(long)) || v.violations.some((x) => x.rule === 'must-include' && x.message.includes(long))));
  });

  it('reads do-not-do lines into checks: banned words with their inflections, before/after claims, never name a competitor', async () => {
    const c = (await creatives(trattoria({ benefits: ['Cheaper than Vapiano', 'Pasta made fresh every morning', 'See the before and after of our kitchen'], doNotDo: ['never say "cheap"', 'no before/after claims'], competitors: ['Vapiano'] }))).content;
    const text = allText(c);
    assert.doesNotMatch(text, /cheap|Vapiano|before and after/i);
    assert.ok(c.rules.some((r) => /Never name the competitor "Vapiano"/.test(r)));
    assert.ok(c.rules.some((r) => /No before\/after claims/.test(r)));
  });

  it('writes German copy for a German brief (Sie by default, du when the tone asks), French and Spanish natively', async () => {
    const de = trattoria({ languages: ['de'], product: 'Frische Pasta zum Mittag', benefits: ['Pasta jeden Morgen frisch gemacht'], proofPoints: ['4,8 Sterne bei 1.200 Bewertungen'] });
    const c = (await creatives(de)).content;
    const mains = c.variants.map((v) => (v.fields.primaryText ?? v.fields.introText ?? v.fields.body ?? (v.fields.descriptions as string[] | undefined)?.[0] ?? '') as string).filter((t) => t.split(/\s+/).length >= 5);
    assert.ok(mains.length > 0);
    for (const t of mains) assert.equal(detectLanguage(t), 'de', t);
    assert.ok(c.variants.every((v) => v.language === 'de'));
    assert.ok(allText(c).includes('Reservieren Sie Ihren Tisch.'), 'the restaurant\'s call to action, formal by default');
    assert.ok(c.variants.filter((v) => v.channel === 'meta').every((v) => v.fields.cta === 'Jetzt buchen'));
    const du = (await creatives({ ...de, tone: 'locker, per du' })).content;
    assert.ok(allText(du).includes('Reserviere deinen Tisch.'));
    assert.doesNotMatch(allText(du), /\b(Sie|Ihren?|Ihnen)\b/u, 'no formal address left in the du copy');
    const fr = (await creatives(trattoria({ languages: ['fr'], benefits: ['Des pâtes fraîches chaque matin'] }))).content;
    assert.ok(allText(fr).includes('Pourquoi Trattoria Nonna\u202f?') && allText(fr).includes('Réservez votre table.'));
    const es = (await creatives(trattoria({ languages: ['es-MX'], benefits: ['Pasta fresca cada mañana'] }))).content;
    assert.ok(allText(es).includes('¿Por qué Trattoria Nonna?') && allText(es).includes('Reserva tu mesa.'));
  });

  it('refuses a language the rules do not write, naming it and pointing to the language-model engine', async () => {
    await assert.rejects(creatives(trattoria({ languages: ['it'] })), /The rules engine writes copy in English, German, French and Spanish, not Italian \(it\); set aicmo\.generation\.engine to languageModel/);
  });

  it('records every limit breach when no candidate fits, and ranks creatives with errors last', async () => {
    const longName = trattoria({ product: 'Northwind Ledger Enterprise Reconciliation Suite', brand: 'Northwind Cloud Financial Operations Platform', benefits: ['Reconciles every bank feed overnight without manual matching'], proofPoints: ['Used by finance teams at more than 400 mid-size companies across Europe'] });
    const c = (await creatives(longName)).content;
    const pmax = c.variants.filter((v) => v.channel === 'google_search' || v.channel === 'google_pmax');
    for (const v of pmax) {
      for (const [k, x] of Object.entries(v.fields)) {
        const items = Array.isArray(x) ? x : [x];
        items.forEach((t, i) => {
          const max = k === 'headlines' ? 30 : k === 'descriptions' || k === 'longHeadlines' ? 90 : k === 'businessName' ? 25 : undefined;
          if (max !== undefined && [...t].length > max) assert.ok(v.violations.some((y) => y.field === (Array.isArray(x) ? `${k}[${i}]` : k) && y.rule === 'max-length'), `${v.id} ${k}[${i}] over ${max} is recorded`);
        });
      }
    }
    const broken = c.variants.filter((v) => v.violations.some((x) => x.severity === 'error'));
    assert.ok(broken.length > 0, 'a 45-character brand cannot be a 25-character business name');
    const lastClean = Math.max(...c.variants.filter((v) => !v.violations.some((x) => x.severity === 'error')).map((v) => v.rank));
    for (const v of broken) assert.ok(v.rank > lastClean, 'creatives with errors rank after every clean one');
  });

  it('ranks an angle with many rejections lower, and says why', async () => {
    const project = trattoria({ industry: 'B2B SaaS' });
    const baseline = (await creatives(project)).content;
    const insights = [angle('linkedin', 'social-proof', 0, 8), angle('linkedin', 'question-hook', 4, 0)];
    const learned = await creatives(project, { insights });
    const rank = (c: typeof baseline, id: string) => c.variants.find((v) => v.id === id)!.rank;
    assert.ok(rank(learned.content, 'linkedin-social-proof') > rank(baseline, 'linkedin-social-proof'));
    const linkedin = learned.content.variants.filter((v) => v.channel === 'linkedin');
    assert.equal(linkedin[0]!.angle, 'question-hook');
    assert.equal(linkedin[linkedin.length - 1]!.angle, 'social-proof');
    assert.match(learned.content.variants.find((v) => v.id === 'linkedin-social-proof')!.rankReason, /0 approved, 8 rejected, smoothed approval rate 10%/);
    assert.deepEqual(learned.appliedInsights.map((a) => a.id).sort(), ['angle:linkedin:question-hook', 'angle:linkedin:social-proof']);
    const skipped = (await creatives(project, { insights, skipKaizen: true })).content;
    assert.equal(rank(skipped, 'linkedin-social-proof'), rank(baseline, 'linkedin-social-proof'));
    assert.match(skipped.variants[0]!.rankReason, /Kaizen skipped/);
  });

  it('is deterministic, and keeps a stored creative whose inputs did not change', async () => {
    const a = await creatives(trattoria());
    const b = await creatives(trattoria());
    assert.deepEqual(a, b);
    const v = a.content.variants.find((x) => x.id === 'meta-benefit-led')!;
    const stored = { id: 'row1', key: v.key, fingerprint: v.fingerprint, inputs: v.inputs as unknown as Record<string, unknown>, fields: { ...v.fields, headline: 'Kept as the person saw it' }, facts: v.facts, generation: 0, channel: v.channel, format: v.format, angle: v.angle, headline: '', body: '', cta: '', status: 'approved', violations: [] };
    const kept = (await creatives(trattoria(), { data: { creatives: () => [stored] } })).content.variants.find((x) => x.id === 'meta-benefit-led')!;
    assert.equal(kept.fields.headline, 'Kept as the person saw it');
    const changed = (await creatives(trattoria({ benefits: ['Handmade ravioli every day'] }), { data: { creatives: () => [stored] } })).content.variants.find((x) => x.id === 'meta-benefit-led')!;
    assert.notEqual(changed.fingerprint, v.fingerprint);
    assert.notEqual(changed.fields.headline, 'Kept as the person saw it');
  });
});
