// Edit Intake's fields: each intake field a person can change, how its current value is shown
// (prefilled in the input box) and how the typed text becomes a project.update patch — with the
// core's own parsers, so Edit Intake refuses exactly what `aicmo project update` refuses. And the
// reading of free-text constraints that name channels ("Only Meta and Google; no TikTok") as
// channel rules, offered for confirmation. No vscode here (unit-tested).
import type { Core } from '../lazyCore';
import type { Channel, Project, ProjectPatch } from '../core';

export interface IntakeField {
  key: keyof Project;
  /** The field in words ("Allowed channels"). */
  label: string;
  /** What to type, e.g. "comma-separated" or "e.g. Meta=30%, LinkedIn=20%". */
  hint?: string;
  /** The current value as text (the input box's prefill); '' when empty. */
  shown(p: Project): string;
  /** The typed text as a patch (throws the core's one-sentence error). */
  parse(text: string, p: Project): ProjectPatch;
}

const commaList = (t: string) => t.split(',').map((s) => s.trim()).filter(Boolean);
/** Facts hold commas ("4.8 stars from 1,200 reviews"): separated with ";". */
const factList = (t: string) => t.split(/[;\n]/).map((s) => s.trim()).filter(Boolean);
const optionalText = (t: string) => (t.trim() === '' ? undefined : t.trim());
const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** "cpa=40, conversions=1,200" → pairs (a comma starts a new pair only before "name="); thousands separators dropped. */
export function kpiPairs(text: string): string[] {
  return text
    .split(/\s*[;,]\s*(?=[A-Za-z][A-Za-z0-9_]*\s*=)/)
    .map((s) => s.trim().replace(/(\d)[,\s](?=\d{3}(?!\d))/g, '$1'))
    .filter(Boolean);
}

export function intakeFields(core: Core): IntakeField[] {
  const text = (key: keyof Project, label: string, required = false): IntakeField => ({
    key, label,
    shown: (p) => String(p[key] ?? ''),
    parse: (t) => ({ [key]: required ? t.trim() : optionalText(t) }) as ProjectPatch,
  });
  const list = (key: 'audiences' | 'constraints' | 'mustInclude' | 'doNotDo' | 'competitors', label: string): IntakeField => ({
    key, label, hint: 'comma-separated',
    shown: (p) => (p[key] ?? []).join(', '),
    parse: (t) => ({ [key]: commaList(t) }),
  });
  const facts = (key: 'benefits' | 'proofPoints', label: string): IntakeField => ({
    key, label, hint: 'separate with ";"',
    shown: (p) => (p[key] ?? []).join('; '),
    parse: (t) => ({ [key]: factList(t) }),
  });
  const channels = (key: 'allowedChannels' | 'excludedChannels', label: string, hint: string): IntakeField => ({
    key, label, hint,
    shown: (p) => (p[key] ?? []).map((c) => core.channelLabel(c)).join(', '),
    parse: (t) => ({ [key]: core.parseChannelList(commaList(t), key) }),
  });
  return [
    text('name', 'Name', true),
    text('client', 'Client'),
    text('brand', 'Brand'),
    text('product', 'Product'),
    text('industry', 'Industry', true),
    text('geography', 'Geography'),
    text('goal', 'Goal', true),
    list('audiences', 'Audiences'),
    text('startDate', 'Start date'),
    text('endDate', 'End date'),
    {
      key: 'kpiTargets', label: 'KPI targets', hint: 'name=value, e.g. cpa=40, conversions=1,200',
      shown: (p) => Object.entries(p.kpiTargets).map(([k, v]) => `${k}=${v}`).join(', '),
      parse: (t) => ({ kpiTargets: core.parseKpis(kpiPairs(t)) }),
    },
    facts('benefits', 'Benefits'),
    facts('proofPoints', 'Proof points'),
    text('offer', 'Offer'),
    {
      key: 'languages', label: 'Languages', hint: 'language tags, comma-separated, e.g. en, de, es-MX',
      shown: (p) => (p.languages ?? []).join(', '),
      parse: (t) => ({ languages: core.parseLanguages(commaList(t)) }),
    },
    text('tone', 'Tone of voice'),
    text('landingUrl', 'Landing page URL'),
    list('competitors', 'Competitors'),
    channels('allowedChannels', 'Allowed channels', 'comma-separated; empty: the planner chooses'),
    channels('excludedChannels', 'Excluded channels', 'comma-separated'),
    {
      key: 'channelCaps', label: 'Channel caps', hint: 'channel=share, e.g. Meta=30%, LinkedIn=20%',
      shown: (p) => Object.entries(p.channelCaps ?? {}).map(([c, v]) => `${core.channelLabel(c)}=${pct(v as number)}`).join(', '),
      parse: (t) => {
        const caps: Partial<Record<Channel, number>> = {};
        for (const [c, v] of Object.entries(core.parseCaps(commaList(t))) as [Channel, number | null][]) if (v !== null) caps[c] = v;
        return { channelCaps: caps };
      },
    },
    list('constraints', 'Constraints'),
    list('mustInclude', 'Must include'),
    list('doNotDo', 'Do not do'),
  ];
}

/**
 * After the constraints or do-not-do lines change: the channel rules the brief's text reads as
 * (where the data fields are empty), the sentence to confirm, and the patch that sets them as
 * data. Null when the text names no channel rule the data does not already hold.
 */
export function channelRulesFromText(core: Core, next: Project): { note: string; patch: ProjectPatch } | null {
  const rules = core.planChannelRules(next);
  if (rules.readingNote === null) return null;
  const patch: ProjectPatch = {};
  if (rules.source.allowed === 'brief text' && rules.allowed) patch.allowedChannels = rules.allowed;
  if (rules.source.excluded !== 'data' && rules.source.excluded !== 'none') patch.excludedChannels = rules.excluded;
  if (rules.source.caps !== 'data' && rules.source.caps !== 'none') patch.channelCaps = rules.caps;
  return { note: rules.readingNote.replace(/ — set these as channel rules to confirm\.$/, '.'), patch };
}
