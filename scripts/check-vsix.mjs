#!/usr/bin/env node
/* global document */ // page.waitForFunction callbacks run in the browser
// `npm run test:vsix`: the packaged extension, not the development checkout. Installs
// dist-vsix/aicmo.vsix (made by `npm run package`) into a fresh code-server with
// `--install-extension`, opens a workspace made by the CLI (demo projects, one flow run, one
// approval), and checks in the browser that AICMO activates from the VSIX (its log line) and that
// its Projects tree shows the projects — which needs the VSIX's orchestrator bundle and sql.js
// wasm, with no node_modules — and that the demo's sample exports are in it (for "Open Demo"). Prints `vsix: ok …` or `vsix: FAILED …`; exit code 0 or 1.
// Options: --screenshot FILE (a PNG of the AICMO view, e.g. docs/screenshots/projects-tree.png),
//          --vsix FILE, --keep (keep the temp folder).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumPath, repoRoot, setupVscode } from './setup-vscode.mjs';
import { freePort, sleep, startCodeServer } from './code-server.mjs';

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const vsix = path.resolve(option('--vsix') ?? path.join(repoRoot, 'dist-vsix', 'aicmo.vsix'));
const screenshot = option('--screenshot');
const keep = args.includes('--keep');
const cli = path.join(repoRoot, 'dist', 'cli.js');
const say = (line) => process.stdout.write(`vsix: ${line}\n`);

function runCli(workspace, ...argv) {
  const r = spawnSync(process.execPath, [cli, '--workspace', workspace, '--by', 'Dana Reviewer', ...argv], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`aicmo ${argv.join(' ')} failed (exit ${r.status}): ${r.stderr || r.stdout}`);
  return r.stdout;
}

/** A workspace with projects in several stages, made with the CLI (a real user's other front end). */
function makeWorkspace(workspace) {
  runCli(workspace, 'demo', '--dir', workspace);
  const projects = JSON.parse(runCli(workspace, 'project', 'list', '--json'));
  const list = Array.isArray(projects) ? projects : projects.projects ?? [];
  const first = list[0]?.slug;
  const second = list[1]?.slug;
  if (first) {
    runCli(workspace, 'flow', 'run', first);
    runCli(workspace, 'strategy', 'approve', first);
  }
  if (second) runCli(workspace, 'flow', 'run', second);
  return list.map((p) => p.name);
}

function activationLine(userData) {
  const files = readdirSync(userData, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /AICMO\.log$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
  for (const f of files) {
    const line = readFileSync(f, 'utf8').split('\n').find((l) => /AICMO .* activated in/.test(l));
    if (line) return line;
  }
  return undefined;
}

/**
 * "AICMO: New Project" as a user does it: the palette, then the multi-step input — a bad budget
 * shows the core's message, Back returns to the currency step with its answer kept, the date
 * steps accept their defaults — and the project appears in the tree.
 */
async function newProjectThroughTheUi(page) {
  const input = page.locator('.quick-input-widget input.input');
  const message = page.locator('.quick-input-widget .quick-input-message');
  const step = page.locator('.quick-input-widget .quick-input-title');
  const answer = async (text, expectedStep) => {
    await page.waitForFunction((n) => document.querySelector('.quick-input-widget .quick-input-title')?.textContent?.includes(n), expectedStep, { timeout: 15_000 })
      .catch(async () => { throw new Error(`New Project: expected step "${expectedStep}", saw "${await step.textContent()}"`); });
    if (text !== undefined) await input.fill(text);
    await sleep(300);
    await page.keyboard.press('Enter');
  };
  await page.keyboard.press('F1');
  await input.waitFor({ timeout: 15_000 });
  await input.fill('>AICMO: New Project');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'AICMO: New Project' }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await answer('Woodgrove Bank Autumn', '1/17');
  await answer('banking', '2/17');
  await answer('leads', '3/17');
  await answer(undefined, '4/17'); // the proposed goal
  await answer('young professionals, founders', '5/17');
  await answer(undefined, '6/17'); // the default currency (aicmo.defaultCurrency)
  await page.waitForFunction(() => document.querySelector('.quick-input-widget .quick-input-title')?.textContent?.includes('7/17'), undefined, { timeout: 15_000 });
  await input.fill('12k');
  await page.waitForFunction(() => /is not an amount/.test(document.querySelector('.quick-input-widget .quick-input-message')?.textContent ?? ''), undefined, { timeout: 15_000 })
    .catch(async () => { throw new Error(`New Project: no validation message for a bad budget (saw "${await message.textContent()}")`); });
  await page.locator('.quick-input-widget .codicon-quick-input-back').first().click();
  await page.waitForFunction(() => document.querySelector('.quick-input-widget .quick-input-title')?.textContent?.includes('6/17'), undefined, { timeout: 15_000 });
  const kept = await input.inputValue();
  if (kept !== 'USD') throw new Error(`New Project: Back did not keep the currency answer (saw "${kept}")`);
  await page.keyboard.press('Enter');
  await answer('12000', '7/17');
  await answer(undefined, '8/17');
  await answer(undefined, '9/17');
  // The brief's facts, KPI targets and channel rules: all optional, left empty here.
  for (let n = 10; n <= 17; n += 1) await answer(undefined, `${n}/17`);
  await page.locator('.monaco-list-row', { hasText: 'Woodgrove Bank Autumn' }).first().waitFor({ timeout: 20_000 });
}

