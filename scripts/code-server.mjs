// Starting and stopping a local code-server (VS Code's server build), shared by the integration
// launcher (test/integration/launch.mjs) and `npm start` (scripts/start.mjs).
import { spawn } from 'node:child_process';
import { createWriteStream, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** @param {number} ms */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A port that was free on 127.0.0.1 a moment ago: `preferred` when it is free, else any.
 * @param {number} [preferred] @returns {Promise<number>}
 */
export async function freePort(preferred) {
  const tryListen = (/** @type {number} */ port) => new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(undefined));
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(address && typeof address === 'object' ? address.port : undefined));
    });
  });
  const port = (preferred ? await tryListen(preferred) : undefined) ?? await tryListen(0);
  if (typeof port !== 'number') throw new Error('no free TCP port on 127.0.0.1');
  return port;
}

/** @param {number} pgid */
function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Ends a process group this process started (code-server, its extension host and file watcher):
 * SIGTERM, then SIGKILL after 5 s.
 * @param {number} pgid
 */
export async function endProcessGroup(pgid) {
  if (!groupAlive(pgid)) return;
  try { process.kill(-pgid, 'SIGTERM'); } catch { /* already gone */ }
  for (let waited = 0; waited < 5000 && groupAlive(pgid); waited += 100) await sleep(100);
  if (groupAlive(pgid)) {
    try { process.kill(-pgid, 'SIGKILL'); } catch { /* already gone */ }
  }
}

/**
 * @typedef {object} CodeServerOptions
 * @property {string} entry          code-server's out/node/entry.js
 * @property {number} port
 * @property {string} userDataDir
 * @property {string} extensionsDir
 * @property {string} workspace      folder opened by default
 * @property {boolean} trusted       true: --disable-workspace-trust (every folder is trusted)
 * @property {string} logFile        server stdout and stderr go here
 * @property {NodeJS.ProcessEnv} [env] extra environment (inherited by the extension host)
 *
 * @typedef {object} RunningCodeServer
 * @property {string} base           http://127.0.0.1:<port>
 * @property {import('node:child_process').ChildProcess} child
 * @property {() => string | undefined} exitReason  set once the server has exited
 * @property {() => Promise<void>} stop              idempotent
 */

/**
 * Starts code-server in its own process group and waits until it answers /healthz.
 * @param {CodeServerOptions} options @returns {Promise<RunningCodeServer>}
 */
export async function startCodeServer(options) {
  // An explicit config file keeps code-server from writing one into the user's home folder.
  const config = path.join(options.userDataDir, 'code-server.yaml');
  writeFileSync(config, 'auth: none\n');
  const args = [options.entry, '--config', config, '--auth', 'none', '--bind-addr', `127.0.0.1:${options.port}`,
    '--disable-telemetry', '--disable-update-check', '--extensions-dir', options.extensionsDir,
    '--user-data-dir', options.userDataDir, ...(options.trusted ? ['--disable-workspace-trust'] : []),
    options.workspace];
  // code-server keeps logs and a heartbeat under XDG_DATA_HOME and VS Code a device id under
  // XDG_CACHE_HOME: keep both inside the user-data folder instead of the user's home.
  const xdg = { XDG_DATA_HOME: path.join(options.userDataDir, 'xdg-data'), XDG_CACHE_HOME: path.join(options.userDataDir, 'xdg-cache') };
  const child = spawn(process.execPath, args, {
    detached: true, // own process group: the server and its children end together by its id
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...xdg, ...options.env },
  });
  const log = createWriteStream(options.logFile);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  /** @type {string | undefined} */
  let exitReason;
  child.on('exit', (code, signal) => {
    exitReason = `code-server exited (${signal ?? `code ${code}`}); see ${options.logFile}`;
  });
  /** @type {Promise<void> | undefined} */
  let stopping;
  const stop = () => (stopping ??= (async () => {
    if (child.pid) await endProcessGroup(child.pid);
    log.end();
  })());

  const base = `http://127.0.0.1:${options.port}`;
  const readyBy = Date.now() + 120_000;
  for (;;) {
    if (exitReason) throw new Error(exitReason);
    if (Date.now() > readyBy) {
      await stop();
      throw new Error(`code-server did not answer on ${base} within 120 s; see ${options.logFile}`);
    }
    if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) break;
    await sleep(200);
  }
  return { base, child, exitReason: () => exitReason, stop };
}
