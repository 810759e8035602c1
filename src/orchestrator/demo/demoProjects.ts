// The demo workspace's three client projects: different industries, goals, budgets, currencies
// and languages, written as a strategist would brief them — benefits, proof points, landing URLs,
// languages, tone and channel rules that match each brief's constraints. The clients, their
// figures, ratings and URLs are invented demo data (the README says so). Names are the demo's
// identity: re-running `aicmo demo` finds each project by name and refreshes it instead of adding
// a second one.
//
// Dates are relative to the day a project is created (the flight started a few weeks ago and runs
// a few months ahead, so a first look is not a wall of overdue tasks); they are derived once, at
// creation, and kept on every re-run (`demoDates`, and the demo operation never patches them).
import type { ProjectIntake } from '../domain/project';

/** An intake with the budget in major units (converted with the currency's minor digits) and the flight as days from the day of creation. */
export type DemoProject = Omit<ProjectIntake, 'budgetMinor' | 'startDate' | 'endDate'> & { budget: string; startOffsetDays: number; endOffsetDays: number };

const DAY_MS = 86_400_000;

/** A demo project's flight for a creation day: start and end as UTC dates (YYYY-MM-DD). */
export function demoDates(demo: Pick<DemoProject, 'startOffsetDays' | 'endOffsetDays'>, createdOn: Date): { startDate: string; endDate: string } {
  const day = Date.UTC(createdOn.getUTCFullYear(), createdOn.getUTCMonth(), createdOn.getUTCDate());
  const iso = (offset: number): string => new Date(day + offset * DAY_MS).toISOString().slice(0, 10);
  return { startDate: iso(demo.startOffsetDays), endDate: iso(demo.endOffsetDays) };
}

export const DEMO_PROJECTS: DemoProject[] = [
  {
    name: 'Northpeak Winter Trail Boot Launch',
    client: 'Northpeak Outfitters',
    brand: 'Northpeak',
    industry: 'Outdoor footwear (direct-to-consumer e-commerce)',
    geography: 'United States and Canada',
    product: 'Ridgeline GTX insulated waterproof hiking boot',
    goal: 'Sell 2,400 pairs of the Ridgeline boot online during the winter launch at a blended ROAS of 4 or better',
    goalMetric: 'sales',
    audiences: [
      'Weekend hikers aged 25–44 in the Mountain West and Pacific Northwest',
      'Trail runners looking for a winter boot',
      'Holiday gift buyers for outdoor enthusiasts',
    ],
    budget: '85000',
    currency: 'USD',
    startOffsetDays: -21,
    endOffsetDays: 70,
    constraints: ['No discounts deeper than 15% before Black Friday', 'Retargeting windows of 30 days at most', 'Max 40% on Meta'],
    mustInclude: ['Waterproof guarantee', 'Free returns within 60 days'],
    doNotDo: ['Do not name competitor brands', 'No imagery of off-trail camping in protected areas'],
    kpiTargets: { conversions: 2400, roas: 4, cpa: 35 },
    benefits: ['Waterproof GORE-TEX lining', 'Warm to -25 °C with 400 g insulation', 'Grips on wet rock and packed snow'],
    proofPoints: ['Rated 4.7 from 3,100 reviews', 'Tested on 1,000 miles of winter trail'],
    landingUrl: 'https://northpeak.example/ridgeline',
    languages: ['en-US'],
    tone: 'Plain-spoken, outdoorsy, confident without hype',
    competitors: ['Merrell', 'Salomon'],
    excludedChannels: ['linkedin'],
    channelCaps: { meta: 0.4 },
  },
  {
    name: 'Ledgerly Q4 Pipeline for Finance Teams',
    client: 'Ledgerly GmbH',
    brand: 'Ledgerly',
    industry: 'B2B SaaS (accounts-payable automation)',
    geography: 'DACH and Benelux',
    product: 'Ledgerly AP — invoice capture and approval workflows for mid-market finance teams',
    goal: 'Generate 320 sales-qualified demo requests from finance leaders before the January budget cycle',
    goalMetric: 'leads',
    audiences: [
      'CFOs and finance directors at companies with 200–2,000 employees',
      'Accounts-payable managers handling more than 1,000 invoices a month',
      'ERP administrators (SAP Business One, Microsoft Dynamics, DATEV)',
    ],
    budget: '42000',
    currency: 'EUR',
    startOffsetDays: -21,
    endOffsetDays: 56,
    constraints: ['GDPR: only consented contacts in email nurture', 'Copy in German and English', 'Max 50% on LinkedIn'],
    mustInclude: ['ISO 27001'],
    doNotDo: ['No claims of "100% automation"', 'No cold email to purchased lists'],
    kpiTargets: { leads: 320, cpl: 130, sql_rate: 0.35 },
    // The facts in both languages: each language's copy uses the facts written in it.
    benefits: ['Rechnungen in Minuten freigeben', 'DATEV-Export ohne Nacharbeit', 'Zertifiziert nach ISO 27001', 'Daten liegen in deutschen Rechenzentren', 'Approve invoices in minutes', 'DATEV export with no rework', 'Certified to ISO 27001', 'Your data stays in German data centres'],
    proofPoints: ['Im Einsatz bei 1.200 Finanzteams', 'In use at 1,200 finance teams'],
    landingUrl: 'https://ledgerly.example/demo',
    languages: ['de', 'en'],
    tone: 'Sachlich und präzise, per Sie',
    competitors: ['Candis', 'Pliant'],
    allowedChannels: ['google_search', 'linkedin', 'email', 'google_display'],
    channelCaps: { linkedin: 0.5 },
  },
  {
    name: 'Brightsmile New Patient Drive',
    client: 'Brightsmile Dental Group',
    brand: 'Brightsmile',
    industry: 'Healthcare — regional dental clinic group (9 practices)',
    geography: 'Greater Manchester and Cheshire, United Kingdom',
    product: 'Family check-ups, hygienist visits and Invisalign consultations',
    goal: 'Book 900 new-patient appointments across the nine practices and raise local awareness of evening and Saturday opening',
    goalMetric: 'leads',
    audiences: [
      'Parents aged 30–50 within 5 miles of a practice',
      'Adults new to the area without a registered dentist',
      'Adults aged 25–45 considering teeth straightening',
    ],
    budget: '18500',
    currency: 'GBP',
    startOffsetDays: -14,
    endOffsetDays: 105,
    constraints: ['Follow the GDC guidance on advertising and the CAP Code for health claims', 'No before/after photos without written patient consent'],
    mustInclude: ['NHS and private options'],
    // Regulated claims (GDC, CAP Code): no superlatives, no before/after claims, no promised outcomes.
    doNotDo: ['No price-led "cheapest dentist" messaging', 'No fear-based messaging about dental disease', 'No superlatives', 'No before/after claims', 'Never say "painless" or "guaranteed"'],
    kpiTargets: { conversions: 900, cpa: 20 },
    // Short facts for 30-character search headlines, and a longer one for descriptions and body copy.
    benefits: ['Open evenings and Saturdays', 'Book online in two minutes', 'Invisalign consultations with our orthodontist'],
    proofPoints: ['Nine practices near you', 'Rated 4.8 from 2,300 reviews'],
    landingUrl: 'https://brightsmile.example/new-patients',
    languages: ['en-GB'],
    tone: 'Warm, reassuring and factual',
    allowedChannels: ['google_search', 'meta', 'email', 'google_display'],
    excludedChannels: ['tiktok'],
  },
];
