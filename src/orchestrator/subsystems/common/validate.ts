// Small checks for content validators: each returns problems as sentences naming the field.

export type Problems = string[];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The content must be an object; returns it (or null after recording the problem). */
export function asRecord(content: unknown, what: string, problems: Problems): Record<string, unknown> | null {
  if (!isRecord(content)) {
    problems.push(`${what} content must be an object.`);
    return null;
  }
  return content;
}

export function requireText(obj: Record<string, unknown>, field: string, problems: Problems, label = field): void {
  const v = obj[field];
  if (typeof v !== 'string' || v.trim() === '') problems.push(`"${label}" is missing or empty.`);
}

export function requireArray(obj: Record<string, unknown>, field: string, problems: Problems, min = 1, max = Infinity, label = field): unknown[] {
  const v = obj[field];
  if (!Array.isArray(v)) {
    problems.push(`"${label}" must be a list.`);
    return [];
  }
  if (v.length < min) problems.push(`"${label}" needs at least ${min} item${min === 1 ? '' : 's'}, has ${v.length}.`);
  if (v.length > max) problems.push(`"${label}" allows at most ${max} items, has ${v.length}.`);
  return v;
}

/** Every item of a list must be an object with these non-empty text fields. */
export function requireItemsText(items: unknown[], fields: readonly string[], problems: Problems, label: string): void {
  items.forEach((item, i) => {
    if (!isRecord(item)) {
      problems.push(`${label}[${i}] must be an object.`);
      return;
    }
    for (const f of fields) requireText(item, f, problems, `${label}[${i}].${f}`);
  });
}

export function requireNumber(obj: Record<string, unknown>, field: string, problems: Problems, label = field): void {
  const v = obj[field];
  if (typeof v !== 'number' || !Number.isFinite(v)) problems.push(`"${label}" must be a number.`);
}
