// Mutations of a real export for the importer fuzz tests: byte edits (quotes, delimiters, line
// ends, control characters, bytes that are not UTF-8), line edits (drop, duplicate, swap, cut
// the file short) and cell edits (extreme figures, impossible dates, scientific notation), one
// to three at a time, drawn from a seeded generator so every run tries the same files.
import type { Random } from '../../../src/orchestrator/domain/random';

const BYTES = ['"', ',', ';', '\t', '\n', '\r', '\r\n', '\u0000', '\u007f', ' ', '-', '.', '%', 'e', '0', '9', 'é', '🥾', '\u202e'];
const RAW_BYTES = [0xe9, 0xff, 0xc3, 0x80, 0xed];
const FIGURES = ['9007199254740993.01', '9007199254740993', '1e23', '1E+23', '-1', '', '--', '99999999999999999999', '0.000000000000000001', '"1,000"', 'NaN', '∞', '0', '00012', '3.', '.5', '1.2.3', '4500000000000000'];
const DATES = ['9999-01-01', '2026-02-30', '1999-12-31', '2026-13-01', '2026/10/01', '01/10/2026', 'Oct 32, 2026', '2026-10-01T00:00', '', '2100-01-01'];
const CELL = /[^,\n]+/g;

type Mutation = (bytes: Buffer, random: Random) => Buffer;

const at = (bytes: Buffer, random: Random): number => random.int(bytes.length + 1);
const splice = (bytes: Buffer, start: number, remove: number, insert: Buffer): Buffer => Buffer.concat([bytes.subarray(0, start), insert, bytes.subarray(start + remove)]);

function lines(bytes: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) {
    out.push(bytes.subarray(start, i + 1));
    start = i + 1;
  }
  if (start < bytes.length) out.push(bytes.subarray(start));
  return out;
}

/** Replaces one cell-looking span of one line (between commas) with `text`. */
function replaceCell(bytes: Buffer, random: Random, text: string): Buffer {
  const all = lines(bytes);
  if (all.length === 0) return bytes;
  const n = random.int(all.length);
  const line = all[n]!.toString('utf8');
  const spans = [...line.matchAll(CELL)];
  if (spans.length === 0) return bytes;
  const span = random.pick(spans);
  all[n] = Buffer.from(line.slice(0, span.index) + text + line.slice(span.index! + span[0].length), 'utf8');
  return Buffer.concat(all);
}

const MUTATIONS: Array<[string, Mutation]> = [
  ['delete a byte', (b, r) => (b.length ? splice(b, r.int(b.length), 1, Buffer.alloc(0)) : b)],
  ['insert a character', (b, r) => splice(b, at(b, r), 0, Buffer.from(r.pick(BYTES), 'utf8'))],
  ['replace a byte', (b, r) => (b.length ? splice(b, r.int(b.length), 1, Buffer.from(r.pick(BYTES), 'utf8')) : b)],
  ['insert a byte that is not UTF-8', (b, r) => splice(b, at(b, r), 0, Buffer.from([r.pick(RAW_BYTES)]))],
  ['drop a line', (b, r) => {
    const all = lines(b);
    if (all.length) all.splice(r.int(all.length), 1);
    return Buffer.concat(all);
  }],
  ['duplicate a line', (b, r) => {
    const all = lines(b);
    if (all.length) {
      const i = r.int(all.length);
      all.splice(i, 0, all[i]!);
    }
    return Buffer.concat(all);
  }],
  ['swap two lines', (b, r) => {
    const all = lines(b);
    if (all.length > 1) {
      const i = r.int(all.length);
      const j = r.int(all.length);
      [all[i], all[j]] = [all[j]!, all[i]!];
    }
    return Buffer.concat(all);
  }],
  ['cut the file short', (b, r) => b.subarray(0, r.int(b.length + 1))],
  ['cut the file at a line end', (b, r) => {
    const all = lines(b);
    return Buffer.concat(all.slice(0, r.int(all.length + 1)));
  }],
  ['an extreme figure', (b, r) => replaceCell(b, r, r.pick(FIGURES))],
  ['an impossible date', (b, r) => replaceCell(b, r, r.pick(DATES))],
  ['all line ends CRLF', (b) => Buffer.from(b.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1')],
  ['a byte-order mark', (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b])],
];

export interface Mutant {
  bytes: Buffer;
  /** What was done, for the failure message. */
  steps: string[];
}

/** One to three mutations of `original`. */
export function mutate(original: Buffer, random: Random): Mutant {
  let bytes = original;
  const steps: string[] = [];
  const count = 1 + random.int(3);
  for (let i = 0; i < count; i++) {
    const [name, f] = random.pick(MUTATIONS);
    bytes = f(bytes, random);
    steps.push(name);
  }
  return { bytes, steps };
}
