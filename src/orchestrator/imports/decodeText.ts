// Export bytes to text, refusing what is not text we can read exactly: UTF-8 (with or without a
// byte-order mark) is the norm; Google Ads' "Excel CSV" download is UTF-16LE with a BOM (UTF-16BE
// with a BOM is read too). Invalid bytes are never replaced by U+FFFD: the first one is named
// with its line.
import { isUtf8 } from 'node:buffer';
import type { LineError } from './types';

export type Decoded = { ok: true; text: string } | { ok: false; error: LineError };

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): Decoded {
  const encoding = littleEndian ? 'utf-16le' : 'utf-16be';
  const body = bytes.subarray(2);
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(body) };
  } catch {
    // Where it broke: the first replacement character of a lenient decoding.
    const lenient = new TextDecoder(encoding).decode(body);
    const at = lenient.indexOf('\ufffd');
    let line = 1;
    for (let i = lenient.indexOf('\n'); i >= 0 && i < at; i = lenient.indexOf('\n', i + 1)) line++;
    return { ok: false, error: { line, reason: 'the file is UTF-16 with a broken character (an unpaired surrogate, or half a character at the end): export it again' } };
  }
}

export function decodeExportBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, false);
  if (!isUtf8(bytes)) {
    const at = firstInvalidUtf8(bytes);
    const byte = bytes[at] ?? 0;
    return {
      ok: false,
      error: {
        line: lineOfByte(bytes, at),
        reason: `byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} is not UTF-8 (the file looks saved in another encoding, such as Windows-1252): save or export it as UTF-8`,
      },
    };
  }
  return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') };
}
