// The fake host of a panel under test: it stands where VS Code's panel host stands. The page's
// acquireVsCodeApi posts into it; every message is validated with the real protocol
// (parseWebviewMessage) exactly as the host will; it answers the ready handshake with a snapshot,
// answers requests, and records CSP violations, console errors and dialogs so a test can fail on them.
import type { Browser, Page } from 'playwright-core';
import {
  errorResponseMessage,
  notificationMessage,
  parseWebviewMessage,
  PANEL_SNAPSHOTS,
  webviewMessageTypes,
  type NotificationType,
  type PanelId,
  type ParamsOf,
  type RequestMessage,
  type RequestType,
  type ResponseOf,
  type WebviewMessage,
} from '../../../src/protocol';
import type { PanelServer } from './staticServer';

export interface PanelUnderTest {
  page: Page;
  /** Valid messages the panel posted, in order. */
  posted: WebviewMessage[];
  /** Messages the protocol rejected (each a one-sentence reason). */
  rejected: string[];
  /** CSP violations, console errors, page errors and dialogs seen on the page. */
  problems: string[];
  /** Posts a host → webview message (anything: tests send malformed ones too). */
  deliver(message: unknown): Promise<void>;
  sendSnapshot<N extends NotificationType>(type: N, params: ParamsOf<N>): Promise<void>;
  /** Answers requests of `type` with `answer` (default: unanswered). */
  answer<Q extends RequestType>(type: Q, answer: (params: ParamsOf<Q>) => ResponseOf<Q> | Error): void;
  /** Waits until a message with `method` was posted; returns it. */
  waitForPosted(method: string, timeoutMs?: number): Promise<WebviewMessage>;
  close(): Promise<void>;
}

export interface OpenPanelOptions {
  /** The snapshot the host answers the ready handshake with (params of the panel's notification). */
  snapshot: unknown;
  themeClass?: string;
  /** Persisted UI state the page starts with (as VS Code's getState would return). */
  state?: unknown;
  /** The page's size in CSS pixels (default 1400 × 900): a narrow panel is a narrow viewport. */
  viewport?: { width: number; height: number };
}

export async function openPanel(browser: Browser, server: PanelServer, panel: PanelId, options: OpenPanelOptions): Promise<PanelUnderTest> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 } });
  const page = await context.newPage();
  const posted: WebviewMessage[] = [];
  const rejected: string[] = [];
  const problems: string[] = [];
  const answers = new Map<string, (params: unknown) => unknown>();
  const waiters: { method: string; resolve: (m: WebviewMessage) => void }[] = [];
  const snapshotType = PANEL_SNAPSHOTS[panel];
  const allowed = webviewMessageTypes(panel);

  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.type()} ${d.message()}`);
    void d.dismiss();
  });

  const deliver = (message: unknown) => page.evaluate((m) => window.postMessage(m, '*'), message as never);

  await page.exposeFunction('__aicmoHostReceive', async (raw: unknown) => {
    const parsed = parseWebviewMessage(raw, allowed);
    if (!parsed.ok) {
      rejected.push(parsed.error);
      return;
    }
    const msg = parsed.message;
    posted.push(msg);
    for (const w of waiters.filter((x) => x.method === msg.method)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(msg);
    }
    if (msg.method === 'webview/ready') await deliver(notificationMessage(snapshotType, options.snapshot as never));
    if (msg.type === 'request') {
      const answer = answers.get(msg.method);
      if (!answer) return;
      const value = answer(msg.params);
      const type = allowed.find((t) => t.method === msg.method) as RequestType;
      const req = msg as RequestMessage;
      await deliver(value instanceof Error ? errorResponseMessage(type, req.id, value.message) : { type: 'response', id: req.id, method: msg.method, ok: true, value });
    }
  });

  await page.addInitScript(initScript(options.state ?? null));

  await page.goto(server.pageUrl(panel, options.themeClass));

  return {
    page,
    posted,
    rejected,
    problems,
    deliver,
    sendSnapshot: (type, params) => deliver(notificationMessage(type, params)),
    answer: (type, answer) => void answers.set(type.method, answer as (p: unknown) => unknown),
    waitForPosted: (method, timeoutMs = 5000) => {
      const found = posted.find((m) => m.method === method);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`The panel did not post "${method}" within ${timeoutMs} ms (posted: ${posted.map((m) => m.method).join(', ') || 'nothing'}).`)), timeoutMs);
        waiters.push({ method, resolve: (m) => (clearTimeout(timer), resolve(m)) });
      });
    },
    close: () => context.close(),
  };
}

/**
 * Runs before the panel's bundle: records CSP violations (and logs them as console errors, which
 * fail the test) and provides acquireVsCodeApi the way VS Code does (once per page), posting into
 * the fake host. A string, not a function: the test runner's transpiler would add helpers to it.
 */
function initScript(state: unknown): string {
  return `(() => {
  const w = window;
  w.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    const text = 'CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' (' + e.sourceFile + ':' + e.lineNumber + ')';
    w.__cspViolations.push(text);
    console.error(text);
  });
  let saved = ${JSON.stringify(state)} ?? undefined;
  let acquired = false;
  w.acquireVsCodeApi = () => {
    if (acquired) throw new Error('acquireVsCodeApi may only be called once');
    acquired = true;
    return {
      postMessage: (m) => { w.__aicmoHostReceive(m); },
      getState: () => saved,
      setState: (s) => { saved = s; w.__aicmoSavedState = s; },
    };
  };
})();`;
}
