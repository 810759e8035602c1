// Finance and insurance. Editorial, written for AICMO from how people buy financial products (at a
// trigger moment, comparing on price and trust, often on comparison sites) and the rules that bind
// their promotion: the UK FCA's "fair, clear and not misleading" rule (COBS 4, CONC 3),
// representative examples for credit costs, risk warnings on investments; Google's financial
// services verification and Meta's special ad category for credit.
import type { VerticalTemplate } from './types';

export const FINANCE: VerticalTemplate = {
  journey:
    '{audience} decide at a trigger moment (a renewal date, a move, a new job), compare providers on price and trust, often on comparison sites, and read the terms before they commit; the ad must not promise what the terms do not deliver.',
  pillars: [
    { name: 'Be there at the trigger moment', channels: ['google_search'], description: 'Search presence on product and life-event terms when {audience} are actively deciding, timed to renewal dates and moves.' },
    { name: 'Trust before rate', needs: ['proof'], description: 'Lead with {proof}, regulated status and independent ratings before any price.', fallback: 'Lead with regulated status and independent ratings before any price; the brief gives no proof points, so collect ratings and customer figures before launch.' },
    { name: 'A clear, compliant offer', goals: ['leads', 'sales'], description: 'State the product and its key terms plainly; any rate or price carries the representative example and conditions the rules require.' },
    { name: 'Quote or apply without friction', goals: ['leads', 'sales'], description: 'A short quote or eligibility check that shows a result fast, saves progress and is followed up within the hour.' },
    { name: 'Explain, do not sell', description: 'Guides and calculators that answer the questions {audience} have about {product}, and earn the search traffic that comparison sites would otherwise take.' },
    { name: 'Why {brand}, not {competitor}', needs: ['competitor', 'benefit'], description: 'Where {product} beats {competitor} for {audience}: {benefit}, stated as a fact that can be evidenced; the competitor is never named in ads.' },
    { name: 'Keep them at renewal', goals: ['retention'], channels: ['email'], description: 'Remind customers what they have and what it covers before renewal, and make staying the easy choice.' },
    { name: 'A second audience: {audience2}', needs: ['audience2'], description: 'Its own trigger moments and terms for {audience2}.' },
  ],
  funnel: {
    awareness: {
      goal: 'Be the name {audience} trust when the trigger moment comes.',
      tactics: [
        { text: 'Video and display on trusted publishers', channels: ['youtube', 'google_display'] },
        { text: 'Explainers with the key terms stated' },
      ],
    },
    consideration: {
      goal: 'Win the comparison on trust, cover and price.',
      tactics: [
        { text: 'Calculators, guides and comparison tables' },
        { text: 'Retargeting of guide readers with trust signals (not with rates)', channels: ['meta', 'google_display'] },
      ],
    },
    conversion: {
      goal: 'Turn the comparison into a quote or an application.',
      tactics: [
        { text: 'Search ads on product and trigger-moment terms', channels: ['google_search'] },
        { text: 'A short quote or application form' },
      ],
    },
    retention: {
      goal: 'Keep customers at renewal.',
      tactics: [
        { text: 'Renewal and cover-review emails, with terms stated', channels: ['email'] },
        { text: 'Service messages that prevent complaints' },
      ],
    },
  },
  risks: [
    { risk: 'A financial promotion that is not fair, clear and not misleading is a regulatory breach (FCA rules in the UK; similar rules elsewhere).', likelihood: 'high', mitigation: 'Compliance signs off every ad and landing page before it runs, and the approval record is kept.' },
    { risk: 'Ad platforms restrict financial services: Google requires advertiser verification for financial services in many countries, and Meta places credit offers in a special ad category with limited targeting.', likelihood: 'high', mitigation: 'Complete platform verification before launch, and plan credit targeting without age, gender or postcode narrowing.' },
    { risk: 'Price-led switchers leave again at the next renewal.', likelihood: 'medium', mitigation: 'Report retention at renewal next to the cost of acquiring each customer.' },
  ],
  compliance: [
    { rule: 'Every ad and landing page is fair, clear and not misleading: risks and key terms as prominent as the benefits.', source: 'FCA Principles and COBS 4 / CONC 3 (UK); the equivalent financial-promotion rules elsewhere' },
    { rule: 'Any interest rate or cost of credit comes with a representative example.', source: 'FCA CONC 3.5 (UK); EU Consumer Credit Directive' },
    { rule: 'Investment promotions carry the required risk warning (for example "capital at risk").', source: 'FCA COBS 4 (UK)' },
    { rule: 'Credit ads on Meta run in the special ad category, without age, gender or postcode targeting.', source: "Meta's special ad categories policy" },
  ],
  claimWords: [
    { word: 'guarantee*', why: 'a guarantee must be true and its conditions stated next to it' },
    { word: 'risk-free', why: 'no financial product is free of risk: misleading' },
    { word: 'no risk', why: 'no financial product is free of risk: misleading' },
    { word: 'best rate*', why: 'a "best" claim needs evidence for the whole market it compares with' },
    { word: 'lowest', why: 'a comparative claim needs evidence for the whole market it compares with' },
    { word: 'cheapest', why: 'a comparative claim needs evidence for the whole market it compares with' },
    { word: 'instant approval', why: 'approval depends on checks: misleading unless always true' },
    { word: 'no credit check*', why: 'must be true for every applicant, and is restricted for credit promotions' },
    { word: '0%', why: 'a rate needs its representative example and conditions' },
    { word: 'apr', why: 'a rate needs its representative example and conditions' },
  ],
  checklist: ['Compliance has approved every ad and landing page; every rate carries its representative example.'],
};
