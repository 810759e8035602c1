// A mistake in how the command was typed (unknown command or flag, missing argument): exit 2.
export class UsageError extends Error {
  /** The command the hint points at, e.g. "project add" (undefined: the top-level usage). */
  readonly command?: string;

  constructor(message: string, command?: string) {
    super(message);
    this.name = 'UsageError';
    this.command = command;
  }
}
