// The literal syntax of a dump, both ways: `sqlLiteral` writes a value as SQL text and
// `parseRowValues` reads back exactly what it writes — nothing more (no expressions, no function
// but char(), no second statement). Kept side by side so the two cannot drift apart.
//
// Grammar of one value, as written:
//   NULL
//   a number as JavaScript prints it (-12, 1.5, 1e+21, 1.5e-7), or ±9e999 for ±Infinity
//   X'<lower-case hex>'                                   (a blob)
//   text := part ( '||' part )*   part := '<chars, with '' for '>' | char(n[,n…])
// Control characters (C0, DEL, C1, U+2028, U+2029) are always written as char(n), so a dump holds
// no raw control character and one row is one line. Dumps written before that rule may still
// hold raw control characters (other than newlines) inside '…'; they load as they are.
import type { SqlValue } from 'sql.js';

/** Characters the dumper writes as char(n): C0 controls, DEL, C1 controls, line/paragraph separators. */
export function isEncodedCharacter(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

// eslint-disable-next-line no-control-regex
const ENCODED_RUN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** char(…) of the characters of `run`. */
function charCall(run: string): string {
  const codes: number[] = [];
  for (let i = 0; i < run.length; i++) codes.push(run.charCodeAt(i));
  return `char(${codes.join(',')})`;
}

function textLiteral(v: string): string {
  const out: string[] = [];
  let last = 0;
  for (const m of v.matchAll(ENCODED_RUN)) {
    if (m.index > last) out.push(`'${v.slice(last, m.index).replace(/'/g, "''")}'`);
    // Newlines as older dumps spelled them (char(10), char(13), char(13,10)), so rows without
    // other control characters keep their bytes; a run of other ones as one char(…).
    for (const piece of m[0].match(/\r\n|\n|\r|[^\r\n]+/g)!) out.push(charCall(piece));
    last = m.index + m[0].length;
  }
  if (last < v.length) out.push(`'${v.slice(last).replace(/'/g, "''")}'`);
  return out.length === 0 ? "''" : out.join('||');
}

export function sqlLiteral(v: SqlValue): string {
  if (v === null) return 'NULL';
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'NULL';
    if (!Number.isFinite(v)) return v > 0 ? '9e999' : '-9e999';
    return String(v);
  }
  if (typeof v === 'string') return textLiteral(v);
  return `X'${Buffer.from(v).toString('hex')}'`;
}

/** Why a row's values could not be read, with the 1-based value number when there is one. */
export class LiteralError extends Error {}

const NUMBER = /-?9e999|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:e[+-]\d+)?/y;
const BLOB = /X'((?:[0-9a-f]{2})*)'/y;
const CHAR_CALL = /char\((\d{1,7}(?:,\d{1,7})*)\)/y;

function notALiteral(n: number): LiteralError {
  return new LiteralError(`value ${n} is not a literal an AICMO dump contains (NULL, a number, a '…' text, char(…) or X'…')`);
}

/** Reads one text value (parts joined by ||) starting at `at`; returns it and where it ends. */
function readText(line: string, at: number, n: number): { value: string; end: number } {
  let value = '';
  let pos = at;
  for (;;) {
    if (line.charCodeAt(pos) === 0x27 /* ' */) {
      let from = pos + 1;
      for (;;) {
        const q = line.indexOf("'", from);
        if (q < 0) throw new LiteralError(`value ${n} is a text without its closing quote`);
        if (line.charCodeAt(q + 1) === 0x27) {
          value += line.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        value += line.slice(from, q);
        pos = q + 1;
        break;
      }
    } else {
      CHAR_CALL.lastIndex = pos;
      const m = CHAR_CALL.exec(line);
      if (!m) throw notALiteral(n);
      for (const code of m[1]!.split(',').map(Number)) {
        if (!isEncodedCharacter(code)) throw new LiteralError(`value ${n} has char(${code}), which is not a character the dumper encodes`);
        value += String.fromCharCode(code);
      }
      pos = CHAR_CALL.lastIndex;
    }
    if (line.startsWith('||', pos)) pos += 2;
    else return { value, end: pos };
  }
}

/** Reads one value starting at `at`. */
function readValue(line: string, at: number, n: number): { value: SqlValue; end: number } {
  const c = line.charCodeAt(at);
  if (c === 0x27 /* ' */ || line.startsWith('char(', at)) return readText(line, at, n);
  if (line.startsWith('NULL', at)) return { value: null, end: at + 4 };
  if (c === 0x58 /* X */) {
    BLOB.lastIndex = at;
    const m = BLOB.exec(line);
    if (!m) throw notALiteral(n);
    return { value: Uint8Array.from(Buffer.from(m[1]!, 'hex')), end: BLOB.lastIndex };
  }
  NUMBER.lastIndex = at;
  const m = NUMBER.exec(line);
  if (!m) throw notALiteral(n);
  return { value: Number(m[0]), end: NUMBER.lastIndex };
}

/**
 * The values of a row from `line`, starting just after `VALUES(`: literals separated by commas
 * up to the closing `);`, which must end the line. Throws LiteralError saying what is wrong.
 */
export function parseRowValues(line: string, start: number): SqlValue[] {
  const values: SqlValue[] = [];
  let pos = start;
  for (;;) {
    const { value, end } = readValue(line, pos, values.length + 1);
    values.push(value);
    const next = line.charCodeAt(end);
    if (next === 0x2c /* , */) {
      pos = end + 1;
      continue;
    }
    if (next !== 0x29 /* ) */) throw notALiteral(values.length);
    if (line.charCodeAt(end + 1) !== 0x3b /* ; */) throw new LiteralError("the row does not end with ');'");
    const rest = line.slice(end + 2);
    if (rest !== '') throw new LiteralError(rest.trim() === '' ? "spaces follow the row's closing ');'" : 'a second statement follows the row');
    return values;
  }
}
