// A panel session over the real core, as the VS Code host wires it but without vscode: snapshots
// from the panel descriptors, commands and requests run as the operations they map to, files
// "picked" from a list. What the panel would receive is recorded.
import { runCall } from '../../../src/orchestrator/operations';
import type { ServiceEnv } from '../../../src/orchestrator/services';
import { buildPanelSnapshot } from '../../../src/extension/panels/descriptors/buildPanelSnapshot';
import { PanelSession, type PanelServices } from '../../../src/extension/panels/panelSession';
import type { HostMessage, PanelId } from '../../../src/protocol';

export interface CoreSession {
  session: PanelSession;
  posted: HostMessage[];
  /** Sends a message as the webview would, and waits for its answer. */
  send(message: unknown): Promise<void>;
  /** The notices posted so far (level and sentence). */
  notices(): Array<{ level: string; message: string; steps?: string[]; select?: string[] }>;
  /** The latest snapshot's data. */
  data<T>(): T;
  /** The response to the request with this id. */
  response(id: number): unknown;
}

export async function coreSession(env: ServiceEnv, panel: PanelId, project: string | null, files: string[] = []): Promise<CoreSession> {
  const posted: HostMessage[] = [];
  const services: PanelServices = {
    log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    snapshot: (p, query) => buildPanelSnapshot(env, p, query),
    run: async (call) => {
      const r = await runCall(env, call);
      return r.ok ? { ok: true, message: r.value.message, value: r.value.value, ...(r.value.next ? { next: r.value.next } : {}) } : { ok: false, message: r.error.message.split('\n')[0]!, ...(r.error.next ? { next: r.error.next } : {}) };
    },
    pickFile: async () => files.shift(),
    openPanel: async () => undefined,
    newProject: async () => undefined,
  };
  const session = new PanelSession(panel, { postMessage: async (m) => (posted.push(m as HostMessage), true) }, services, { project });
  await session.receive({ type: 'command', method: 'webview/ready', params: { panel, state: null } });
  return {
    session,
    posted,
    send: (message) => session.receive(message),
    notices: () => posted.filter((m) => m.type === 'notification' && m.method === 'host/notice').map((m) => (m as { params: { level: string; message: string; steps?: string[]; select?: string[] } }).params),
    data: <T>() => {
      const last = [...posted].reverse().find((m) => m.type === 'notification' && m.method === `${panel}/snapshot`) as { params: { data: T } } | undefined;
      return last!.params.data;
    },
    response: (id) => posted.find((m) => m.type === 'response' && m.id === id),
  };
}
