#!/usr/bin/env node
/* global document, window, Element, DOMParser */ // callbacks of page.waitForFunction / frame.evaluate run in the browser
// `npm run test:e2e`: the panels end to end, as a user drives them, in a real VS Code (code-server)
// with this checkout as the extension (linked in like `npm start` does), in Debian's chromium
// through playwright-core. On an empty temp workspace it creates projects through the palette's
// New Project (one named like an XSS probe), then walks the panels: Pipeline (the hostile name is
// text), Run Full Flow, War Room approval, Gallery bulk approval, Analytics import of the sample
// Google Ads export (spend tile 54,253.68), PM task completion, Control Tower pause and resume,
// and the Command, Portal, Social Trends, Unified View and Kaizen panels; then every panel in Light
// Modern and the War Room, PM and Pipeline reflowed at 900 px. Every step saves
// docs/screenshots/<panel>.png (<panel>-light.png, <panel>-narrow.png). Fails on a CSP violation or console error in any panel frame and
// on any dialog. Prints one line per step and `e2e: N passed, N failed`.
// Options: --keep (keep the temp folder), --no-screenshots, --headed (AICMO_E2E_HEADED=1), --only TEXT
// (only the steps whose name contains TEXT).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromiumPath, repoRoot, setupVscode } from '../../scripts/setup-vscode.mjs';
import { freePort, startCodeServer } from '../../scripts/code-server.mjs';

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const screenshots = !args.includes('--no-screenshots');
const headed = args.includes('--headed') || process.env.AICMO_E2E_HEADED === '1';
/** --only TEXT: run only the steps whose name contains TEXT (for working on one step). */
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const shotsDir = path.join(repoRoot, 'docs', 'screenshots');
const HOSTILE = '<img src=x onerror=alert(1)>';
const PROJECT = 'Northwind Coffee Spring';
const NOTEBOOK_PROJECT = 'Fabrikam Trails Autumn';
const EXPECTED_SPEND = '54,253.68';
const STEP_TIMEOUT = 30_000;
const say = (line) => process.stdout.write(`e2e: ${line}\n`);

const sample = path.join(repoRoot, 'src', 'orchestrator', 'demo', 'data', 'google-ads-campaign-daily.csv');

/** Problems seen in the browser: CSP violations and errors in panel frames, dialogs. */
const problems = [];
let currentStep = 'start';
const isPanelFrameUrl = (url) => /webview|vscode-cdn|fake\.html/i.test(url ?? '');

/** Runs in every frame before its scripts: records CSP violations with what caused them. */
function recordViolations() {
  document.addEventListener('securitypolicyviolation', (e) => {
    const target = e.target instanceof Element ? e.target.outerHTML.slice(0, 200) : String(e.target);
    void window.__aicmoReportCsp?.(`${e.violatedDirective} ${e.blockedURI || ''} ${e.sample || ''} at ${e.sourceFile || '?'}:${e.lineNumber} on ${target}`);
  }, true);
}

/** AICMO_E2E_TRACE_HTML=1: logs the stack of any HTML assignment that carries the probe's markup. */
function traceHtml() {
  const desc = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML');
  Object.defineProperty(Element.prototype, 'innerHTML', {
    set(v) {
      if (String(v).includes('onerror=alert')) console.warn(`AICMO-TRACE innerHTML ${String(v).slice(0, 120)} ${new Error().stack}`);
      desc.set.call(this, v);
    },
    get() { return desc.get.call(this); },
  });
  const parse = DOMParser.prototype.parseFromString;
  DOMParser.prototype.parseFromString = function (v, t) {
    if (String(v).includes('onerror=alert')) console.warn(`AICMO-TRACE DOMParser ${String(v).slice(0, 120)} ${new Error().stack}`);
    return parse.call(this, v, t);
  };
}

