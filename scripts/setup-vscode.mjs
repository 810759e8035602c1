#!/usr/bin/env node
// Installs and caches what the real-VS Code harness needs (see docs/testing.md):
//   - Debian packages: chromium (the browser Playwright drives), ripgrep (VS Code's search binary),
//     libkrb5-dev (to build the `kerberos` native module);
//   - code-server (VS Code's server build, from npm) in .cache/code-server, with its postinstall
//     done by hand: its own script downloads ripgrep from GitHub and refuses to run as root.
// Idempotent: a marker file written last records the installed version, so later runs skip the
// work; a half-finished install leaves no marker and is redone from scratch.
// Usage: node scripts/setup-vscode.mjs            (or import { setupVscode } from this module)
import { spawnSync } from 'node:child_process';
import {
  copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, chmodSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cacheDir = path.join(repoRoot, '.cache');
export const codeServerDir = path.join(cacheDir, 'code-server');
export const chromiumPath = process.env.AICMO_CHROMIUM ?? '/usr/bin/chromium';

/** code-server releases by Node major: each release's engines.node names exactly one major. */
const codeServerByNodeMajor = { 20: '4.100.3' };
/** Native modules of VS Code's server that must be compiled for this Node (node-pty is left out:
 * it only serves terminals and does not rebuild through `npm rebuild`). */
const nativeModules = ['kerberos', '@vscode/spdlog', 'native-watchdog', '@parcel/watcher', '@vscode/deviceid'];
const aptPackages = [
  { name: 'chromium', present: () => existsSync(chromiumPath) },
  { name: 'ripgrep', present: () => findOnPath('rg') !== undefined },
  { name: 'libkrb5-dev', present: () => existsSync('/usr/include/gssapi/gssapi_krb5.h') },
];

const markerFile = path.join(codeServerDir, '.aicmo-installed.json');
const lockDir = path.join(cacheDir, 'code-server.lock');

/** @param {string} line */
function say(line) {
  process.stderr.write(`setup-vscode: ${line}\n`);
}

/** @param {string} bin */
function findOnPath(bin) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, bin);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Runs a command, failing with its output when it exits non-zero.
 * @param {string} cmd @param {string[]} args @param {{cwd?: string, env?: NodeJS.ProcessEnv}} [opts]
 */
function run(cmd, args, opts = {}) {
  const result = spawnSync(cmd, args, {
    cwd: opts.cwd ?? repoRoot,
    env: { ...process.env, CI: 'true', npm_config_yes: 'true', npm_config_fund: 'false',
      npm_config_audit: 'false', npm_config_update_notifier: 'false', ...opts.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`${cmd} ${args.join(' ')} could not start: ${result.error.message}`);
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`\`${cmd} ${args.join(' ')}\` (in ${opts.cwd ?? repoRoot}) exited with ${result.status}:\n${output}`);
  }
  return result.stdout;
}

/** @param {number} startedAt */
function seconds(startedAt) {
  return `${((Date.now() - startedAt) / 1000).toFixed(1)} s`;
}

function ensureAptPackages() {
  const missing = aptPackages.filter((p) => !p.present()).map((p) => p.name);
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(`missing Debian packages ${missing.join(', ')}; install them with ` +
      `\`sudo apt-get install -y ${missing.join(' ')}\` (or run this script as root)`);
  }
  const startedAt = Date.now();
  say(`apt-get install ${missing.join(' ')} …`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', ...missing], { env });
  const still = aptPackages.filter((p) => !p.present()).map((p) => p.name);
  if (still.length > 0) throw new Error(`apt-get finished but ${still.join(', ')} still missing`);
  say(`apt packages installed (${seconds(startedAt)})`);
}

function wantedVersion() {
  if (process.env.AICMO_CODE_SERVER_VERSION) return process.env.AICMO_CODE_SERVER_VERSION;
  const major = Number(process.versions.node.split('.')[0]);
  const version = codeServerByNodeMajor[/** @type {keyof typeof codeServerByNodeMajor} */ (major)];
  if (!version) {
    throw new Error(`no code-server release is pinned for Node ${major}; use Node 20, or set ` +
      'AICMO_CODE_SERVER_VERSION to a release whose engines.node matches (`npm view code-server@X engines.node`)');
  }
  return version;
}

