// The strategy's prose for the language-model engine: the executive summary and each pillar's
// description. Everything else (objectives, KPIs, budget, timeline, risks, checklist) stays the
// rules engine's, so the numbers a client approves are never rewritten.
import type { Project } from '../domain/project';
import type { StrategyContent } from '../subsystems/strategy/types';
import { termsFromLines } from '../subsystems/common/text';
import type { ProseField, ProseRewriter } from './types';

const SUMMARY_MAX = 900;
const PILLAR_MAX = 300;

function strategyFacts(content: StrategyContent, project: Project): Record<string, string> {
  const s = content.situation;
  const primary = content.objectives.find((o) => o.primary) ?? content.objectives[0];
  const facts: Record<string, string> = {
    brand: s.brand ?? s.client ?? project.name,
    industry: s.industry,
    goal: s.goal,
    audiences: s.audiences.join('; ') || 'not set',
    budget: s.budget.formatted,
    pillars: content.pillars.map((p) => p.name).join('; '),
  };
  if (s.product) facts.product = s.product;
  if (s.geography) facts.geography = s.geography;
  if (s.dates) facts.dates = `${s.dates.start} to ${s.dates.end}`;
  if (primary) facts['primary KPI'] = primary.target === null ? `${primary.label} (no target set)` : `${primary.label}, target ${primary.target}`;
  if (s.constraints.length > 0) facts.constraints = s.constraints.join('; ');
  // The brief's facts, so the prose speaks of what the client sells rather than in generalities.
  if (project.benefits && project.benefits.length > 0) facts.benefits = project.benefits.join('; ');
  if (project.proofPoints && project.proofPoints.length > 0) facts['proof points'] = project.proofPoints.join('; ');
  facts.offer = project.offer?.trim() || 'none (the campaign offers nothing: no discount, trial, deadline or price)';
  if (project.tone) facts.tone = project.tone;
  if (project.languages && project.languages.length > 0) facts['ad languages'] = project.languages.join(', ');
  return facts;
}

export const strategyProse: ProseRewriter<StrategyContent> = {
  fields(content, ctx) {
    const facts = strategyFacts(content, ctx.project);
    const bannedTerms = termsFromLines(ctx.project.doNotDo).terms;
    const out: ProseField[] = [
      {
        field: 'executiveSummary',
        purpose: 'Executive summary of a campaign strategy, read by the client before approving it',
        instructions:
          'Write the executive summary in at most three short sentences: who the campaign reaches and why, how success is measured, and the pillars it rests on. Plain, confident business English; no headings, lists or markdown. Use only the facts given: no other numbers, dates, prices or claims.',
        facts,
        text: content.executiveSummary,
        maxChars: SUMMARY_MAX,
        bannedTerms,
      },
    ];
    content.pillars.forEach((p, i) => {
      out.push({
        field: `pillars[${i}].description`,
        purpose: `Description of the strategy pillar "${p.name}"`,
        instructions: 'Write one or two sentences saying what this pillar does for the campaign and how. Plain business English; no markdown. Use only the facts given: no numbers, prices or claims beyond them.',
        facts: { ...facts, pillar: p.name },
        text: p.description,
        maxChars: PILLAR_MAX,
        bannedTerms,
      });
    });
    return out;
  },
  apply(content, field, text) {
    if (field.field === 'executiveSummary') return { ...content, executiveSummary: text };
    const i = Number(/^pillars\[(\d+)\]\.description$/.exec(field.field)?.[1]);
    return { ...content, pillars: content.pillars.map((p, j) => (j === i ? { ...p, description: text } : p)) };
  },
  check: () => [],
};
