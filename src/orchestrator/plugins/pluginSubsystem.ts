// A plugin's subsystem definition (untrusted: it comes from another extension or a module listed in
// .aicmo/plugins.json) checked and wrapped into the orchestrator's Subsystem contract. Every
// refusal and every failure of its code is one sentence naming the plugin; the content it returns
// must be a JSON object, checked by its own validator like a built-in's.
import { AicmoError, isAicmoError } from '../domain/errors';
import type { ArtifactInput, PluginOrigin, Subsystem, SubsystemContext } from '../subsystems/types';

/** What a plugin hands to registerSubsystem (api/aicmo.d.ts `AicmoSubsystem`), before checking. */
export interface PluginSubsystemDefinition {
  name: string;
  description?: string;
  needs?: readonly string[];
  uses?: readonly string[];
  requiresApproved?: readonly string[];
  run(context: PluginSubsystemContext): unknown;
  validate(content: unknown): unknown;
  render(content: unknown): unknown;
}

/** What a plugin's run gets: the built-ins' context, minus what only the core may hold. */
export interface PluginSubsystemContext {
  project: SubsystemContext['project'];
  inputs: Record<string, ArtifactInput>;
  previous?: ArtifactInput;
  version: number;
  /** A number in [0, 1) from the seeded generator (same project, subsystem and version → same numbers). */
  random(): number;
  insights: readonly { id: string; kind: string; summary: string }[];
  skipKaizen: boolean;
  signal: AbortSignal;
  data: {
    trendSeries(): Promise<unknown[]>;
    metricRows(): Promise<unknown[]>;
    team(): Promise<unknown[]>;
    creatives(): Promise<unknown[]>;
  };
}

export const PLUGIN_NAME_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;

const who = (origin: PluginOrigin) => `The plugin ${origin.label ?? origin.id}`;
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!.replace(/\.$/, '');

function names(x: unknown, field: string, origin: PluginOrigin, subsystem: string): string[] {
  if (x === undefined) return [];
  if (!Array.isArray(x) || x.some((n) => typeof n !== 'string')) {
    throw new AicmoError('invalid-input', `${who(origin)} cannot register "${subsystem}": ${field} must be a list of subsystem names.`, { field });
  }
  return [...new Set(x as string[])];
}

function isJsonObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A plain copy of what the plugin returned (no functions, getters or shared references), or why not. */
function jsonCopy(content: unknown, origin: PluginOrigin, name: string): Record<string, unknown> {
  let copy: unknown;
  try {
    copy = JSON.parse(JSON.stringify(content) ?? 'null');
  } catch (e) {
    throw new AicmoError('invalid-input', `${who(origin)}'s subsystem ${name} returned content that is not JSON (${messageOf(e)}).`);
  }
  if (!isJsonObject(copy)) throw new AicmoError('invalid-input', `${who(origin)}'s subsystem ${name} returned ${Array.isArray(copy) ? 'a list' : copy === null ? 'nothing' : `a ${typeof copy}`} instead of a JSON object.`);
  return copy;
}

function pluginContext(ctx: SubsystemContext): PluginSubsystemContext {
  const list = async <T>(f: () => Promise<T[]> | T[]): Promise<T[]> => [...(await f())];
  return {
    project: structuredClone(ctx.project),
    inputs: structuredClone(ctx.inputs) as Record<string, ArtifactInput>,
    ...(ctx.previous ? { previous: structuredClone(ctx.previous) } : {}),
    version: ctx.version,
    random: () => ctx.random.next(),
    insights: ctx.insights.map((i) => ({ id: i.id, kind: i.kind, summary: i.summary })),
    skipKaizen: ctx.skipKaizen,
    signal: ctx.signal,
    data: {
      trendSeries: () => list(() => ctx.data.trendSeries()),
      metricRows: () => list(() => ctx.data.metricRows()),
      team: () => list(() => ctx.data.team()),
      creatives: () => list(() => ctx.data.creatives()),
    },
  };
}

/** Checks a plugin's definition and wraps it; `known` are the names registered so far (for its needs). */
export function pluginSubsystem(definition: unknown, origin: PluginOrigin, known: ReadonlySet<string>): Subsystem<Record<string, unknown>> {
  if (!isJsonObject(definition)) throw new AicmoError('invalid-input', `${who(origin)} passed no subsystem to registerSubsystem (expected an object with name, needs, run, validate and render).`);
  const d = definition as Partial<PluginSubsystemDefinition>;
  const name = d.name;
  if (typeof name !== 'string' || !PLUGIN_NAME_PATTERN.test(name)) {
    throw new AicmoError('invalid-input', `${who(origin)} cannot register a subsystem named ${JSON.stringify(name ?? null)}: a name is 2 to 40 lowercase letters, digits or dashes, starting with a letter.`, { field: 'name' });
  }
  for (const f of ['run', 'validate', 'render'] as const) {
    if (typeof d[f] !== 'function') throw new AicmoError('invalid-input', `${who(origin)} cannot register "${name}": it has no ${f} function.`, { field: f });
  }
  const needs = names(d.needs, 'needs', origin, name);
  const uses = names(d.uses, 'uses', origin, name);
  const requiresApproved = names(d.requiresApproved, 'requiresApproved', origin, name);
  const unknown = needs.filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw new AicmoError('invalid-input', `${who(origin)} cannot register "${name}": it needs ${unknown.map((n) => `"${n}"`).join(' and ')}, which no registered subsystem produces.`, { field: 'needs' });
  }
  const notNeeded = requiresApproved.filter((n) => !needs.includes(n));
  if (notNeeded.length > 0) throw new AicmoError('invalid-input', `${who(origin)} cannot register "${name}": requiresApproved names ${notNeeded.join(', ')}, which it does not need.`, { field: 'requiresApproved' });
  const description = typeof d.description === 'string' && d.description.trim() !== '' ? d.description.trim().slice(0, 200) : `${name} (from ${origin.label ?? origin.id})`;
  const def = d as PluginSubsystemDefinition;

  return {
    name,
    description,
    needs,
    ...(uses.length > 0 ? { uses } : {}),
    ...(requiresApproved.length > 0 ? { requiresApproved } : {}),
    plugin: origin,
    async run(ctx) {
      let returned: unknown;
      try {
        returned = await def.run(pluginContext(ctx));
      } catch (e) {
        if (ctx.signal.aborted) throw new AicmoError('cancelled', 'The run was cancelled.');
        if (isAicmoError(e)) throw e;
        throw new Error(`${who(origin)} failed in ${name}: ${messageOf(e)}.`, { cause: e });
      }
      // Content that arrives after the person cancelled is not stored.
      if (ctx.signal.aborted) throw new AicmoError('cancelled', 'The run was cancelled.');
      return { content: jsonCopy(returned, origin, name), appliedInsights: [] };
    },
    validate(content) {
      let problems: unknown;
      try {
        problems = def.validate(content);
      } catch (e) {
        return [`${who(origin)}'s validator for ${name} threw: ${messageOf(e)}.`];
      }
      if (!Array.isArray(problems) || problems.some((p) => typeof p !== 'string')) return [`${who(origin)}'s validator for ${name} did not return a list of sentences.`];
      return problems as string[];
    },
    render(content) {
      try {
        const text = def.render(content);
        return typeof text === 'string' ? text : `_${who(origin)}'s render for ${name} returned no text._`;
      } catch (e) {
        return `_${who(origin)}'s render for ${name} failed: ${messageOf(e)}._`;
      }
    },
  };
}
