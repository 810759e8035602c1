// Export bytes to text: UTF-8 and UTF-16 with a BOM are read; anything else is refused with the
// line of the first bad byte, never replaced by U+FFFD.
import assert from 'node:assert/strict';
import { decodeExportBytes } from '../../../src/orchestrator/imports/decodeText';

const utf16 = (text: string, littleEndian: boolean): Buffer => {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return littleEndian ? le : Buffer.from(le).swap16();
};

describe('imports: decoding export bytes', () => {
  it('reads UTF-8 (a real U+FFFD stays), UTF-16LE and UTF-16BE with a byte-order mark', () => {
    assert.deepEqual(decodeExportBytes(Buffer.from('a,b\nCafé �,1\n')), { ok: true, text: 'a,b\nCafé �,1\n' });
    assert.deepEqual(decodeExportBytes(utf16('Day,Cost\n2026-10-01,1.00\n', true)), { ok: true, text: 'Day,Cost\n2026-10-01,1.00\n' });
    assert.deepEqual(decodeExportBytes(utf16('Day,Coût 🥾\n', false)), { ok: true, text: 'Day,Coût 🥾\n' });
  });

  const invalid: Array<[string, number[], number, string]> = [
    ['a Windows-1252 é', [0x61, 0x0a, 0x62, 0xe9, 0x0a], 2, '0xE9'],
    ['an overlong encoding', [0x0a, 0x0a, 0xe0, 0x80, 0xaf], 3, '0xE0'],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 1, '0xED'],
    ['a byte that never starts a character', [0x61, 0xf5, 0x80, 0x80, 0x80], 1, '0xF5'],
    ['a character cut at the end of the file', [0x0a, 0xe2, 0x82], 2, '0xE2'],
  ];
  for (const [name, bytes, line, shown] of invalid) {
    it(`refuses ${name}, naming line ${line}`, () => {
      const r = decodeExportBytes(Buffer.from(bytes));
      assert.equal(r.ok, false);
      if (r.ok) return;
      assert.equal(r.error.line, line);
      assert.match(r.error.reason, new RegExp(`^byte ${shown} is not UTF-8 .*save or export it as UTF-8$`));
    });
  }

  it('refuses UTF-16 with an unpaired surrogate or half a character, naming the line', () => {
    const broken = Buffer.concat([utf16('a\nb', true), Buffer.from([0x00, 0xd8]), Buffer.from('c\n', 'utf16le')]);
    const r = decodeExportBytes(broken);
    assert.deepEqual(r.ok ? null : r.error.line, 2);
    const odd = Buffer.concat([utf16('a\n', true), Buffer.from([0x62])]);
    assert.deepEqual(decodeExportBytes(odd).ok, false);
  });
});
