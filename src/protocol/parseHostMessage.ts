// Webview side: validates what the host posts; an invalid message is ignored (changes nothing).
import * as v from 'valibot';
import type { HostMessage, NotificationType, RequestType } from './ipc';
import { describeIssues, methodName, type Parsed } from './parseIssues';

const hostEnvelope = v.variant('type', [
  v.object({ type: v.literal('notification'), method: v.string(), params: v.unknown() }),
  v.object({ type: v.literal('response'), id: v.pipe(v.number(), v.integer()), method: v.string(), ok: v.literal(true), value: v.unknown() }),
  v.object({ type: v.literal('response'), id: v.pipe(v.number(), v.integer()), method: v.string(), ok: v.literal(false), error: v.string() }),
]);

/**
 * Validates a message posted by the host: a notification of one of `notifications`, or a response
 * to a request of `requests` (its value checked against the request's response schema).
 */
export function parseHostMessage(raw: unknown, notifications: readonly NotificationType[], requests: readonly RequestType[] = []): Parsed<HostMessage> {
  const env = v.safeParse(hostEnvelope, raw);
  if (!env.success) return { ok: false, error: `Ignored a host message that is not a notification or response (${describeIssues(env.issues)}).` };
  const msg = env.output;
  if (msg.type === 'notification') {
    const type = notifications.find((n) => n.method === msg.method);
    if (!type) return { ok: false, error: `Ignored host notification "${methodName(raw)}": this panel does not handle it.` };
    const params = v.safeParse(type.params, msg.params);
    if (!params.success) return { ok: false, error: `Ignored host notification "${type.method}": ${describeIssues(params.issues)}.` };
    return { ok: true, message: { ...msg, params: params.output } };
  }
  if (!msg.ok) return { ok: true, message: msg };
  const type = requests.find((r) => r.method === msg.method);
  if (!type) return { ok: false, error: `Ignored a response to "${methodName(raw)}": this panel sends no such request.` };
  const value = v.safeParse(type.response, msg.value);
  if (!value.success) return { ok: false, error: `Ignored a response to "${type.method}": ${describeIssues(value.issues)}.` };
  return { ok: true, message: { ...msg, value: value.output } };
}