async function watchBrowser(page) {
  if (process.env.AICMO_E2E_TRACE_HTML === '1') {
    await page.addInitScript(traceHtml);
    page.on('console', (msg) => { if (msg.text().startsWith('AICMO-TRACE')) say(msg.text().slice(0, 1500)); });
  }
  await page.exposeBinding('__aicmoReportCsp', (source, text) => problems.push(`securitypolicyviolation during "${currentStep}" in ${source.frame.url().slice(0, 90)}: ${text}`));
  await page.addInitScript(recordViolations);
  page.on('console', (msg) => {
    const text = msg.text();
    const url = msg.location()?.url ?? '';
    if (/Refused to|securitypolicyviolation|Content Security Policy/i.test(text)) problems.push(`CSP during "${currentStep}": ${text.slice(0, 160)}… (${url || 'page'})`);
    else if (msg.type() === 'error' && isPanelFrameUrl(url) && !/Failed to load resource/.test(text)) problems.push(`console error in a panel frame: ${text} (${url})`);
  });
  page.on('pageerror', (error) => {
    if (/aicmo|webviews\//i.test(error.stack ?? '')) problems.push(`page error: ${error.message}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`a dialog opened: ${dialog.type()} "${dialog.message()}"`);
    void dialog.dismiss().catch(() => undefined);
  });
}

// ---- VS Code UI helpers --------------------------------------------------------------------

const quickInput = (page) => page.locator('.quick-input-widget input.input');

async function palette(page, title) {
  // Keys typed while a webview has focus stay in its iframe: focus the workbench first.
  await page.locator('.part.sidebar .composite.title').first().click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await quickInput(page).waitFor({ timeout: STEP_TIMEOUT });
  await quickInput(page).fill(`>${title}`);
  // Click the command's own row (Enter would take whichever row is focused at that instant).
  const row = page.locator('.quick-input-widget .monaco-list-row', { has: page.locator('.label-name', { hasText: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) }).first();
  await row.click({ timeout: STEP_TIMEOUT });
}

/**
 * Runs a palette command that asks for a project and answers with `name`. A panel that has just
 * loaded can take the focus back and close the palette before the click lands; then the command
 * never ran, and it is asked again (at most three times).
 */
async function paletteForProject(page, title, name) {
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first();
  for (let attempt = 1; ; attempt += 1) {
    await palette(page, title);
    // Each wait is short: a pick closed by a focus change is asked again rather than waited for.
    const answered = await row.waitFor({ timeout: 8_000 })
      .then(() => quickInput(page).fill(name, { timeout: 8_000 }))
      .then(() => row.click({ timeout: 8_000 }))
      .then(() => true, () => false);
    if (answered) return;
    if (attempt === 3) throw new Error(`"${title}" did not take a project (three tries)`);
    say(`  "${title}": the project pick closed before it was answered; asking again`);
  }
}

/** Runs a palette command until `started` resolves (see paletteForProject), at most three times. */
async function paletteUntil(page, title, what, started) {
  for (let attempt = 1; ; attempt += 1) {
    await palette(page, title);
    if (await started().then(() => true, () => false)) return;
    if (attempt === 3) throw new Error(`"${title}" did not ${what} (three tries)`);
    say(`  "${title}" did not ${what}; asking again`);
  }
}

async function waitForStep(page, step, timeout = STEP_TIMEOUT) {
  await page.waitForFunction((n) => document.querySelector('.quick-input-widget .quick-input-title')?.textContent?.includes(n), step, { timeout });
}

/** "AICMO: New Project" through its seventeen inputs (defaults for goal, currency and dates; the brief's facts the copy is written from; no KPI targets or channel rules). */
async function newProject(page, name, industry, budget) {
  await paletteUntil(page, 'AICMO: New Project', 'start New Project', () => waitForStep(page, '1/17', 8_000));
  const answers = [
    [name, '1/17'], [industry, '2/17'], ['sales', '3/17'], [undefined, '4/17'], ['coffee lovers, office managers', '5/17'], [undefined, '6/17'], [budget, '7/17'], [undefined, '8/17'], [undefined, '9/17'],
    ['Roasted fresh every morning; Delivered within two days', '10/17'], ['4.8 stars from 1,200 reviews', '11/17'], ['Free delivery on the first order', '12/17'], ['https://coffee.example/order', '13/17'],
    [undefined, '14/17'], [undefined, '15/17'], [undefined, '16/17'], [undefined, '17/17'],
  ];
  for (const [text, step] of answers) {
    await waitForStep(page, step);
    if (text !== undefined) {
      await quickInput(page).fill(text);
      // The input validates as you type; Enter is taken once the value is shown.
      await page.waitForFunction((t) => document.querySelector('.quick-input-widget input.input')?.value === t, text, { timeout: STEP_TIMEOUT });
    }
    await page.keyboard.press('Enter');
    if (step !== '17/17') await page.waitForFunction((s) => !document.querySelector('.quick-input-widget .quick-input-title')?.textContent?.includes(s), step, { timeout: STEP_TIMEOUT });
  }
}

/** The notebook's output frame once it holds the output of `cell` (an <aicmo-artifact-output>). */
const NOTEBOOK_CELLS = ['brief', 'strategy', 'brand', 'social', 'media', 'creatives', 'pm', 'analytics', 'portal', 'seo'];

/**
 * The output of `cell`, once the notebook shows it. VS Code shows the outputs in view only, so the
 * cell `reveal` (default: the cell itself) is focused first — focus in a shown cell's editor,
 * Escape (command mode), Ctrl+Home, then Down — which scrolls it into view. Revealing the next cell brings the
 * bottom of a long output (its decisions) into view.
 */
async function notebookOutput(page, cell, reveal = cell, timeout = STEP_TIMEOUT) {
  const deadline = Date.now() + timeout;
  // Focus (not a click: the outputs' webview lies over the cells and would take the click).
  await page.locator('.notebookOverlay .cell-editor-container textarea').first().focus({ timeout: STEP_TIMEOUT });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < NOTEBOOK_CELLS.indexOf(reveal); i += 1) await page.keyboard.press('ArrowDown');
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame.isDetached() || !isPanelFrameUrl(frame.url())) continue;
      const output = frame.locator(`aicmo-artifact-output section[data-cell="${cell}"]`);
      if (await output.count().catch(() => 0)) return { frame, output: output.first() };
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`the notebook shows no ${cell} output (no frame with <aicmo-artifact-output> for it)`);
}

