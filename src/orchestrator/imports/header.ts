// Finding columns in a header row by the names platforms use (case and spacing ignored).

export function normalizeHeader(name: string): string {
  return name.replace(/^\ufeff/, '').trim().replace(/\s+/g, ' ').toLowerCase();
}

export class Header {
  readonly names: string[];
  private readonly index = new Map<string, number>();

  constructor(cells: string[]) {
    this.names = cells.map((c) => c.replace(/^\ufeff/, '').trim());
    this.names.forEach((n, i) => {
      const key = normalizeHeader(n);
      if (!this.index.has(key)) this.index.set(key, i);
    });
  }

  /** Index of the first column whose name is one of `names`, or -1. */
  find(...names: string[]): number {
    for (const n of names) {
      const i = this.index.get(normalizeHeader(n));
      if (i !== undefined) return i;
    }
    return -1;
  }

  /** Index of the first column whose name matches `re` (tested against the trimmed original name). */
  match(re: RegExp): number {
    return this.names.findIndex((n) => re.test(n));
  }
}

export function cell(cells: string[], index: number): string {
  return index < 0 ? '' : (cells[index] ?? '');
}
