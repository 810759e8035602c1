// Budgets as people type them in New Project, Edit Intake and the CLI: thousands separators
// (comma or space) and the currency's sign or code are read; a decimal comma or a ragged group is
// refused with one sentence naming the value.
import assert from 'node:assert/strict';
import { parseBudget } from '../../../src/orchestrator/domain/intakeParsing';

describe('budget parsing', () => {
  it('reads "20,000", "20 000", "$20,000", "20000 USD" and "20,000.50" as the amount', () => {
    for (const text of ['20000', '20,000', '20 000', '20\u202f000', '$20,000', '$ 20000', '20000 USD', 'USD 20,000', ' 20,000 ']) assert.equal(parseBudget(text, 'USD'), 2_000_000, text);
    assert.equal(parseBudget('20,000.50', 'USD'), 2_000_050);
    assert.equal(parseBudget('1,250,000', 'EUR'), 125_000_000);
    assert.equal(parseBudget('€1 250 000', 'EUR'), 125_000_000);
    assert.equal(parseBudget('¥20,000', 'JPY'), 20_000);
  });

  it('refuses a decimal comma, ragged groups and another currency\'s code, naming the value', () => {
    for (const text of ['12,5', '20,00', '2,0000', '20,000 000', '20000 EUR', 'twenty']) {
      assert.throws(() => parseBudget(text, 'USD'), (e: Error) => e.message === `The budget "${text}" is not an amount (e.g. 12500, 12,500 or 12500.50).`, text);
    }
  });
});
