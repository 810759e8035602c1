// Pipeline: every project in its stage column with badges and blockers (the index only).
import type { PanelDescriptor } from './types';

export const pipeline: PanelDescriptor<'pipeline'> = {
  snapshot: async ({ pipeline }) => pipeline,
  commands: {},
  requests: {},
};
