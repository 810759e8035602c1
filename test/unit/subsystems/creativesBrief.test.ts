// Copy a strategist would sign off (issue 12 follow-up): the brand is a name the client uses, never
// the project's; the call to action is the business's; a fact too long for a headline still goes
// where it fits; one search ad per set with every fact as a headline instead of six near-copies;
// stock lines only where no fact fits, never twice in a set. Real subsystem runs, real phrasebooks.
import assert from 'node:assert/strict';
import { brandSubsystem } from '../../../src/orchestrator/subsystems/brand';
import { creativesSubsystem, type CreativesContent, type CreativeVariant } from '../../../src/orchestrator/subsystems/creatives';
import { mediaSubsystem } from '../../../src/orchestrator/subsystems/media';
import { strategySubsystem } from '../../../src/orchestrator/subsystems/strategy';
import type { Project } from '../../../src/orchestrator/domain/project';
import { b2bSaasLeads, input, run } from './fixtures';

async function creatives(project: Project): Promise<CreativesContent> {
  const strategy = (await run(strategySubsystem, project)).content;
  const media = (await run(mediaSubsystem, project, { inputs: { strategy: input('strategy', strategy) } })).content;
  const brand = (await run(brandSubsystem, project)).content;
  const inputs = { strategy: input('strategy', strategy), media: input('media', media, 'draft'), brand: input('brand', brand, 'draft') };
  return (await run(creativesSubsystem, project, { inputs })).content;
}

const textsOf = (v: CreativeVariant): string[] => Object.entries(v.fields).filter(([k]) => k !== 'finalUrl' && !k.startsWith('path')).flatMap(([, x]) => (Array.isArray(x) ? x : [x]));
const allText = (c: CreativesContent): string => c.variants.flatMap(textsOf).join('\n');
const list = (v: CreativeVariant, k: string): string[] => (v.fields[k] as string[] | undefined) ?? [];

const restaurant = (over: Partial<Project> = {}): Project =>
  b2bSaasLeads({
    name: 'Trattoria Lunch',
    client: 'Trattoria Nonna',
    brand: undefined,
    industry: 'Restaurant',
    product: 'Fresh pasta lunch menu',
    goal: 'Fill lunch tables on weekdays',
    goalMetric: 'leads',
    audiences: ['office workers'],
    constraints: [],
    mustInclude: [],
    doNotDo: [],
    benefits: ['Pasta made fresh every morning', 'Lunch served in ten minutes'],
    proofPoints: ['Rated 4.8 from 1,200 reviews'],
    landingUrl: 'https://nonna.example/lunch',
    ...over,
  });

const ledgerly = (over: Partial<Project> = {}): Project =>
  b2bSaasLeads({
    name: 'Ledgerly DACH pipeline',
    client: 'Ledgerly GmbH',
    brand: 'Ledgerly',
    industry: 'B2B SaaS',
    product: 'Ledgerly AP',
    languages: ['de'],
    mustInclude: [],
    doNotDo: [],
    constraints: [],
    benefits: ['Rechnungen in Minuten freigeben', 'DATEV-Export ohne Nacharbeit'],
    proofPoints: ['Über 1.200 Finanzteams im DACH-Raum'],
    landingUrl: 'https://ledgerly.example/demo',
    ...over,
  });