async function main() {
  if (!existsSync(vsix)) throw new Error(`${path.relative(repoRoot, vsix)} is missing; run \`npm run package\` first`);
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing; run `npm run build` first');
  const { codeServerEntry } = await setupVscode();
  const temp = mkdtempSync(path.join(os.tmpdir(), 'aicmo-vsix-'));
  const userData = path.join(temp, 'user-data');
  const extensions = path.join(temp, 'extensions');
  const workspace = path.join(temp, 'campaigns');
  for (const d of [userData, extensions, workspace]) mkdirSync(d);
  let server;
  let browser;
  try {
    const install = spawnSync(process.execPath, [codeServerEntry, '--extensions-dir', extensions, '--user-data-dir', userData, '--install-extension', vsix], {
      encoding: 'utf8', env: { ...process.env, XDG_DATA_HOME: path.join(userData, 'xdg-data'), XDG_CACHE_HOME: path.join(userData, 'xdg-cache') },
    });
    if (install.status !== 0) throw new Error(`--install-extension failed: ${install.stderr || install.stdout}`);
    const installed = readdirSync(extensions).find((d) => d.startsWith('aicmo.aicmo-'));
    if (!installed) throw new Error(`--install-extension put no aicmo.aicmo-* folder in the extensions folder (${install.stdout.trim()})`);
    if (existsSync(path.join(extensions, installed, 'node_modules'))) throw new Error('the installed extension carries node_modules');
    // "Open Demo" imports the sample exports shipped beside the core bundle (src/orchestrator/demo/data → dist/demo-data).
    const demoData = path.join(extensions, installed, 'dist', 'demo-data');
    const wanted = readdirSync(path.join(repoRoot, 'src', 'orchestrator', 'demo', 'data')).filter((f) => f.endsWith('.csv')).sort();
    const shipped = existsSync(demoData) ? readdirSync(demoData).sort() : [];
    if (wanted.some((f) => !shipped.includes(f))) throw new Error(`the installed extension lacks demo data (has ${shipped.join(', ') || 'none'}; needs ${wanted.join(', ')})`);
    say(`installed ${installed} (${Math.round(readFileSync(vsix).length / 1024)} KB VSIX)`);
    const names = makeWorkspace(workspace);

    // No welcome page or walkthrough over the editor area (the screenshot shows the AICMO view).
    mkdirSync(path.join(userData, 'User'), { recursive: true });
    writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'workbench.tips.enabled': false }));
    const port = await freePort();
    server = await startCodeServer({ entry: codeServerEntry, port, userDataDir: userData, extensionsDir: extensions, workspace, trusted: true, logFile: path.join(temp, 'code-server.log') });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      env: { ...process.env, XDG_CONFIG_HOME: path.join(temp, 'xdg-config'), XDG_CACHE_HOME: path.join(temp, 'xdg-cache') } });
    const page = await browser.newPage({ viewport: { width: 1000, height: 640 } });
    await page.goto(`${server.base}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    const icon = page.locator('.activitybar .action-item a[aria-label^="AICMO"]');
    await icon.waitFor({ timeout: 60_000 });
    await icon.click();
    const pane = page.locator('.pane-body').filter({ hasText: names[0] ?? 'Strategy' });
    await pane.first().waitFor({ timeout: 60_000 });
    for (const name of names) await page.locator('.monaco-list-row', { hasText: name }).first().waitFor({ timeout: 20_000 });
    let line;
    for (let i = 0; i < 40 && !(line = activationLine(userData)); i += 1) await sleep(250);
    if (!line) throw new Error('the AICMO log has no activation line');
    say(`activated from the VSIX: ${line.replace(/^.*?\] /, '')}`);
    say(`the Projects tree shows ${names.join(', ')}`);
    if (screenshot) {
      // A wider side bar, the last project expanded (its artifacts) and selected (the status bar).
      const sashes = await page.locator('.monaco-sash.vertical').all();
      let box;
      for (const sash of sashes) {
        const b = await sash.boundingBox();
        if (b && b.x > 200 && b.x < 400 && b.height > 300) box = b;
      }
      if (box) {
        await page.mouse.move(box.x + box.width / 2, box.y + 300);
        await page.mouse.down();
        await page.mouse.move(box.x + 260, box.y + 300, { steps: 8 });
        await page.mouse.up();
      }
      await page.locator('.pane-header', { hasText: 'Kaizen' }).first().click(); // collapse: room for the artifacts
      const last = names[names.length - 1];
      if (last) await page.locator('.monaco-list-row', { hasText: last }).first().click();
      await page.locator('.monaco-list-row', { hasText: 'strategy' }).first().waitFor({ timeout: 20_000 }).catch(() => undefined);
      await page.mouse.move(1000, 400);
      await sleep(1000);
      const out = path.resolve(repoRoot, screenshot);
      mkdirSync(path.dirname(out), { recursive: true });
      await page.screenshot({ path: out });
      say(`screenshot: ${path.relative(repoRoot, out)}`);
    }
    await newProjectThroughTheUi(page);
    say('New Project through the palette: validation, Back and defaults worked; the project is in the tree');
    say('ok');
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    if (keep) say(`kept ${temp}`);
    else rmSync(temp, { recursive: true, force: true });
  }
}

main().then(() => process.exit(0), (error) => {
  say(`FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