/** Clicks the notebook toolbar's Run All and waits until no cell is running. */
async function runAll(page) {
  // The notebook's kernel must be ours before Run All does anything (just after opening it may not be yet).
  await page.locator('.notebook-toolbar-container .kernel-action-view-item', { hasText: 'AICMO' }).first().waitFor({ timeout: STEP_TIMEOUT });
  const busy = '.monaco-workbench .notebookOverlay .codicon-notebook-state-executing, .monaco-workbench .notebookOverlay .codicon-notebook-state-pending';
  const orders = () => page.evaluate(() => [...document.querySelectorAll('.monaco-workbench .notebookOverlay .execution-count-label')].map((e) => e.textContent).join('|'));
  for (let attempt = 1; ; attempt += 1) {
    // VS Code does not queue a cell that is executing, and AICMO's output refreshes are executions: let them end first.
    await page.waitForFunction((sel) => document.querySelectorAll(sel).length === 0, busy, { timeout: 60_000 });
    const before = await orders();
    await page.locator('.notebook-toolbar-container .action-label[aria-label^="Run All"]').first().click({ timeout: STEP_TIMEOUT });
    // Started: a cell is busy or a shown execution order changed. A click that started nothing is
    // repeated (re-running with unchanged inputs changes nothing).
    const started = await page
      .waitForFunction(
        ([sel, was]) => document.querySelectorAll(sel).length > 0 || [...document.querySelectorAll('.monaco-workbench .notebookOverlay .execution-count-label')].map((e) => e.textContent).join('|') !== was,
        [busy, before],
        { timeout: 8_000, polling: 'raf' },
      )
      .then(() => true, () => false);
    if (started || attempt === 3) break;
  }
  await page.waitForFunction(() => document.querySelectorAll('.monaco-workbench .notebookOverlay .codicon-notebook-state-executing, .monaco-workbench .notebookOverlay .codicon-notebook-state-pending').length === 0, undefined, { timeout: 60_000 });
}

/** The webview frame whose document holds <aicmo-<panel>-app>. */
async function panelFrame(page, panel, timeout = STEP_TIMEOUT) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame.isDetached() || !isPanelFrameUrl(frame.url())) continue;
      const found = await frame.locator(`aicmo-${panel}-app`).count().catch(() => 0);
      if (found > 0) {
        return frame;
      }
    }
    await page.waitForTimeout(200);
  }
  throw new Error(`the ${panel} panel did not appear (no frame with <aicmo-${panel}-app>)`);
}

async function openPanel(page, title, panel, project) {
  if (project) await paletteForProject(page, title, project);
  else await paletteUntil(page, title, `open the ${panel} panel`, () => panelFrame(page, panel, 10_000));
  return ready(page, panel);
}

/** The panel's current frame, once it shows data (call again after anything that may reload it). */
async function ready(page, panel) {
  const frame = await panelFrame(page, panel);
  // The snapshot arrived: the header is there and the loading line is gone.
  const app = frame.locator(`aicmo-${panel}-app`);
  await app.locator('header.panel-header').waitFor({ timeout: STEP_TIMEOUT });
  await app.getByText('Loading…').waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
  return frame;
}

/** Waits until `below`'s top is at or under `above`'s bottom (a reflowed layout), or fails with `what` at 900 px. */
async function untilBelow(page, above, below, what) {
  const deadline = Date.now() + STEP_TIMEOUT;
  for (;;) {
    const [a, b] = [await above.boundingBox(), await below.boundingBox()];
    if (a && b && b.y >= a.y + a.height - 1) return;
    if (Date.now() > deadline) throw new Error(`at 900 px ${what} (one at y ${a?.y} to ${a ? a.y + a.height : '?'}, the other at y ${b?.y})`);
    await page.waitForTimeout(250);
  }
}

