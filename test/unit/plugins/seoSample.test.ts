// The sample plugin's seo subsystem (examples/seo-subsystem/src/seo.ts), pure: keyword ideas from
// the brief are labelled "idea — not measured"; a keyword an imported trend series backs says what
// the data shows; the validator refuses an unlabelled idea; the Markdown escapes text.
import assert from 'node:assert/strict';
import { NOT_MEASURED, renderSeo, seoIdeas, validateSeo } from '../../../examples/seo-subsystem/src/seo';

const project = { id: 'p', slug: 'acme', name: 'Acme', industry: 'outdoor retail', goal: 'Sell', goalMetric: 'sales', audiences: ['hikers'], budgetMinor: 1, currency: 'USD', constraints: [], mustInclude: ['Fair *trade*'], doNotDo: [], kpiTargets: {}, product: 'Trail Shoes', geography: 'UK' } as const;
const inputs = { strategy: { name: 'strategy', version: 3, status: 'approved' as const, approved: true, content: {} } };

describe('sample plugin: seo', () => {
  it('labels every keyword from the brief "idea — not measured" when no trend data is imported', () => {
    const c = seoIdeas({ project: { ...project, audiences: [...project.audiences], mustInclude: [...project.mustInclude] } as never, inputs }, []);
    assert.deepEqual(c.keywords.map((k) => k.keyword), ['trail shoes', 'best trail shoes', 'trail shoes uk', 'outdoor retail', 'trail shoes for hikers', 'fair *trade*']);
    assert.ok(c.keywords.every((k) => !k.measured && k.label === NOT_MEASURED));
    assert.equal(c.strategyVersion, 3);
    assert.match(c.note, /^No trend data imported: every keyword is an idea, not measured/);
    assert.deepEqual(validateSeo(c), []);
  });

  it('backs a keyword with an imported series (points, average, direction) and says how many are measured', () => {
    const series = [{ keyword: 'Trail Shoes', source: 'Google Trends CSV (multiTimeline.csv)', points: [10, 12, 30, 40].map((value, i) => ({ date: `2026-0${i + 1}-01`, value })) }];
    const c = seoIdeas({ project: { ...project } as never, inputs }, series);
    const k = c.keywords[0]!;
    assert.deepEqual([k.keyword, k.measured, k.label], ['trail shoes', true, 'Google Trends CSV (multiTimeline.csv): 4 points, average 23, rising']);
    assert.equal(c.keywords.filter((x) => x.keyword === 'trail shoes').length, 1, 'the brief does not add it again');
    assert.match(c.note, /^1 of \d+ keywords are backed by imported trend data/);
  });

  it('refuses an unlabelled idea or a measured keyword without evidence, and escapes its Markdown', () => {
    assert.deepEqual(validateSeo({ keywords: [{ keyword: 'x', source: 'industry', measured: false, label: 'hot' }] }), ['"x" is not backed by data, so it must be labelled "idea — not measured".']);
    assert.deepEqual(validateSeo({ keywords: [{ keyword: 'y', source: 'trends', measured: true, label: 'data' }] }), ['"y" is labelled measured but carries no evidence.']);
    assert.deepEqual(validateSeo({}), ['seo content has no keywords list.']);
    const md = renderSeo({ keywords: [{ keyword: '<b>|x', source: 'industry', measured: false, label: NOT_MEASURED }], strategyVersion: 1, note: 'n' });
    assert.match(md, /\| \\<b\\>\\\|x \| industry \|/);
  });
});
