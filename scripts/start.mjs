#!/usr/bin/env node
// `npm start` (after `npm run build`): creates or refreshes demo-workspace/ with the CLI's `demo`,
// then opens it in a real VS Code with the extension installed:
//   - by default code-server on 127.0.0.1 (VS Code in the browser; the URL is printed), with the
//     extension linked into its extensions folder as aicmo.aicmo-<version> → this checkout;
//   - AICMO_VSCODE=desktop: a desktop `code` with this checkout as the development extension.
// Ctrl-C (or SIGTERM) stops code-server and its children.
// Options: --no-vscode (only the demo), --port N (default AICMO_PORT, else 8080, else any free
// port), --untrusted (leave workspace trust on: the folder opens in restricted mode).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cacheDir, repoRoot, setupVscode } from './setup-vscode.mjs';
import { freePort, startCodeServer } from './code-server.mjs';

const cli = path.join(repoRoot, 'dist', 'cli.js');
const demoWorkspace = path.join(repoRoot, 'demo-workspace');

/** @param {string} line */
function say(line) {
  process.stdout.write(`start: ${line}\n`);
}

/** @param {string[]} argv */
function parseArgs(argv) {
  const options = { vscode: true, trusted: true, port: Number(process.env.AICMO_PORT ?? 0) || undefined };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--no-vscode') options.vscode = false;
    else if (arg === '--untrusted') options.trusted = false;
    else if (arg === '--port' && Number(argv[i + 1]) > 0) options.port = Number(argv[(i += 1)]);
    else throw new Error(`unknown option ${arg} (expected --no-vscode, --port N, --untrusted)`);
  }
  return options;
}

/** Runs `aicmo demo --dir demo-workspace`; returns false when the CLI cannot make it. */
function makeDemo() {
  if (!existsSync(cli)) {
    say(`${path.relative(repoRoot, cli)} is missing (run \`npm run build\`); skipping the demo workspace`);
    return false;
  }
  say('aicmo demo --dir demo-workspace');
  const result = spawnSync(process.execPath, [cli, 'demo', '--dir', demoWorkspace], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status === 0) return true;
  say(result.status === 2
    ? 'the CLI has no working `demo` command yet; opening an empty demo-workspace/'
    : `aicmo demo failed (exit ${result.status ?? result.signal}); opening demo-workspace/ as it is`);
  mkdirSync(demoWorkspace, { recursive: true });
  return false;
}

/** Desktop VS Code, best-effort: `code` must be on PATH. */
function startDesktop() {
  const child = spawn('code', ['--extensionDevelopmentPath', repoRoot, demoWorkspace], { stdio: 'inherit' });
  child.on('error', (error) => {
    say(`could not start desktop VS Code (\`code\` on PATH): ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code) => process.exit(code ?? 0));
}

/** @param {{trusted: boolean, port?: number}} options */
async function startInBrowser(options) {
  const { codeServerEntry } = await setupVscode();
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const stateDir = path.join(cacheDir, 'start');
  const userDataDir = path.join(stateDir, 'user-data'); // kept between starts (layout, trust decisions)
  // A fresh extensions folder each start, outside the checkout (a link back into the checkout from
  // inside it would make a directory loop): only this extension, linked to the checkout.
  const extensionsDir = mkdtempSync(path.join(os.tmpdir(), 'aicmo-start-extensions-'));
  mkdirSync(userDataDir, { recursive: true });
  symlinkSync(repoRoot, path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`), 'dir');

  const port = await freePort(options.port ?? 8080);
  if (options.port && port !== options.port) say(`port ${options.port} is busy; using ${port}`);
  const server = await startCodeServer({
    entry: codeServerEntry, port, userDataDir, extensionsDir, workspace: demoWorkspace,
    trusted: options.trusted, logFile: path.join(stateDir, 'code-server.log'),
  });
  say(`VS Code (code-server) with AICMO on ${path.relative(repoRoot, demoWorkspace)}/:`);
  process.stdout.write(`\n    ${server.base}/?folder=${encodeURIComponent(demoWorkspace)}\n\n`);
  say(`server log: ${path.relative(repoRoot, path.join(stateDir, 'code-server.log'))}; Ctrl-C stops it`);

  let stopping = false;
  const stop = async (/** @type {string} */ why) => {
    stopping = true;
    say(`${why}; stopping code-server`);
    await server.stop();
    rmSync(extensionsDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('interrupted'));
  process.once('SIGTERM', () => void stop('terminated'));
  process.once('SIGHUP', () => void stop('terminal closed'));
  server.child.once('exit', () => {
    if (stopping) return;
    say(server.exitReason() ?? 'code-server exited');
    rmSync(extensionsDir, { recursive: true, force: true });
    process.exit(1);
  });
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  makeDemo();
  if (!options.vscode) return;
  if (process.env.AICMO_VSCODE === 'desktop') startDesktop();
  else await startInBrowser(options);
}

main().catch((error) => {
  say(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
