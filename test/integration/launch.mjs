#!/usr/bin/env node
// `npm run test:integration`: runs the integration suites inside a real VS Code extension host.
// Here (no VS Code download possible) that is code-server, VS Code's own server build, driven by
// Debian's chromium through playwright-core; the tests module is handed to the extension host
// through the workbench URL's `payload` parameter, and it writes its results to a JSON file that
// this launcher turns into one line per test, a summary line and an exit code.
// With AICMO_VSCODE=electron the same suites run in a desktop VS Code via @vscode/test-electron.
// By default two passes run (trusted, then untrusted) and one closing line sums them up.
// Options: --untrusted (only the pass with workspace trust on: the folder opens in restricted mode),
//          --grep TEXT (only tests whose full title contains TEXT), --keep (keep the temp folder).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setupVscode, repoRoot } from '../../scripts/setup-vscode.mjs';
import { freePort, sleep, startCodeServer } from '../../scripts/code-server.mjs';

const testsModule = path.join(repoRoot, 'dist', 'test', 'integration', 'index.js');
const fixtureWorkspace = path.join(repoRoot, 'test', 'integration', 'fixtures', 'workspace');
const samplePlugin = path.join(repoRoot, 'examples', 'seo-subsystem');

/** The sample plugin extension (built by `npm run build`), installed as a folder in the extensions dir. */
function installSamplePlugin(/** @type {string} */ extensionsDir) {
  if (!existsSync(path.join(samplePlugin, 'dist', 'extension.js'))) throw new Error('examples/seo-subsystem/dist/extension.js is missing; run `npm run build` first');
  const manifest = JSON.parse(readFileSync(path.join(samplePlugin, 'package.json'), 'utf8'));
  symlinkSync(samplePlugin, path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`), 'dir');
}
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const resultsTimeoutMs = Number(process.env.AICMO_INTEGRATION_TIMEOUT_S ?? 300) * 1000;

/** @typedef {{title: string, state: 'passed'|'failed'|'pending', durationMs: number, error?: string}} TestResult */
/** @typedef {{passed: number, failed: number, pending: number, tests: TestResult[], vscodeVersion: string}} TestRunResults */
/** @typedef {{trusted: boolean, untrustedOnly?: boolean, grep?: string, keep: boolean}} LaunchOptions */

/** Set by Ctrl-C / SIGTERM: everything is being stopped, and the exit code will be 130. */
let interrupted = false;

/** @param {string} line */
function say(line) {
  process.stdout.write(`${line}\n`);
}

/** @param {string[]} argv @returns {LaunchOptions} */
function parseArgs(argv) {
  /** @type {LaunchOptions} */
  const options = { trusted: true, keep: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--untrusted') {
      options.trusted = false;
      options.untrustedOnly = true;
    }
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--grep' && argv[i + 1] !== undefined) options.grep = argv[(i += 1)];
    else throw new Error(`unknown option ${arg} (expected --untrusted, --grep TEXT, --keep)`);
  }
  return options;
}

/** @param {string} file @param {number} lines */
function tail(file, lines) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** @param {string} dir @returns {string[]} */
function logFilesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.log'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Waits for the results file; fails early when `stillRunning()` says the host is gone.
 * @param {string} file @param {() => string | undefined} whyStopped
 * @returns {Promise<TestRunResults>}
 */
async function waitForResults(file, whyStopped) {
  const deadline = Date.now() + resultsTimeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
    const reason = whyStopped();
    if (reason) throw new Error(reason);
    await sleep(250);
  }
  throw new Error(`no test results after ${resultsTimeoutMs / 1000} s (AICMO_INTEGRATION_TIMEOUT_S): ` +
    'the tests module never finished in the extension host');
}

/** Prints a process's log files that explain a failure (extension host, AICMO channel, server). */
function printDiagnostics(/** @type {string} */ tempRoot, /** @type {string[]} */ pageLog) {
  const progress = tail(path.join(tempRoot, 'results.json.progress.log'), 20);
  say(`--- test progress in the extension host (last lines)\n${progress || '(no test started)'}`);
  const files = logFilesUnder(tempRoot).filter((f) => /exthost|AICMO|server/i.test(path.basename(f)) && !/telemetry/i.test(f));
  for (const file of files) {
    const text = tail(file, 25);
    if (text) say(`--- ${path.relative(tempRoot, file)} (last lines)\n${text}`);
  }
  if (pageLog.length > 0) say(`--- browser console (last lines)\n${pageLog.slice(-25).join('\n')}`);
}

/**
 * One run of the suites in code-server.
 * @param {LaunchOptions} options @returns {Promise<TestRunResults>}
 */
async function runInCodeServer(options) {
  const { codeServerEntry, chromiumPath } = await setupVscode();
  const { chromium } = await import('playwright-core');
  const tempRoot = mkdtempSync(path.join(os.tmpdir(), 'aicmo-integration-'));
  const userData = path.join(tempRoot, 'user-data');
  const extensions = path.join(tempRoot, 'extensions');
  const workspace = path.join(tempRoot, 'workspace');
  const resultsFile = path.join(tempRoot, 'results.json');
  mkdirSync(userData);
  mkdirSync(extensions);
  installSamplePlugin(extensions);
  if (existsSync(fixtureWorkspace)) cpSync(fixtureWorkspace, workspace, { recursive: true });
  else mkdirSync(workspace);

  /** @type {import('../../scripts/code-server.mjs').RunningCodeServer | undefined} */
  let server;
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;
  /** @type {string[]} */
  const pageLog = [];
  // Both steps are idempotent; `finally` calls this again for whatever started after a signal.
  const stop = async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  };
  const onSignal = () => {
    interrupted = true;
    say('integration: interrupted; stopping code-server and the browser');
    void stop(); // the run below then fails, cleans up in `finally`, and main exits with 130
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    const port = await freePort();
    server = await startCodeServer({
      entry: codeServerEntry, port, userDataDir: userData, extensionsDir: extensions, workspace,
      trusted: options.trusted, logFile: path.join(tempRoot, 'code-server.log'),
      env: { AICMO_TEST_RESULTS: resultsFile, AICMO_TEST_GREP: options.grep ?? '', AICMO_TEST_TRUSTED: options.trusted ? '1' : '0' },
    });
    if (interrupted) throw new Error('interrupted');
    const remote = (/** @type {string} */ p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [['extensionDevelopmentPath', remote(repoRoot)], ['extensionTestsPath', remote(testsModule)]];
    const url = `${server.base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

    // Signals are ours to handle (stop everything, remove the temp folder), not Playwright's.
    // Its crash-report folder goes to the temp folder, not the user's ~/.config.
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs,
      handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
      env: { ...process.env, XDG_CONFIG_HOME: path.join(tempRoot, 'xdg-config'), XDG_CACHE_HOME: path.join(tempRoot, 'xdg-cache') } });
    if (interrupted) throw new Error('interrupted');
    const page = await browser.newPage();
    page.on('console', (message) => pageLog.push(`[${message.type()}] ${message.text()}`));
    page.on('pageerror', (error) => pageLog.push(`[pageerror] ${error.message}`));
    await page.goto(url);
    const running = /** @type {import('../../scripts/code-server.mjs').RunningCodeServer} */ (server);
    const browserGone = () => (browser?.isConnected() ? undefined : 'the browser closed before the tests finished');
    return await waitForResults(resultsFile, () => running.exitReason() ?? browserGone());
  } catch (error) {
    if (!interrupted) printDiagnostics(tempRoot, pageLog);
    throw error;
  } finally {
    await stop();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (options.keep) say(`integration: kept ${tempRoot}`);
    else rmSync(tempRoot, { recursive: true, force: true });
  }
}

