// The CLI runner: global flags, command lookup, flag parsing (node:util parseArgs), output, and
// the mapping of failures to exit codes (0 success, 1 failure, 2 usage error).
import path from 'node:path';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { isAicmoError } from '../orchestrator/domain/errors';
import { resolveActor } from './actor';
import { COMMAND_GROUPS } from './commands';
import { CommandContext } from './context';
import { commandHelp, fullName, groupHelp, overview } from './help';
import type { Command, CommandGroup, OptionSpecs, OptionValues } from './registry';
import { nextHint } from './operations';
import { UsageError } from './usageError';

export interface CliIo {
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const GLOBAL_OPTIONS: OptionSpecs = {
  workspace: { type: 'string' },
  json: { type: 'boolean' },
  by: { type: 'string' },
  'allow-plugins': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

interface Invocation {
  group?: CommandGroup;
  command?: Command;
  values: OptionValues;
  positionals: string[];
}

/** Reads the global flags that come before the command word. */
function leadingGlobals(argv: string[]): { values: OptionValues; rest: string[] } {
  const values: OptionValues = {};
  let i = 0;
  while (i < argv.length && argv[i]!.startsWith('-') && argv[i] !== '--') {
    const token = argv[i]!;
    const eq = token.indexOf('=');
    const name = token === '-h' ? 'help' : token.replace(/^--?/, '').slice(0, eq < 0 ? undefined : eq - 2);
    const spec = GLOBAL_OPTIONS[name];
    if (!spec) throw new UsageError(`unknown option '${token}' before the command`);
    if (spec.type === 'boolean') {
      if (eq >= 0) throw new UsageError(`option '--${name}' takes no value`);
      values[name] = true;
      i++;
    } else {
      const value = eq >= 0 ? token.slice(eq + 1) : argv[i + 1];
      if (value === undefined) throw new UsageError(`option '--${name}' needs a value`);
      values[name] = value;
      i += eq >= 0 ? 1 : 2;
    }
  }
  return { values, rest: argv.slice(i) };
}

/**
 * parseArgs refuses a value that starts with "-" ("--budget -5"): join such a negative number to
 * its flag ("--budget=-5") so it reaches validation, which names the problem.
 */
function joinNegativeNumbers(args: string[], options: OptionSpecs): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const token = args[i]!;
    const next = args[i + 1];
    const name = token.startsWith('--') ? token.slice(2) : undefined;
    if (name && options[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      out.push(`${token}=${next}`);
      i++;
    } else out.push(token);
  }
  return out;
}

function parseInvocation(argv: string[]): Invocation {
  const { values: globals, rest } = leadingGlobals(argv);
  const word = rest[0];
  if (word === undefined || word === 'help') {
    const target = rest[1] === undefined ? undefined : COMMAND_GROUPS.find((g) => g.name === rest[1]);
    if (word === 'help' && rest[1] !== undefined && !target) throw new UsageError(`unknown command "${rest[1]}"`);
    if (word === undefined && !globals.help) throw new UsageError('missing command');
    return { group: target, values: { ...globals, help: true }, positionals: [] };
  }
  const group = COMMAND_GROUPS.find((g) => g.name === word);
  if (!group) throw new UsageError(`unknown command "${word}"`);
  let command = group.commands.find((c) => c.name === '');
  let args = rest.slice(1);
  if (!command) {
    const sub = args[0];
    if (sub === undefined || sub === '--help' || sub === '-h') {
      if (sub === undefined && !globals.help) throw new UsageError(`missing subcommand for "${group.name}" (${group.commands.map((c) => c.name).join(', ')})`, group.name);
      return { group, values: { ...globals, help: true }, positionals: [] };
    }
    command = group.commands.find((c) => c.name === sub);
    if (!command) throw new UsageError(`unknown subcommand "${group.name} ${sub}" (${group.commands.map((c) => c.name).join(', ')})`, group.name);
    args = args.slice(1);
  }
  const name = fullName(group, command);
  const options = { ...GLOBAL_OPTIONS, ...command.options };
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeNumbers(args, options), options, strict: true, allowPositionals: true });
  } catch (e) {
    throw new UsageError(describeParseError(e), name);
  }
  const values: OptionValues = { ...globals, ...(parsed.values as OptionValues) };
  if (values.help) return { group, command, values, positionals: [] };
  for (const flag of command.required ?? []) {
    if (values[flag] === undefined) throw new UsageError(`missing --${flag}`, name);
  }
  const expected = command.args ?? [];
  if (parsed.positionals.length < expected.length) throw new UsageError(`missing <${expected[parsed.positionals.length]}>`, name);
  // A last argument named with "…" (e.g. "id…") takes one or more values.
  if (parsed.positionals.length > expected.length && !expected.at(-1)?.endsWith('…')) throw new UsageError(`unexpected argument "${parsed.positionals[expected.length]}"`, name);
  return { group, command, values, positionals: parsed.positionals };
}