/** Fails when the panel's page scrolls sideways (something wider than the panel). */
async function noSidewaysScroll(frame, name) {
  const [scroll, client] = await frame.evaluate(() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]);
  if (scroll > client + 1) throw new Error(`at 900 px the ${name} panel scrolls sideways (${scroll} px of content in ${client} px)`);
}

async function shot(page, name) {
  if (!screenshots) return;
  mkdirSync(shotsDir, { recursive: true });
  await page.mouse.move(5, 5);
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`) });
}

// ---- The steps -------------------------------------------------------------------------------

/** The panels shot in Light Modern: [palette command, panel, shows one project]. */
const LIGHT_PANELS = [
  ['AICMO: Open Command Center', 'command', false],
  ['AICMO: Open Pipeline', 'pipeline', false],
  ['AICMO: Open Creative Gallery', 'gallery', true],
  ['AICMO: Open Analytics', 'analytics', true],
  ['AICMO: Open PM Dashboard', 'pm', true],
  ['AICMO: Open Control Tower', 'controltower', false],
  ['AICMO: Open Client Portal', 'portal', true],
  ['AICMO: Open Social Trends', 'trends', true],
  ['AICMO: Open Unified View', 'unified', true],
  ['AICMO: Open Kaizen', 'kaizen', false],
];

function steps(workspace) {
  const csv = path.join(workspace, 'exports', 'google-ads-campaign-daily.csv');
  return [
    ['New Project through the palette (twice, one named like markup)', async ({ page }) => {
      await newProject(page, HOSTILE, 'retail', '5000');
      await newProject(page, PROJECT, 'food and beverage', '25000');
      await page.locator('.monaco-list-row', { hasText: PROJECT }).first().waitFor({ timeout: STEP_TIMEOUT });
    }],
    ['Pipeline shows both projects; the markup name is text (no img, no dialog)', async ({ page }) => {
      const frame = await openPanel(page, 'AICMO: Open Pipeline', 'pipeline');
      await frame.getByText(HOSTILE, { exact: true }).first().waitFor({ timeout: STEP_TIMEOUT });
      await frame.getByText(PROJECT).first().waitFor({ timeout: STEP_TIMEOUT });
      const imgs = await frame.locator('img').count();
      if (imgs !== 0) throw new Error(`the Pipeline frame has ${imgs} img element(s)`);
      await shot(page, 'pipeline');
    }],
    ['Run Full Flow, then approve the strategy in the War Room', async ({ page }) => {
      await paletteForProject(page, 'AICMO: Run Full Flow', PROJECT);
      const frame = await openPanel(page, 'AICMO: Open War Room', 'warroom', PROJECT);
      const approve = frame.locator('vscode-button', { hasText: /^\s*Approve\s*$/ }).first();
      await approve.waitFor({ timeout: STEP_TIMEOUT });
      await frame.getByText(/in review/i).first().waitFor({ timeout: STEP_TIMEOUT });
      await approve.click();
      await frame.getByText(/Approved strategy v1/).first().waitFor({ timeout: STEP_TIMEOUT });
      await shot(page, 'warroom');
    }],
    ['Run Full Flow again, then bulk-approve every creative in the Gallery', async ({ page }) => {
      await paletteForProject(page, 'AICMO: Run Full Flow', PROJECT);
      await openPanel(page, 'AICMO: Open Creative Gallery', 'gallery', PROJECT);
      const frame = await panelFrame(page, 'gallery');
      await frame.getByText(/[1-9]\d* awaiting a decision/).first().waitFor({ timeout: STEP_TIMEOUT });
      await frame.locator('vscode-button', { hasText: 'Select all shown' }).first().click({ timeout: STEP_TIMEOUT });
      await frame.getByText(/[1-9]\d* selected/).first().waitFor({ timeout: STEP_TIMEOUT });
      await frame.locator('.bulk vscode-button:not([disabled])', { hasText: /^\s*Approve\s*$/ }).first().click({ timeout: STEP_TIMEOUT });
      // Creatives with violations are named first; the person approves them anyway (hard limits stay unapproved).
      const anyway = frame.locator('vscode-button.approve-anyway');
      await anyway.waitFor({ timeout: 3000 }).then(() => anyway.click(), () => undefined);
      await frame.getByText(/\d+ creatives? of .* approved/).first().waitFor({ timeout: STEP_TIMEOUT });
      await shot(page, 'gallery');
    }],
    ['Analytics: Import CSV (the sample Google Ads export) and read the spend tile', async ({ page }) => {
      const frame = await openPanel(page, 'AICMO: Open Analytics', 'analytics', PROJECT);
      await frame.locator('vscode-button', { hasText: 'Import CSV' }).first().click({ timeout: STEP_TIMEOUT });
      // VS Code's own file dialog (a quick input in the browser): type the path.
      await quickInput(page).waitFor({ timeout: STEP_TIMEOUT });
      // Wait until the dialog has listed its starting folder (it sets the input then), then type.
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'exports' }).first().waitFor({ timeout: STEP_TIMEOUT });
      await quickInput(page).fill(csv);
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: path.basename(csv) }).first().waitFor({ timeout: STEP_TIMEOUT });
      await page.waitForFunction((p) => document.querySelector('.quick-input-widget input.input')?.value === p, csv, { timeout: STEP_TIMEOUT });
      await page.locator('.quick-input-widget .monaco-button', { hasText: 'Import' }).first().click();
      await quickInput(page).waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
      const tile = frame.locator(`aicmo-kpi-tile[data-kpi="spend"]`);
      await tile.waitFor({ timeout: STEP_TIMEOUT });
      const value = await tile.getAttribute('value');
      if (!value?.includes(EXPECTED_SPEND)) throw new Error(`the spend tile shows "${value}", expected ${EXPECTED_SPEND}`);
      await shot(page, 'analytics');
    }],
    ['PM: complete a task with its actual hours', async ({ page }) => {
      const frame = await openPanel(page, 'AICMO: Open PM Dashboard', 'pm', PROJECT);
      const row = frame.locator('table.tasks tbody tr', { has: frame.locator('vscode-button', { hasText: /^\s*Done\s*$/ }) }).first();
      await row.waitFor({ timeout: STEP_TIMEOUT });
      await row.locator('input[type="number"]').fill('6');
      await row.locator('vscode-button', { hasText: /^\s*Done\s*$/ }).click();
      await frame.getByText(/Completed .* with 6 h/).first().waitFor({ timeout: STEP_TIMEOUT });
      await shot(page, 'pm');
    }],
    ['Control Tower: pause all runs, then resume', async ({ page }) => {
      const frame = await openPanel(page, 'AICMO: Open Control Tower', 'controltower');
      await frame.locator('vscode-button', { hasText: 'Pause all runs' }).first().click({ timeout: STEP_TIMEOUT });
      await frame.locator('vscode-button', { hasText: 'Resume runs' }).first().waitFor({ timeout: STEP_TIMEOUT });
      await frame.getByText(/Paused all runs/).first().waitFor({ timeout: STEP_TIMEOUT });
      await frame.locator('vscode-button', { hasText: 'Resume runs' }).first().click();
      await frame.locator('vscode-button', { hasText: 'Pause all runs' }).first().waitFor({ timeout: STEP_TIMEOUT });
      await frame.getByText(/Resumed runs/).first().waitFor({ timeout: STEP_TIMEOUT });
      await shot(page, 'controltower');
    }],
    ['Command, Portal, Social Trends, Unified View and Kaizen open with their data', async ({ page }) => {
      const command = await openPanel(page, 'AICMO: Open Command Center', 'command');
      await command.getByText(PROJECT).first().waitFor({ timeout: STEP_TIMEOUT });
      await shot(page, 'command');
      const portal = await openPanel(page, 'AICMO: Open Client Portal', 'portal', PROJECT);
      await portal.getByText(/Strategy v1/).first().waitFor({ timeout: STEP_TIMEOUT });
      await shot(page, 'portal');
      await openPanel(page, 'AICMO: Open Social Trends', 'trends', PROJECT);
      await shot(page, 'trends');
      const unified = await openPanel(page, 'AICMO: Open Unified View', 'unified', PROJECT);
      await unified.getByText(/media/i).first().waitFor({ timeout: STEP_TIMEOUT });
      await shot(page, 'unified');
      const kaizen = await openPanel(page, 'AICMO: Open Kaizen', 'kaizen');
      await kaizen.getByText(/from 63 metric rows/).first().waitFor({ timeout: STEP_TIMEOUT });
      await shot(page, 'kaizen');
    }],
    ['Light Modern and a narrow window: the panels follow the theme; the War Room, PM and Pipeline reflow at 900 px', async ({ page }) => {
      // The theme as a person picks it: Preferences: Color Theme, then the theme's name.
      const setTheme = async (theme, kind) => {
        await paletteUntil(page, 'Preferences: Color Theme', 'open the theme picker', () => page.locator('.quick-input-widget .monaco-list-row', { hasText: theme }).first().waitFor({ timeout: 8_000 }));
        await quickInput(page).fill(theme);
        await page.locator('.quick-input-widget .monaco-list-row', { hasText: theme }).first().waitFor({ timeout: STEP_TIMEOUT });
        await page.keyboard.press('Enter');
        await page.waitForFunction((k) => document.querySelector('.monaco-workbench')?.classList.contains(k), kind, { timeout: STEP_TIMEOUT });
      };
      await setTheme('Light Modern', 'vs');
      try {
        // Every panel in the light theme, for the README's light gallery.
        for (const [title, panel, project] of LIGHT_PANELS) {
          const frame = await openPanel(page, title, panel, project ? PROJECT : undefined);
          await frame.locator('body.vscode-light').waitFor({ state: 'attached', timeout: STEP_TIMEOUT });
          await shot(page, `${panel}-light`);
        }
        const warroom = await openPanel(page, 'AICMO: Open War Room', 'warroom', PROJECT);
        await warroom.locator('body.vscode-light').waitFor({ state: 'attached', timeout: STEP_TIMEOUT });
        await warroom.getByText(/Media plan v\d/).first().waitFor({ timeout: STEP_TIMEOUT });
        await shot(page, 'warroom-light');
        await page.setViewportSize({ width: 900, height: 860 });
        await untilBelow(page, warroom.locator('.columns > *').nth(0), warroom.locator('.columns > *').nth(1), "the War Room's strategy column is not below its intake column");
        await shot(page, 'warroom-narrow');
        // The PM's task rows become cards (a task's values below its title); the Pipeline's five stages wrap onto a second row.
        const pm = await openPanel(page, 'AICMO: Open PM Dashboard', 'pm', PROJECT);
        const task = pm.locator('table.tasks tbody tr').first();
        await untilBelow(page, task.locator('td').nth(0), task.locator('td').nth(1), "the PM's task values are not below the task's title");
        await noSidewaysScroll(pm, 'PM');
        await shot(page, 'pm-narrow');
        const pipeline = await openPanel(page, 'AICMO: Open Pipeline', 'pipeline');
        await untilBelow(page, pipeline.locator('.board .column').nth(0), pipeline.locator('.board .column').nth(4), "the Pipeline's last stage is not on a row below its first");
        await noSidewaysScroll(pipeline, 'Pipeline');
        await shot(page, 'pipeline-narrow');
      } finally {
        await page.setViewportSize({ width: 1360, height: 860 });
        await setTheme('Dark Modern', 'vs-dark');
      }
    }],
    ['Campaign notebook: open it, Run All, approve the strategy and the creatives inside their outputs', async ({ page }) => {
      // A third project, added from the CLI (the tree follows through the .aicmo/ watcher).
      execFileSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), '--workspace', workspace, '--by', 'Dana Strategist', 'project', 'add', '--name', NOTEBOOK_PROJECT,
        '--industry', 'outdoor retail', '--goal', 'Online sales of autumn hiking gear', '--goal-metric', 'sales', '--audience', 'weekend hikers', '--audience', 'trail runners',
        '--budget', '40000', '--currency', 'USD', '--start', '2026-09-01', '--end', '2026-11-30', '--product', 'trail shoes',
        // The brief's facts: the copy is written from them (a fact-less brief leaves the search ad short of headlines, which no one may approve).
        '--benefit', 'Grip that holds on wet rock', '--benefit', 'Waterproof for 8 hours of rain', '--proof', '4.7 stars from 2,300 hikers',
        '--landing-url', 'https://trails.example/autumn'], { stdio: 'ignore' });
      await page.locator('.monaco-list-row', { hasText: NOTEBOOK_PROJECT }).first().waitFor({ timeout: STEP_TIMEOUT });
      await paletteForProject(page, 'AICMO: Open Campaign Notebook', NOTEBOOK_PROJECT);
      await page.locator('.notebookOverlay .cell-list-container').first().waitFor({ timeout: STEP_TIMEOUT });
      await notebookOutput(page, 'brief');
      await runAll(page);
      const strategy = await notebookOutput(page, 'strategy');
      await strategy.output.getByText(/in review/).first().waitFor({ timeout: STEP_TIMEOUT });
      const waiting = await notebookOutput(page, 'creatives');
      await waiting.output.getByText(/Waiting for strategy approval/).first().waitFor({ timeout: STEP_TIMEOUT });
      const bottom = await notebookOutput(page, 'strategy', 'brand');
      await bottom.output.locator('.decisions vscode-button', { hasText: /^\s*Approve\s*$/ }).first().click({ timeout: STEP_TIMEOUT });
      const approved = await notebookOutput(page, 'strategy');
      await approved.output.getByText(/Approved strategy v1 of /).first().waitFor({ timeout: STEP_TIMEOUT });
      await runAll(page);
      const creatives = await notebookOutput(page, 'creatives');
      await creatives.output.locator('.bulk vscode-button', { hasText: /Approve all awaiting \([1-9]\d*\)/ }).first().click({ timeout: STEP_TIMEOUT });
      const decided = await notebookOutput(page, 'creatives');
      await decided.output.getByText(/\d+ creatives? of .* approved/).first().waitFor({ timeout: STEP_TIMEOUT });
      const seo = await notebookOutput(page, 'seo');
      await seo.output.getByText(/idea — not measured/).first().waitFor({ timeout: STEP_TIMEOUT });
      // The strategy's output, in view, for the README.
      const top = await notebookOutput(page, 'strategy');
      await top.output.scrollIntoViewIfNeeded();
      await shot(page, 'notebook');
    }],
    ['After a window reload a panel comes back on the project it showed', async ({ page, reload }) => {
      const gallery = await openPanel(page, 'AICMO: Open Creative Gallery', 'gallery', PROJECT);
      // Switch it to the other project with its own picker (the selected project stays Northwind).
      const hostileSlug = await gallery.locator('select[aria-label="Project"] option', { hasText: HOSTILE }).first().getAttribute('value');
      await gallery.locator('select[aria-label="Project"]').first().selectOption(hostileSlug);
      await gallery.locator('header.panel-header', { hasText: HOSTILE }).first().waitFor({ timeout: STEP_TIMEOUT });
      await reload();
      const restored = await ready(page, 'gallery');
      await restored.locator('header.panel-header', { hasText: HOSTILE }).first().waitFor({ timeout: STEP_TIMEOUT });
    }],
    ['Restricted Mode: a panel action is refused with the commands\' words and changes nothing', async ({ page, restart }) => {
      await restart({ trusted: false });
      // From the Projects view's "More Actions…" menu (the tree's way in).
      await page.locator('.monaco-list-row', { hasText: PROJECT }).first().waitFor({ timeout: STEP_TIMEOUT });
      const header = page.locator('.part.sidebar .pane-header', { hasText: 'Projects' }).first();
      await header.hover();
      await header.locator('.action-label[aria-label^="More Actions"]').click({ timeout: STEP_TIMEOUT });
      const item = page.locator('.monaco-menu .action-item', { hasText: 'Open Control Tower' }).first();
      await item.hover({ timeout: STEP_TIMEOUT });
      await page.locator('.monaco-menu .action-item.focused', { hasText: 'Open Control Tower' }).first().waitFor({ timeout: STEP_TIMEOUT });
      await page.keyboard.press('Enter');
      const frame = await ready(page, 'controltower');
      await frame.locator('vscode-button', { hasText: 'Pause all runs' }).first().click({ timeout: STEP_TIMEOUT });
      await frame.getByText(/Pausing runs changes campaign files, so this workspace must be trusted first/).first().waitFor({ timeout: STEP_TIMEOUT });
      await frame.locator('vscode-button', { hasText: 'Pause all runs' }).first().waitFor({ timeout: STEP_TIMEOUT });
    }],
  ];
}

async function main() {
  if (!existsSync(path.join(repoRoot, 'dist', 'extension.js')) || !existsSync(path.join(repoRoot, 'dist', 'webviews', 'pipeline.js'))) throw new Error('dist/ is not built; run `npm run build` first');
  if (!existsSync(sample)) throw new Error(`the sample Google Ads export is missing (${sample})`);
  const { codeServerEntry } = await setupVscode();
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const temp = mkdtempSync(path.join(os.tmpdir(), 'aicmo-e2e-'));
  const userData = path.join(temp, 'user-data');
  const extensions = path.join(temp, 'extensions');
  const workspace = path.join(temp, 'campaigns');
  for (const d of [userData, extensions, path.join(workspace, 'exports'), path.join(userData, 'User')]) mkdirSync(d, { recursive: true });
  // The development checkout, linked in as an installed extension (as `npm start` does).
  symlinkSync(repoRoot, path.join(extensions, `${manifest.publisher}.${manifest.name}-${manifest.version}`), 'dir');
  // The sample plugin extension (its seo subsystem shows as a notebook cell).
  const plugin = JSON.parse(readFileSync(path.join(repoRoot, 'examples', 'seo-subsystem', 'package.json'), 'utf8'));
  symlinkSync(path.join(repoRoot, 'examples', 'seo-subsystem'), path.join(extensions, `${plugin.publisher}.${plugin.name}-${plugin.version}`), 'dir');
  copyFileSync(sample, path.join(workspace, 'exports', 'google-ads-campaign-daily.csv'));
  writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'aicmo.reviewerName': 'Dana Strategist',
    'workbench.colorTheme': 'Default Dark Modern', 'window.commandCenter': false, 'chat.commandCenter.enabled': false,
    'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.emptyWindow': false,
  }));
  let server;
  let browser;
  let passed = 0;
  let failed = 0;
  const started = Date.now();
  const start = async (trusted) => {
    server = await startCodeServer({ entry: codeServerEntry, port: await freePort(), userDataDir: userData, extensionsDir: extensions, workspace, trusted, logFile: path.join(temp, `code-server-${trusted ? 'trusted' : 'restricted'}.log`) });
  };
  /** The workbench on the campaigns folder, with the AICMO view shown. */
  const openWorkbench = async (page) => {
    await page.goto(`${server.base}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    const icon = page.locator('.activitybar .action-item a[aria-label^="AICMO"]');
    await icon.waitFor({ timeout: 90_000 });
    if (!(await page.locator('.part.sidebar .composite.title', { hasText: 'AICMO' }).count())) await icon.click();
    await page.locator('.part.sidebar .pane-body').first().waitFor({ timeout: 90_000 });
  };
  try {
    await start(true);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: chromiumPath, headless: !headed,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      env: { ...process.env, XDG_CONFIG_HOME: path.join(temp, 'xdg-config'), XDG_CACHE_HOME: path.join(temp, 'xdg-cache') },
    });
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    await watchBrowser(page);
    await openWorkbench(page);
    await page.locator('.pane-body', { hasText: /New Project|Open Demo/ }).first().waitFor({ timeout: 90_000 });
    const context = {
      page,
      // "Developer: Reload Window", as a person would: VS Code saves its editors' state first.
      reload: async () => {
        await paletteUntil(page, 'Developer: Reload Window', 'reload the window', () => page.waitForEvent('load', { timeout: 30_000 }));
        await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
      },
      restart: async ({ trusted }) => {
        await server.stop();
        await start(trusted);
        await openWorkbench(page);
      },
    };
    for (const [name, run] of steps(workspace).filter(([n]) => only === undefined || n.includes(only))) {
      const t0 = Date.now();
      currentStep = name;
      try {
        await run(context);
        passed += 1;
        say(`ok   ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      } catch (error) {
        failed += 1;
        say(`FAIL ${name}: ${error instanceof Error ? error.message.split('\n').filter((l) => l.trim() && !/^\s*-?\s*=+/.test(l)).slice(0, 3).join(' | ') : String(error)}`);
        for (const frame of page.frames()) {
          if (!isPanelFrameUrl(frame.url())) continue;
          const apps = await frame.evaluate(() => [...document.body?.children ?? []].map((e) => e.tagName.toLowerCase()).join(',')).catch((e) => `(${e.message.split('\n')[0]})`);
          say(`  frame ${frame.url().replace(/^.*\/pre\//, 'pre/').slice(0, 60)} detached=${frame.isDetached()} body: ${apps}`);
        }
        await page.screenshot({ path: path.join(temp, `failed-${passed + failed}.png`) }).catch(() => undefined);
        break; // later steps build on this one
      }
    }
    // Where markup became an element in the workbench itself (blocked by its CSP, but a defect).
    const injected = await page.evaluate(() => [...document.querySelectorAll('img[onerror]')].map((img) => {
      const trail = [];
      for (let e = img.parentElement; e && trail.length < 6; e = e.parentElement) trail.push(`${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`);
      return trail.join(' < ');
    })).catch(() => []);
    for (const where of injected) problems.push(`an <img onerror> element in the workbench: ${where}`);
    if (problems.length > 0) {
      failed += 1;
      say(`FAIL no CSP violation, panel error or dialog in the browser:\n  ${[...new Set(problems)].join('\n  ')}`);
    } else {
      passed += 1;
      say('ok   no CSP violation, panel error or dialog in the browser');
    }
  } catch (error) {
    failed += 1;
    say(`FAIL ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    if (keep || failed > 0) say(`logs and failure screenshots kept in ${temp}`);
    else rmSync(temp, { recursive: true, force: true });
  }
  say(`took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.stdout.write(`e2e: ${passed} passed, ${failed} failed\n`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}

main().catch((error) => {
  say(`FAILED: ${error instanceof Error ? error.message : String(error)}`);
  process.stdout.write('e2e: 0 passed, 1 failed\n');
  process.exit(1);
});
