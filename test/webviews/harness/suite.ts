// Mocha wiring shared by the panel test files: one static server and one Chromium per file, and
// a check after each test that the page saw no CSP violation, console error or dialog.
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startPanelServer, type PanelServer } from './staticServer';
import type { PanelUnderTest } from './fakeHost';

export interface Env {
  browser: Browser;
  server: PanelServer;
  opened: PanelUnderTest[];
}

export function usePanelEnv(): Env {
  const env = { opened: [] } as unknown as Env;
  before(async function () {
    this.timeout(60_000);
    env.server = await startPanelServer();
    env.browser = await launchChromium();
  });
  afterEach(async function () {
    const panels = env.opened.splice(0);
    const problems = panels.flatMap((p) => p.problems);
    await Promise.all(panels.map((p) => p.close()));
    if (this.currentTest?.state === 'passed') assert.deepEqual(problems, [], 'the page reported CSP violations, console errors or dialogs');
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** Text of the first element matching `selector` (found through shadow roots), including the text
 * inside its own shadow DOM (custom elements such as the KPI tile), whitespace collapsed. */
export async function textOf(p: PanelUnderTest, selector: string): Promise<string> {
  const text = await p.page.locator(selector).first().evaluate((root: Node) => {
    const parts: string[] = [];
    const stack: Node[] = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
      if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') continue;
      const kids = [...((node as Element).shadowRoot?.childNodes ?? []), ...node.childNodes];
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
    return parts.join('');
  });
  return text.replace(/\s+/g, ' ').trim();
}

/** Number of <img> elements anywhere on the page, shadow roots included. */
export function countImages(p: PanelUnderTest): Promise<number> {
  // A string: the test runner's transpiler would add helpers to a function's source.
  return p.page.evaluate(`(() => {
    let n = 0;
    const walk = (root) => {
      n += root.querySelectorAll('img').length;
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(document);
    return n;
  })()`);
}
