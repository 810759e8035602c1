// Splits export text into rows of cells with the line number an editor shows for each row,
// using papaparse (quoted fields, embedded newlines, CRLF). A UTF-8 byte-order mark is dropped.
import Papa from 'papaparse';

export interface CsvRow {
  /** 1-based line number of the row's first line in the file. */
  line: number;
  cells: string[];
}

export type Delimiter = ',' | ';' | '\t';

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Picks the delimiter of a header line: whichever of comma, semicolon or tab occurs most outside quotes. */
export function guessDelimiter(headerLine: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return counts[';'] > counts[','] ? ';' : ',';
}

export function readCsvRows(text: string, delimiter: Delimiter): CsvRow[] {
  const body = stripBom(text);
  const newline: '\r\n' | '\n' = body.includes('\r\n') ? '\r\n' : '\n';
  const trailing = body.endsWith('\n');
  // Fast path: parse in one go; when no quoted cell spans lines, row i sits on line i + 1.
  const data = Papa.parse<string[]>(body, { delimiter, newline, skipEmptyLines: false }).data;
  if (trailing && data.length && isBlank(data[data.length - 1]!)) data.pop();
  let lineCount = 1;
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) lineCount++;
  if (trailing) lineCount--;
  if (data.length === lineCount) return data.map((cells, i) => ({ line: i + 1, cells }));
  return readCsvRowsWithCursor(body, delimiter, newline);
}

/** Slow path for files with multi-line quoted cells: line numbers from papaparse's cursor. */
function readCsvRowsWithCursor(body: string, delimiter: Delimiter, newline: '\r\n' | '\n'): CsvRow[] {
  const rows: CsvRow[] = [];
  let start = 0;
  let line = 1;
  let scanned = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    newline,
    skipEmptyLines: false,
    step: (result) => {
      // Advance the line counter over the text between the last row start and this one.
      for (let i = scanned; i < start; i++) if (body.charCodeAt(i) === 10) line++;
      scanned = start;
      rows.push({ line, cells: result.data });
      start = result.meta.cursor;
    },
  });
  // papaparse reports a trailing newline as one empty row; an editor shows no data there.
  const last = rows[rows.length - 1];
  if (last && isBlank(last.cells) && body.endsWith('\n')) rows.pop();
  return rows;
}

export function isBlank(cells: string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** The first non-blank line of the text (for delimiter and format detection). */
export function firstLines(text: string, count: number): string[] {
  return stripBom(text)
    .split(/\r?\n/, count + 20)
    .filter((l) => l.trim() !== '')
    .slice(0, count);
}
