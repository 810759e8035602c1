// One call to the writer, bounded: it stops when the run is cancelled (an AicmoError "cancelled"
// the flow reports as a cancelled run) or when the field's time is up (a fallback reason).
import { AicmoError } from '../domain/errors';
import type { TextWriter, WriteRequest } from './types';

export type WriteOutcome = { ok: true; text: string } | { ok: false; reason: string };

const cancelled = (): AicmoError => new AicmoError('cancelled', 'The run was cancelled.');

export async function writeWithTimeout(writer: TextWriter, request: WriteRequest, runSignal: AbortSignal, timeoutMs: number): Promise<WriteOutcome> {
  if (runSignal.aborted) throw cancelled();
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<'timeout' | 'cancelled'>((resolve) => {
    timer = setTimeout(() => {
      controller.abort(new Error(`No text after ${timeoutMs} ms.`));
      resolve('timeout');
    }, timeoutMs);
    onAbort = () => {
      controller.abort(runSignal.reason);
      resolve('cancelled');
    };
    runSignal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    const written = writer.write(request, controller.signal).then(
      (text) => ({ kind: 'text' as const, text }),
      (e: unknown) => ({ kind: 'error' as const, e }),
    );
    const first = await Promise.race([written, stop]);
    if (first === 'cancelled' || runSignal.aborted) throw cancelled();
    if (first === 'timeout') return { ok: false, reason: `the writer gave no text within ${formatMs(timeoutMs)}` };
    if (first.kind === 'error') return { ok: false, reason: `the writer failed: ${messageOf(first.e)}` };
    if (typeof first.text !== 'string') return { ok: false, reason: 'the writer returned no text' };
    return { ok: true, text: first.text };
  } finally {
    clearTimeout(timer);
    if (onAbort) runSignal.removeEventListener('abort', onAbort);
  }
}

function formatMs(ms: number): string {
  return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

function messageOf(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  const line = (text.split('\n')[0] ?? '').trim().replace(/[.\s]+$/, '');
  return line === '' ? 'no reason given' : line;
}
