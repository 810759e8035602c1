// CSV importers: parse exports (pure) and, with a store, import them all-or-nothing.
export * from './types';
export { parseMetricsText, parseTrendsText } from './parseMetricsText';
export { detectFormat } from './detectFormat';
export { parseColumnMapping } from './genericCsv';
export { channelMapProblem, parseChannelMap, type ChannelMap, type ChannelReport, type FamilyLabel, type UnmappedLabel, type UnknownCampaignType } from './channelReading';
export { importMetricsFile, type ImportOptions, type MetricsImportResult } from './importMetricsFile';
export { rejectFile } from './rejection';
export { importTrendsFile, type TrendsImportResult } from './importTrendsFile';
export { importSummary, type ImportSummaryInput } from './summary';
