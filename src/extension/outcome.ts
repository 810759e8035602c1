// What every AICMO command returns, so scripts and tests see what happened without reading the UI:
// `ok` with the message shown to the user, or not ok with the one-sentence error (or `cancelled`
// when the user dismissed a prompt).
export type CommandOutcome<T = unknown> =
  | { ok: true; message: string; value?: T }
  | { ok: false; message: string; code?: string; cancelled?: boolean };

/** An error meant for the user as it is (one sentence); `code` mirrors the core's error codes. */
export class UserFacingError extends Error {
  constructor(message: string, readonly code = 'invalid-input') {
    super(message);
    this.name = 'UserFacingError';
  }
}

/** Thrown when the user dismisses a prompt: the command ends quietly. */
export class PromptCancelled extends Error {
  constructor(what = 'the prompt') {
    super(`Cancelled at ${what}.`);
    this.name = 'PromptCancelled';
  }
}

/** The first line of an error message: what the user sees (the rest goes to the log). */
export function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
