// CSV importers: parse exports (pure) and, with a store, import them all-or-nothing.
export * from './types';
export { parseMetricsText, parseTrendsText } from './parseMetricsText';
export { detectFormat } from './detectFormat';
export { parseColumnMapping } from './genericCsv';
export { channelOfCampaignType } from './googleAds';
export { importMetricsFile, type ImportOptions, type MetricsImportResult } from './importMetricsFile';
export { rejectFile } from './rejection';
export { importTrendsFile, type TrendsImportResult } from './importTrendsFile';
