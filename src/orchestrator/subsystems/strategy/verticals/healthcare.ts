// Healthcare: clinics, dental practices, therapies, pharmacies. Editorial, written for AICMO from
// how patients choose care (on trust: recommendations, reviews, clinicians' credentials) and the
// rules that bind health advertising: the UK CAP Code (section 12: medicines, medical devices, health-related products), the
// professional regulators (GDC, GMC, GPhC) on advertising, the ban on advertising prescription-only
// medicines to the public (UK Human Medicines Regulations; EU Directive 2001/83), Google's
// healthcare and medicines policy, and Meta's personal-attributes policy ("Do you suffer from…?").
import type { VerticalTemplate } from './types';

export const HEALTHCARE: VerticalTemplate = {
  journey:
    'Patients choose where to go for {product} on trust (a recommendation, the reviews, the clinicians\' credentials), often after searching for a symptom or a treatment; many compare two or three providers and book when the timing suits them.',
  pillars: [
    { name: "Answer the patient's question", channels: ['google_search'], description: 'Search ads and pages for the treatments and symptoms {audience} search for, with plain information on what happens, how long it takes and what it costs.' },
    { name: 'Trust through people and proof', needs: ['proof'], description: 'Lead with {proof} and the clinicians who treat patients, with their registration.', fallback: 'Lead with the clinicians who treat patients and their registration; the brief gives no proof points, so collect patient reviews through a consented feedback process before launch.' },
    { name: 'Easy, reassuring booking', goals: ['leads', 'sales'], description: 'Online booking or a call in one tap, with availability, prices and what to expect stated before the appointment.' },
    { name: 'Claims within the rules', description: 'Only claims the practice can substantiate: no promised outcomes, no before-and-after images where the regulator forbids them, and no ad that implies it knows the reader\'s health condition.' },
    { name: 'Say what is different', needs: ['benefit'], description: 'Make {benefit} the reason to choose {brand}, in words a patient would use and a clinician can stand behind.' },
    { name: 'Useful health content', goals: ['awareness', 'engagement'], description: 'Short, accurate explainers reviewed by a clinician that {audience} will keep and share.' },
    { name: 'Care that brings patients back', goals: ['retention', 'leads'], channels: ['email'], description: 'Recall and check-up reminders by email or text, sent only with consent.' },
    { name: 'A second audience: {audience2}', needs: ['audience2'], description: 'Its own message and appointment times for {audience2}.' },
  ],
  funnel: {
    awareness: {
      goal: 'Make {audience} aware of {product} before they need it.',
      tactics: [
        { text: 'Video of the team and the practice, in the area patients come from', channels: ['meta', 'instagram', 'youtube'] },
        { text: 'Clinician-reviewed health explainers' },
      ],
    },
    consideration: {
      goal: 'Earn trust: who treats you, what happens, what it costs.',
      tactics: [
        { text: 'Treatment pages: what happens, how long it takes, what it costs' },
        { text: 'Reviews and clinician profiles' },
      ],
    },
    conversion: {
      goal: 'Turn the search into a booked appointment.',
      tactics: [
        { text: 'Search ads on treatment and "near me" terms', channels: ['google_search'] },
        { text: 'Online booking with the next free appointments shown' },
      ],
    },
    retention: {
      goal: 'Bring patients back for check-ups and follow-up care.',
      tactics: [
        { text: 'Recall and check-up reminders (with consent)', channels: ['email'] },
        { text: 'A feedback request after each appointment' },
      ],
    },
  },
  risks: [
    { risk: 'Health claims that cannot be substantiated, or that promise an outcome, breach advertising rules (in the UK the CAP Code and the professional regulator such as the GDC or GMC; elsewhere the local equivalent).', likelihood: 'high', mitigation: 'The responsible clinician signs off every claim before it runs, and the evidence is kept on file.' },
    { risk: "Ad platforms restrict healthcare ads: Google limits ads for prescription medicines and some treatments, and Meta rejects ads that assert or imply a person's health condition (\"Do you suffer from…?\").", likelihood: 'high', mitigation: 'Copy describes the service, never the reader; check each platform\'s healthcare policy before launch.' },
    { risk: 'Targeting or retargeting built on health conditions uses sensitive personal data.', likelihood: 'medium', mitigation: 'Target by place and broad interest, never by condition; no remarketing lists from treatment pages without consent.' },
  ],
  goalRisks: {
    leads: { risk: 'Enquiries that never become appointments (no-shows, price shoppers) inflate the count.', likelihood: 'high', mitigation: 'Confirm bookings, remind patients the day before and report attended appointments next to enquiries.' },
  },
  compliance: [
    { rule: 'Every health claim is substantiated and signed off by the responsible clinician before it runs.', source: 'UK CAP Code section 12 (health claims need objective substantiation); the professional regulator\'s advertising guidance' },
    { rule: 'No guarantee of results, and nothing that makes a treatment sound free of risk.', source: 'UK CAP Code 12; GDC and GMC guidance on advertising' },
    { rule: 'No copy that asserts or implies the reader\'s health condition.', source: "Meta's personal-attributes policy; Google's personalised-advertising policy on health" },
    { rule: 'Prescription-only medicines are not advertised to the public.', source: 'UK Human Medicines Regulations 2012; EU Directive 2001/83' },
    { rule: 'Patient testimonials only with written consent, and never as evidence of a clinical outcome.', source: 'UK CAP Code sections 3 (testimonials) and 12' },
  ],
  claimWords: [
    { word: 'cure*', why: 'a claim to cure needs clinical evidence and is barred for many conditions' },
    { word: 'painless', why: 'an absolute claim that cannot be guaranteed for every patient' },
    { word: 'pain-free', why: 'an absolute claim that cannot be guaranteed for every patient' },
    { word: 'guarantee*', why: 'outcomes of treatment cannot be guaranteed' },
    { word: 'permanent', why: 'an outcome claim that needs clinical evidence' },
    { word: '100%', why: 'an absolute claim that cannot be guaranteed for every patient' },
    { word: 'risk-free', why: 'no treatment is free of risk' },
    { word: 'no side effects', why: 'no treatment is free of risk' },
    { word: 'safe', why: '"safe" as an absolute claim is not acceptable for a treatment' },
    { word: 'miracle', why: 'an exaggerated health claim' },
    { word: 'clinically proven', why: 'needs the published evidence on file' },
  ],
  checklist: ['Every claim is substantiated and signed off by the responsible clinician; no copy implies the reader\'s health condition.'],
};
