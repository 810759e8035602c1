// The brief's rules read into checks, and every field of a creative checked against its format's
// limits and those rules: table-driven, each row a breach a reviewer would have to catch by hand.
import assert from 'node:assert/strict';
import { readBriefRules, termRegExp } from '../../../src/orchestrator/subsystems/creatives/briefRules';
import { checkCreative, type CheckContext } from '../../../src/orchestrator/subsystems/creatives/checks';
import { CHANNEL_FORMATS } from '../../../src/orchestrator/subsystems/creatives/channelLimits';
import { phrasebookFor } from '../../../src/orchestrator/subsystems/creatives/language';
import type { CreativeFields } from '../../../src/orchestrator/subsystems/creatives/types';

const ctx = (brief: { mustInclude?: string[]; doNotDo?: string[]; competitors?: string[]; offer?: string } = {}, language = 'en'): CheckContext => ({
  rules: readBriefRules({ mustInclude: brief.mustInclude ?? [], doNotDo: brief.doNotDo ?? [], competitors: brief.competitors ?? [], ...(brief.offer ? { offer: brief.offer } : {}) }),
  facts: { product: 'Oat Barista', brand: 'Haferhof', benefits: ['Foams like dairy milk'], proofs: ['Rated 4.7 by 2,300 baristas'], ...(brief.offer ? { offer: brief.offer } : {}), other: [] },
  phrasebook: phrasebookFor(language),
});

const rsa = (over: CreativeFields = {}): CreativeFields => ({
  headlines: ['Haferhof Oat Barista', 'Foams like dairy milk', 'Rated 4.7 by 2,300 baristas', 'Shop now'],
  descriptions: ['Foams like dairy milk. Rated 4.7 by 2,300 baristas.', 'Oat Barista by Haferhof. Shop now.'],
  finalUrl: 'https://haferhof.example',
  ...over,
});
const meta = (over: CreativeFields = {}): CreativeFields => ({ primaryText: 'Foams like dairy milk. Rated 4.7 by 2,300 baristas.', headline: 'Foams like dairy milk', cta: 'Shop now', finalUrl: 'https://haferhof.example', ...over });
const rules = (channel: string, fields: CreativeFields, c = ctx()) => checkCreative(channel, fields, c).map((v) => `${v.severity} ${v.rule} ${v.field}`);

