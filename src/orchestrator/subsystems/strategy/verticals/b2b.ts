// B2B software and services. Editorial, written for AICMO from how B2B buying works: a buying
// committee, a long cycle, most research done before a vendor is contacted, and lead quality that
// matters more than lead count. Not measured figures.
import type { VerticalTemplate } from './types';

export const B2B: VerticalTemplate = {
  journey:
    '{audience} research alone, shortlist two or three vendors, then bring in finance, IT and procurement: a committee decision that takes weeks or months, most of it before anyone fills in a form.',
  pillars: [
    { name: 'Capture in-market demand', goals: ['leads', 'sales'], channels: ['google_search'], description: 'Search campaigns on the problem and category terms {audience} use when they are evaluating, with landing pages that answer their first evaluation questions about {product}.' },
    { name: 'Account-level focus', channels: ['linkedin'], description: 'Target the companies and roles of {audience}, not just clicks: LinkedIn company and job-title targeting, and results reported by account as well as by lead.' },
    { name: 'Proof before the form', goals: ['leads', 'sales', 'engagement'], needs: ['proof'], description: 'Lead with {proof} and customer stories from companies like theirs; ask for a work email only for material worth it.', fallback: 'The brief gives no proof points yet: gather two customer results (a figure and a named role) before launch, because B2B buyers discount claims without them.' },
    { name: 'Arm the buying committee', needs: ['benefit'], description: 'Give the champion what finance and IT will ask for: the business case for {benefit}, security and integration answers, and a comparison page.', fallback: 'Give the champion what finance and IT will ask for: a business case, security and integration answers, and a comparison page.' },
    { name: 'Qualify, then nurture', goals: ['leads'], channels: ['email'], description: 'Score leads by company fit and role; send the rest into an email nurture of useful content until sales agrees they are ready.' },
    { name: 'Own a point of view', goals: ['awareness', 'engagement'], description: 'A clear opinion on the problem {product} solves, from people {audience} respect, distributed as short video, posts and a newsletter.' },
    { name: 'Reach the second role', goals: ['leads', 'sales', 'awareness', 'engagement'], needs: ['audience2'], description: 'A separate message for {audience2}: what they need to hear to back the purchase, which is rarely what the first user wants.' },
    { name: 'Win the comparison', needs: ['competitor', 'benefit'], description: 'Position {product} against {competitor} on {benefit}, the comparison {audience} will make anyway; the competitor is never named in ads.' },
    { name: 'Expand within accounts', goals: ['retention', 'sales'], description: 'Existing customers are the cheapest pipeline: onboarding that proves value early, then upsell and referral offers to the users of {product}.' },
    { name: 'Measure pipeline, not form fills', description: 'Pass every lead to the CRM with its source and judge channels on qualified opportunities, not on cost per form.' },
  ],
  funnel: {
    awareness: {
      goal: 'Make {audience} at the target companies aware of {product} and the problem it solves.',
      tactics: [
        { text: 'LinkedIn sponsored content to the roles and company sizes of the target accounts', channels: ['linkedin'] },
        { text: 'Short thought-leadership video cut for YouTube and LinkedIn', channels: ['youtube', 'linkedin'] },
        { text: 'Guest articles and podcasts the buyers already follow' },
      ],
    },
    consideration: {
      goal: 'Give every member of the buying committee a reason to shortlist {product}.',
      tactics: [
        { text: 'Case studies, comparison and pricing pages' },
        { text: 'Retargeting of site visitors with proof points on LinkedIn', channels: ['linkedin'] },
        { text: 'Webinar or recorded product tour' },
      ],
    },
    conversion: {
      goal: 'Turn evaluation into a demo request or trial that sales can qualify.',
      tactics: [
        { text: 'Search ads on problem, category and comparison terms', channels: ['google_search'] },
        { text: 'A demo form of at most five fields, followed up by sales the same working day' },
      ],
    },
    retention: {
      goal: 'Prove value early so customers renew and expand.',
      tactics: [
        { text: 'Onboarding email sequence tied to the first milestones', channels: ['email'] },
        { text: 'Customer reference and referral programme' },
      ],
    },
  },
  risks: [
    { risk: 'A long buying cycle: leads arrive weeks after the spend that earned them, so early cost per lead looks worse than it is.', likelihood: 'high', mitigation: 'Judge channels on a trailing window, report leads by the month they were created, and agree the review date with the client now.' },
    { risk: 'The CRM and the ad platforms disagree on what became pipeline.', likelihood: 'medium', mitigation: 'Pass the click id and source into the CRM and import qualified opportunities back as offline conversions.' },
  ],
  goalRisks: {
    leads: { risk: 'Form fills from students, job seekers, vendors and competitors inflate the lead count.', likelihood: 'high', mitigation: 'Qualify by company and role, agree with sales what a qualified lead is, and report qualified leads next to the total.' },
  },
  checklist: ['Sales has agreed what counts as a qualified lead, and how fast they follow one up.'],
};
