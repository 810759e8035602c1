// Shared by the import tests: the sample exports the demo ships (src/orchestrator/demo/data), their known
// totals (test/fixtures/sample-exports/EXPECTED.json) and the edge-case fixtures.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MetricRow } from '../../../src/orchestrator/imports/types';

export const SAMPLE_DATA = path.resolve(__dirname, '../../../src/orchestrator/demo/data');
export const FIXTURES = path.resolve(__dirname, '../../fixtures/imports');
const EXPECTED_FILE = path.resolve(__dirname, '../../fixtures/sample-exports/EXPECTED.json');

export function sampleFile(name: string): string {
  return readFileSync(path.join(SAMPLE_DATA, name), 'utf8');
}

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

export const expected = JSON.parse(readFileSync(EXPECTED_FILE, 'utf8')) as Record<string, Record<string, unknown>>;

/** Cents of a major-unit figure from EXPECTED.json (2-digit currencies), exactly. */
export function cents(major: number): number {
  return Math.round(major * 100);
}

export function sum(rows: MetricRow[], field: 'spendMinor' | 'impressions' | 'clicks' | 'conversions' | 'conversionValueMinor'): number {
  const total = rows.reduce((s, r) => s + (r[field] ?? 0), 0);
  return field === 'conversions' ? Math.round(total * 100) / 100 : total;
}