/**
 * The same suites in a desktop VS Code (downloaded by @vscode/test-electron); best-effort.
 * @param {LaunchOptions} options @returns {Promise<TestRunResults>}
 */
async function runInElectron(options) {
  const { runTests } = await import('@vscode/test-electron');
  const tempRoot = mkdtempSync(path.join(os.tmpdir(), 'aicmo-integration-'));
  const workspace = path.join(tempRoot, 'workspace');
  if (existsSync(fixtureWorkspace)) cpSync(fixtureWorkspace, workspace, { recursive: true });
  else mkdirSync(workspace);
  const resultsFile = path.join(tempRoot, 'results.json');
  try {
    await runTests({
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: testsModule,
      extensionTestsEnv: { AICMO_TEST_RESULTS: resultsFile, AICMO_TEST_GREP: options.grep ?? '', AICMO_TEST_TRUSTED: options.trusted ? '1' : '0' },
      launchArgs: [workspace, '--disable-extensions', `--user-data-dir=${path.join(tempRoot, 'user-data')}`,
        ...(options.trusted ? ['--disable-workspace-trust'] : [])],
    }).catch(() => undefined); // a failing suite exits non-zero; the results file says which tests
    if (!existsSync(resultsFile)) throw new Error('VS Code exited without writing test results');
    return JSON.parse(readFileSync(resultsFile, 'utf8'));
  } finally {
    rmSync(tempRoot, { recursive: true, force: true });
  }
}

/** @param {TestRunResults} results */
function report(results) {
  for (const test of results.tests) {
    const mark = test.state === 'passed' ? 'ok  ' : test.state === 'failed' ? 'FAIL' : 'skip';
    say(`  ${mark} ${test.title}${test.state === 'pending' ? '' : ` (${test.durationMs} ms)`}`);
    if (test.error) say(test.error.split('\n').map((line) => `       ${line}`).join('\n'));
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  for (const file of [testsModule, path.join(repoRoot, 'dist', 'extension.js')]) {
    if (!existsSync(file)) throw new Error(`${path.relative(repoRoot, file)} is missing; run \`npm run build\` first`);
  }
  const electron = process.env.AICMO_VSCODE === 'electron';
  // Without --untrusted or --grep, two passes: trusted, then Restricted Mode (--untrusted).
  const passes = options.untrustedOnly || options.grep !== undefined ? [options] : [options, { ...options, trusted: false }];
  let passed = 0;
  let failed = 0;
  for (const pass of passes) {
    if (interrupted) break;
    const startedAt = Date.now();
    const results = electron ? await runInElectron(pass) : await runInCodeServer(pass);
    say(`integration: VS Code ${results.vscodeVersion} (${electron ? 'desktop' : 'code-server'}, ` +
      `${pass.trusted ? 'trusted' : 'untrusted'} workspace), ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
    report(results);
    passed += results.passed;
    failed += results.failed;
  }
  say(`integration: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then((code) => process.exit(interrupted ? 130 : code), (error) => {
    if (interrupted) process.exit(130);
    say(`integration: error: ${error instanceof Error ? error.message : String(error)}`);
    say('integration: 0 passed, 0 failed');
    process.exit(1);
  });
}
