// A line diff (longest common subsequence) between two versions' document lines
// (strategyDocument.ts), and pillars as editable text.
export interface DiffLine {
  op: 'same' | 'added' | 'removed';
  text: string;
}

export function diffLines(before: readonly string[], after: readonly string[]): DiffLine[] {
  const n = before.length;
  const m = after.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = before[i] === after[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      out.push({ op: 'same', text: before[i]! });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) out.push({ op: 'removed', text: before[i++]! });
    else out.push({ op: 'added', text: after[j++]! });
  }
  while (i < n) out.push({ op: 'removed', text: before[i++]! });
  while (j < m) out.push({ op: 'added', text: after[j++]! });
  return out;
}

/** Pillars as editable lines "Name: description" and back. */
export function pillarsToText(pillars: unknown): string {
  if (!Array.isArray(pillars)) return '';
  return pillars
    .map((p) => (p && typeof p === 'object' ? `${String((p as { name?: unknown }).name ?? '')}: ${String((p as { description?: unknown }).description ?? '')}` : String(p)))
    .join('\n');
}

export function textToPillars(text: string): { name: string; description: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf(':');
      return at < 0 ? { name: line, description: '' } : { name: line.slice(0, at).trim(), description: line.slice(at + 1).trim() };
    });
}