describe('creative checks', () => {
  it('passes a clean responsive search ad and a clean Meta ad', () => {
    assert.deepEqual(rules('google_search', rsa()), []);
    assert.deepEqual(rules('meta', meta()), []);
  });

  const table: [string, string, CreativeFields, CheckContext, string][] = [
    ['a headline over 30', 'google_search', rsa({ headlines: ['Haferhof Oat Barista for cafés everywhere', 'Foams like dairy milk', 'Rated 4.7 by 2,300 baristas', 'Shop now'] }), ctx(), 'error max-length headlines[0]'],
    ['a description over 90', 'google_search', rsa({ descriptions: ['Foams like dairy milk. Rated 4.7 by 2,300 baristas. Oat Barista by Haferhof, for every café that cares.', 'Shop now.'] }), ctx(), 'error max-length descriptions[0]'],
    ['two headlines', 'google_search', rsa({ headlines: ['Haferhof', 'Shop now'] }), ctx(), 'error count headlines'],
    ['one description', 'google_search', rsa({ descriptions: ['Shop now.'] }), ctx(), 'error count descriptions'],
    ['the same words reordered', 'google_search', rsa({ headlines: ['Haferhof Oat Barista', 'Oat Barista Haferhof', 'Rated 4.7 by 2,300 baristas', 'Shop now'] }), ctx(), 'error duplicate headlines[1]'],
    ['no proof headline', 'google_search', rsa({ headlines: ['Haferhof Oat Barista', 'Foams like dairy milk', 'Shop now'] }), ctx(), 'warning headline-mix headlines'],
    ['a path over 15', 'google_search', rsa({ path1: 'oat-barista-for-cafes' }), ctx(), 'error max-length path1'],
    ['no landing URL', 'google_search', rsa({ finalUrl: '' }), ctx(), 'warning required finalUrl'],
    ['Meta primary text over 125', 'meta', meta({ primaryText: `${'Foams like dairy milk. '.repeat(6)}` }), ctx(), 'warning recommended-length primaryText'],
    ['a button not on Meta\'s list', 'meta', meta({ cta: 'Grab yours' }), ctx(), 'error cta-list cta'],
    ['TikTok ad text over 100', 'tiktok', { adText: 'Foams like dairy milk. '.repeat(5), cta: 'Shop now', finalUrl: 'https://haferhof.example' }, ctx(), 'error max-length adText'],
    ['a hashtag in TikTok ad text', 'tiktok', { adText: 'Foams like dairy milk #oat', cta: 'Shop now', finalUrl: 'https://haferhof.example' }, ctx(), 'error forbidden-characters adText'],
    ['an X post over 280', 'x', { text: 'Foams like dairy milk. '.repeat(13) }, ctx(), 'error max-length text'],
    ['offer language without an offer', 'meta', meta({ headline: 'Get 20% off today' }), ctx(), 'error offer-language headline'],
    ['a discount where the brief says no discounts', 'meta', meta({ primaryText: 'Discounted for cafés.' }), ctx({ offer: 'A free sample', doNotDo: ['No discounts or voucher codes'] }), 'error offer-language primaryText'],
    ['a banned word inflected', 'meta', meta({ headline: 'The cheapest oat milk' }), ctx({ doNotDo: ['never say "cheap"'] }), 'error banned-term headline'],
    ['a banned phrase from a short do-not-do line', 'meta', meta({ headline: 'Plant milk for cafés' }), ctx({ doNotDo: ['No plant milk'] }), 'error banned-term headline'],
    ['a before/after claim', 'meta', meta({ primaryText: 'Your latte before and after Haferhof.' }), ctx({ doNotDo: ['no before/after claims'] }), 'error before-after primaryText'],
    ['a superlative', 'meta', meta({ headline: 'The best oat milk' }), ctx({ doNotDo: ['No superlatives'] }), 'error superlative headline'],
    ['a competitor named', 'meta', meta({ headline: 'Foams better than Oatly' }), ctx({ competitors: ['Oatly'] }), 'error competitor headline'],
    ['an invented number', 'meta', meta({ headline: 'Loved by 10,000 cafés' }), ctx(), 'error invented-number headline'],
    ['stock filler', 'meta', meta({ primaryText: 'Oat milk made simple.' }), ctx(), 'error filler primaryText'],
    ['a missing must-include term', 'meta', meta(), ctx({ mustInclude: ['Made in Germany'] }), 'error must-include creative'],
  ];
  for (const [what, channel, fields, c, expected] of table) {
    it(`records ${what}`, () => assert.ok(rules(channel, fields, c).includes(expected), `${rules(channel, fields, c).join('; ')}`));
  }

  it('reads inflections and phrases into banned terms, and keeps lines it cannot read as guidance', () => {
    const re = termRegExp('discounts');
    for (const w of ['discount', 'Discounts', 'discounted', 'discounting']) assert.ok(re.test(w), w);
    assert.ok(!re.test('discotheque'));
    assert.ok(termRegExp('billig').test('billigsten') && termRegExp('billig').test('Billige'));
    const r = readBriefRules({ mustInclude: ['"Made in Germany"'], doNotDo: ['Keep the tone warm and never pushy in any of the adverts'], competitors: [] });
    assert.deepEqual(r.mustInclude, ['Made in Germany']);
    assert.deepEqual(r.unread, ['Keep the tone warm and never pushy in any of the adverts']);
    assert.ok(r.summary.some((s) => /Not checked automatically/.test(s)));
  });

  it('has a source for every channel format, and says Shopping has no ad copy', () => {
    for (const f of Object.values(CHANNEL_FORMATS)) assert.ok(f.sources.length > 0 && f.sources.every((s) => s.length > 20), f.channel);
    assert.equal(CHANNEL_FORMATS.google_shopping!.copy, false);
    assert.match(CHANNEL_FORMATS.google_shopping!.note!, /no ad copy/);
    assert.equal(Object.keys(CHANNEL_FORMATS).length, 12);
  });
});
