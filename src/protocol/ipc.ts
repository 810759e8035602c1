// The message contract between a panel (webview) and its host, as three generic kinds:
// a command (webview → host, no reply), a request (webview → host, a typed reply correlated by id)
// and a notification (host → webview, a full snapshot or a notice). Each kind is declared once as
// a constant with its valibot schema; type guards narrow a parsed message by its method.
import * as v from 'valibot';

/** A valibot schema whose output is T (inputs are unknown JSON from the other side). */
export type Schema<T> = v.GenericSchema<unknown, T>;

export interface CommandType<M extends string = string, P = unknown> {
  readonly kind: 'command';
  readonly method: M;
  readonly params: Schema<P>;
}

export interface RequestType<M extends string = string, P = unknown, R = unknown> {
  readonly kind: 'request';
  readonly method: M;
  readonly params: Schema<P>;
  readonly response: Schema<R>;
}

export interface NotificationType<M extends string = string, P = unknown> {
  readonly kind: 'notification';
  readonly method: M;
  readonly params: Schema<P>;
}

export type ParamsOf<T> = T extends { params: Schema<infer P> } ? P : never;
export type ResponseOf<T> = T extends RequestType<string, unknown, infer R> ? R : never;

export function command<M extends string, P>(method: M, params: Schema<P>): CommandType<M, P> {
  return { kind: 'command', method, params };
}

export function request<M extends string, P, R>(method: M, params: Schema<P>, response: Schema<R>): RequestType<M, P, R> {
  return { kind: 'request', method, params, response };
}

export function notification<M extends string, P>(method: M, params: Schema<P>): NotificationType<M, P> {
  return { kind: 'notification', method, params };
}

// ---- Wire shapes ----------------------------------------------------------------------------

export interface CommandMessage<M extends string = string, P = unknown> {
  type: 'command';
  method: M;
  params: P;
}

export interface RequestMessage<M extends string = string, P = unknown> {
  type: 'request';
  /** Chosen by the webview; the response carries it back. */
  id: number;
  method: M;
  params: P;
}

export type ResponseMessage<R = unknown> =
  | { type: 'response'; id: number; method: string; ok: true; value: R }
  | { type: 'response'; id: number; method: string; ok: false; error: string };

export interface NotificationMessage<M extends string = string, P = unknown> {
  type: 'notification';
  method: M;
  params: P;
}

/** What a webview may post to its host. */
export type WebviewMessage = CommandMessage | RequestMessage;
/** What a host may post to its webview. */
export type HostMessage = NotificationMessage | ResponseMessage;

// ---- Builders (typed, so a caller cannot send the wrong params) -----------------------------

export function commandMessage<C extends CommandType>(type: C, params: ParamsOf<C>): CommandMessage<C['method'], ParamsOf<C>> {
  return { type: 'command', method: type.method, params };
}

export function requestMessage<Q extends RequestType>(type: Q, id: number, params: ParamsOf<Q>): RequestMessage<Q['method'], ParamsOf<Q>> {
  return { type: 'request', id, method: type.method, params };
}

export function notificationMessage<N extends NotificationType>(type: N, params: ParamsOf<N>): NotificationMessage<N['method'], ParamsOf<N>> {
  return { type: 'notification', method: type.method, params };
}

export function responseMessage<Q extends RequestType>(type: Q, id: number, value: ResponseOf<Q>): ResponseMessage<ResponseOf<Q>> {
  return { type: 'response', id, method: type.method, ok: true, value };
}

export function errorResponseMessage(type: RequestType, id: number, error: string): ResponseMessage<never> {
  return { type: 'response', id, method: type.method, ok: false, error };
}

// ---- Type guards (for messages that already passed parse*Message) ----------------------------

export function isCommand<C extends CommandType>(msg: { type: string; method: string }, type: C): msg is CommandMessage<C['method'], ParamsOf<C>> {
  return msg.type === 'command' && msg.method === type.method;
}

export function isRequest<Q extends RequestType>(msg: { type: string; method: string }, type: Q): msg is RequestMessage<Q['method'], ParamsOf<Q>> {
  return msg.type === 'request' && msg.method === type.method;
}

export function isNotification<N extends NotificationType>(msg: { type: string; method: string }, type: N): msg is NotificationMessage<N['method'], ParamsOf<N>> {
  return msg.type === 'notification' && msg.method === type.method;
}
