// The text a chat model is sent for one write request: the purpose, the instructions, the limits,
// the facts and the rules draft, asking for the text alone. Shared by every TextWriter over a
// chat model (the VS Code adapter uses it through the extension's core bundle).
import type { WriteRequest } from './types';

export function renderWritePrompt(request: WriteRequest): string {
  const json = request.reply === 'json';
  const lines = [
    json
      ? 'You write ad copy for a campaign tool. Reply with one JSON object only: no markdown fences, labels or explanations.'
      : 'You write marketing prose and ad copy for a campaign tool. Reply with the requested text only: no quotes, labels, markdown or explanations.',
    '',
    `Task: ${request.purpose}.`,
    request.instructions,
  ];
  if (request.maxChars !== undefined) lines.push(`Hard limit: at most ${request.maxChars} characters, spaces included.`);
  if (request.bannedTerms && request.bannedTerms.length > 0) lines.push(`Never use these words: ${request.bannedTerms.map((t) => `"${t}"`).join(', ')}.`);
  lines.push('', 'Facts (the only things you may state):');
  for (const [k, v] of Object.entries(request.facts)) lines.push(`- ${k}: ${v}`);
  if (json && request.schema) lines.push('', 'The JSON object:', request.schema);
  lines.push('', `${json ? 'Draft (the same JSON shape) to improve' : 'Draft to improve'}: ${request.draft}`);
  return lines.join('\n');
}
