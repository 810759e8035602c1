// The `aicmo.generation.engine` setting. The orchestrator's subsystems write with the rules engine;
// no language-model hook exists in the core yet, so `languageModel` falls back to the rules engine
// and the AICMO log says so (once per run), naming whether a chat model was even available.
import * as vscode from 'vscode';

export type GenerationEngine = 'rules' | 'languageModel';

export function configuredEngine(): GenerationEngine {
  return vscode.workspace.getConfiguration('aicmo').get<string>('generation.engine', 'rules') === 'languageModel' ? 'languageModel' : 'rules';
}

/** The engine a run really uses; logs the fallback when the setting asks for a language model. */
export async function engineForRun(log: vscode.LogOutputChannel): Promise<GenerationEngine> {
  if (configuredEngine() === 'rules') return 'rules';
  let models: number;
  try {
    models = (await vscode.lm.selectChatModels()).length;
  } catch {
    models = 0;
  }
  log.warn(
    models === 0
      ? 'aicmo.generation.engine is "languageModel" but no chat model is available in VS Code; this run uses the rules engine.'
      : `aicmo.generation.engine is "languageModel" (${models} chat model(s) available), but the orchestrator has no language-model writer yet; this run uses the rules engine and the same validators.`,
  );
  return 'rules';
}

export function kaizenEnabled(): boolean {
  return vscode.workspace.getConfiguration('aicmo').get<boolean>('kaizen.enabled', true);
}
