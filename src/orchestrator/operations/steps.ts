// Next steps the operations offer, built one way (front ends turn them into buttons,
// notification actions and CLI hints).
import type { PanelId } from '../../protocol/panelCatalog';
import type { NextStep } from './types';

const PANEL_LABELS: Record<PanelId, string> = {
  command: 'Open Command Center',
  pipeline: 'Open Pipeline',
  warroom: 'Open War Room',
  gallery: 'Open Gallery',
  pm: 'Open PM Dashboard',
  analytics: 'Open Analytics',
  controltower: 'Open Control Tower',
  portal: 'Open Client Portal',
  trends: 'Open Social Trends',
  unified: 'Open Unified View',
  kaizen: 'Open Kaizen',
};

export function panelStep(panel: PanelId, project?: string): NextStep {
  return { label: PANEL_LABELS[panel], target: { kind: 'panel', panel, ...(project === undefined ? {} : { project }) } };
}

export function flowRunStep(project: string): NextStep {
  return { label: 'Run Full Flow', target: { kind: 'operation', name: 'flow.run', input: { project } } };
}

export function retryStep(project: string): NextStep {
  return { label: 'Retry Failed', target: { kind: 'operation', name: 'flow.retry', input: { project } } };
}

export function fileStep(label: string, path: string): NextStep {
  return { label, target: { kind: 'file', path } };
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
