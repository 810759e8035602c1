// Registers an AICMO command with the house rules applied once: the handler's result becomes a
// CommandOutcome (returned to scripts and tests), an error becomes one sentence for the user with
// the details in the log, and a dismissed prompt ends the command quietly.
import * as vscode from 'vscode';
import { firstLine, PromptCancelled, UserFacingError, type CommandOutcome } from '../outcome';
import { notifyError } from '../notify';

export type Handler = (...args: unknown[]) => Promise<CommandOutcome | void> | CommandOutcome | void;

function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function registerAicmoCommand(context: vscode.ExtensionContext, log: vscode.LogOutputChannel, id: string, handler: Handler): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(id, async (...args: unknown[]): Promise<CommandOutcome> => {
      try {
        const outcome = await handler(...args);
        return outcome ?? { ok: true, message: '' };
      } catch (e) {
        if (e instanceof PromptCancelled) {
          log.debug(`${id}: ${e.message}`);
          return { ok: false, message: e.message, cancelled: true };
        }
        const message = e instanceof Error ? e.message : String(e);
        const sentence = firstLine(message);
        const code = e instanceof UserFacingError ? e.code : (errorCode(e) ?? 'internal');
        // The user gets one sentence; the log gets everything (all lines, and the stack of a bug).
        const details = code === 'internal' && e instanceof Error ? (e.stack ?? message) : message;
        log.error(`${id} failed: ${details}`);
        notifyError(sentence);
        return { ok: false, message: sentence, code };
      }
    }),
  );
}
