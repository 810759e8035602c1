// New Project's seventeen steps over the real core (issue: "show errors only after the user has
// typed"): an empty box shows no message until the person types or presses Enter, a prefilled
// value is checked at once, every keystroke after that is checked with the core's own sentence,
// and a slow check never replaces a newer one's message. The rule is the one the InputBox uses
// (StepCheck in src/extension/inputSteps.ts); the steps are the command's own (intakeSteps).
import assert from 'node:assert/strict';
import * as core from '../../../src/extension/core';
import { intakeFromAnswers, intakeSteps } from '../../../src/extension/commands/intakeInput';
import { initialValue, StepCheck, type Answers, type TextStep } from '../../../src/extension/inputSteps';

/** What a person types where a step has no proposed value (empty: the step is optional and left empty). */
const TYPED: Record<string, string> = { name: 'Acme Coffee — Spring launch', industry: 'coffee', audiences: 'remote workers, students', budget: '25,000', landingUrl: 'https://acme.example/spring', kpiTargets: 'cpa=40' };

/** Opens a step's box as New Project does and records every message the box would show. */
async function open(step: TextStep, answers: Answers) {
  const shown: (string | undefined)[] = [];
  const check = new StepCheck(step, answers, (m) => shown.push(m));
  const value = initialValue(step, answers);
  await check.opened(value);
  return { check, shown, value };
}

describe('New Project: errors only after the person has typed', () => {
  it('opens every empty step of the seventeen without a message, though the required ones refuse an empty answer', async () => {
    const steps = intakeSteps(core, '2026-12-02', 'USD');
    assert.equal(steps.length, 17);
    const answers: Answers = {};
    const emptyRequired: string[] = [];
    for (const step of steps) {
      if (step.kind === 'pick') {
        answers[step.key] = initialValue(step, answers);
        continue;
      }
      const { check, shown, value } = await open(step, answers);
      const refusesEmpty = (await step.validate?.('', answers)) !== undefined;
      if (value === '') {
        assert.deepEqual(shown, [], `"${step.prompt}" shows nothing before the person types`);
        if (refusesEmpty) {
          emptyRequired.push(step.key);
          // Typing, then clearing it, does show the message; so does Enter on the empty box.
          await check.typed('A');
          await check.typed('');
          assert.match(shown.at(-1) ?? '', /must not be empty|at least one|budget|amount/i, `"${step.prompt}" after clearing what was typed: ${String(shown.at(-1))}`);
          assert.ok((await check.accepted('')) !== undefined, `"${step.prompt}": Enter on the empty box is refused`);
        }
      } else {
        assert.deepEqual(shown, [undefined], `"${step.prompt}" checks its proposed value "${value}" at once`);
      }
      const answer = value || TYPED[step.key] || '';
      assert.equal(await check.accepted(answer), undefined, `"${step.prompt}" accepts "${answer}"`);
      answers[step.key] = answer;
    }
    assert.deepEqual(emptyRequired, ['name', 'industry', 'audiences', 'budget'], 'the steps that open empty and need an answer');
    const intake = intakeFromAnswers(core, answers);
    assert.equal(intake.name, 'Acme Coffee — Spring launch');
    assert.equal(intake.budgetMinor, 2_500_000);
  });

  it('checks what the person types with the core’s sentence, and a prefilled value at once', async () => {
    const steps = intakeSteps(core, '2026-12-02', 'dollars');
    const step = (key: string) => steps.find((s): s is TextStep => s.key === key && s.kind === 'text')!;
    const currency = await open(step('currency'), {});
    assert.equal(currency.value, 'dollars');
    assert.equal(currency.shown.length, 1);
    assert.match(currency.shown[0] ?? '', /dollars/i, 'a bad proposed value is named at once');

    const budget = await open(step('budget'), { currency: 'USD' });
    assert.deepEqual(budget.shown, []);
    await budget.check.typed('lots');
    assert.match(budget.shown.at(-1) ?? '', /lots/, `the core's sentence: ${String(budget.shown.at(-1))}`);
    await budget.check.typed('25,000');
    assert.equal(budget.shown.at(-1), undefined, 'a good value clears the message');

    const end = await open(step('endDate'), { startDate: '2026-12-02' });
    assert.deepEqual(end.shown, [undefined], 'the proposed end date is checked and fine');
    await end.check.typed('2026-11-01');
    assert.match(end.shown.at(-1) ?? '', /before the start date/);
  });

  it('never lets a slower, older check replace the message of a newer one', async () => {
    const pending: Array<(m: string | undefined) => void> = [];
    const step: TextStep = { kind: 'text', key: 'x', prompt: 'X', validate: () => new Promise((resolve) => pending.push(resolve)) };
    const { check, shown } = await open(step, {});
    const first = check.typed('bad');
    const second = check.typed('good');
    pending[1]!(undefined);
    await second;
    pending[0]!('"bad" is not good.');
    assert.equal(await first, '"bad" is not good.', 'each check answers for its own value');
    assert.deepEqual(shown, [undefined], 'the box shows the newest check’s result only');
  });
});
