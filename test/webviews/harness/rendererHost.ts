// The notebook renderer under test: its page (harness/panelPage.ts rendererHtml), the messages it
// posts checked with the protocol's parseNotebookMessage as the host checks them, and the CSP
// violations, console errors and dialogs seen on the page.
import type { Browser, Page } from 'playwright-core';
import { parseNotebookMessage, type ArtifactOutput, type NotebookMessage } from '../../../src/protocol/notebook';
import type { PanelServer } from './staticServer';

export interface RendererUnderTest {
  page: Page;
  posted: NotebookMessage[];
  rejected: string[];
  problems: string[];
  render(data: ArtifactOutput | string, id?: string): Promise<void>;
  waitForPosted(count: number): Promise<NotebookMessage>;
  close(): Promise<void>;
}

export async function openRenderer(browser: Browser, server: PanelServer, options: { trusted?: boolean; messaging?: boolean; themeClass?: string } = {}): Promise<RendererUnderTest> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const posted: NotebookMessage[] = [];
  const rejected: string[] = [];
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.type()} ${d.message()}`);
    void d.dismiss();
  });
  await page.exposeFunction('__aicmoHostReceive', (raw: unknown) => {
    const parsed = parseNotebookMessage(raw);
    if (parsed.ok) posted.push(parsed.message);
    else rejected.push(parsed.error);
  });
  await page.addInitScript(`document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')));`);
  const query = new URLSearchParams({ theme: options.themeClass ?? 'vscode-dark', trusted: options.trusted === false ? '0' : '1', messaging: options.messaging === false ? '0' : '1' });
  await page.goto(`${server.origin}/renderer.html?${query.toString()}`);
  // Polled with evaluate (CDP, outside the page's CSP); waitForFunction would eval in the page.
  for (let i = 0; (await page.evaluate('window.__rendererReady === true')) !== true; i++) {
    if (i > 100) throw new Error('The renderer module did not load.');
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    page,
    posted,
    rejected,
    problems,
    // A string, not a function: the test runner's transpiler would add helpers to a function's source.
    render: (data, id = 'out-1') => page.evaluate(`window.__renderOutput(${JSON.stringify(data)}, ${JSON.stringify(id)})`),
    waitForPosted: async (count) => {
      const deadline = Date.now() + 5000;
      while (posted.length < count) {
        if (Date.now() > deadline) throw new Error(`The renderer posted ${posted.length} message(s), expected ${count}.`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return posted[count - 1]!;
    },
    close: () => context.close(),
  };
}
