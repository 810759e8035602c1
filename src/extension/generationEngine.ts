// The `aicmo.generation.engine` setting. `rules` (default): the orchestrator's deterministic rules
// write everything. `languageModel`: a VS Code chat model rewrites the strategy's prose and the
// creatives' copy under the same checks (languageModel/); without a chat model the run uses the
// rules engine and says so.
import * as vscode from 'vscode';
import type { GenerationEngine as RunEngine } from './core';
import type { Core } from './lazyCore';
import { languageModelEngine } from './languageModel/languageModelEngine';

export type EngineSetting = 'rules' | 'languageModel';
/** @deprecated the setting's value; use EngineSetting. */
export type GenerationEngine = EngineSetting;

export function configuredEngine(): EngineSetting {
  return vscode.workspace.getConfiguration('aicmo').get<string>('generation.engine', 'rules') === 'languageModel' ? 'languageModel' : 'rules';
}

export interface EngineInUse {
  name: EngineSetting;
  /** One sentence for the Control Tower or a tooltip. */
  detail: string;
}

let lastRun: EngineInUse | undefined;

/** The engine the latest run of this session used (else what the setting asks for, before any run). */
export function engineInUse(): EngineInUse {
  if (lastRun) return lastRun;
  return configuredEngine() === 'rules'
    ? { name: 'rules', detail: 'Deterministic rules, templates and benchmark tables (same inputs, same outputs).' }
    : { name: 'languageModel', detail: 'A VS Code chat model writes prose and copy when one is available; its text is checked like the rules text, which is the fallback.' };
}

/** The engine for one run: the rules, or a chat model when the setting asks for one and VS Code has one. */
export async function engineForRun(log: vscode.LogOutputChannel, core: Core): Promise<RunEngine> {
  if (configuredEngine() === 'rules') {
    lastRun = { name: 'rules', detail: 'Deterministic rules, templates and benchmark tables (same inputs, same outputs).' };
    return { kind: 'rules' };
  }
  const engine = await languageModelEngine(core, log);
  lastRun =
    engine.kind === 'languageModel'
      ? { name: 'languageModel', detail: `${engine.writer.name ?? 'A chat model'} writes prose and copy; text that fails a check keeps the rules text (recorded per artifact).` }
      : { name: 'rules', detail: 'Language model asked for, but no chat model is available in VS Code: the rules engine writes everything.' };
  return engine;
}

export function kaizenEnabled(): boolean {
  return vscode.workspace.getConfiguration('aicmo').get<boolean>('kaizen.enabled', true);
}

/** How runs weigh evidence: settings aicmo.kaizen.crossIndustry and aicmo.kaizen.halfLifeWeeks. */
export function kaizenScopingSettings(): { crossIndustry: boolean; halfLifeWeeks?: number } {
  const config = vscode.workspace.getConfiguration('aicmo');
  const halfLife = config.get<number>('kaizen.halfLifeWeeks');
  return { crossIndustry: config.get<boolean>('kaizen.crossIndustry', false), ...(typeof halfLife === 'number' ? { halfLifeWeeks: halfLife } : {}) };
}
