// Fuzz tests, one per importer (Google Ads, Meta, generic, Trends, leads): hundreds of mutated
// copies of a real export (seeded, so every run tries the same files) go through the real import
// into a real temp workspace. Every outcome must be one of two:
//   - refused: an AicmoError "import-rejected" whose first line is one sentence naming the file and
//     saying nothing was written, followed only by `line N: reason` lines naming lines the file
//     has (a refusal without lines only for the project-level currency/granularity checks), and
//     every store file byte-for-byte unchanged;
//   - imported: exactly what the parser read — the rows stored under this import, and their sums,
//     equal the parser's own rows and sums.
import assert from 'node:assert/strict';
import { isAicmoError } from '../../../src/orchestrator/domain/errors';
import { createRandom } from '../../../src/orchestrator/domain/random';
import { importMetricsFile, importTrendsFile, parseMetricsText, parseTrendsText, type MetricRow } from '../../../src/orchestrator/imports';
import { decodeExportBytes } from '../../../src/orchestrator/imports/decodeText';
import { importLeadsFile, parseLeadsCsv } from '../../../src/orchestrator/leads';
import { sampleFile } from './helpers';
import { mutate } from './mutate';
import { PROJECT, assertSameFiles, importWorkspace, type ImportWorkspace } from './workspace';

// AICMO_FUZZ_MUTANTS and AICMO_FUZZ_SEED explore further by hand; the suite runs the defaults.
const MUTANTS = Number(process.env.AICMO_FUZZ_MUTANTS ?? 250);
const SEED = process.env.AICMO_FUZZ_SEED ?? 'imports-fuzz';
const PROJECT_LEVEL = /is in [A-Z]{3} but project|import one granularity per campaign/;

type Importer = 'metrics' | 'trends' | 'leads';

function textOf(bytes: Buffer): string {
  const d = decodeExportBytes(bytes);
  assert.ok(d.ok, 'an accepted file decodes');
  return d.ok ? d.text : '';
}

function lineCount(bytes: Buffer): number {
  let n = 1;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) n++;
  return n;
}

function assertRefusal(e: unknown, fileName: string, bytes: Buffer, context: string): void {
  if (!isAicmoError(e)) assert.fail(`${context}: an internal error instead of a refusal: ${(e as Error).stack ?? String(e)}`);
  assert.equal(e.code, 'import-rejected', `${context}: ${e.message}`);
  const [head, ...listed] = e.message.split('\n');
  assert.ok(head!.startsWith(`${fileName} `), `${context}: the refusal names the file: ${head}`);
  assert.match(head!, /nothing was written\)?\.$/, `${context}: ${head}`);
  assert.doesNotMatch(e.message, /\n\s+at .*:\d+/, `${context}: no stack trace`);
  if (listed.length === 0) assert.match(head!, PROJECT_LEVEL, `${context}: a refusal names a line: ${head}`);
  const last = lineCount(bytes);
  for (const l of listed) {
    const m = /^line (\d+): (\S.*)$/.exec(l);
    assert.ok(m, `${context}: "${l}" is a line reason`);
    assert.ok(Number(m[1]) >= 1 && Number(m[1]) <= last, `${context}: line ${m[1]} is in the file (${last} lines)`);
  }
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
const sum = (rows: MetricRow[], f: 'spendMinor' | 'impressions' | 'clicks' | 'conversions' | 'conversionValueMinor') => rows.reduce((s, r) => s + (r[f] ?? 0), 0);

