// A TextWriter over a VS Code chat model (the Language Model API): one user message with the
// request's prompt, the streamed reply read to the end. The run's AbortSignal cancels the
// request's CancellationToken. The vscode runtime pieces come in through `ChatPlumbing`, so this
// file runs under unit tests with a fake model.
import type * as vscode from 'vscode';
import type { TextWriter, WriteRequest } from '../core';

export interface ChatPlumbing {
  userMessage(text: string): vscode.LanguageModelChatMessage;
  tokenSource(): vscode.CancellationTokenSource;
}

export type ChatModel = Pick<vscode.LanguageModelChat, 'name' | 'sendRequest'>;

/** Shown by VS Code when it asks the user to let AICMO use the model. */
export const JUSTIFICATION = 'AICMO writes strategy prose and ad copy with it; every text is checked like the rules text, which is kept when a check fails.';

export function chatModelWriter(model: ChatModel, render: (request: WriteRequest) => string, plumbing: ChatPlumbing): TextWriter {
  return {
    name: model.name,
    async write(request, signal) {
      if (signal.aborted) throw new Error('Cancelled before the request was sent.');
      const source = plumbing.tokenSource();
      const cancel = (): void => source.cancel();
      signal.addEventListener('abort', cancel, { once: true });
      try {
        const response = await model.sendRequest([plumbing.userMessage(render(request))], { justification: JUSTIFICATION }, source.token);
        let text = '';
        for await (const chunk of response.text) {
          if (signal.aborted) throw new Error('Cancelled while the model was writing.');
          text += chunk;
        }
        return text;
      } finally {
        signal.removeEventListener('abort', cancel);
        source.dispose();
      }
    },
  };
}