describe('creatives from a brief: names, calls to action, fields, sets', () => {
  it('never uses the project name as the brand: the brand, else the client (without its legal form), else the product', async () => {
    const byClient = await creatives(restaurant());
    assert.doesNotMatch(allText(byClient), /Trattoria Lunch/);
    assert.match(allText(byClient), /Trattoria Nonna/);
    const byProduct = await creatives(restaurant({ client: '', brand: undefined }));
    assert.doesNotMatch(allText(byProduct), /Trattoria Lunch/);
    assert.ok(byProduct.variants.filter((v) => v.channel === 'google_search').every((v) => list(v, 'headlines').includes('Fresh pasta lunch menu')));
    const gmbh = await creatives(ledgerly({ brand: undefined }));
    assert.doesNotMatch(allText(gmbh), /GmbH|DACH pipeline/);
  });

  it('does not say the brand twice when the product already contains it ("Ledgerly AP von Ledgerly")', async () => {
    for (const languages of [['de'], ['en']]) {
      const text = allText(await creatives(ledgerly({ languages, benefits: ['Approve invoices in minutes'], proofPoints: ['Trusted by 1,200 finance teams'] })));
      assert.doesNotMatch(text, /Ledgerly AP (von|by) Ledgerly/);
      assert.match(text, /Ledgerly AP/);
    }
  });

  // What a strategist expects the ads to ask for, by business and goal (search headline label; Meta button).
  const ctaCases: [string, Partial<Project>, string, string][] = [
    ['a restaurant filling tables', { industry: 'Restaurant', goalMetric: 'leads' }, 'Book a table', 'Book now'],
    ['a restaurant selling online', { industry: 'Pizzeria', goalMetric: 'sales', product: 'Pizza delivery' }, 'Order now', 'Order now'],
    ['a dental clinic', { industry: 'Dental clinic', goalMetric: 'leads', product: 'Teeth whitening' }, 'Book an appointment', 'Book now'],
    ['B2B software after leads', { industry: 'B2B SaaS', goalMetric: 'leads', product: 'Northwind Ledger' }, 'Book a demo', 'Book now'],
    ['a plumber', { industry: 'Plumbing and heating', goalMetric: 'leads', product: 'Boiler repair' }, 'Get a quote', 'Get quote'],
    ['an online shop', { industry: 'DTC footwear', goalMetric: 'sales', product: 'Trail shoe' }, 'Shop now', 'Shop now'],
    ['an insurer', { industry: 'Car insurance', goalMetric: 'leads', product: 'Car cover' }, 'Get a quote', 'Get quote'],
    ['a lender', { industry: 'Personal loans', goalMetric: 'sales', product: 'Flexi loan' }, 'Apply now', 'Apply now'],
    ['a wealth manager after leads', { industry: 'Wealth management', goalMetric: 'leads', product: 'Retirement planning' }, 'Get a quote', 'Get quote'],
  ];
  for (const [who, over, label, button] of ctaCases) {
    it(`asks for what the business sells: ${who} → "${label}" (Meta button "${button}")`, async () => {
      const c = await creatives(restaurant({ client: 'Acme', ...over }));
      const search = c.variants.filter((v) => v.channel === 'google_search');
      assert.ok(search.length > 0);
      for (const v of search) assert.ok(list(v, 'headlines').includes(label), `${v.id}: ${list(v, 'headlines').join(' | ')}`);
      for (const v of c.variants.filter((x) => x.channel === 'meta')) assert.equal(v.fields.cta, button, v.id);
      if (over.industry === 'Restaurant') assert.doesNotMatch(allText(c), /Shop now/);
    });
  }

  it('uses a benefit too long for a 30-character headline in the fields it fits (descriptions, primary text, body)', async () => {
    const long = 'Rechnungen in Minuten freigeben';
    assert.equal([...long].length, 31);
    const c = await creatives(ledgerly());
    const search = c.variants.filter((v) => v.channel === 'google_search');
    assert.ok(search.length > 0);
    for (const v of search) {
      assert.ok(!list(v, 'headlines').some((h) => h.includes(long)), 'not in a 30-character headline');
      assert.ok(list(v, 'descriptions').some((d) => d.includes(long)), `${v.id} says it in a description: ${list(v, 'descriptions').join(' | ')}`);
    }
    const withMain = c.variants.filter((v) => typeof (v.fields.primaryText ?? v.fields.introText ?? v.fields.body) === 'string');
    assert.ok(withMain.length > 0);
    assert.ok(withMain.some((v) => String(v.fields.primaryText ?? v.fields.introText ?? v.fields.body).includes(long)));
  });

  it('writes one search ad around every fact (two with an offer) instead of six near-copies, and the two share few headlines', async () => {
    const facts = {
      benefits: ['Pasta made fresh every morning', 'Lunch served in ten minutes', 'Gluten-free pasta on request'],
      proofPoints: ['Rated 4.8 from 1,200 reviews', 'In the Michelin Guide 2025'],
    };
    const plain = (await creatives(restaurant(facts))).variants.filter((v) => v.channel === 'google_search');
    assert.equal(plain.length, 1);
    const heads = list(plain[0]!, 'headlines');
    for (const f of [...facts.benefits, ...facts.proofPoints, 'Trattoria Nonna', 'Fresh pasta lunch menu', 'Book a table']) assert.ok(heads.includes(f), `"${f}" is a headline: ${heads.join(' | ')}`);
    const offer = 'Free dessert with every lunch';
    const withOffer = (await creatives(restaurant({ ...facts, offer }))).variants.filter((v) => v.channel === 'google_search');
    assert.equal(withOffer.length, 2);
    const [a, b] = withOffer.map((v) => list(v, 'headlines'));
    assert.ok(b!.includes(offer), 'the offer ad carries the offer');
    assert.ok(!a!.includes(offer), 'the evergreen ad does not, so the offer can be paused alone');
    const descA = list(withOffer[0]!, 'descriptions');
    const descB = list(withOffer[1]!, 'descriptions');
    assert.ok(descB.some((d) => d.includes(offer)) && !descA.some((d) => d.includes(offer)));
    assert.notDeepEqual(descA, descB);
  });

  it('uses stock lines ("Why …?", "Discover …", "That\'s …") only where no fact fits, and never the same one twice in a channel\'s set', async () => {
    const c = await creatives(restaurant());
    const text = allText(c);
    assert.doesNotMatch(text, /Discover Trattoria Nonna|That's Trattoria Nonna|Why settle\?/);
    const byChannel = new Map<string, CreativeVariant[]>();
    for (const v of c.variants) byChannel.set(v.channel, [...(byChannel.get(v.channel) ?? []), v]);
    for (const [channel, set] of byChannel) {
      const withWhy = set.filter((v) => textsOf(v).some((t) => t.includes('Why Trattoria Nonna?')));
      assert.ok(withWhy.length <= 1, `${channel}: "Why Trattoria Nonna?" in ${withWhy.map((v) => v.id).join(', ')}`);
    }
    const thin = await creatives(restaurant({ benefits: [], proofPoints: [] }));
    assert.ok(thin.variants.length > 0, 'a brief without facts still gets copy, from the stock lines');
  });
});

// Real outputs, read as a fluent writer would: the facts stand as their own sentences, our words
// around them in the brief's address, the language's letter conventions (German goes on in lower
// case after "Guten Tag,"; French puts a narrow no-break space before ":" and "?"; Spanish greets
// with "Hola:"), and no English word left.
describe('creatives in German, French and Spanish: real outputs', () => {
  const NBSP = '\u202f';
  const rows: { lang: string; brief: Project; email: string; metaProof: string; searchCta: string }[] = [
    {
      lang: 'de (Sie)',
      brief: ledgerly({ client: 'Ledgerly GmbH', brand: 'Ledgerly' }),
      email: 'Guten Tag,\n\ndas zeichnet Ledgerly aus:\n• Rechnungen in Minuten freigeben\n• DATEV-Export ohne Nacharbeit\n\nÜber 1.200 Finanzteams im DACH-Raum.\n\nVereinbaren Sie eine Demo.\n\nIhr Team von Ledgerly',
      metaProof: 'Über 1.200 Finanzteams im DACH-Raum. Rechnungen in Minuten freigeben. Vereinbaren Sie eine Demo.',
      searchCta: 'Demo vereinbaren',
    },
    {
      lang: 'de (du)',
      brief: restaurant({ languages: ['de'], tone: 'locker, per du', product: 'Frische Pasta zum Mittag', benefits: ['Pasta jeden Morgen frisch gemacht'], proofPoints: ['4,8 Sterne bei 1.200 Bewertungen'] }),
      email: 'Hallo,\n\ndas zeichnet Trattoria Nonna aus:\n• Pasta jeden Morgen frisch gemacht\n\n4,8 Sterne bei 1.200 Bewertungen.\n\nReserviere deinen Tisch.\n\nDein Team von Trattoria Nonna',
      metaProof: '4,8 Sterne bei 1.200 Bewertungen. Pasta jeden Morgen frisch gemacht. Reserviere deinen Tisch.',
      searchCta: 'Tisch reservieren',
    },
    {
      lang: 'fr (vous)',
      brief: restaurant({ languages: ['fr'], product: 'Menu déjeuner aux pâtes fraîches', benefits: ['Des pâtes fraîches chaque matin', 'Déjeuner servi en dix minutes'], proofPoints: ['Noté 4,8 sur 1 200 avis'] }),
      email: `Bonjour,\n\nVoici ce qui distingue Trattoria Nonna${NBSP}:\n• Des pâtes fraîches chaque matin\n• Déjeuner servi en dix minutes\n\nNoté 4,8 sur 1 200 avis.\n\nRéservez votre table.\n\nL'équipe Trattoria Nonna`,
      metaProof: 'Noté 4,8 sur 1 200 avis. Des pâtes fraîches chaque matin. Réservez votre table.',
      searchCta: 'Réserver une table',
    },
    {
      lang: 'es (tú)',
      brief: restaurant({ languages: ['es'], product: 'Menú del día de pasta fresca', benefits: ['Pasta fresca cada mañana', 'Comida servida en diez minutos'], proofPoints: ['4,8 estrellas en 1.200 reseñas'] }),
      email: 'Hola:\n\nLo que distingue a Trattoria Nonna:\n• Pasta fresca cada mañana\n• Comida servida en diez minutos\n\n4,8 estrellas en 1.200 reseñas.\n\nReserva tu mesa.\n\nEl equipo de Trattoria Nonna',
      metaProof: '4,8 estrellas en 1.200 reseñas. Pasta fresca cada mañana. Reserva tu mesa.',
      searchCta: 'Reservar mesa',
    },
  ];
  const ENGLISH = /\b(the|and|with|by|now|book|your|why|discover|learn|more|shop|get|hello)\b/iu;
  for (const r of rows) {
    it(`writes ${r.lang} as a native writer would`, async () => {
      const c = await creatives(r.brief);
      const byId = (id: string): CreativeVariant => {
        const v = c.variants.find((x) => x.id === id);
        assert.ok(v, `${id} among ${c.variants.map((x) => x.id).join(', ')}`);
        return v;
      };
      assert.equal(byId('email-benefit-led').fields.body, r.email);
      assert.equal(byId('meta-social-proof').fields.primaryText, r.metaProof);
      assert.ok(list(byId('google_search-benefit-led'), 'headlines').includes(r.searchCta));
      for (const v of c.variants) for (const t of textsOf(v)) assert.doesNotMatch(t, ENGLISH, `${v.id}: "${t}"`);
      if (r.lang === 'de (du)') assert.doesNotMatch(allText(c), /\b(Sie|Ihr|Ihre[mnrs]?|Ihnen)\b/u);
      if (r.lang === 'de (Sie)') assert.doesNotMatch(allText(c), /\b(du|dein[emnrs]?|dich|dir)\b/u);
      if (r.lang.startsWith('fr')) assert.doesNotMatch(allText(c), / [?:!]|[^\s\u202f][?:!](?=\s|$)/u, 'a narrow no-break space before ? : !');
    });
  }
});

describe('creatives: the must-include terms in the main text', () => {
  it('makes room for must-include terms in a Meta primary text (≤ 125) and TikTok ad text (≤ 100) instead of recording them missing', async () => {
    const c = await creatives(
      restaurant({
        industry: 'Outdoor footwear (direct-to-consumer e-commerce)',
        goalMetric: 'sales',
        product: 'Ridgeline GTX insulated waterproof hiking boot',
        client: 'Northpeak Outfitters',
        brand: 'Northpeak',
        benefits: ['Waterproof GORE-TEX lining', 'Warm to -25 °C with 400 g insulation', 'Grips on wet rock and packed snow'],
        proofPoints: ['Rated 4.7 from 3,100 reviews', 'Tested on 1,000 miles of winter trail'],
        mustInclude: ['Waterproof guarantee', 'Free returns within 60 days'],
        allowedChannels: ['meta', 'tiktok', 'google_search'],
      }),
    );
    const mains = c.variants.filter((v) => v.channel === 'meta' || v.channel === 'tiktok');
    assert.ok(mains.length > 0);
    for (const v of mains) {
      const main = String(v.fields.primaryText ?? v.fields.adText);
      assert.ok(main.includes('Waterproof guarantee') && main.includes('Free returns within 60 days'), `${v.id}: ${main}`);
      assert.ok(!v.violations.some((x) => x.rule === 'must-include' || x.severity === 'error'), `${v.id}: ${v.violations.map((x) => x.message).join(' ')}`);
    }
  });
});

describe('creatives: a brief in two languages', () => {
  it('uses each language\'s facts for its own copy, without a note for every fact of the other language, and says when a language has none', async () => {
    const c = await creatives(
      ledgerly({
        languages: ['de', 'en'],
        benefits: ['Rechnungen in Minuten freigeben', 'DATEV-Export ohne Nacharbeit', 'Approve invoices in minutes', 'DATEV export with no rework'],
        proofPoints: ['Im Einsatz bei 1.200 Finanzteams'],
      }),
    );
    const de = c.variants.filter((v) => v.language === 'de').flatMap(textsOf).join('\n');
    const en = c.variants.filter((v) => v.language === 'en').flatMap(textsOf).join('\n');
    assert.match(de, /Rechnungen in Minuten freigeben/);
    assert.doesNotMatch(de, /Approve invoices/);
    assert.match(en, /Approve invoices in minutes/);
    assert.doesNotMatch(en, /Rechnungen|Finanzteams/);
    assert.ok(!c.notes.some((n) => /is in (German|English), not/.test(n)), c.notes.join('\n'));
    assert.ok(c.notes.some((n) => n === "None of the brief's proof points is in English: the English creatives use none (give them in English too)."), c.notes.join('\n'));
  });
});

describe('creatives: a feed ad\'s description', () => {
  it('never repeats the ad\'s own headline beneath it (left out when nothing else fits)', async () => {
    // Facts all longer than Meta's ~27-character headline and description: the names are what fits.
    const c = await creatives(restaurant({ allowedChannels: ['meta', 'google_search'], product: 'Fresh pasta lunch menu on weekdays', benefits: ['Pasta made fresh in our kitchen every morning', 'Lunch on the table in ten minutes flat'], proofPoints: ['Rated 4.8 from 1,200 reviews on Google'] }));
    const meta = c.variants.filter((v) => v.channel === 'meta');
    assert.ok(meta.length > 0);
    for (const v of meta) assert.notEqual(v.fields.description, v.fields.headline, `${v.id}: "${String(v.fields.headline)}" twice`);
  });
});
