// The command registry's types. A command group is one file under commands/ exporting a
// CommandGroup; commands/index.ts lists the groups. Adding a group = adding a file + one line.
import type { ParseArgsConfig } from 'node:util';
import type { CommandContext } from './context';

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;
export type OptionValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface CommandArgs {
  values: OptionValues;
  positionals: string[];
}

/** What a command hands back: the JSON document for --json and the text for people. */
export interface CommandOutput {
  json: unknown;
  text: string;
}

export interface Command {
  /** The word after the group name ("add" in `project add`); '' for a group that is one command. */
  name: string;
  /** One line for the help listing. */
  summary: string;
  /** The synopsis after `aicmo `, e.g. "project show <id|slug>". */
  usage: string;
  /** Command-specific flags (the global ones are added by the runner). */
  options?: OptionSpecs;
  /** Flags that must be given (missing → usage error, exit 2). */
  required?: string[];
  /** Names of the positional arguments, all required, e.g. ['id|slug']. */
  args?: string[];
  /**
   * The flag that sets each input field, e.g. `{ reason: '--reason TEXT' }`: a core error naming
   * the field is printed with the flag as a hint ("… needs a reason (--reason TEXT).").
   */
  fieldFlags?: Record<string, string>;
  /**
   * Does the work. Returns the output, or undefined when it wrote its output itself through
   * ctx.out (for streams too long to hold in memory).
   */
  run(ctx: CommandContext, args: CommandArgs): Promise<CommandOutput | undefined>;
}

export interface CommandGroup {
  name: string;
  summary: string;
  commands: Command[];
}

/**
 * Joins groups that share a name into one (e.g. `dashboard analytics|trends` and `dashboard
 * pipeline|…` from two files), keeping first-seen order. Two commands with one full name are a
 * programming error.
 */
export function mergeGroups(groups: readonly CommandGroup[]): CommandGroup[] {
  const byName = new Map<string, CommandGroup>();
  for (const g of groups) {
    const seen = byName.get(g.name);
    if (!seen) {
      byName.set(g.name, { ...g, commands: [...g.commands] });
      continue;
    }
    for (const c of g.commands) {
      if (seen.commands.some((x) => x.name === c.name)) throw new Error(`Two CLI commands are named "${g.name} ${c.name}".`);
      seen.commands.push(c);
    }
  }
  return [...byName.values()];
}
