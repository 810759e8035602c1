// Loads sql.js once per process. The wasm file is looked up next to the running bundle
// (dist/sql-wasm.wasm, copied there by esbuild.mjs) so the packaged extension and the CLI
// work without node_modules; from source (tests via tsx) it falls back to the npm package.
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { existsSync } from 'node:fs';
import path from 'node:path';

let loading: Promise<SqlJsStatic> | undefined;

export function wasmPath(file = 'sql-wasm.wasm'): string {
  const beside = path.join(__dirname, file);
  if (existsSync(beside)) return beside;
  return require.resolve(`sql.js/dist/${file}`);
}

export function loadSqlJs(): Promise<SqlJsStatic> {
  loading ??= initSqlJs({ locateFile: (file: string) => wasmPath(file) });
  return loading;
}
