// The optional language-model engine (see docs/orchestrator.md, "Generation engine").
export type { EngineRecord, FieldEngine, GenerationEngine, LanguageModelEngine, ProseField, ProseRewriter, TextWriter, WriteRequest } from './types';
export { rewriteWithEngine, sameGeneratedContent, engineRecordOf, contentHash, PROSE_REWRITERS, DEFAULT_TIMEOUT_MS, DEFAULT_CONCURRENCY, DEFAULT_MAX_CONSECUTIVE_FAILURES } from './rewriteWithEngine';
export { renderWritePrompt } from './prompt';
export { checkWrittenText, cleanWrittenText } from './checkText';
