// The learning-event log: append facts, query them as a stream.
export { EventLog, eventLine, type EventLogOptions } from './eventLog';
export type { LogLine } from './findLines';
export { EventTail } from './eventTail';
export { KNOWN_EVENT_TYPES, EVENT_FORMAT_VERSION } from './types';
export type { EventFilter, EventType, KnownEventType, LearningEvent, NewEvent, QueryOptions, SkippedLine } from './types';