async function importedExactly(ws: ImportWorkspace, importer: Importer, result: unknown, bytes: Buffer, before: number, context: string): Promise<void> {
  const text = textOf(bytes);
  if (importer === 'metrics') {
    const r = result as { importId: number; rowsImported: number };
    const parsed = parseMetricsText(text, { currency: 'USD' });
    assert.deepEqual(parsed.errors, [], context);
    const stored = await ws.store.readProject(PROJECT, (tx) => tx.metrics.select({ importId: r.importId }));
    const total = (f: 'spendMinor' | 'impressions' | 'clicks' | 'conversions' | 'conversionValueMinor') => stored.reduce((t, x) => t + (x[f] ?? 0), 0);
    const [count, spend, impressions, clicks, conversions, value] = [stored.length, total('spendMinor'), total('impressions'), total('clicks'), total('conversions'), total('conversionValueMinor')];
    assert.equal(r.rowsImported, parsed.rows.length, context);
    assert.equal(count, parsed.rows.length, `${context}: rows stored`);
    assert.equal(spend, sum(parsed.rows, 'spendMinor'), `${context}: spend`);
    assert.equal(impressions, sum(parsed.rows, 'impressions'), `${context}: impressions`);
    assert.equal(clicks, sum(parsed.rows, 'clicks'), `${context}: clicks`);
    assert.equal(value, sum(parsed.rows, 'conversionValueMinor'), `${context}: conversion value`);
    assert.ok(near(conversions!, sum(parsed.rows, 'conversions')), `${context}: conversions ${conversions} vs ${sum(parsed.rows, 'conversions')}`);
  } else if (importer === 'trends') {
    const r = result as { importId: number; pointsImported: number };
    const parsed = parseTrendsText(text);
    assert.deepEqual(parsed.errors, [], context);
    const points = await ws.store.readProject(PROJECT, (tx) => tx.trends.points({ importId: r.importId }));
    const [count, total, below] = [points.length, points.reduce((t, p) => t + (p.value ?? 0), 0), points.filter((p) => p.belowOne).length];
    assert.equal(r.pointsImported, parsed.points.length, context);
    assert.equal(count, parsed.points.length, `${context}: points stored`);
    assert.equal(total, parsed.points.reduce((s, p) => s + (p.value ?? 0), 0), `${context}: values`);
    assert.equal(below, parsed.points.filter((p) => p.belowOne).length, `${context}: below-one points`);
  } else {
    const r = result as { created: number; merged: number; unchanged: number };
    const parsed = parseLeadsCsv(text);
    assert.deepEqual(parsed.errors, [], context);
    assert.equal(r.created + r.merged + r.unchanged, parsed.leads.length, `${context}: every lead counted once`);
    const emails = await ws.store.readProject(PROJECT, (tx) => tx.leads.list().map((l) => String(l.email)));
    assert.equal(emails.length, before + r.created, `${context}: leads stored`);
    for (const lead of parsed.leads) assert.ok(emails.includes(lead.email), `${context}: ${lead.email} stored`);
  }
}

async function storedCount(ws: ImportWorkspace, importer: Importer): Promise<number> {
  if (importer !== 'leads') return 0;
  return ws.store.readProject(PROJECT, (tx) => tx.leads.counts().leads);
}

function run(ws: ImportWorkspace, importer: Importer, file: string): Promise<unknown> {
  if (importer === 'trends') return importTrendsFile(ws.store, PROJECT, file);
  if (importer === 'leads') return importLeadsFile(ws.store, PROJECT, file);
  return importMetricsFile(ws.store, PROJECT, file);
}

const TARGETS: Array<{ name: string; importer: Importer; sample: string }> = [
  { name: 'Google Ads', importer: 'metrics', sample: 'google-ads-campaign-daily.csv' },
  { name: 'Meta Ads Manager', importer: 'metrics', sample: 'meta-ads-daily.csv' },
  { name: 'generic sheet', importer: 'metrics', sample: 'generic-metrics.csv' },
  { name: 'Google Trends', importer: 'trends', sample: 'google-trends.csv' },
  { name: 'leads', importer: 'leads', sample: 'ledgerly-leads.csv' },
];

describe('imports: fuzzing each importer with mutated exports', function () {
  this.timeout(180_000);
  for (const target of TARGETS) {
    it(`${target.name}: ${MUTANTS} mutated exports are each refused with line reasons and nothing written, or imported exactly`, async () => {
      const ws = await importWorkspace();
      try {
        const original = Buffer.from(sampleFile(target.sample), 'utf8');
        const random = createRandom(`${SEED}:${target.sample}`);
        let accepted = 0;
        let refused = 0;
        for (let i = 0; i < MUTANTS; i++) {
          const mutant = mutate(original, random);
          const fileName = `mutant-${i}.csv`;
          const file = ws.write(fileName, mutant.bytes);
          const context = `${target.sample} mutant ${i} (${mutant.steps.join(', ')})`;
          const before = ws.snapshot();
          const count = await storedCount(ws, target.importer);
          let result: unknown;
          try {
            result = await run(ws, target.importer, file);
          } catch (e) {
            assertRefusal(e, fileName, mutant.bytes, context);
            assertSameFiles(before, ws.snapshot(), context);
            refused++;
            continue;
          }
          await importedExactly(ws, target.importer, result, mutant.bytes, count, context);
          accepted++;
        }
        if (process.env.AICMO_FUZZ_STATS) console.log(`${target.name}: ${accepted} imported, ${refused} refused`);
        // Both outcomes were exercised, so the assertions above were not vacuous.
        assert.ok(refused >= 10, `refused ${refused}`);
        assert.ok(accepted >= 5, `accepted ${accepted}`);
      } finally {
        ws.close();
      }
    });
  }
});