function describeParseError(e: unknown): string {
  const err = e as { code?: string; message?: string };
  const option = /'(-[^' ]*)/.exec(err.message ?? '')?.[1];
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option '${option}'`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing|argument is ambiguous/.test(err.message ?? '') ? `option '${option}' needs a value` : `option '${option}' takes no value`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument`;
    default:
      return (err.message ?? String(e)).split('\n')[0]!;
  }
}

/** Collects what a nested command writes. */
class TextSink extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** A core error that names a field the command sets with a flag gets the flag as a hint. */
function withFlagHint(message: string, e: unknown, command: Command): string {
  const field = (e as { field?: unknown } | undefined)?.field;
  const flag = typeof field === 'string' ? command.fieldFlags?.[field] : undefined;
  if (!flag || message.includes(flag.split(' ')[0]!)) return message;
  return /[.!?]$/.test(message) ? `${message.slice(0, -1)} (${flag})${message.slice(-1)}` : `${message} (${flag})`;
}

function usageFailure(e: UsageError, err: (line: string) => void): number {
  const hint = e.command ? `run 'aicmo ${e.command} --help' for usage` : `run 'aicmo --help' for the commands`;
  err(`aicmo: ${oneLine(e.message.replace(/\.$/, ''))}; ${hint}.`);
  return 2;
}

/** Runs one CLI invocation; returns the exit code. Never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const err = (line: string) => io.stderr.write(`${line}\n`);
  let invocation: Invocation;
  try {
    invocation = parseInvocation(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return usageFailure(e, err);
  }
  const { group, command, values, positionals } = invocation;
  if (values.help || !command || !group) {
    const text = command && group ? commandHelp(group, command) : group ? groupHelp(group) : overview(COMMAND_GROUPS);
    io.stdout.write(`${text}\n`);
    return 0;
  }

  const workspace = path.resolve(io.cwd, (values.workspace as string | undefined) ?? '.');
  const actor = resolveActor(values.by as string | undefined, io.env);
  const ctx = new CommandContext({
    workspace,
    json: values.json === true,
    actor,
    stdout: io.stdout,
    stderr: io.stderr,
    allowPlugins: values['allow-plugins'] === true,
    env: io.env,
    runNested: async (nested) => {
      const stdout = new TextSink();
      const stderr = new TextSink();
      const exitCode = await runCli(['--workspace', workspace, '--by', actor, ...(values['allow-plugins'] === true ? ['--allow-plugins'] : []), ...nested, '--json'], { ...io, stdout, stderr });
      return { exitCode, stdout: stdout.text, stderr: stderr.text };
    },
  });
  try {
    const output = await command.run(ctx, { values, positionals });
    if (output) await ctx.out.write(ctx.json ? `${JSON.stringify(output.json, null, 2)}\n` : `${output.text}\n`);
    return ctx.exitCode;
  } catch (e) {
    // A command that finds its arguments wrong once it reads them is still a usage error (exit 2).
    if (e instanceof UsageError) return usageFailure(e, err);
    const message = isAicmoError(e) || e instanceof Error ? e.message : String(e);
    err(`aicmo: ${withFlagHint(oneLine(message), e, command)}`);
    // A refusal that offers what to do instead (runs are paused: resume them) says it as the next command.
    const hint = isAicmoError(e) && e.next ? nextHint(e.next) : undefined;
    if (hint) err(hint);
    if (io.env.AICMO_DEBUG === '1' && e instanceof Error && e.stack) err(e.stack);
    return 1;
  } finally {
    ctx.close();
  }
}
