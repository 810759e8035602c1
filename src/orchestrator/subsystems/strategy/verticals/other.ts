// Any other vertical: pillars by goal, written for AICMO (editorial defaults, not measured), with
// no vertical-specific language: nothing account-based, nothing regulated.
import type { VerticalTemplate } from './types';

const AWARENESS = ['awareness'] as const;
const LEADS = ['leads'] as const;
const SALES = ['sales'] as const;
const ENGAGEMENT = ['engagement'] as const;
const RETENTION = ['retention'] as const;

export const OTHER: VerticalTemplate = {
  journey: '{audience} hear of {product}, compare it with the alternatives they know, and act when the timing is right; the plan meets them at each of those moments.',
  pillars: [
    { name: 'Be seen where {audience} already are', goals: AWARENESS, description: 'Broad, frequency-capped reach on the platforms {audience} use every day.' },
    { name: 'One memorable idea', goals: [...AWARENESS, ...ENGAGEMENT], description: 'A single distinctive message for {product}, repeated consistently in every placement.' },
    { name: 'Show, then tell', goals: AWARENESS, description: 'Lead with visual, video-first formats that explain {product} in seconds.' },
    { name: 'Borrowed credibility', goals: AWARENESS, needs: ['proof'], description: 'Carry {proof}, and work with partners, creators and press that {audience} already trust.', fallback: 'Partners, creators and press that {audience} already trust.' },
    { name: 'Capture existing demand', goals: [...LEADS, ...SALES], channels: ['google_search'], description: 'Search and intent signals from {audience} actively looking for what {product} does.' },
    { name: 'Prove value before the form', goals: LEADS, needs: ['proof'], description: 'Lead with {proof} and useful content that earns the lead before asking for details.', fallback: 'Useful content and proof that earn the lead before asking for details; the brief gives no proof points yet, so collect them before launch.' },
    { name: 'Frictionless conversion', goals: [...LEADS, ...SALES], description: 'Short forms or checkout, one clear call to action, fast follow-up.' },
    { name: 'Qualify, then nurture', goals: LEADS, channels: ['email'], description: 'Sort leads by fit and follow up the rest with an email sequence until they are ready.' },
    { name: 'Product-first creative', goals: SALES, needs: ['benefit'], description: 'Show {product} in use, with {benefit} and the price in every ad.', fallback: 'Show {product} in use, with the price and the main benefit in every ad.' },
    { name: 'Re-engage the almost-buyers', goals: SALES, channels: ['meta', 'instagram', 'google_display'], description: 'Retarget visitors and cart abandoners with a reason to come back.' },
    { name: 'Spend follows return', goals: SALES, description: 'Move budget weekly toward the channels with the best return on ad spend.' },
    { name: 'Conversation starters', goals: ENGAGEMENT, description: 'Questions, polls and prompts that invite {audience} to reply.' },
    { name: 'Native to each platform', goals: ENGAGEMENT, description: 'Formats made for each feed, not one asset resized everywhere.' },
    { name: 'Community spotlight', goals: ENGAGEMENT, description: 'Feature the people who use {product} and their stories.' },
    { name: 'Make existing customers feel known', goals: RETENTION, description: 'Personal messages built on what customers already bought or used.' },
    { name: 'Value after the sale', goals: RETENTION, description: 'Onboarding, tips and how-tos that help customers get more from {product}.' },
    { name: 'Win back the lapsed', goals: RETENTION, channels: ['email'], description: 'A sequence for customers who have not come back.' },
    { name: 'Listen and respond', goals: RETENTION, description: 'Feedback loops that turn complaints into fixes.' },
    { name: 'Lead with the offer', needs: ['offer'], description: '{offer}: stated the same way everywhere, with its end date.' },
    { name: 'A second audience: {audience2}', needs: ['audience2'], description: 'Its own message and placements for {audience2}.' },
  ],
  funnel: {
    awareness: {
      goal: 'Make {audience} aware of {product}.',
      tactics: [{ text: 'Video and image ads with broad targeting', channels: ['youtube', 'meta', 'instagram', 'tiktok'] }, { text: 'Creator or partner content' }],
    },
    consideration: {
      goal: 'Give {audience} reasons to choose {product}.',
      tactics: [{ text: 'Proof points and comparisons' }, { text: 'Retargeting of engaged viewers', channels: ['meta', 'instagram', 'google_display', 'youtube'] }],
    },
    conversion: {
      goal: 'Turn interest into the goal action.',
      tactics: [{ text: 'Search ads on high-intent terms', channels: ['google_search'] }, { text: 'A landing page with one call to action' }],
    },
    retention: {
      goal: 'Bring customers back and keep them.',
      tactics: [{ text: 'Email sequences', channels: ['email'] }, { text: 'Loyalty perks for repeat customers' }],
    },
  },
  risks: [],
};
