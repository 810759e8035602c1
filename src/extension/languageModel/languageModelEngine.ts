// The engine a run uses when `aicmo.generation.engine` is `languageModel`: the first chat model
// VS Code offers, as a TextWriter; without one, the rules engine, with one line in the AICMO log
// and (once per session) an information message.
import * as vscode from 'vscode';
import type { Core } from '../lazyCore';
import type { GenerationEngine } from '../core';
import { chatModelWriter } from './chatModelWriter';

let toldNoModel = false;

const plumbing = {
  userMessage: (text: string) => vscode.LanguageModelChatMessage.User(text),
  tokenSource: () => new vscode.CancellationTokenSource(),
};

async function firstChatModel(log: vscode.LogOutputChannel): Promise<vscode.LanguageModelChat | undefined> {
  try {
    return (await vscode.lm.selectChatModels())[0];
  } catch (e) {
    log.warn(`Could not list VS Code's chat models: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
}

/** A language-model engine over the first available chat model, or the rules engine (said once per session). */
export async function languageModelEngine(core: Core, log: vscode.LogOutputChannel): Promise<GenerationEngine> {
  const model = await firstChatModel(log);
  if (!model) {
    log.warn('aicmo.generation.engine is "languageModel" but no chat model is available in VS Code; this run uses the rules engine.');
    if (!toldNoModel) {
      toldNoModel = true;
      void vscode.window.showInformationMessage('AICMO: no chat model is available in VS Code, so the rules engine writes the prose and copy.');
    }
    return { kind: 'rules' };
  }
  log.info(`Generation engine: language model ${model.name} (${model.vendor}/${model.family}); its text is checked like the rules text, which is kept when a check fails.`);
  return { kind: 'languageModel', writer: chatModelWriter(model, core.renderWritePrompt, plumbing) };
}
