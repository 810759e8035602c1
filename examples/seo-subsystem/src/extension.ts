// The sample plugin's entry point: gets AICMO's API (version 1) and registers the seo subsystem.
// AICMO runs it in every project's flow, shows it as a notebook cell, in the Unified View and the
// client report; disposing the registration (deactivating) removes it.
import * as vscode from 'vscode';
import type { AicmoExtensionExports } from '../../../api/aicmo';
import { seoSubsystem } from './seo';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const aicmo = vscode.extensions.getExtension<AicmoExtensionExports>('aicmo.aicmo');
  if (!aicmo) throw new Error('The AICMO extension (aicmo.aicmo) is not installed; the SEO plugin needs it.');
  const api = (await aicmo.activate()).getAPI(1);
  context.subscriptions.push(api.registerSubsystem(seoSubsystem, { id: context.extension.id, label: 'SEO ideas (sample plugin)' }));
}

export function deactivate(): void {
  // The registration is disposed with context.subscriptions.
}
