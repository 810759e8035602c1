// Consumer packaged goods. Editorial, written for AICMO from how packaged goods are bought: in a
// shop or a retailer's site, in seconds, mostly from habit, so mental availability (reach and
// distinctive assets) and physical availability matter more than clicks; sales show up in
// retailer data, late. Claim rules: GB/EU nutrition and health claims register; the CMA Green
// Claims Code (UK, 2021) for environmental claims.
import type { VerticalTemplate } from './types';

export const CPG: VerticalTemplate = {
  journey:
    'Most {product} purchases happen in a shop or on a retailer\'s site, in seconds and from habit: {brand} has to be remembered at the shelf, so reach and distinctive assets matter more than clicks, and sales show up in retailer data weeks later.',
  pillars: [
    { name: 'Reach the many, not just the loyal', description: 'Broad, frequency-capped reach among {audience}: growth comes from light buyers of the category, most of whom buy it rarely.' },
    { name: 'Distinctive and consistent', description: 'The same pack, colours and line in every placement, so {product} is recognised at the shelf in a second.' },
    { name: 'One reason to choose', needs: ['benefit'], description: 'One reason to pick {product} over the habit: {benefit}.', fallback: 'One reason to pick {product} over the habit; the brief lists no benefit yet, so agree the single message before production.' },
    { name: 'Win at the digital shelf', goals: ['sales', 'leads', 'retention'], channels: ['google_shopping', 'google_pmax'], description: 'Shopping and retail-media ads where {product} is listed, and a where-to-buy link on every ad.' },
    { name: 'Show it in the moment', goals: ['awareness', 'engagement', 'sales'], channels: ['instagram', 'tiktok', 'youtube', 'meta'], description: 'Short video of {product} in the moments it is used, made for Reels, TikTok and YouTube Shorts.' },
    { name: 'Proof that travels', needs: ['proof'], description: 'Carry {proof} on pack shots and in the first seconds of every video.' },
    { name: 'Creators and sampling', goals: ['engagement', 'awareness'], description: 'Creators who already use the category, and sampling where {audience} shop.' },
    { name: 'Stay in the basket', goals: ['retention'], channels: ['email'], description: 'Remind past buyers at the usual repurchase interval, with recipes or usage ideas that grow how often {product} is used.' },
    { name: 'A second audience: {audience2}', needs: ['audience2'], description: 'Its own moments and placements for {audience2}.' },
  ],
  funnel: {
    awareness: {
      goal: 'Be remembered by {audience} when they next buy the category.',
      tactics: [
        { text: 'Online video and social reach with frequency caps', channels: ['youtube', 'meta', 'instagram', 'tiktok'] },
        { text: 'Creator content in the moments of use' },
      ],
    },
    consideration: {
      goal: 'Give {audience} a reason to try {product} instead of their usual choice.',
      tactics: [
        { text: 'Recipes, usage ideas and proof (awards, taste tests)' },
        { text: 'Retargeting of people who watched most of a video', channels: ['meta', 'instagram', 'youtube'] },
      ],
    },
    conversion: {
      goal: 'Turn intent into a basket at a retailer.',
      tactics: [
        { text: "Shopping and retail-media ads linking to retailers' product pages", channels: ['google_shopping', 'google_pmax'] },
        { text: 'A where-to-buy page by retailer and region' },
      ],
    },
    retention: {
      goal: 'Keep {product} in the weekly shop.',
      tactics: [
        { text: 'Repurchase reminders and usage content', channels: ['email'] },
        { text: "Presence in retailers' own loyalty programmes" },
      ],
    },
  },
  risks: [
    { risk: 'Sales happen in retailers whose data arrives late or not at all, so clicks and views can mislead.', likelihood: 'high', mitigation: 'Agree the measure of success with the client before launch: retailer sales by week, brand search volume, or a brand-lift study.' },
    { risk: 'Ads send shoppers to retailers where {product} is out of stock or not listed.', likelihood: 'medium', mitigation: 'Check distribution and stock before spending, and pause regions without it.' },
  ],
  goalRisks: { leads: null },
  compliance: [
    { rule: 'Nutrition and health claims only in the wording authorised for the product (for example "high in fibre" only when the product meets the condition).', source: 'GB and EU nutrition and health claims registers' },
    { rule: 'Environmental claims ("sustainable", "eco", "carbon neutral") are specific, cover the whole product or say which part, and have evidence on file.', source: 'CMA Green Claims Code (UK); the same principle in EU consumer law' },
  ],
  claimWords: [
    { word: 'healthy', why: 'a general health claim needs an authorised specific claim next to it' },
    { word: 'superfood*', why: 'a general health claim needs an authorised specific claim next to it' },
    { word: 'immun*', why: 'immunity claims are health claims: only authorised wording' },
    { word: 'sustainab*', why: 'an environmental claim needs evidence and a clear scope' },
    { word: 'eco-friendly', why: 'an environmental claim needs evidence and a clear scope' },
    { word: 'eco', why: 'an environmental claim needs evidence and a clear scope' },
    { word: 'carbon neutral', why: 'an environmental claim needs evidence and a clear scope' },
    { word: 'natural', why: '"natural" needs to be true of the whole product' },
  ],
  checklist: ['Nutrition, health and environmental claims are authorised wording with evidence on file.'],
};
