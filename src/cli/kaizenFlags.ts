// The Kaizen flags shared by `flow run`, `flow retry` and `kaizen insights`:
// --cross-industry (count evidence from other industries) and --half-life-weeks N (recency).
import type { KaizenOptions } from '../orchestrator/kaizen/insights';
import type { OptionSpecs, OptionValues } from './registry';
import { UsageError } from './usageError';

export const KAIZEN_FLAG_SPECS: OptionSpecs = { 'cross-industry': { type: 'boolean' }, 'half-life-weeks': { type: 'string' } };
export const KAIZEN_FLAGS_USAGE = '[--cross-industry] [--half-life-weeks N]';

export function kaizenOptionsOf(values: OptionValues, command: string): KaizenOptions {
  const out: KaizenOptions = {};
  if (values['cross-industry'] === true) out.crossIndustry = true;
  const raw = values['half-life-weeks'];
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (!/^\d+(\.\d+)?$/.test(text)) throw new UsageError(`--half-life-weeks "${raw}" is not a number of weeks (e.g. 8).`, command);
    out.halfLifeWeeks = Number(text);
  }
  return out;
}
