// The optional language-model engine: the contract a writer implements (VS Code's Language Model
// API in the extension, a fake in tests), the engine a run asks for, and what an artifact records
// about who wrote its prose and copy. No `vscode` here.
import type { SubsystemContext } from '../subsystems/types';

/** One piece of prose or copy to write. */
export interface WriteRequest {
  /** The subsystem whose artifact holds the field, e.g. "creatives". */
  subsystem: string;
  /** The field's path in the content, e.g. "executiveSummary" or "variants[meta-how-to].headline". */
  field: string;
  /** One line: what the text is for ("Google Search responsive search ad headline"). */
  purpose: string;
  /** What to write and what to avoid, in plain sentences. */
  instructions: string;
  /** Everything the text may state; a number not in the facts is refused. */
  facts: Record<string, string>;
  /** The rules engine's text for the same field (a draft to improve, and the fallback). */
  draft: string;
  /** Hard maximum in characters (Unicode code points), when the field has one. */
  maxChars?: number;
  /** Words the text must not use. */
  bannedTerms?: readonly string[];
  /** "json": the reply is one JSON object of the shape `schema` describes (a whole creative); default plain text. */
  reply?: 'text' | 'json';
  /** The JSON object's fields and their limits, in plain words. */
  schema?: string;
}

export interface TextWriter {
  /** Who writes, recorded in the artifact (e.g. the chat model's name). */
  readonly name?: string;
  /** The text for one field. Must stop (reject) when the signal aborts. */
  write(request: WriteRequest, signal: AbortSignal): Promise<string>;
}

export interface LanguageModelEngine {
  kind: 'languageModel';
  writer: TextWriter;
  /** Per field; a write that takes longer keeps the rules text (default 30 s). */
  timeoutMs?: number;
  /** Writes in flight at once (default 4). */
  concurrency?: number;
  /** After this many writer failures in a row (errors, timeouts) the remaining fields keep the rules text (default 3). */
  maxConsecutiveFailures?: number;
}

/** How a run writes prose and copy: the rules alone (default, deterministic) or a language model checked like the rules. */
export type GenerationEngine = { kind: 'rules' } | LanguageModelEngine;

export type FieldEngine = 'languageModel' | 'rules';

/** Recorded as `content.engine` when a run asked for the language-model engine (absent with the rules engine). */
export interface EngineRecord {
  requested: 'languageModel';
  /** `mixed` when some fields kept the rules text. */
  used: 'languageModel' | 'rules' | 'mixed';
  /** The writer's name, when it has one. */
  writer?: string;
  /** Every rewritable field and which engine's text it holds. */
  fields: { field: string; engine: FieldEngine }[];
  /**
   * Fields that kept the rules text, each with one sentence saying why: `writer` when the writer
   * failed, timed out or was not asked (a rerun asks again), `checks` when its text was refused.
   */
  fallbacks: { field: string; cause: 'writer' | 'checks'; reason: string; /** The refused text (clipped), for a reviewer. */ refused?: string }[];
  /** sha256 of the rules content this was written from: a rerun with the same rules content keeps this version. */
  rulesHash: string;
}

/** One rewritable field of a subsystem's content. */
export interface ProseField {
  field: string;
  purpose: string;
  instructions: string;
  facts: Record<string, string>;
  /** The current (rules) text. */
  text: string;
  maxChars?: number;
  bannedTerms?: readonly string[];
  /** A field written as one JSON object (a whole creative), with the object's shape. */
  reply?: 'text' | 'json';
  schema?: string;
}

/** What became of one part of a structured (JSON) write. */
export interface StructuredOutcome {
  field: string;
  ok: boolean;
  /** Why the part kept the rules text (one sentence). */
  reason?: string;
  refused?: string;
}

/**
 * What the engine knows about one subsystem's content: which fields are prose or copy, how to put
 * a new text in (returning new content, never mutating), and the checks a text must pass beyond
 * the subsystem's own `validate` (one sentence per problem; empty = accepted).
 */
export interface ProseRewriter<C> {
  fields(content: C, ctx: SubsystemContext): ProseField[] | Promise<ProseField[]>;
  apply(content: C, field: ProseField, text: string, ctx: SubsystemContext): C;
  check(content: C, field: ProseField, ctx: SubsystemContext): string[];
  /**
   * For fields written as one JSON object: puts in each part that passes its checks (the others
   * keep the rules text) and says for each part what happened. Used instead of apply/check.
   */
  applyStructured?(content: C, field: ProseField, text: string, ctx: SubsystemContext): { content: C; outcomes: StructuredOutcome[] };
}
