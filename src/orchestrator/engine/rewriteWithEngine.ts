// The engine step of a run: after a subsystem's rules content passed its checks, the
// language-model engine rewrites its prose and copy field by field. Each rewrite must pass the
// same checks as the rules (the field's limit, banned terms, no invented numbers, the
// subsystem's own checks and `validate`); a field whose rewrite fails, throws or times out keeps
// the rules text, and `content.engine` records who wrote each field and why a fallback happened.
// With the rules engine (the default) nothing here runs and the content is unchanged.
import { createHash } from 'node:crypto';
import { stableJson } from '../flow/inputsHash';
import type { Subsystem, SubsystemContext } from '../subsystems/types';
import { checkWrittenText, cleanWrittenText } from './checkText';
import { creativesCopy } from './creativesCopy';
import { strategyProse } from './strategyProse';
import type { EngineRecord, FieldEngine, GenerationEngine, LanguageModelEngine, ProseField, ProseRewriter, WriteRequest } from './types';
import { writeWithTimeout, type WriteOutcome } from './writeWithTimeout';

/** The subsystems whose content has prose or copy the language-model engine may write. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const PROSE_REWRITERS: Readonly<Record<string, ProseRewriter<any>>> = { strategy: strategyProse, creatives: creativesCopy };

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_CONCURRENCY = 4;
export const DEFAULT_MAX_CONSECUTIVE_FAILURES = 3;

/** sha256 of the content's stable JSON. */
export function contentHash(content: unknown): string {
  return createHash('sha256').update(stableJson(content), 'utf8').digest('hex');
}

/** The engine record of stored content, if it has one. */
export function engineRecordOf(content: unknown): EngineRecord | undefined {
  const e = content !== null && typeof content === 'object' ? (content as { engine?: unknown }).engine : undefined;
  return e !== null && typeof e === 'object' && (e as EngineRecord).requested === 'languageModel' ? (e as EngineRecord) : undefined;
}

/**
 * Whether a stored version still stands for the rules content a rerun produced: with the rules
 * engine, the same content; with the language-model engine, written by it from the same rules
 * content, with no field left to the rules because the writer failed (so a rerun neither piles up
 * versions nor keeps a version the writer could not finish).
 */
export function sameGeneratedContent(rules: unknown, stored: unknown, engine: GenerationEngine | undefined, subsystem: string): boolean {
  if (engine?.kind !== 'languageModel' || !(subsystem in PROSE_REWRITERS)) return stableJson(rules) === stableJson(stored);
  const record = engineRecordOf(stored);
  // Content the rules reproduce as stored (creatives keep what the model wrote when their inputs are unchanged).
  const writerFailed = record?.fallbacks.some((f) => f.cause === 'writer') === true;
  if (record !== undefined && !writerFailed && stableJson(rules) === stableJson({ ...(stored as Record<string, unknown>), engine: undefined })) return true;
  return record !== undefined && record.rulesHash === contentHash(rules) && !record.fallbacks.some((f) => f.cause === 'writer');
}

function firstProblems(...checks: (() => string[])[]): string[] {
  for (const check of checks) {
    const problems = check();
    if (problems.length > 0) return problems;
  }
  return [];
}

const REFUSED_MAX = 400;
const clip = (text: string): string => ([...text].length <= REFUSED_MAX ? text : `${[...text].slice(0, REFUSED_MAX - 1).join('')}…`);

const sentence = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;

