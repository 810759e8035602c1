// Reads an export from disk as text with its SHA-256. UTF-8 (with or without a byte-order
// mark) is the norm; Google Ads' "Excel CSV" download is UTF-16LE with a BOM, so that is
// decoded too.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AicmoError } from '../domain/errors';

export interface ExportFile {
  fileName: string;
  text: string;
  sha256: string;
}

export async function readExportFile(filePath: string): Promise<ExportFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (e) {
    throw new AicmoError('not-found', `Cannot read ${filePath}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`, { field: 'file', cause: e });
  }
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  const text = utf16 ? bytes.subarray(2).toString('utf16le') : bytes.toString('utf8');
  return { fileName: path.basename(filePath), text, sha256: createHash('sha256').update(bytes).digest('hex') };
}
