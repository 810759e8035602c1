// A multi-step input (one InputBox or QuickPick per step) with "Step n of m", a Back button,
// defaults computed from earlier answers, and validation on every keystroke once the person types
// (inputSteps.ts: StepCheck). Escape cancels.
import * as vscode from 'vscode';
import { initialValue, StepCheck, type Answers, type PickStep, type Step, type TextStep } from './inputSteps';
import { PromptCancelled } from './outcome';

export type { Answers, PickStep, Step, TextStep } from './inputSteps';

const BACK = Symbol('back');

function showText(title: string, step: TextStep, index: number, total: number, answers: Answers): Promise<string | typeof BACK | undefined> {
  return new Promise((resolve) => {
    const box = vscode.window.createInputBox();
    box.title = title;
    box.step = index + 1;
    box.totalSteps = total;
    box.prompt = step.prompt;
    box.placeholder = step.placeholder;
    box.value = initialValue(step, answers);
    box.ignoreFocusOut = true;
    box.buttons = index > 0 ? [vscode.QuickInputButtons.Back] : [];
    let settled = false;
    const finish = (v: string | typeof BACK | undefined) => {
      if (settled) return;
      settled = true;
      resolve(v);
      box.dispose();
    };
    const checks = new StepCheck(step, answers, (message) => (box.validationMessage = message));
    box.onDidChangeValue((v) => void checks.typed(v));
    box.onDidTriggerButton((b) => {
      if (b === vscode.QuickInputButtons.Back) finish(BACK);
    });
    box.onDidAccept(async () => {
      box.busy = true;
      const message = await checks.accepted(box.value);
      box.busy = false;
      if (!message) finish(box.value.trim());
    });
    box.onDidHide(() => finish(undefined));
    box.show();
    void checks.opened(box.value);
  });
}

function showPick(title: string, step: PickStep, index: number, total: number, answers: Answers): Promise<string | typeof BACK | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<{ label: string; description?: string }>();
    pick.title = title;
    pick.step = index + 1;
    pick.totalSteps = total;
    pick.placeholder = step.prompt;
    pick.items = step.items;
    pick.ignoreFocusOut = true;
    const current = initialValue(step, answers);
    const active = step.items.find((i) => i.label === current);
    if (active) pick.activeItems = [active];
    pick.buttons = index > 0 ? [vscode.QuickInputButtons.Back] : [];
    let settled = false;
    const finish = (v: string | typeof BACK | undefined) => {
      if (settled) return;
      settled = true;
      resolve(v);
      pick.dispose();
    };
    pick.onDidTriggerButton((b) => {
      if (b === vscode.QuickInputButtons.Back) finish(BACK);
    });
    pick.onDidAccept(() => finish(pick.selectedItems[0]?.label ?? pick.activeItems[0]?.label));
    pick.onDidHide(() => finish(undefined));
    pick.show();
  });
}

/** Runs the steps in order; Back returns to the previous step with its answer kept. */
export async function runSteps(title: string, steps: readonly Step[], initial: Answers = {}): Promise<Answers> {
  const answers: Answers = { ...initial };
  let i = 0;
  while (i < steps.length) {
    const step = steps[i]!;
    const result = step.kind === 'text' ? await showText(title, step, i, steps.length, answers) : await showPick(title, step, i, steps.length, answers);
    if (result === undefined) throw new PromptCancelled(`"${step.prompt}"`);
    if (result === BACK) {
      i = Math.max(0, i - 1);
      continue;
    }
    answers[step.key] = result;
    i += 1;
  }
  return answers;
}
