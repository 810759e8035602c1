// Reads an export from disk as text with its SHA-256. Bytes that are not text we can read
// exactly (see decodeText.ts) refuse the file, naming the line, before anything else happens.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AicmoError } from '../domain/errors';
import { decodeExportBytes } from './decodeText';
import { rejectFile } from './rejection';

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
  const fileName = path.basename(filePath);
  const decoded = decodeExportBytes(bytes);
  if (!decoded.ok) throw rejectFile(fileName, [decoded.error], 0);
  return { fileName, text: decoded.text, sha256: createHash('sha256').update(bytes).digest('hex') };
}
