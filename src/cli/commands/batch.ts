// `aicmo batch <file|->`: runs many commands in one process, one JSON array of arguments per
// line (e.g. ["project","add","--name","Acme",…]). Scripts that make hundreds of changes skip
// a process start per change; each command still takes the workspace lock and writes its
// events on its own, exactly as separate invocations would.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AicmoError } from '../../orchestrator/domain/errors';
import type { CommandGroup } from '../registry';

async function readInput(source: string, cwd: string): Promise<string> {
  if (source === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(path.resolve(cwd, source), 'utf8');
  } catch (e) {
    throw new AicmoError('invalid-input', `Cannot read the batch file ${source} (${(e as Error).message}).`, { field: 'file' });
  }
}

/** Each non-blank, non-# line as an argument list; a bad line fails the batch before anything runs. */
function parseLines(text: string, source: string): Array<{ line: number; argv: string[] }> {
  const out: Array<{ line: number; argv: string[] }> = [];
  text.split('\n').forEach((raw, i) => {
    const t = raw.trim();
    if (t === '' || t.startsWith('#')) return;
    let argv: unknown;
    try {
      argv = JSON.parse(t);
    } catch {
      argv = undefined;
    }
    if (!Array.isArray(argv) || argv.length === 0 || argv.some((a) => typeof a !== 'string')) {
      throw new AicmoError('invalid-input', `${source} line ${i + 1} is not a JSON array of argument strings (e.g. ["project","list"]).`, { field: 'file' });
    }
    if (argv[0] === 'batch') throw new AicmoError('invalid-input', `${source} line ${i + 1}: a batch cannot run another batch.`, { field: 'file' });
    out.push({ line: i + 1, argv: argv as string[] });
  });
  return out;
}

export const batchCommands: CommandGroup = {
  name: 'batch',
  summary: 'run many commands in one process (one JSON argument array per line)',
  commands: [
    {
      name: '',
      summary: 'run many commands in one process, in order; a failing command does not stop the rest',
      usage: 'batch <file|->   (each line: a JSON array of arguments, e.g. ["project","archive","acme"])',
      args: ['file|-'],
      async run(ctx, { positionals }) {
        const source = positionals[0]!;
        const lines = parseLines(await readInput(source, ctx.workspace), source);
        const results: Array<{ line: number; argv: string[]; exitCode: number; output?: unknown; error?: string }> = [];
        for (const { line, argv } of lines) {
          const r = await ctx.runNested(argv);
          let output: unknown;
          try {
            output = r.stdout.trim() === '' ? undefined : JSON.parse(r.stdout);
          } catch {
            output = r.stdout;
          }
          results.push({ line, argv, exitCode: r.exitCode, ...(output === undefined ? {} : { output }), ...(r.exitCode === 0 ? {} : { error: r.stderr.trim() }) });
        }
        const failed = results.filter((r) => r.exitCode !== 0);
        if (failed.length > 0) ctx.warn(`${failed.length} of ${results.length} commands failed (lines ${failed.map((f) => f.line).join(', ')})`);
        ctx.setExitCode(failed.length > 0 ? 1 : 0);
        return {
          json: { ran: results.length, failed: failed.length, results },
          text: results.map((r) => `line ${r.line}: ${r.exitCode === 0 ? 'ok' : `failed (exit ${r.exitCode}) ${r.error ?? ''}`}  ${r.argv.slice(0, 2).join(' ')}`).join('\n'),
        };
      },
    },
  ],
};
