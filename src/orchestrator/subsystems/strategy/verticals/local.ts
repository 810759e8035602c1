// Local services: restaurants, clinics, trades, salons. Editorial, written for AICMO from how
// local choice works: a search or map listing, the reviews, distance and opening hours, then a
// call or booking within days. Not measured figures.
import type { PillarTemplate, Tactic, VerticalTemplate } from './types';

/** The pillar every local business needs, whatever its vertical (a clinic, a branch, a shop). */
export const LOCAL_PILLAR: PillarTemplate = {
  name: 'Be found nearby',
  channels: ['google_search'],
  description: 'A complete, current Google Business Profile (hours, photos, services) and search ads on "near me" and area terms within the real service radius around {geo}.',
};

/** The conversion tactic a local business adds in any vertical. */
export const LOCAL_TACTIC: Tactic = { text: 'Call, directions and booking buttons on every ad and the Google Business Profile', channels: ['google_search'] };

export const LOCAL: VerticalTemplate = {
  journey:
    'People choose {product} close to home, usually from a search or a map listing: they read the reviews, check the hours and the distance, and call or book the same day or week; the listing and its reviews decide more than the ad does.',
  pillars: [
    LOCAL_PILLAR,
    { name: 'Reviews win the choice', needs: ['proof'], description: 'Lead with {proof}; ask every happy customer for a review and reply to every review, good or bad.', fallback: 'The brief gives no ratings or reviews: start asking every customer for one now, because in local search the listing with better reviews wins the click.' },
    { name: 'One tap to book or call', goals: ['leads', 'sales'], description: 'Call, booking and directions in every ad and on the landing page; missed calls returned within the hour.' },
    { name: 'Local, not generic', channels: ['meta', 'instagram'], description: 'Creative that shows the place, the people and the neighbourhood of {geo}, with radius targeting rather than the whole region.' },
    { name: 'Fill the quiet hours', goals: ['leads', 'sales'], description: 'Schedule ads for the days and hours with spare capacity, and pause them when fully booked.' },
    { name: 'Lead with the offer', needs: ['offer'], description: '{offer}: the same words in every ad, on the listing and at the door, with its end date.' },
    { name: 'Regulars and word of mouth', goals: ['retention', 'engagement', 'awareness'], channels: ['email'], description: 'A list of past customers (with consent) for quiet days, and an easy way to bring a friend.' },
    { name: 'Why here, not {competitor}', needs: ['competitor', 'benefit'], description: 'What {audience} get here that they do not get at {competitor}: {benefit}; the competitor is never named in ads.' },
    { name: 'A second audience: {audience2}', needs: ['audience2'], description: 'Its own message and hours for {audience2}, who choose for different reasons.' },
  ],
  funnel: {
    awareness: {
      goal: 'Make people within reach of {geo} aware of {product}.',
      tactics: [
        { text: 'Radius-targeted Meta and Instagram ads around {geo}', channels: ['meta', 'instagram'] },
        { text: 'Local partnerships and community events' },
      ],
    },
    consideration: {
      goal: 'Win the comparison on reviews, distance, hours and price.',
      tactics: [
        { text: 'Google Business Profile posts, photos and replies to reviews' },
        { text: 'A menu or services and prices page that loads fast on a phone' },
      ],
    },
    conversion: {
      goal: 'Turn the search into a call, a booking or a visit.',
      tactics: [
        { text: 'Search ads on "near me" and area terms, with call and location assets', channels: ['google_search'] },
        { text: 'Online booking or click-to-call, answered promptly' },
      ],
    },
    retention: {
      goal: 'Bring customers back and have them recommend the place.',
      tactics: [
        { text: 'Past-customer emails for quiet days', channels: ['email'] },
        { text: 'A review request after each visit' },
      ],
    },
  },
  risks: [
    { risk: 'The service area is small, so audiences are small: frequency climbs fast and ads tire.', likelihood: 'medium', mitigation: 'Cap frequency, rotate creative every two weeks and keep the radius to where customers really come from.' },
    { risk: 'Calls and walk-ins are not tracked, so the channel that fills the diary can look like the worst one.', likelihood: 'high', mitigation: "Use call tracking and a booking system that records the source, and ask every new customer how they heard of the business." },
  ],
  goalRisks: {
    leads: { risk: 'Bookings that never turn up inflate the lead count.', likelihood: 'high', mitigation: 'Confirm every booking by text the day before and report attended bookings next to bookings.' },
  },
  checklist: ['Call tracking and the booking source are set up before launch.'],
};