/** @returns {{version: string, abi: string} | undefined} */
function readMarker() {
  try {
    return JSON.parse(readFileSync(markerFile, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Takes a directory lock so two harness runs in one checkout never install over each other. */
async function withLock(/** @type {() => void} */ work) {
  mkdirSync(cacheDir, { recursive: true });
  const deadline = Date.now() + 20 * 60 * 1000;
  let waitedSaid = false;
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
      const holder = Number(readFileSafe(path.join(lockDir, 'pid')));
      if (holder && !isAlive(holder)) {
        rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for ${lockDir} (held by pid ${holder})`, { cause: error });
      }
      if (!waitedSaid) say(`another setup (pid ${holder || '?'}) is installing; waiting`);
      waitedSaid = true;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
  try {
    work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/** @param {string} file */
function readFileSafe(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** @param {number} pid */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/** @param {string} version */
function installCodeServer(version) {
  const startedAt = Date.now();
  rmSync(codeServerDir, { recursive: true, force: true });
  mkdirSync(codeServerDir, { recursive: true });
  writeFileSync(path.join(codeServerDir, 'package.json'), '{ "private": true }\n');
  say(`npm install code-server@${version} (ignore-scripts) …`);
  run('npm', ['install', '--ignore-scripts', '--no-save', '--prefix', codeServerDir, `code-server@${version}`]);

  const pkg = path.join(codeServerDir, 'node_modules', 'code-server');
  const vscodeDir = path.join(pkg, 'lib', 'vscode');
  say('npm install in lib/vscode …');
  run('npm', ['install', '--omit=dev', '--ignore-scripts'], { cwd: vscodeDir });
  say(`npm rebuild ${nativeModules.join(' ')} …`);
  run('npm', ['rebuild', ...nativeModules], { cwd: vscodeDir });

  const rgTarget = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  mkdirSync(path.dirname(rgTarget), { recursive: true });
  const rg = findOnPath('rg');
  if (!rg) throw new Error('ripgrep (rg) is not on PATH');
  copyFileSync(rg, rgTarget);
  chmodSync(rgTarget, 0o755);
  const asar = path.join(vscodeDir, 'node_modules.asar');
  if (!existsSync(asar)) symlinkSync('node_modules', asar);

  say('npm install in lib/vscode/extensions …');
  run('npm', ['install', '--omit=dev', '--ignore-scripts'], { cwd: path.join(vscodeDir, 'extensions') });
  say('npm rebuild argon2 …');
  run('npm', ['rebuild', 'argon2'], { cwd: codeServerDir });

  // Smoke test before the marker: the server must at least report its version. An explicit
  // --config keeps code-server from writing a default config into the user's home folder.
  const config = path.join(codeServerDir, 'config.yaml');
  writeFileSync(config, 'auth: none\n');
  const reported = run(process.execPath, [path.join(pkg, 'out', 'node', 'entry.js'), '--config', config, '--version'],
    { env: { XDG_DATA_HOME: path.join(codeServerDir, 'xdg-data') } });
  if (!reported.split('\n').some((line) => line.startsWith(`${version} `))) {
    throw new Error(`code-server reports "${reported.trim()}", expected ${version}`);
  }
  writeFileSync(markerFile, `${JSON.stringify({ version, abi: process.versions.modules, installedIn: seconds(startedAt) })}\n`);
  say(`code-server ${version} installed in ${seconds(startedAt)}`);
}

/**
 * Makes sure chromium and code-server are ready, installing what is missing.
 * @returns {Promise<{codeServerEntry: string, chromiumPath: string, version: string}>}
 */
export async function setupVscode() {
  const version = wantedVersion();
  const codeServerEntry = path.join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const ready = () => {
    const marker = readMarker();
    return marker?.version === version && marker.abi === process.versions.modules && existsSync(codeServerEntry);
  };
  const systemReady = () => aptPackages.every((p) => p.present());
  if (ready() && systemReady()) return { codeServerEntry, chromiumPath, version };

  await withLock(() => {
    ensureAptPackages();
    if (!ready()) installCodeServer(version);
  });
  return { codeServerEntry, chromiumPath, version };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const startedAt = Date.now();
  try {
    const { version } = await setupVscode();
    say(`ready: code-server ${version}, chromium at ${chromiumPath} (${seconds(startedAt)})`);
  } catch (error) {
    say(`failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
