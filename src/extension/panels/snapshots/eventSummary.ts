// One line describing a learning event's data, for the Kaizen panel's event stream. Pure.
import { channelName, humanizeId, platformName, subsystemName } from '../../../orchestrator/domain/labels';
import { runEndText } from '../../../orchestrator/services';
import type { LearningEvent } from '../../../orchestrator/events';
import { ANGLE_LABELS } from '../../../orchestrator/subsystems/creatives/angleTemplates';

const s = (x: unknown): string => (typeof x === 'string' ? x : typeof x === 'number' || typeof x === 'boolean' ? String(x) : '');

/** An angle as the creatives name it ("benefit-led" → "Benefit-led", "offer-urgency" → "Offer"). */
const angle = (x: unknown): string => (ANGLE_LABELS as Record<string, string>)[s(x)] ?? humanizeId(s(x)).replace(/^./, (c) => c.toUpperCase());
/** A channel, subsystem or platform by its name ("google_search" → "Google Search"). */
const channel = (x: unknown): string => (s(x) ? channelName(s(x)) : '');
const subsystem = (x: unknown): string => (s(x) ? subsystemName(s(x)) : '');
const platform = (x: unknown): string => platformName(s(x));

/** "creative.changes_requested" → "changes requested". */
const verb = (type: string): string => (type.split('.')[1] ?? type).replace(/_/g, ' ');

function known(e: LearningEvent): string | undefined {
  const d = e.data;
  switch (e.type) {
    case 'project.created': return `Project created${s(d.name) ? `: ${s(d.name)}` : ''}`;
    case 'flow.started': return `Run started${d.only ? ` (only ${subsystem(d.only)})` : ''}`;
    case 'flow.completed': return d.status === 'partial' ? `${runEndText('partial')}: some steps wait for a decision or failed` : runEndText(s(d.status) || 'completed');
    case 'flow.interrupted': return `Run interrupted${s(d.note) ? `: ${s(d.note).replace(/^Interrupted: /, '')}` : ''}`;
    case 'subsystem.completed': return `${subsystem(d.subsystem) || subsystem(d.name) || 'A subsystem'} completed${d.version !== undefined ? ` (v${s(d.version)})` : ''}`;
    case 'subsystem.failed': return `${subsystem(d.subsystem) || subsystem(d.name) || 'A subsystem'} failed${s(d.error) ? `: ${s(d.error)}` : ''}`;
    case 'strategy.approved':
    case 'strategy.rejected':
    case 'strategy.changes_requested':
    case 'strategy.submitted': return `Strategy${d.version !== undefined ? ` v${s(d.version)}` : ''} ${verb(e.type)}${s(d.reason) ? `: “${s(d.reason)}”` : ''}`;
    case 'creative.approved':
    case 'creative.rejected':
    case 'creative.changes_requested': return `${s(d.angle) ? `${angle(d.angle)} creative` : 'Creative'}${s(d.channel) ? ` on ${channel(d.channel)}` : ''} ${verb(e.type)}${s(d.reason) ? `: “${s(d.reason)}”` : ''}`;
    case 'creative.scheduled': return `${s(d.angle) ? `${angle(d.angle)} creative` : 'Creative'}${s(d.channel) ? ` on ${channel(d.channel)}` : ''} scheduled for ${s(d.date)}`;
    case 'artifact.created': return `${subsystem(d.kind) || 'An output'} v${s(d.version)} saved${d.editedFrom ? ` (edited from v${s(d.editedFrom)})` : ''}`;
    case 'artifact.approved':
    case 'artifact.rejected':
    case 'artifact.changes_requested': return `${(s(d.plugin) ? s(d.kind) : subsystem(d.kind)) || 'An output'}${d.version !== undefined ? ` v${s(d.version)}` : ''} ${verb(e.type)}${s(d.plugin) ? ` (from ${s(d.plugin)})` : ''}${s(d.reason) ? `: “${s(d.reason)}”` : ''}`;
    case 'artifact.stale': return `${subsystem(d.kind) || 'An output'} v${s(d.version)} marked stale`;
    case 'kaizen.applied': return `Kaizen shaped the ${subsystem(d.subsystem).toLowerCase()}${s(d.sentence) ? `: ${s(d.sentence)}` : ''}`;
    case 'metrics.imported': return `Imported ${s(d.rowsImported) || s(d.rows) || '?'} rows${s(d.platform) ? ` (${platform(d.platform)})` : ''}${s(d.fileName) ? ` from ${s(d.fileName)}` : ''}`;
    case 'task.completed': return `Task done${s(d.title) ? `: ${s(d.title)}` : ''}${d.actualHours !== undefined ? ` (${s(d.actualHours)} h of ${s(d.estimatedHours) || '?'} h)` : ''}`;
    case 'task.status_changed': return `Task ${s(d.title) ? `“${s(d.title)}”` : s(d.taskId)} set to ${s(d.to).replace(/_/g, ' ')}${s(d.from) ? ` (was ${s(d.from).replace(/_/g, ' ')})` : ''}`;
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
