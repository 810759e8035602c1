// The host seam: the only place that touches acquireVsCodeApi (VS Code provides it in a webview;
// the component tests provide it too, wired to their fake host in test/webviews/harness).
// Incoming messages are buffered until someone listens, so a snapshot that arrives before the app
// is connected is not lost.
import type { WebviewMessage } from '../../protocol/ipc';

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
  if (typeof globalThis.acquireVsCodeApi !== 'function') throw new Error('An AICMO panel runs inside a VS Code webview: acquireVsCodeApi is missing.');
  const api = globalThis.acquireVsCodeApi();
  const subscribe = windowListener();
  shared = {
    post: (message) => api.postMessage(message),
    getState: <T>() => (api.getState() ?? undefined) as T | undefined,
    setState: (state) => api.setState(state),
    onMessage: subscribe,
  };
  return shared;
}
