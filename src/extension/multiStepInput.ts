// A multi-step input (one InputBox or QuickPick per step) with "Step n of m", a Back button,
// defaults computed from earlier answers, and validation on every keystroke. Escape cancels.
import * as vscode from 'vscode';
import { PromptCancelled } from './outcome';

export type Answers = Record<string, string>;

export interface TextStep {
  kind: 'text';
  key: string;
  prompt: string;
  placeholder?: string;
  /** The proposed value (from settings or earlier answers). */
  value?: (answers: Answers) => string;
  /** A message when the value is not acceptable (may load the core, hence async). */
  validate?: (value: string, answers: Answers) => string | undefined | Promise<string | undefined>;
}

export interface PickStep {
  kind: 'pick';
  key: string;
  prompt: string;
  items: Array<{ label: string; description?: string }>;
  value?: (answers: Answers) => string;
}

export type Step = TextStep | PickStep;

const BACK = Symbol('back');

function showText(title: string, step: TextStep, index: number, total: number, answers: Answers): Promise<string | typeof BACK | undefined> {
  return new Promise((resolve) => {
    const box = vscode.window.createInputBox();
    box.title = title;
    box.step = index + 1;
    box.totalSteps = total;
    box.prompt = step.prompt;
    box.placeholder = step.placeholder;
    box.value = answers[step.key] ?? step.value?.(answers) ?? '';
    box.ignoreFocusOut = true;
    box.buttons = index > 0 ? [vscode.QuickInputButtons.Back] : [];
    let settled = false;
    const finish = (v: string | typeof BACK | undefined) => {
      if (settled) return;
      settled = true;
      resolve(v);
      box.dispose();
    };
    let check = 0;
    const validate = async (value: string): Promise<string | undefined> => {
      const mine = ++check;
      const message = await step.validate?.(value, answers);
      if (mine === check) box.validationMessage = message;
      return message;
    };
    box.onDidChangeValue((v) => void validate(v));
    box.onDidTriggerButton((b) => {
      if (b === vscode.QuickInputButtons.Back) finish(BACK);
    });
    box.onDidAccept(async () => {
      box.busy = true;
      const message = await validate(box.value);
      box.busy = false;
      if (!message) finish(box.value.trim());
    });
    box.onDidHide(() => finish(undefined));
    box.show();
    // A prefilled value is checked at once; an empty box says nothing until the person has typed (or presses Enter).
    if (box.value.trim() !== '') void validate(box.value);
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
    const current = answers[step.key] ?? step.value?.(answers);
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