export async function rewriteWithEngine<C>(engine: GenerationEngine | undefined, subsystem: Subsystem, ctx: SubsystemContext, content: C): Promise<C> {
  if (engine?.kind !== 'languageModel') return content;
  const rewriter = PROSE_REWRITERS[subsystem.name] as ProseRewriter<C> | undefined;
  if (!rewriter) return content;
  const rulesHash = contentHash(content);
  const fields = await rewriter.fields(content, ctx);
  const outcomes = await writeAll(engine, String(subsystem.name), fields, ctx.signal);

  let current = content;
  const written: EngineRecord['fields'] = [];
  const fallbacks: EngineRecord['fallbacks'] = [];
  fields.forEach((field, i) => {
    const outcome = outcomes[i]!;
    let engineUsed: FieldEngine = 'rules';
    if (!outcome.ok) fallbacks.push({ field: field.field, cause: 'writer', reason: sentence(outcome.reason) });
    else if (rewriter.applyStructured) {
      // A whole creative in one JSON reply: each part is checked on its own and kept or refused.
      const { content: next, outcomes: parts } = rewriter.applyStructured(current, field, outcome.text, ctx);
      const problems = subsystem.validate(next);
      if (problems.length > 0) fallbacks.push({ field: field.field, cause: 'checks', reason: sentence(`the rewrite was refused: ${problems.join('; ')}`), refused: clip(outcome.text) });
      else {
        current = next;
        for (const p of parts) {
          written.push({ field: p.field, engine: p.ok ? 'languageModel' : 'rules' });
          if (!p.ok) fallbacks.push({ field: p.field, cause: 'checks', reason: sentence(p.reason ?? 'the text was refused'), ...(p.refused ? { refused: clip(p.refused) } : {}) });
        }
        return;
      }
    } else {
      // The subsystem's own checks speak first (for creatives, the channel limits and banned
      // terms of checkCopy), then the engine's (length, banned terms, invented numbers), then validate.
      const text = cleanWrittenText(outcome.text);
      const candidate = rewriter.apply(current, field, text, ctx);
      const problems = firstProblems(
        () => (text === '' ? ['the text is empty'] : []),
        () => rewriter.check(candidate, field, ctx),
        () => checkWrittenText(text, field, field.text),
        () => subsystem.validate(candidate),
      );
      if (problems.length > 0) fallbacks.push({ field: field.field, cause: 'checks', reason: sentence(`the rewrite was refused: ${problems.join('; ')}`), refused: clip(text) });
      else {
        current = candidate;
        engineUsed = 'languageModel';
      }
    }
    written.push({ field: field.field, engine: engineUsed });
  });

  const byModel = written.filter((f) => f.engine === 'languageModel').length;
  const record: EngineRecord = {
    requested: 'languageModel',
    used: byModel === 0 ? 'rules' : byModel === written.length ? 'languageModel' : 'mixed',
    ...(engine.writer.name ? { writer: engine.writer.name } : {}),
    fields: written,
    fallbacks,
    rulesHash,
  };
  return { ...current, engine: record };
}

function requestFor(subsystem: string, field: ProseField): WriteRequest {
  return {
    subsystem,
    field: field.field,
    purpose: field.purpose,
    instructions: field.instructions,
    facts: field.facts,
    draft: field.text,
    ...(field.maxChars === undefined ? {} : { maxChars: field.maxChars }),
    ...(field.bannedTerms && field.bannedTerms.length > 0 ? { bannedTerms: field.bannedTerms } : {}),
    ...(field.reply === 'json' ? { reply: 'json' as const, ...(field.schema ? { schema: field.schema } : {}) } : {}),
  };
}

/** Every field's write, a few at a time, in field order; after too many failures in a row the rest are not asked. */
async function writeAll(engine: LanguageModelEngine, subsystem: string, fields: readonly ProseField[], signal: AbortSignal): Promise<WriteOutcome[]> {
  const timeoutMs = engine.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxFailures = Math.max(1, engine.maxConsecutiveFailures ?? DEFAULT_MAX_CONSECUTIVE_FAILURES);
  const results: WriteOutcome[] = [];
  let next = 0;
  let failuresInRow = 0;
  let lastFailure = '';
  const worker = async (): Promise<void> => {
    while (next < fields.length) {
      const i = next++;
      if (failuresInRow >= maxFailures) {
        results[i] = { ok: false, reason: `not asked: the writer failed ${maxFailures} times in a row (last: ${lastFailure})` };
        continue;
      }
      const outcome = await writeWithTimeout(engine.writer, requestFor(subsystem, fields[i]!), signal, timeoutMs);
      results[i] = outcome;
      if (outcome.ok) failuresInRow = 0;
      else {
        failuresInRow++;
        lastFailure = outcome.reason;
      }
    }
  };
  const workers = Math.max(1, Math.min(engine.concurrency ?? DEFAULT_CONCURRENCY, fields.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}
