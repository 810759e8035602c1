// Workspace trust: an untrusted workspace is read-only. Anything that writes (runs, imports,
// approvals, edits) calls `requireTrust` first and is refused with one clear sentence.
import * as vscode from 'vscode';
import { UserFacingError } from './outcome';

export const UNTRUSTED_SUFFIX = 'this workspace must be trusted first (AICMO is read-only in Restricted Mode).';

/** Throws the refusal when the workspace is not trusted; `action` reads like "Running the flow". */
export function requireTrust(action: string): void {
  if (!vscode.workspace.isTrusted) throw new UserFacingError(`${action} changes campaign files, so ${UNTRUSTED_SUFFIX}`, 'untrusted');
}
