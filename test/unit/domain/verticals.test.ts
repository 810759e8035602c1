// The vertical read from a brief: what strategy templates and Kaizen's "similar project" use.
import assert from 'node:assert/strict';
import { verticalOf, type Vertical } from '../../../src/orchestrator/domain/verticals';

describe('domain: the vertical of a project', () => {
  const cases: Array<[string, string | undefined, Vertical, boolean]> = [
    ['B2B SaaS (accounts-payable automation)', undefined, 'b2b', false],
    ['Healthcare — regional dental clinic group (9 practices)', undefined, 'healthcare', true],
    ['Outdoor footwear (direct-to-consumer e-commerce)', undefined, 'ecommerce', false],
    ['Restaurant', 'Fresh pasta lunch menu', 'local', true],
    ['Plant-based drinks', 'Oat drink 1 litre', 'cpg', false],
    ['Home insurance', undefined, 'finance', false],
    ['Independent coffee shop', undefined, 'local', true],
    ['Plumbing and heating trades', undefined, 'local', true],
    ['Something unusual', 'A thing', 'other', false],
  ];
  for (const [industry, product, vertical, local] of cases) {
    it(`"${industry}" is ${vertical}${local ? ', local' : ''}`, () => {
      const r = verticalOf({ industry, ...(product ? { product } : {}) });
      assert.equal(r.vertical, vertical);
      assert.equal(r.local, local);
      if (vertical === 'other') assert.equal(r.matched, null);
      else assert.ok(r.matched && r.matched.length > 0);
    });
  }
  it('reads the product when the industry says nothing known', () => {
    assert.equal(verticalOf({ industry: 'Launch', product: 'Invoice approval software' }).vertical, 'b2b');
  });
});
