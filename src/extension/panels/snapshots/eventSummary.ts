// One line describing a learning event's data, for the Kaizen panel's event stream. Pure.
import type { LearningEvent } from '../../../orchestrator/events';

const s = (x: unknown): string => (typeof x === 'string' ? x : typeof x === 'number' || typeof x === 'boolean' ? String(x) : '');

/** "creative.changes_requested" → "changes requested". */
const verb = (type: string): string => (type.split('.')[1] ?? type).replace(/_/g, ' ');

function known(e: LearningEvent): string | undefined {
  const d = e.data;
  switch (e.type) {
    case 'project.created': return `Project created${s(d.name) ? `: ${s(d.name)}` : ''}`;
    case 'flow.started': return `Run started${d.only ? ` (only ${s(d.only)})` : ''}`;
    case 'flow.completed': return `Run ${s(d.status) || 'completed'}`;
    case 'flow.interrupted': return `Run interrupted${s(d.note) ? `: ${s(d.note).replace(/^Interrupted: /, '')}` : ''}`;
    case 'subsystem.completed': return `${s(d.subsystem) || s(d.name) || 'A subsystem'} completed${d.version !== undefined ? ` (v${s(d.version)})` : ''}`;
    case 'subsystem.failed': return `${s(d.subsystem) || s(d.name) || 'A subsystem'} failed${s(d.error) ? `: ${s(d.error)}` : ''}`;
    case 'strategy.approved':
    case 'strategy.rejected':
    case 'strategy.changes_requested':
    case 'strategy.submitted': return `Strategy${d.version !== undefined ? ` v${s(d.version)}` : ''} ${verb(e.type)}${s(d.reason) ? `: “${s(d.reason)}”` : ''}`;
    case 'creative.approved':
    case 'creative.rejected':
    case 'creative.changes_requested': return `Creative ${s(d.angle) || s(d.creativeId)}${s(d.channel) ? ` on ${s(d.channel)}` : ''} ${verb(e.type)}${s(d.reason) ? `: “${s(d.reason)}”` : ''}`;
    case 'creative.scheduled': return `Creative ${s(d.angle) || s(d.creativeId)}${s(d.channel) ? ` on ${s(d.channel)}` : ''} scheduled for ${s(d.date)}`;
    case 'artifact.created': return `${s(d.kind) || 'An artifact'} v${s(d.version)} saved${d.editedFrom ? ` (edited from v${s(d.editedFrom)})` : ''}`;
    case 'artifact.approved':
    case 'artifact.rejected':
    case 'artifact.changes_requested': return `${s(d.kind) || 'An artifact'}${d.version !== undefined ? ` v${s(d.version)}` : ''} ${verb(e.type)}${s(d.plugin) ? ` (from ${s(d.plugin)})` : ''}${s(d.reason) ? `: “${s(d.reason)}”` : ''}`;
    case 'artifact.stale': return `${s(d.kind) || 'An artifact'} v${s(d.version)} marked stale`;
    case 'kaizen.applied': return `Kaizen shaped ${s(d.subsystem)}${s(d.sentence) ? `: ${s(d.sentence)}` : ''}`;
    case 'metrics.imported': return `Imported ${s(d.rowsImported) || s(d.rows) || '?'} rows${s(d.platform) ? ` (${s(d.platform)})` : ''}${s(d.fileName) ? ` from ${s(d.fileName)}` : ''}`;
    case 'task.completed': return `Task done${s(d.title) ? `: ${s(d.title)}` : ''}${d.actualHours !== undefined ? ` (${s(d.actualHours)} h of ${s(d.estimatedHours) || '?'} h)` : ''}`;
    case 'task.status_changed': return `Task ${s(d.taskId)} set to ${s(d.to).replace(/_/g, ' ')}${s(d.from) ? ` (was ${s(d.from).replace(/_/g, ' ')})` : ''}`;
    case 'settings.changed': return `Settings changed${d.paused !== undefined ? `: runs ${d.paused ? 'paused' : 'resumed'}` : ''}`;
    default: return undefined;
  }
}

/** e.g. `creative rejected: “too pushy”`; unknown types list their data fields briefly. */
export function eventSummary(e: LearningEvent): string {
  const line = known(e);
  if (line) return line;
  const fields = Object.entries(e.data)
    .filter(([, v]) => v === null || typeof v !== 'object')
    .slice(0, 4)
    .map(([k, v]) => `${k}: ${s(v)}`);
  const text = `${e.type.replace(/[._]/g, ' ')}${fields.length ? ` — ${fields.join(', ')}` : ''}`;
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
