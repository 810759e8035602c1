// Runs every bench/*.bench.ts in its own Node process (through tsx) and passes its JSON
// lines through. A benchmark prints one JSON object per figure: {bench, metric, value, unit, ...}.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const only = process.argv.slice(2);
const dir = path.dirname(new URL(import.meta.url).pathname);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const file of files) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', path.join(dir, file)], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.error(`bench: ${file} exited with ${r.status}`);
  }
}
process.exit(failed ? 1 : 0);
