// The host seam: the only place that touches acquireVsCodeApi. In VS Code it wraps the webview
// API; elsewhere (a plain browser, a test page without the API) it is an in-memory fake that
// records what the panel posts. Incoming messages are buffered until someone listens, so a
// snapshot that arrives before the app is connected is not lost.
import type { HostMessage, WebviewMessage } from '../../protocol/ipc';

export interface HostSeam {
  post(message: WebviewMessage): void;
  getState<T>(): T | undefined;
  setState<T>(state: T): void;
  /** Subscribes to messages from the host (raw: they are validated by the caller). */
  onMessage(listener: (raw: unknown) => void): () => void;
}

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare global {
  // Provided by VS Code inside a webview (callable once per page).
  var acquireVsCodeApi: (() => VsCodeApi) | undefined;
}

/** A host seam that keeps everything in memory: `posted` is what the panel sent. */
export interface FakeHost extends HostSeam {
  readonly posted: WebviewMessage[];
  /** Delivers a message as if the host had posted it. */
  deliver(message: HostMessage | unknown): void;
}

function windowListener(): (listener: (raw: unknown) => void) => () => void {
  const buffered: unknown[] = [];
  const listeners = new Set<(raw: unknown) => void>();
  window.addEventListener('message', (e: MessageEvent) => {
    if (listeners.size === 0) buffered.push(e.data);
    else for (const l of listeners) l(e.data);
  });
  return (listener) => {
    listeners.add(listener);
    for (const raw of buffered.splice(0)) listener(raw);
    return () => listeners.delete(listener);
  };
}

let shared: HostSeam | undefined;

/** The page's host seam (one per page, like acquireVsCodeApi itself). */
export function createHost(): HostSeam {
  if (shared) return shared;
  const api = typeof globalThis.acquireVsCodeApi === 'function' ? globalThis.acquireVsCodeApi() : undefined;
  if (!api) return (shared = createFakeHost());
  const subscribe = windowListener();
  shared = {
    post: (message) => api.postMessage(message),
    getState: <T>() => (api.getState() ?? undefined) as T | undefined,
    setState: (state) => api.setState(state),
    onMessage: subscribe,
  };
  return shared;
}

export function createFakeHost(): FakeHost {
  const posted: WebviewMessage[] = [];
  let state: unknown;
  const listeners = new Set<(raw: unknown) => void>();
  const subscribe = windowListener();
  return {
    posted,
    post: (message) => void posted.push(message),
    getState: <T>() => state as T | undefined,
    setState: (s) => void (state = s),
    onMessage: (listener) => {
      listeners.add(listener);
      const off = subscribe(listener);
      return () => {
        listeners.delete(listener);
        off();
      };
    },
    deliver: (message) => {
      for (const l of listeners) l(message);
    },
  };
}
