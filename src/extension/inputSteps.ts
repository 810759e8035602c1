// The steps of a multi-step input (New Project's questions) and the rule for when a text step is
// checked: a prefilled value at once, an empty box only after the person has typed (or pressed
// Enter), and of overlapping checks only the latest one's message shows. No vscode here: the rule
// is unit-tested; multiStepInput.ts wires it to VS Code's InputBox.

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

/** What a step's box opens with: the answer given before (Back), else its proposed value, else nothing. */
export function initialValue(step: Step, answers: Answers): string {
  return answers[step.key] ?? step.value?.(answers) ?? '';
}

/**
 * The checks of one text step while its box is open. `show` sets the box's validation message.
 * opened: a prefilled value is checked at once; an empty box shows no message (nothing typed yet).
 * typed / accepted: every change the person makes, and Enter, are checked (clearing what was typed
 * does show "… must not be empty."). Each returns the message of its own check.
 */
export class StepCheck {
  private latest = 0;

  constructor(
    private readonly step: TextStep,
    private readonly answers: Answers,
    private readonly show: (message: string | undefined) => void,
  ) {}

  opened(value: string): Promise<string | undefined> {
    return value.trim() === '' ? Promise.resolve(undefined) : this.check(value);
  }

  typed(value: string): Promise<string | undefined> {
    return this.check(value);
  }

  accepted(value: string): Promise<string | undefined> {
    return this.check(value);
  }

  private async check(value: string): Promise<string | undefined> {
    const mine = ++this.latest;
    const message = await this.step.validate?.(value, this.answers);
    // A slower, older check (the core loading) never replaces the message of a newer one.
    if (mine === this.latest) this.show(message);
    return message;
  }
}
