// Splits export text into rows of cells with the line number an editor shows for each row,
// using papaparse (quoted fields, embedded newlines, CRLF). A UTF-8 byte-order mark is dropped.
// Damage is reported, never read around: a quote that never closes (it would swallow the rest of
// the file), text after a closing quote, control characters (NUL and friends) and a carriage
// return without a line feed are line errors of the table.
import Papa from 'papaparse';
import type { LineError } from './types';

export interface CsvRow {
  /** 1-based line number of the row's first line in the file. */
  line: number;
  cells: string[];
}

/** The rows of a file, or what is structurally wrong with it (then the rows are not to be trusted). */
export interface CsvTable {
  rows: CsvRow[];
  errors: LineError[];
}

export type Delimiter = ',' | ';' | '\t';

/** At most this many lines are listed for structural damage (a binary file would list thousands). */
const MAX_STRUCTURAL_ERRORS = 20;

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

/** 1-based line of character `index` of `text` (lines end at "\n"). */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** C0 control characters other than tab and line ends, DEL, and a CR not followed by LF. */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's job
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|\r(?!\n)/g;

function controlCharacterErrors(text: string): LineError[] {
  const errors: LineError[] = [];
  CONTROL.lastIndex = 0;
  let line = 1;
  let scanned = 0;
  for (let m = CONTROL.exec(text); m && errors.length < MAX_STRUCTURAL_ERRORS; m = CONTROL.exec(text)) {
    for (let i = text.indexOf('\n', scanned); i >= 0 && i < m.index; i = text.indexOf('\n', i + 1)) {
      line++;
      scanned = i + 1;
    }
    if (errors[errors.length - 1]?.line === line) continue;
    const ch = m[0];
    errors.push({
      line,
      reason:
        ch === '\r'
          ? 'a carriage return without a line feed (an old Mac line end): save the file with Windows or Unix line ends'
          : `a control character U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} in the text: the file is damaged or not a CSV export`,
    });
  }
  return errors;
}

function quoteReason(code: string): string | null {
  if (code === 'MissingQuotes') return 'a quoted cell opens here and is never closed (a stray "), so the rest of the file would be read as one cell';
  if (code === 'InvalidQuotes') return 'a quoted cell opens here and text follows its closing quote (a stray ", or a " inside a quoted cell that is not doubled as "")';
  return null;
}

/**
 * Reads every row of `text` with its editor line. Blank lines are kept (as rows of one empty
 * cell) so line numbers stay true; a trailing line end adds no row.
 */
export function readCsvTable(text: string, delimiter: Delimiter): CsvTable {
  const raw = stripBom(text);
  const control = controlCharacterErrors(raw);
  if (control.length) return { rows: [], errors: control };
  // Every CR is now part of a CRLF: reading LF-only keeps one line per "\n" even in a file
  // that mixes line ends.
  const body = raw.includes('\r') ? raw.replace(/\r\n/g, '\n') : raw;
  const trailing = body.endsWith('\n');
  const parsed = Papa.parse<string[]>(body, { delimiter, newline: '\n', skipEmptyLines: false });
  const errors = quoteErrors(body, parsed.errors);
  if (errors.length) return { rows: [], errors };
  const data = parsed.data;
  if (trailing && data.length && isBlank(data[data.length - 1]!)) data.pop();
  let lineCount = 1;
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) lineCount++;
  if (trailing) lineCount--;
  // Fast path: when no quoted cell spans lines, row i sits on line i + 1.
  if (data.length === lineCount) return { rows: data.map((cells, i) => ({ line: i + 1, cells })), errors: [] };
  return { rows: readCsvRowsWithCursor(body, delimiter), errors: [] };
}

function quoteErrors(body: string, found: Papa.ParseError[]): LineError[] {
  const byLine = new Map<number, Set<string>>();
  for (const e of found) {
    const reason = quoteReason(e.code);
    if (reason === null || byLine.size >= MAX_STRUCTURAL_ERRORS) continue;
    const line = lineAt(body, e.index ?? 0);
    byLine.set(line, (byLine.get(line) ?? new Set()).add(reason));
  }
  return [...byLine].map(([line, reasons]) => ({ line, reason: [...reasons].join('; ') })).sort((a, b) => a.line - b.line);
}

/** Rows of a file with multi-line quoted cells: line numbers from papaparse's cursor. */
function readCsvRowsWithCursor(body: string, delimiter: Delimiter): CsvRow[] {
  const rows: CsvRow[] = [];
  let start = 0;
  let line = 1;
  let scanned = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    newline: '\n',
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

/**
 * Why a data row does not fit its header, or null: fewer cells (a row cut short) or more cells
 * that are not empty (an unquoted delimiter inside a cell). Extra empty cells at the end are
 * harmless trailing delimiters.
 */
export function widthProblem(row: CsvRow, header: CsvRow): string | null {
  const want = header.cells.length;
  const have = row.cells.length;
  if (have === want || (have > want && row.cells.slice(want).every((c) => c.trim() === ''))) return null;
  const why = have < want ? 'the row is cut short or a cell is missing' : 'a cell holds an unquoted delimiter, or the row has extra cells';
  return `${have} cells where the header (line ${header.line}) has ${want} (${why})`;
}
