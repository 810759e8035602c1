// The demo workspace's three client projects: different industries, goals, budgets and
// currencies, written as a strategist would brief them. Names are the demo's identity: re-running
// `aicmo demo` finds each project by name and refreshes it instead of adding a second one.
import type { ProjectIntake } from '../domain/project';

/** An intake with the budget in major units (converted with the currency's minor digits). */
export type DemoProject = Omit<ProjectIntake, 'budgetMinor'> & { budget: string };

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
    startDate: '2026-10-01',
    endDate: '2026-12-31',
    constraints: ['No discounts deeper than 15% before Black Friday', 'Retargeting windows of 30 days at most'],
    mustInclude: ['Waterproof guarantee', 'Free returns within 60 days'],
    doNotDo: ['Do not name competitor brands', 'No imagery of off-trail camping in protected areas'],
    kpiTargets: { conversions: 2400, roas: 4, cpa: 35 },
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
    startDate: '2026-10-01',
    endDate: '2026-12-18',
    constraints: ['GDPR: only consented contacts in email nurture', 'Copy in German and English'],
    mustInclude: ['ISO 27001 certification', 'Hosted in the EU'],
    doNotDo: ['No claims of "100% automation"', 'No cold email to purchased lists'],
    kpiTargets: { leads: 320, cpl: 130, sql_rate: 0.35 },
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
    startDate: '2026-11-02',
    endDate: '2027-02-26',
    constraints: ['Follow the GDC guidance on advertising and the CAP Code for health claims', 'No before/after photos without written patient consent'],
    mustInclude: ['NHS and private options', 'Online booking link'],
    doNotDo: ['No price-led "cheapest dentist" messaging', 'No fear-based messaging about dental disease'],
    kpiTargets: { conversions: 900, cpa: 20 },
  },
];
