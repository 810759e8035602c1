// Which pipeline projects a search and the filters keep (pure; run once per change, not per render).
import type { PipelineData, PipelineProjectView } from '../../protocol/panels/pipeline';

export interface PipelineFilters {
  search: string;
  /** "blocked", "unblocked", "awaiting approval", or a badge ("on hold", "failed run", …); empty = all. */
  flag: string;
  /** A goal metric; empty = all. */
  goal: string;
}

export function keepProject(p: PipelineProjectView, f: PipelineFilters, needle: string): boolean {
  if (needle && !p.name.toLowerCase().includes(needle) && !p.slug.includes(needle) && !p.industry.toLowerCase().includes(needle)) return false;
  if (f.goal && p.goalMetric !== f.goal) return false;
  if (f.flag === 'blocked') return p.blockers.some((b) => !b.waiting);
  if (f.flag === 'unblocked') return !p.blockers.some((b) => !b.waiting);
  if (f.flag === 'awaiting approval') return p.blockers.length > 0 && p.blockers.every((b) => b.waiting);
  if (f.flag) return p.badges.includes(f.flag);
  return true;
}

export function filterColumns(data: PipelineData, f: PipelineFilters): PipelineData['columns'] {
  const needle = f.search.trim().toLowerCase();
  if (!needle && !f.flag && !f.goal) return data.columns;
  return data.columns.map((c) => {
    const projects = c.projects.filter((p) => keepProject(p, f, needle));
    return { stage: c.stage, count: projects.length, projects };
  });
}

export function goalsOf(data: PipelineData): string[] {
  const goals = new Set<string>();
  for (const c of data.columns) for (const p of c.projects) goals.add(p.goalMetric);
  return [...goals].sort();
}
