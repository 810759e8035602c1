// The inputs hash of an artifact version: sha256 over the subsystem, the upstream versions it
// read, the project's intake, the options, whether Kaizen was on and — for a subsystem that
// declares one (media) — the fingerprint of the Kaizen evidence it uses. Other subsystems record
// the insights they applied beside the version (artifacts.insights), not in the hash, so an
// approved or hand-edited version is kept while this hash stays the same.
import { createHash } from 'node:crypto';
import type { Project } from '../domain/project';

/** Stable JSON: object keys sorted at every level. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The intake as it shapes content (without the bookkeeping fields that change with every save). */
export function intakeOf(project: Project): Record<string, unknown> {
  const { revision: _r, createdAt: _c, updatedAt: _u, lifecycle: _l, ...intake } = project;
  return intake;
}

export function inputsHash(parts: { subsystem: string; inputs: Record<string, number>; project: Project; options: unknown; skipKaizen: boolean; evidence?: string | null }): string {
  const text = stableJson({
    subsystem: parts.subsystem,
    inputs: parts.inputs,
    intake: intakeOf(parts.project),
    options: parts.options ?? null,
    skipKaizen: parts.skipKaizen,
    // Only for subsystems that fingerprint their Kaizen evidence (the media plan).
    evidence: parts.evidence,
  });
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
