// The words people read: human names for ids, numbers with their units, dates as dates, plurals.
import assert from 'node:assert/strict';
import {
  channelName,
  conversionsText,
  countText,
  dateRangeText,
  dateText,
  dateTimeText,
  daysAgoText,
  goalMetricName,
  kpiName,
  kpiTargetText,
  kpiValueText,
  listText,
  minorMoneyText,
  moneyText,
  numberText,
  roleName,
  stageName,
  statusName,
  subsystemName,
} from '../../../src/orchestrator/domain/labels';

describe('labels: the strategist\'s words', () => {
  it('names channels, roles, stages, statuses, subsystems and goals as people say them, never as ids', () => {
    assert.equal(channelName('google_search'), 'Google Search');
    assert.equal(channelName('meta'), 'Meta (Facebook)');
    assert.equal(channelName('radio'), 'radio', 'an unknown label is shown as it came');
    assert.equal(roleName('media_buyer'), 'Media buyer');
    assert.equal(roleName('account_manager'), 'Account manager');
    assert.equal(roleName(null), 'No role');
    assert.equal(stageName('EXECUTION'), 'Execution');
    assert.equal(statusName('in_review'), 'in review');
    assert.equal(statusName('changes_requested'), 'changes requested');
    assert.equal(statusName('todo'), 'to do');
    assert.equal(statusName('partial'), 'partly done');
    assert.equal(subsystemName('pm'), 'Project plan');
    assert.equal(subsystemName('portal'), 'Client review pack');
    assert.equal(goalMetricName('leads'), 'Leads');
  });

  it('names KPIs for the goal: CPA on a leads campaign is the cost per lead', () => {
    assert.equal(kpiName('cpa', 'leads'), 'Cost per lead');
    assert.equal(kpiName('cpa', 'sales'), 'Cost per purchase');
    assert.equal(kpiName('roas'), 'ROAS');
    assert.equal(kpiName('cpl', 'leads'), 'Cost per lead');
    assert.equal(kpiName('sql_rate'), 'SQL rate');
    assert.equal(kpiName('newsletter_subscribers'), 'Newsletter subscribers');
  });

  it('gives every number its unit, with decimals only where the figure is fractional', () => {
    assert.equal(numberText(1200), '1,200');
    assert.equal(numberText(12.5), '12.5');
    assert.equal(conversionsText(120), '120');
    assert.equal(conversionsText(117.349), '117.35');
    assert.equal(moneyText(35, 'USD'), '$35');
    assert.equal(moneyText(35.5, 'USD'), '$35.50');
    assert.equal(minorMoneyText(1_850_000, 'USD'), '$18,500');
    assert.equal(minorMoneyText(5_425_368, 'USD'), '$54,253.68');
    assert.equal(minorMoneyText(1_000, 'JPY'), '¥1,000');
    assert.equal(kpiValueText('cpa', 35, 'USD'), '$35');
    assert.equal(kpiValueText('roas', 4.2, 'USD'), '4.2×');
    assert.equal(kpiValueText('ctr', 0.0321, 'USD'), '3.2%');
    assert.equal(kpiValueText('conversions', 1200, 'USD'), '1,200');
    assert.equal(kpiTargetText('cpa', 35, { currency: 'USD', source: 'from the brief' }), '$35 CPA target, from the brief');
    assert.equal(kpiTargetText('conversions', 1200, { currency: 'USD', goal: 'leads' }), '1,200 Leads target');
  });

  it('says counts with their plural and lists with "and"', () => {
    assert.equal(countText(1, 'project'), '1 project');
    assert.equal(countText(3, 'project'), '3 projects');
    assert.equal(countText(2, 'person', 'people'), '2 people');
    assert.equal(listText(['a']), 'a');
    assert.equal(listText(['a', 'b', 'c']), 'a, b and c');
  });

  it('writes dates as dates: no ISO strings, no milliseconds', () => {
    assert.equal(dateText('2026-12-02'), '2 December 2026');
    assert.equal(dateText('2026-12-02T10:15:00.123Z'), '2 December 2026');
    assert.equal(dateTimeText('2026-12-02T10:15:42.123Z'), '2 December 2026, 10:15 UTC');
    assert.equal(dateRangeText('2026-10-01', '2026-10-21'), '1–21 October 2026');
    assert.equal(dateRangeText('2026-09-28', '2026-10-04'), '28 September – 4 October 2026');
    assert.equal(dateRangeText('2026-12-20', '2027-01-03'), '20 December 2026 – 3 January 2027');
    assert.equal(dateRangeText(null, '2027-01-03'), 'until 3 January 2027');
    assert.equal(daysAgoText('2026-11-30T09:00:00Z', '2026-12-02T10:00:00Z'), '2 days ago');
    assert.equal(daysAgoText('2026-12-02', '2026-12-02T10:00:00Z'), 'today');
  });
});
