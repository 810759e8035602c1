// Test runner loaded by VS Code's extension host (extensionTestsPath). It runs mocha over the
// suites below, inside the real extension host with the full `vscode` API, and writes the results
// to a JSON file that test/integration/launch.mjs turns into a summary line and an exit code
// (the browser window of code-server does not exit when tests end, so results travel by file).
import { appendFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';

/**
 * The suites, bundled in by esbuild. Adding a suite is one line here. `pass` says in which launcher
 * pass it runs: the trusted one (default), the `--untrusted` one (Restricted Mode), or both.
 */
const suites: Array<{ pass: 'both' | 'trusted' | 'untrusted'; load: () => Promise<unknown> }> = [
  { pass: 'both', load: () => import('./extension.test') },
  { pass: 'trusted', load: () => import('./projects.test') },
  { pass: 'trusted', load: () => import('./flow.test') },
  { pass: 'trusted', load: () => import('./media.test') },
  { pass: 'trusted', load: () => import('./engine.test') },
  { pass: 'trusted', load: () => import('./notebook.test') },
  { pass: 'trusted', load: () => import('./freshness.test') },
  { pass: 'trusted', load: () => import('./kaizen.test') },
  { pass: 'untrusted', load: () => import('./untrusted.test') },
];

export interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs: number;
  error?: string;
}

export interface TestRunResults {
  passed: number;
  failed: number;
  pending: number;
  tests: TestResult[];
  vscodeVersion: string;
}

/** Where results go: AICMO_TEST_RESULTS (set by the launcher), else results.json beside this module. */
export function resultsPath(): string {
  return process.env.AICMO_TEST_RESULTS ?? path.join(__dirname, 'results.json');
}

/** One line per test start and end, so a launcher that times out can show which test hung. */
function progress(line: string): void {
  try {
    appendFileSync(`${resultsPath()}.progress.log`, `${new Date().toISOString()} ${line}\n`);
  } catch {
    // progress is a diagnostic aid only
  }
}

function writeResults(results: TestRunResults): void {
  const file = resultsPath();
  progress(`done: ${results.passed} passed, ${results.failed} failed`);
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(results, null, 2)}\n`);
  renameSync(temp, file); // the launcher never sees a half-written file
}

export async function run(): Promise<void> {
  const results: TestRunResults = { passed: 0, failed: 0, pending: 0, tests: [], vscodeVersion: vscode.version };
  try {
    const { default: Mocha } = await import('mocha');
    const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
    const grep = process.env.AICMO_TEST_GREP;
    if (grep) mocha.grep(grep); // the launcher's --grep: only tests whose full title contains it
    mocha.suite.emit('pre-require', globalThis, 'aicmo-integration', mocha);
    const pass = process.env.AICMO_TEST_TRUSTED === '0' ? 'untrusted' : 'trusted';
    for (const suite of suites) if (suite.pass === 'both' || suite.pass === pass) await suite.load();

    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('test', (test) => progress(`start ${test.fullTitle()}`));
      runner.on('test end', (test) => progress(`end   ${test.fullTitle()} (${test.state ?? 'no result'})`));
      runner.on('pass', (test) => {
        results.passed += 1;
        results.tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 });
      });
      runner.on('fail', (test, error: unknown) => {
        results.failed += 1;
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        results.tests.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0, error: message });
      });
      runner.on('pending', (test) => {
        results.pending += 1;
        results.tests.push({ title: test.fullTitle(), state: 'pending', durationMs: 0 });
      });
    });
  } catch (error) {
    // A suite that cannot even load is a failure the launcher must report, not a silent hang.
    results.failed += 1;
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    results.tests.push({ title: 'loading the integration suites', state: 'failed', durationMs: 0, error: message });
  }
  writeResults(results);
  if (results.failed > 0) throw new Error(`${results.failed} integration test(s) failed`);
}
