// Host side: validates what a webview posts (untrusted input). An invalid message comes back as
// one sentence naming the problem; the host logs it and ignores the message — never applies it.
import * as v from 'valibot';
import type { CommandType, NotificationType, RequestType, WebviewMessage } from './ipc';
import { WEBVIEW_MESSAGE_TYPES } from './registry';
import { describeIssues, methodName, type Parsed } from './parseIssues';

const webviewEnvelope = v.variant('type', [
  v.object({ type: v.literal('command'), method: v.string(), params: v.unknown() }),
  v.object({ type: v.literal('request'), id: v.pipe(v.number(), v.integer(), v.minValue(0)), method: v.string(), params: v.unknown() }),
]);

const byMethod = (types: readonly (CommandType | RequestType | NotificationType)[]) => new Map(types.map((t) => [t.method, t]));
const defaultTypes = byMethod(WEBVIEW_MESSAGE_TYPES);

/**
 * Validates a message posted by a webview. `types` limits what is accepted (default: every
 * command and request of every panel).
 */
export function parseWebviewMessage(raw: unknown, types?: readonly (CommandType | RequestType)[]): Parsed<WebviewMessage> {
  const env = v.safeParse(webviewEnvelope, raw);
  if (!env.success) return { ok: false, error: `Ignored a webview message that is not a command or request (${describeIssues(env.issues)}).` };
  const known = types ? byMethod(types) : defaultTypes;
  const type = known.get(env.output.method);
  if (!type || type.kind !== env.output.type) {
    return { ok: false, error: `Ignored webview ${env.output.type} "${methodName(raw)}": no such ${env.output.type} in the protocol.` };
  }
  const params = v.safeParse(type.params, env.output.params);
  if (!params.success) return { ok: false, error: `Ignored webview ${env.output.type} "${type.method}": ${describeIssues(params.issues)}.` };
  return { ok: true, message: { ...env.output, params: params.output } as WebviewMessage };
}

