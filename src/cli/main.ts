// Entry point of the `aicmo` binary (bundled to dist/cli.js).
import { runCli } from './run';

// A closed pipe (`aicmo events | head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`aicmo: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
