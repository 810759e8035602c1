// Loose readers of an artifact's JSON content (subsystems and plugins write it; the renderer never
// invents a value that is not there).
export type Json = Record<string, unknown>;
export const obj = (x: unknown): Json | undefined => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Json) : undefined);
export const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
export const objs = (x: unknown): Json[] => arr(x).map(obj).filter((o): o is Json => o !== undefined);
export const str = (x: unknown): string | undefined => (typeof x === 'string' && x.trim() !== '' ? x : typeof x === 'number' && Number.isFinite(x) ? String(x) : undefined);
export const strs = (x: unknown): string[] => arr(x).map(str).filter((s): s is string => s !== undefined);

/** Content as labelled text lines ("pillars[1].name: Trust"), for content the renderer has no view of. */
export function contentLines(content: unknown, prefix = ''): string[] {
  if (content === null || content === undefined) return prefix ? [`${prefix}: —`] : [];
  if (Array.isArray(content)) return content.length === 0 ? [`${prefix}: (none)`] : content.flatMap((item, i) => contentLines(item, `${prefix}[${i + 1}]`));
  if (typeof content === 'object') return Object.entries(content as Json).flatMap(([k, v]) => contentLines(v, prefix ? `${prefix}.${k}` : k));
  return [`${prefix}: ${String(content)}`];
}
