// Bench setup shared by the store and pipeline benchmarks: `count − 1` copies of one real
// project's files (.db + .sql), with its id, slug, name and dump hash patched in place (same
// lengths), which keeps the setup of 10,000 projects to seconds. The template must be named
// "Client 99999" (slug client-99999); the copies are client-00000 … The store's own checks
// (quick_check, dump hash) verify every copy when the index is built.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from '../../src/orchestrator/store/fileStamp';

function patchBytes(buf: Buffer, from: string, to: string): void {
  const f = Buffer.from(from);
  const t = Buffer.from(to);
  for (let at = buf.indexOf(f); at !== -1; at = buf.indexOf(f, at + f.length)) t.copy(buf, at);
}

export function cloneProjectFiles(root: string, templateId: string, count: number): void {
  const dir = path.join(root, '.aicmo/projects');
  const db = readFileSync(path.join(dir, 'client-99999.db'));
  const sql = readFileSync(path.join(dir, 'client-99999.sql'), 'utf8');
  const oldHash = sha256(sql);
  for (let i = 0; i < count - 1; i++) {
    const n = String(i).padStart(5, '0');
    const id = templateId.slice(0, -5) + n;
    const text = sql.replaceAll(templateId, id).replaceAll('client-99999', `client-${n}`).replaceAll('Client 99999', `Client ${n}`);
    const bytes = Buffer.from(db);
    patchBytes(bytes, templateId, id);
    patchBytes(bytes, 'client-99999', `client-${n}`);
    patchBytes(bytes, 'Client 99999', `Client ${n}`);
    patchBytes(bytes, oldHash, sha256(text));
    writeFileSync(path.join(dir, `client-${n}.sql`), text);
    writeFileSync(path.join(dir, `client-${n}.db`), bytes);
  }
}
