// The Kaizen flags shared by `flow run`, `flow retry` and `kaizen insights`:
// --cross-industry (count evidence from other industries) and --half-life-weeks N (recency).
import type { KaizenOptions } from '../orchestrator/kaizen/insights';
import type { OptionSpecs, OptionValues } from './registry';
import { UsageError } from './usageError';

export const KAIZEN_FLAG_SPECS: OptionSpecs = { 'cross-industry': { type: 'boolean' }, 'half-life-weeks': { type: 'string' } };
export const KAIZEN_FLAGS_USAGE = '[--cross-industry] [--half-life-weeks N]';

export const EXCHANGE_RATE_SPEC: OptionSpecs = { 'exchange-rate': { type: 'string', multiple: true } };
export const EXCHANGE_RATE_USAGE = '[--exchange-rate CUR=RATE …]';

/** `--exchange-rate USD=0.92` (0.92 of the plan's currency per USD), repeatable → { USD: 0.92 }. */
export function exchangeRatesOf(values: OptionValues, command: string): Record<string, number> | undefined {
  const raw = values['exchange-rate'];
  if (!Array.isArray(raw) || raw.length === 0) return undefined;
  const out: Record<string, number> = {};
  for (const pair of raw as string[]) {
    const m = /^\s*([A-Za-z]{3})\s*=\s*(\d+(?:\.\d+)?)\s*$/.exec(pair);
    if (!m || !(Number(m[2]) > 0)) throw new UsageError(`--exchange-rate "${pair}" should be CUR=RATE, e.g. USD=0.92 (0.92 of the plan's currency per US dollar)`, command);
    out[m[1]!.toUpperCase()] = Number(m[2]);
  }
  return out;
}

export function kaizenOptionsOf(values: OptionValues, command: string): KaizenOptions {
  const out: KaizenOptions = {};
  if (values['cross-industry'] === true) out.crossIndustry = true;
  const raw = values['half-life-weeks'];
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (!/^\d+(\.\d+)?$/.test(text)) throw new UsageError(`--half-life-weeks "${raw}" is not a number of weeks (e.g. 8)`, command);
    out.halfLifeWeeks = Number(text);
  }
  return out;
}
